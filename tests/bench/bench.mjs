// Benchmark (not a test): this map against a plain Leaflet page drawing the same pieces
// (tests/bench/peer.mjs), measured in one run in headless Chromium on this machine, with a third
// column for the floor (tests/bench/floor): the bare Leptos page of the same pieces, which shows
// what the required stack costs before any feature, and a fourth for the snapshot: our own page
// as it stands after start-up, saved as static HTML with no script, which shows what its content
// costs the browser with no code at all (the most pre-rendering could give; start-up only). Run
// with scripts/bench.sh after a release build. Prints a table with the ratios and the targets of
// issue 19, which targets the floor and the snapshot meet, and writes the same as JSON to
// target/bench.json.
//
//   first view     bytes of the files asked for until the map's pieces are in the page, gzip
//                  and brotli (each file compressed on its own, as a static host serves it); and
//                  gzip of every file fetched until the names and the card are painted
//   start-up       navigation → the map painted (pieces in the DOM, then two frames), cold cache
//   step           one slider input → its reactions run (microtasks included) and layout done,
//                  and → the next frame; median, p95 and max
//                  over 3 sweeps of every year and 3 of every event date
//   long tasks     tasks over 50 ms during those sweeps
//   memory         JS heap (after a forced GC) and wasm memory after 1 and after 10 sweeps
//   DOM writes     mutation records per step
//   Lighthouse     mobile defaults, served compressed (with --lighthouse; needs npx and the npm
//                  registry: lighthouse@12.2.3)
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants as zc } from "node:zlib";
import { createServer } from "node:http";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { extname, join, normalize } from "node:path";
import os from "node:os";
import { ROOT, launch } from "../browser/harness.mjs";
import { writePeer } from "./peer.mjs";

const withLighthouse = process.argv.includes("--lighthouse");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2" };

/** A static server for a folder; `compress` serves gzip when the browser accepts it. */
async function serve(dir, compress = false) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(dir, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    let body;
    try { body = readFileSync(file); } catch { return res.writeHead(404).end(); }
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
    if (compress && /gzip/.test(req.headers["accept-encoding"] ?? "") && extname(file) !== ".woff2") {
      body = gzipSync(body, { level: 9 });
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

const dist = join(ROOT, "dist");
const peerDir = join(ROOT, "target", "bench-peer");
const floorDir = join(ROOT, "target", "bench-floor");
const snapshotDir = join(ROOT, "target", "bench-snapshot");
const events = JSON.parse(readFileSync(join(ROOT, "geo/events.json"), "utf8")).events;
const years = Array.from({ length: 68 }, (_, i) => `${1855 + i}-01-01`);
const eventDates = [...new Set(events.map((e) => e.date))].sort();
const browser = await launch();
const ours = await serve(dist);

// 1. The control table, read off our own page: each piece's fill on every step date.
const steps = [];
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${ours.origin}/#date=1855-01-01`);
  await page.waitForSelector("[data-piece]");
  for (const date of [...years, ...eventDates]) {
    await page.evaluate((d) => { location.hash = `#date=${d}&lang=en`; }, date);
    await page.waitForFunction((d) => location.hash.startsWith(`#date=${d}`), date);
    await page.waitForTimeout(20);
    const fills = await page.$$eval("[data-piece]", (els) => Object.fromEntries(els.map((e) =>
      [e.dataset.piece, [e.getAttribute("fill"), Number(e.getAttribute("fill-opacity") ?? 1)]])));
    steps.push({ date, fills });
  }
  await page.close();
}
writePeer(peerDir, steps);

// 2. The snapshot: the page after start-up, scripts removed, beside a copy of dist/'s other files.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${ours.origin}/#date=1855-01-01&lang=en`);
  await page.waitForSelector("[data-event]");
  await page.waitForTimeout(500);
  const html = await page.evaluate(() => {
    document.querySelectorAll("script, link[rel=modulepreload], link[rel=preload]").forEach((e) => e.remove());
    return "<!doctype html>\n" + document.documentElement.outerHTML;
  });
  await page.close();
  rmSync(snapshotDir, { recursive: true, force: true });
  cpSync(dist, snapshotDir, { recursive: true });
  writeFileSync(join(snapshotDir, "index.html"), html);
}
const peer = await serve(peerDir);
const floor = await serve(floorDir);
const snapshot = await serve(snapshotDir);

// Our slider's value (the map's and the floor's) is the day number since 1970-01-01.
const dayNumber = (date, _i) => String(Math.round(Date.parse(date) / 864e5));
const subjects = {
  map: { origin: ours.origin, path: "/#date=1855-01-01&lang=en", painted: "[data-piece]", value: dayNumber,
    named: "[data-event] h2, [data-event] h3" },
  leaflet: { origin: peer.origin, path: "/", painted: "body[data-ready] path.leaflet-interactive",
    value: (_date, i) => String(i) },
  floor: { origin: floor.origin, path: "/", painted: "[data-piece]", value: dayNumber },
  // Static: nothing answers the slider, so only its bytes and start-up are measured.
  snapshot: { origin: snapshot.origin, path: "/#date=1855-01-01&lang=en", painted: "[data-piece]", value: null,
    named: "[data-event] h2, [data-event] h3" },
};

/** Opens a subject in a fresh context (cold cache); returns the page and what it fetched. */
async function open(s) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const bodies = [];
  page.on("response", async (r) => { try { bodies.push({ url: r.url(), body: await r.body() }); } catch { /* redirect */ } });
  await page.addInitScript((painted) => {
    addEventListener("TrunkApplicationStarted", (e) => { window.__wasmMemory = e.detail.wasm.memory; });
    // When what counts as the map went into the page, by the page's clock: the files asked for
    // by then are the first view.
    new MutationObserver((_, o) => {
      if (document.querySelector(painted)) { window.__paintedAt = performance.now(); o.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, s.painted);
  await page.goto(s.origin + s.path);
  await page.waitForSelector(s.painted, { timeout: 30000 });
  const twoFrames = () => page.evaluate(() => new Promise((ok) =>
    requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now())))));
  const painted = await twoFrames();
  const firstView = new Set(await page.evaluate(() => [location.origin + location.pathname, ...performance.getEntriesByType("resource")
    .filter((r) => r.startTime <= (window.__paintedAt ?? Infinity)).map((r) => r.name)]));
  // Names and card painted: the card's title and a place's name in the DOM, then two frames.
  let named;
  if (s.named) {
    await page.waitForSelector(s.named, { timeout: 30000 });
    await page.waitForSelector(".place[visibility=visible]", { timeout: 30000 });
    named = await twoFrames();
  }
  return { context, page, bodies, firstView, painted, named };
}

/** Sweeps the slider over `dates` (with their step indices) and times each step. */
async function sweep(page, s, dates) {
  const values = dates.map(([d, i]) => s.value(d, i));
  return page.evaluate(async (values) => {
    const slider = document.querySelector("#date-slider");
    const toLayout = [], toFrame = [], writes = [];
    let records = 0;
    const watch = new MutationObserver((list) => { records += list.length; });
    watch.observe(document.body, { attributes: true, childList: true, characterData: true, subtree: true });
    let longTasks = 0;
    const tasks = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
    tasks.observe({ type: "longtask" });
    for (const v of values) {
      records = 0;
      const t0 = performance.now();
      slider.value = v;
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      // Reactions queued by the handler (Leptos runs its effects in microtasks, after the
      // handler returns) count too: wait for a task, which runs after every microtask.
      await new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => ok(); c.port2.postMessage(0); });
      document.body.getBoundingClientRect();
      document.querySelector("#year, .year")?.getBoundingClientRect();
      const t1 = performance.now();
      await new Promise((ok) => requestAnimationFrame(() => ok()));
      toLayout.push(t1 - t0);
      toFrame.push(performance.now() - t0);
      watch.takeRecords().forEach(() => { records += 1; });
      writes.push(records);
    }
    await new Promise((ok) => setTimeout(ok, 50));
    tasks.disconnect();
    watch.disconnect();
    return { toLayout, toFrame, writes, longTasks };
  }, values);
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  return { heap: usedSize, wasm };
}

const compressed = (bodies) => bodies.reduce((t, { body }) => ({
  raw: t.raw + body.length,
  gzip: t.gzip + gzipSync(body, { level: 9 }).length,
  brotli: t.brotli + brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
}), { raw: 0, gzip: 0, brotli: 0 });

const results = {};
for (const [name, s] of Object.entries(subjects)) {
  const starts = [], nameds = [];
  let bytes, files;
  for (let run = 0; run < 11; run++) {
    const o = await open(s);
    starts.push(o.painted);
    if (o.named !== undefined) nameds.push(o.named);
    if (run === 0) {
      const first = o.bodies.filter((b) => o.firstView.has(b.url));
      bytes = { ...compressed(first), named: o.named === undefined ? undefined : compressed(o.bodies).gzip };
      files = first.map((b) => b.url.split("/").pop() || "index.html");
    }
    await o.context.close();
  }
  if (!s.value) {
    results[name] = { files, bytes, startMs: { median: median(starts), min: Math.min(...starts), max: Math.max(...starts) },
      namedMs: nameds.length ? { median: median(nameds) } : undefined };
    continue;
  }
  const o = await open(s);
  const yearSteps = years.map((d) => [d, steps.findIndex((x) => x.date === d)]);
  const eventSteps = eventDates.map((d) => [d, steps.findIndex((x) => x.date === d)]);
  const all = { toLayout: [], toFrame: [], writes: [], longTasks: 0 };
  // Memory after each sweep. The first two sweeps (one of every year, one of every event date)
  // visit every state once; flat means nothing grows after that.
  const series = [];
  for (let k = 0; k < 10; k++) {
    const r = await sweep(o.page, s, k % 2 ? eventSteps : yearSteps);
    if (k < 6) { // 3 sweeps of each kind are timed
      all.toLayout.push(...r.toLayout); all.toFrame.push(...r.toFrame); all.writes.push(...r.writes);
      all.longTasks += r.longTasks;
    }
    series.push(await memory(o.page));
  }
  const [after2, after10] = [series[1], series[9]];
  await o.context.close();
  results[name] = {
    files, bytes,
    startMs: { median: median(starts), min: Math.min(...starts), max: Math.max(...starts) },
    namedMs: nameds.length ? { median: median(nameds) } : undefined,
    stepToLayoutMs: { median: median(all.toLayout), p95: pct(all.toLayout, 0.95), max: Math.max(...all.toLayout) },
    stepToFrameMs: { median: median(all.toFrame), p95: pct(all.toFrame, 0.95), max: Math.max(...all.toFrame) },
    steps: all.toLayout.length,
    longTasks: all.longTasks,
    domWritesPerStep: { median: median(all.writes), max: Math.max(...all.writes) },
    memory: { after2, after10, series },
  };
}

if (withLighthouse) {
  for (const [name, dir] of [["map", dist], ["leaflet", peerDir], ["floor", floorDir], ["snapshot", snapshotDir]]) {
    const server = await serve(dir, true);
    const out = join(ROOT, "target", `lighthouse-${name}.json`);
    try {
      // Asynchronously: the page is served from this very process, which must keep answering.
      await promisify(execFile)("npx", ["--yes", "lighthouse@12.2.3", `${server.origin}/${name === "map" ? "#date=1855-01-01" : ""}`,
        "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync"],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, timeout: 300000, maxBuffer: 64 * 2 ** 20 });
      const lh = JSON.parse(readFileSync(out, "utf8"));
      results[name].lighthouse = {
        performance: Math.round(lh.categories.performance.score * 100),
        lcpMs: Math.round(lh.audits["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(lh.audits["total-blocking-time"].numericValue),
        ttiMs: Math.round(lh.audits.interactive?.numericValue ?? NaN),
      };
    } catch (e) {
      results[name].lighthouse = { error: String(e.message).slice(0, 200) };
    }
    await server.close();
  }
}

await browser.close();
await ours.close();
await peer.close();
await floor.close();
await snapshot.close();

// The table, the ratios, the targets.
const m = results.map, l = results.leaflet, f = results.floor, st = results.snapshot;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
// Each row: what, then a formatter and a getter applied to the map, Leaflet, the floor and the
// snapshot, and whether the map / Leaflet ratio is printed. "–" where a page has no such figure.
const rows = [
  ["first view, gzip", kb, (r) => r.bytes.gzip, true],
  ["first view, brotli", kb, (r) => r.bytes.brotli, true],
  ["until names and card painted, gzip", kb, (r) => r.bytes.named ?? NaN, false],
  ["navigation → map painted, median", ms, (r) => r.startMs.median, true],
  ["navigation → names and card painted, median", ms, (r) => r.namedMs?.median ?? NaN, false],
  ["step → layout, median", ms, (r) => r.stepToLayoutMs.median, true],
  ["step → layout, p95", ms, (r) => r.stepToLayoutMs.p95, true],
  ["step → layout, max", ms, (r) => r.stepToLayoutMs.max, true],
  ["step → next frame, p95", ms, (r) => r.stepToFrameMs.p95, true],
  ["long tasks in 6 sweeps", String, (r) => r.longTasks, false],
  ["DOM writes per step, median", String, (r) => r.domWritesPerStep.median, false],
  ["JS heap after 2 / 10 sweeps", (x) => x, (r) => `${mb(r.memory.after2.heap)} / ${mb(r.memory.after10.heap)}`, false],
  ["wasm memory after 2 / 10 sweeps", (x) => x, (r) => (r.memory.after2.wasm ? `${mb(r.memory.after2.wasm)} / ${mb(r.memory.after10.wasm)}` : "–"), false],
];
if (m.lighthouse && !m.lighthouse.error) {
  const lh = (key) => (r) => r.lighthouse?.[key] ?? NaN;
  rows.push(["Lighthouse mobile performance", String, lh("performance"), false]);
  rows.push(["Lighthouse LCP", ms, lh("lcpMs"), true]);
  rows.push(["Lighthouse TBT", ms, lh("tbtMs"), false]);
}
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`);
console.log(`steps timed: ${m.steps} (3 sweeps of ${years.length} years and 3 of ${eventDates.length} event dates)\n`);
const cell = (show, get, r) => { try { const v = get(r); return v === undefined || Number.isNaN(v) ? "–" : show(v); } catch { return "–"; } };
console.log(`| | this map | Leaflet page | ratio | bare Leptos floor | static snapshot |\n|---|---|---|---|---|---|`);
for (const [what, show, get, ratio] of rows) {
  console.log(`| ${what} | ${show(get(m))} | ${show(get(l))} | ${ratio ? (get(m) / get(l)).toFixed(2) : ""} | ${cell(show, get, f)} | ${cell(show, get, st)} |`);
}

// The targets of issue 19, judged for a result against the Leaflet page, the floor and the
// snapshot measured in the same run. null where the page has no such figure (the snapshot does
// not answer the slider; only our page and the snapshot have a card).
const judge = (r) => {
  const stepped = r.stepToLayoutMs !== undefined;
  const t = [
    ["map painted no later than the Leaflet page (median)", r.startMs.median <= l.startMs.median],
    ["map painted within 1.15× the snapshot's time", r.startMs.median <= 1.15 * st.startMs.median],
    ["names and card painted within 1.5× the snapshot's time", r.namedMs ? r.namedMs.median <= 1.5 * st.startMs.median : null],
    ["step → layout p95 no slower than the Leaflet page's", stepped ? r.stepToLayoutMs.p95 <= l.stepToLayoutMs.p95 : null],
    ["step → next frame p95 within 1.2× the floor's", stepped ? r.stepToFrameMs.p95 <= 1.2 * f.stepToFrameMs.p95 : null],
    ["first view ≤ 200 KB gzip", r.bytes.gzip <= 200 * 1024],
    ["0 long tasks over the sweeps", stepped ? r.longTasks === 0 : null],
    ["memory flat from sweep 2 to 10 (heap within 10 %, wasm unchanged)",
      stepped ? r.memory.after10.heap / r.memory.after2.heap <= 1.1 && r.memory.after10.wasm === r.memory.after2.wasm : null],
  ];
  if (r.lighthouse && !r.lighthouse.error) {
    t.push(["Lighthouse performance ≥ 95", r.lighthouse.performance >= 95]);
    t.push(["Lighthouse TBT ≤ 150 ms", r.lighthouse.tbtMs <= 150]);
    t.push(["Lighthouse LCP ≤ 2.0 s", r.lighthouse.lcpMs <= 2000]);
  }
  return t;
};
const targets = judge(m), floorTargets = judge(f), snapshotTargets = judge(st);
const verdict = (met) => (met === null ? "–" : met ? "met" : "NOT met");
if (!m.lighthouse || m.lighthouse.error) {
  console.log(`\nLighthouse: ${m.lighthouse?.error ?? "not run (scripts/bench.sh --lighthouse)"}`);
}
console.log("\ntargets (this map; the bare Leptos floor; the static snapshot):");
targets.forEach(([what, met], i) => {
  console.log(`  ${met ? "met    " : "NOT met"}  ${what}  (floor: ${verdict(floorTargets[i][1])}; snapshot: ${verdict(snapshotTargets[i][1])})`);
});
console.log(`\nfirst-view files: map ${m.files.join(", ")}; Leaflet ${l.files.join(", ")}; floor ${f.files.join(", ")}; snapshot ${st.files.join(", ")}`);

mkdirSync(join(ROOT, "target"), { recursive: true });
writeFileSync(join(ROOT, "target", "bench.json"), JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0].model }, results, targets: Object.fromEntries(targets),
  floorTargets: Object.fromEntries(floorTargets), snapshotTargets: Object.fromEntries(snapshotTargets) }, null, 2));
console.log("JSON: target/bench.json");
