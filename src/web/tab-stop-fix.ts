/**
 * Build-time only: docx-preview 0.4.1 places a left tab stop of an indented paragraph too far
 * right — `updateTabStop` measures from `pbb.left + marginLeft`, but the paragraph's box already
 * starts at its indent, so the indent counts twice (upstream: VolodymyrBaydalka/docxjs PR #210,
 * not released). A Kính gửi row ("Kính gửi:<tab>- Các huyện ủy,", hanging indent, a stop at the
 * indent) was drawn at the right margin while Word and LibreOffice put it at the stop. This
 * esbuild plugin measures from the text area instead (`pbb.left - marginLeft`), and stops the
 * build if the line is no longer there (a new docx-preview: check whether it still needs this).
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";

export const WRONG_ORIGIN = "const pOffset = pbb.left + marginLeft;";
const RIGHT_ORIGIN = "const pOffset = pbb.left - marginLeft;";

export const tabStopFix: Plugin = {
  name: "docx-preview-tab-stops",
  setup(build) {
    build.onLoad({ filter: /[\\/]docx-preview[\\/]dist[\\/]docx-preview\.m?js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(WRONG_ORIGIN))
        return {
          errors: [
            {
              text: `docx-preview no longer has "${WRONG_ORIGIN}": see src/web/tab-stop-fix.ts whether the fix is still needed`,
            },
          ],
        };
      return { contents: source.replace(WRONG_ORIGIN, RIGHT_ORIGIN), loader: "js" };
    });
  },
};
