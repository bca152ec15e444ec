/**
 * The real `vanthu render` in a child process, with its peak memory (worker threads included):
 * `node dist/bench/cli-child.js <render arguments…>` prints its exit code and peak RSS as JSON.
 */
import { main } from "../src/cli/main";

const quiet = { out: () => undefined, err: () => undefined, isTTY: false };

main(["render", ...process.argv.slice(2)], quiet).then((code) => {
  process.stdout.write(JSON.stringify({ code, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
});
