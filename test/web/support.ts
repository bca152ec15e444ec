/**
 * For the web form's tests: the page built fresh into a temporary folder (so the tests see
 * the current page sources), the app over the shared test engine, and Debian's Chromium
 * driven by playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { createApp, webEngine } from "../../src/web/app";
import { buildPage } from "../../src/web/build-page";
import { listen, type Listening } from "../../src/web/listen";
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

export interface BuiltPage {
  dir: string;
  remove(): void;
}

/** Build the page into a fresh temporary folder; returns it and a cleanup. */
export async function builtPage(): Promise<BuiltPage> {
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

/** The form open in Chromium as a person has it: its server, browser, context and page. */
export interface OpenForm {
  page: Page;
  context: BrowserContext;
  /** The address the page was opened at. */
  url: string;
  /** The built page's folder (none when the form was opened at a given address). */
  assetsDir?: string;
  /** Closes the page's context, the browser, the server and the built page, whichever were made. */
  close(): Promise<void>;
}

export interface FormOptions {
  /** An address to open instead of serving the built page (a `vanthu serve` the test started). */
  url?: string;
  /** The app to serve over the built page's folder; `appOver` unless given. */
  app?: (assetsDir: string) => Pick<Hono, "fetch">;
  /** A page already built by the suite (kept when the form closes); one is built otherwise. */
  built?: BuiltPage;
  /** Beside a 1440×900 window in Vietnamese. */
  context?: BrowserContextOptions;
}

/**
 * The web form served, Chromium launched and the page opened, ready (`body.ready`); errors the
 * page throws are printed. What each suite then does with dialogs, downloads and files is its own.
 */
export async function openForm(options: FormOptions = {}): Promise<OpenForm> {
  let built: BuiltPage | undefined;
  let server: Listening | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (built !== options.built) built?.remove();
  };
  try {
    let url = options.url;
    if (url === undefined) {
      built = options.built ?? (await builtPage());
      server = await listen((options.app ?? appOver)(built.dir), 0);
      url = server.url;
    }
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "vi-VN",
      ...options.context,
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector("body.ready");
    return { page, context, url, assetsDir: built?.dir, close };
  } catch (e) {
    await close();
    throw e;
  }
}
