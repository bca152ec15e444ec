/**
 * For the web form's tests: the page built fresh into a temporary folder (so the tests see
 * the current page sources), the app over the shared test engine, and Debian's Chromium
 * driven by playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { createApp, webEngine } from "../../src/web/app";
import { buildPage } from "../../src/web/build-page";
import { engine } from "../support/samples";

export const CHROMIUM = "/usr/bin/chromium";
/** The launch flags this machine needs (its network is closed; see .ci/run). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/** Build the page into a fresh temporary folder; returns it and a cleanup. */
export async function builtPage(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "vanthu-web-"));
  await buildPage(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The app as `vanthu serve` makes it: over the web engine (which reads no `ke_thua` file). */
export const appOver = (assetsDir: string, maxBytes?: number) =>
  createApp({ engine: webEngine(engine.resources), assetsDir, maxBytes });

/**
 * Whether the browser tests can run: Chromium must be installed (`.ci/run` installs it). In CI
 * its absence fails the run; elsewhere the browser tests are skipped with a warning.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does`,
    );
  console.warn(
    `${CHROMIUM} is missing: the browser tests of the web form are skipped (apt-get install chromium)`,
  );
  return false;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60000 });
}
