// Shared set-up for the browser tests: a static server for dist/ on 127.0.0.1 and Debian's
// Chromium driven by playwright-core (which never downloads a browser of its own).
import { createServer } from "node:http";
import { readFile, mkdir, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

export const ROOT = new URL("../../", import.meta.url).pathname;
// FRONTIER_DIST points the tests at another build (one being checked while dist/ is in use).
export const DIST = process.env.FRONTIER_DIST ?? join(ROOT, "dist");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".woff2": "font/woff2", ".svg": "image/svg+xml" };

/**
 * Serves dist/ (or another built copy) like any static host would. With `caching`, as real hosts
 * do: `Last-Modified` from the file's time, `Cache-Control: max-age=600` (what GitHub Pages
 * sends) and 304 for a request whose `If-Modified-Since` is not older than the file. With
 * `hostHeaders`, also the headers the build's `_headers` file asks of a host (its Cache-Control
 * replacing max-age=600).
 */
export async function serveDist(dist = DIST, { caching = false, hostHeaders = false } = {}) {
  const rules = hostHeaders ? readHostHeaders(dist) : [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(dist, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      for (const r of rules) if (r.path === "/*" || r.path === path) Object.assign(headers, r.headers);
      if (caching || hostHeaders) {
        const modified = new Date(Math.floor((await stat(file)).mtimeMs / 1000) * 1000);
        headers["last-modified"] = modified.toUTCString();
        headers["cache-control"] ??= "max-age=600";
        const since = req.headers["if-modified-since"];
        if (since && new Date(since) >= modified) { res.writeHead(304, headers).end(); return; }
      }
      res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * The rules of a built `_headers` file (scripts/post-build.mjs), as the hosts that read one apply
 * them: `/*` to every path, any other path exactly.
 */
function readHostHeaders(dist) {
  const rules = [];
  for (const line of readFileSync(join(dist, "_headers"), "utf8").split("\n")) {
    if (line.startsWith("/")) rules.push({ path: line.trim(), headers: {} });
    else if (/^\s+\S/.test(line)) {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line);
      rules.at(-1).headers[name.toLowerCase()] = value;
    }
  }
  return rules;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
}

/**
 * Opens the map at `hash` in a fresh page and waits until the pieces are drawn. Records every
 * request and every uncaught error or console error, for the tests to inspect.
 */
export async function openMap(browser, origin, hash = "", viewport = { width: 1280, height: 720 }) {
  const page = await browser.newPage({ viewport });
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await watchPolicy(page, errors);
  await page.goto(`${origin}/${hash}`);
  await page.waitForSelector("[data-piece]", { timeout: 20000 });
  // The cards' English texts follow the map (texts-en.bin): wait for them, not for a time.
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-cards-pending"));
  return { page, requests, errors };
}

/**
 * Reports every Content-Security-Policy violation on the page into `errors` (Chromium also logs
 * them as console errors; this catches them even if it stopped doing so).
 */
export async function watchPolicy(page, errors) {
  await page.exposeFunction("__policyViolation", (v) => errors.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__policyViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
  });
}

/** The data-* state of every drawn piece: { id: { power, status, sovereign } }. */
export async function pieceStates(page) {
  return page.$$eval("[data-piece]", (els) => Object.fromEntries(els.map((e) => [e.dataset.piece,
    { power: e.dataset.power, status: e.dataset.status, sovereign: e.dataset.sovereign }])));
}

export async function screenshot(page, name) {
  const dir = join(ROOT, "target", "screenshots");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/**
 * The events of geo/events.json with their texts in one language (English unless asked), as the
 * page shows them: a text not written in that language falls back to English.
 */
export function loadEvents(lang = "en") {
  const pick = (t) => (t && typeof t === "object" ? t[lang] ?? t.en : t);
  return JSON.parse(readFileSync(join(ROOT, "geo/events.json"), "utf8")).events
    .map((e) => ({ ...e, title: pick(e.title), text: pick(e.text), uncertainty: pick(e.uncertainty) }));
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.2 A/AA and best-practice rules on the page as it is; returns the violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, which the page's policy does not govern.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  })).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`));
}

/**
 * Waits until what the page shows has settled: its fonts loaded, its reactions to the last
 * change applied and laid out (two animation frames), and the address written (no move waiting
 * to be written into the link). A wait on the page's state, not on a guess of how long it takes.
 */
export async function settled(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-cards-pending"));
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-link-pending"));
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}
