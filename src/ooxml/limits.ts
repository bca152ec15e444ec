/**
 * How much of a .docx the reader takes on, so that no file can exhaust memory or time: each limit
 * is far above a real document (a 300-page report has a document.xml of 3–6 MB) and going over
 * one is a DOCX_TOO_LARGE diagnostic, never a crash. Sizes are checked on the zip's declared
 * sizes before anything is inflated; an entry that inflates past its declared size is cut there
 * (fflate writes into a buffer of the declared size), so memory stays bounded even when a file lies.
 * Reading speed is fast-xml-parser's: about 1 s per MB of XML on a loaded 2-core machine (a
 * 300-page report, 3–6 MB, in a few seconds; a part at the 16 MB limit in about half a minute).
 */
export const READ_LIMITS = {
  /** Bytes of the .docx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the zip (Word writes 10–30; images add one each). */
  entries: 5_000,
  /** Uncompressed bytes of one XML part read (document.xml, styles.xml, a header…). */
  partBytes: 16 * 1024 * 1024,
  /** Uncompressed bytes of all parts read together. */
  totalBytes: 48 * 1024 * 1024,
  /**
   * Compression ratio (uncompressed / compressed) above which a large part is taken for a zip
   * bomb: XML compresses 5–30 times; deflate's ceiling is about 1032.
   */
  ratio: 200,
  /**
   * Parts smaller than this are never judged by their ratio: a generated document of near-identical
   * paragraphs compresses over 200 times at 13 MB, so only large parts are (the size limits above
   * bound memory either way).
   */
  ratioFloorBytes: 4 * 1024 * 1024,
  /** Nesting of XML elements (Word nests about 20 deep; each nested table adds 3). */
  depth: 256,
  /** Paragraphs in the document, body, tables, notes, headers and text boxes together. */
  paragraphs: 200_000,
};
