/**
 * The body text inside <markdown> is most of a document's markup (54 KB for a long report), and
 * it is plain escaped text. Lifting it out before the XML pass — each body replaced by
 * `<markdown … ref="N"/>` and decoded here — spares the XML parser (validation, entity decoding)
 * the bulk of the work and most of the garbage it makes per document.
 */

const BODY = /<markdown((?:\s+[a-z-]+="[^"<>]*")*)\s*>([^<]*)<\/markdown>/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]+)|#([0-9]+));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text → its characters (the five XML entities and numeric references, as Handlebars escapes). */
export function decodeXmlText(text: string): string {
  return text.replace(
    ENTITY,
    (whole, name: string | undefined, hex: string | undefined, dec: string | undefined) => {
      if (name) return NAMED[name];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** The markup with every plain-text <markdown> body replaced by a reference into `bodies`. */
export function liftBodies(markup: string): { markup: string; bodies: string[] } {
  const bodies: string[] = [];
  const lifted = markup.replace(BODY, (_, attrs: string, text: string) => {
    bodies.push(decodeXmlText(text));
    return `<markdown${attrs} ref="${bodies.length - 1}"/>`;
  });
  return { markup: lifted, bodies };
}
