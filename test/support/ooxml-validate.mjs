// Validates .docx files against the OOXML schemas with @ooxml-tools/validate (the Open XML SDK
// compiled to WebAssembly). It is an ES module, which jest's CommonJS runtime cannot load, so
// tests run this script with node: `node ooxml-validate.mjs a.docx b.docx` prints
// {"a.docx": [errors…], …} as JSON on stdout; an empty list means the file is valid.
import validate from "@ooxml-tools/validate";
import { readFileSync } from "node:fs";

const results = {};
for (const file of process.argv.slice(2)) {
  // validate(bytes, format, officeVersion): the bytes must be a Uint8Array.
  results[file] = await validate(new Uint8Array(readFileSync(file)), "docx", "Microsoft365");
}
// The .NET runtime keeps timers alive for seconds after the work is done: exit once written.
process.stdout.write(JSON.stringify(results), () => process.exit(0));
