// The map as a user meets it: the built dist/ served on 127.0.0.1, in real headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, DIST, serveDist, launch, openMap, pieceStates, screenshot, loadEvents } from "./harness.mjs";

const pieceIds = JSON.parse(readFileSync(join(ROOT, "geo/pieces.geojson"), "utf8")).features.map((f) => f.properties.id);
const events = loadEvents();
let server, browser;

before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const POWERS = new Set(["china", "japan", "korea", "russia", "shared"]);
const dayNumber = (iso) => Math.round(Date.parse(iso + "T00:00:00Z") / 86400000);

test("the page draws every piece, each with a shape and a power", async () => {
  const { page, errors } = await openMap(browser, server.origin);
  const drawn = await page.$$eval("[data-piece]", (els) => els.map((e) => ({
    id: e.dataset.piece, power: e.dataset.power, status: e.dataset.status,
    len: document.querySelector(e.getAttribute("href")).getAttribute("d").length,
    box: (({ width, height }) => width * height)(e.getBBox()),
  })));
  assert.deepEqual(drawn.map((d) => d.id).sort(), [...pieceIds].sort());
  for (const d of drawn) {
    assert.ok(d.len > 20 && d.box > 0, `${d.id} has no visible shape`);
    assert.ok(POWERS.has(d.power), `${d.id} has power ${d.power}`);
    assert.ok(d.status && d.status !== "none", `${d.id} has no status`);
  }
  // The five regions are named on the map.
  const labels = await page.$$eval("text.label.region", (els) => els.map((e) => e.textContent));
  for (const name of ["Sakhalin", "Kuril Islands", "Liaodong", "Manchuria", "Korea"]) assert.ok(labels.includes(name), name);
  await screenshot(page, "1855-1280x720");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the map comes first: its first frame is not held back by the side panel, which follows", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // What the page holds when the pieces first appear, and in the frame after that.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector("[data-piece]")) return;
      seen.disconnect();
      const panel = () => document.querySelector("aside.side")?.childElementCount ?? -1;
      window.__atPieces = { panel: panel(), slider: !!document.querySelector("#date-slider") };
      requestAnimationFrame(() => { window.__firstFrame = { panel: panel() }; });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.origin}/#date=1905-09-05&lang=en`);
  await page.waitForSelector("[data-event]");
  const at = await page.evaluate(() => window.__atPieces);
  const first = await page.evaluate(() => window.__firstFrame);
  assert.deepEqual(at, { panel: 0, slider: true }, "the slider comes with the map, the panel later");
  assert.equal(first.panel, 0, "the first frame with the map is drawn before the panel is built");
  assert.ok(await page.isVisible("[data-event]") && await page.isVisible(".legend"), "then the panel fills in");
  await page.close();
});

test("the first view stays within its byte budget, and the kind of file that grew is named", async () => {
  const budget = JSON.parse(readFileSync(join(ROOT, "tests/browser/first-view-budget.json"), "utf8")).kinds;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const urls = new Set();
  page.on("request", (r) => { if (r.url().startsWith(server.origin)) urls.add(new URL(r.url()).pathname); });
  // When the pieces went into the page, by the page's clock.
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.querySelector("[data-piece]")) { window.__piecesAt = performance.now(); o.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.origin}/#date=1855-01-01`);
  await page.waitForSelector("[data-piece]");
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  // The cards' English (texts-en) follows the map: asked for only once the pieces are in the
  // page, so it is not part of the first view.
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-cards-pending"));
  const cards = await page.evaluate(() => performance.getEntriesByType("resource")
    .filter((r) => /\/texts-en-[0-9a-f]{16}\.bin$/.test(r.name)).map((r) => ({ path: new URL(r.name).pathname, after: r.startTime - window.__piecesAt })));
  assert.equal(cards.length, 1, "the cards' English is fetched once");
  assert.ok(cards[0].after > 0, `the cards' English is asked for after the map's pieces, not before (${cards[0].after} ms)`);
  urls.delete(cards[0].path);
  const kindOf = (f) => f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : f.endsWith(".css") ? "css"
    : f.endsWith(".html") ? "html" : f.endsWith(".woff2") ? "fonts" : /\.(svg|png|ico)$/.test(f) ? "images" : f;
  const bytes = {};
  for (const path of urls) {
    const file = path === "/" ? "index.html" : path.slice(1);
    const body = readFileSync(join(DIST, file));
    const kind = kindOf(file);
    bytes[kind] = (bytes[kind] ?? 0) + (file.endsWith(".woff2") ? body.length : gzipSync(body, { level: 9 }).length);
  }
  assert.ok(bytes.wasm > 100_000 && bytes.html > 0, `the first view was measured: ${JSON.stringify(bytes)}`);
  const grew = Object.entries(bytes).filter(([k, n]) => n > (budget[k] ?? 0)).map(([k, n]) => `${k}: ${n} bytes, budget ${budget[k] ?? 0} (+${n - (budget[k] ?? 0)})`);
  assert.deepEqual(grew, [], `the first view grew past its budget (tests/browser/first-view-budget.json): ${grew.join("; ")}`);
  await page.close();
});

test("moving the slider to 1906 shows south Sakhalin Japanese and the north Russian", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1880-01-01");
  const slider = page.locator("#date-slider");
  const box = await slider.boundingBox();
  const [min, max] = await slider.evaluate((e) => [Number(e.min), Number(e.max)]);
  // Click on the track where mid-1906 falls, as a person with a mouse would.
  const frac = (dayNumber("1906-07-01") - min) / (max - min);
  await page.mouse.click(box.x + 8 + frac * (box.width - 16), box.y + box.height / 2);
  await page.waitForFunction(() => document.querySelector(".year").textContent === "1906");
  const s = await pieceStates(page);
  assert.equal(s.sakhalin_south.power, "japan");
  assert.equal(s.sakhalin_north.power, "russia");
  assert.equal(s.kwantung.power, "japan");
  assert.equal(s.kwantung.status, "lease");
  await screenshot(page, "1906-1280x720");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the keyboard moves the slider a year, or ten, and the link follows", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1900-03-01");
  await page.focus("#date-slider");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.textContent(".year"), "1901");
  await page.keyboard.press("PageUp");
  assert.equal(await page.textContent(".year"), "1911");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.textContent(".year"), "1910");
  assert.equal(await page.textContent(".day"), "1 March 1910");
  await page.waitForFunction(() => location.hash === "#date=1910-03-01&lang=en");
  assert.equal((await pieceStates(page)).korea.power, "japan");
  // The date and the change in force, for a screen reader.
  const latest = events.filter((e) => e.date <= "1910-03-01").at(-1);
  assert.equal(await page.getAttribute("#date-slider", "aria-valuetext"), `1 March 1910. Latest change: ${latest.title}`);
  await page.close();
});

test("a #date link opens the map at that date", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1880-01-01");
  assert.equal(await page.textContent(".year"), "1880");
  const s = await pieceStates(page);
  assert.equal(s.sakhalin_south.power, "russia");
  assert.equal(s.kurils_north.power, "japan");
  assert.equal(s.ussuri_sea.power, "russia");
  assert.equal(await page.locator(".notice").count(), 0);
  const at1855 = await pieceStates((await openMap(browser, server.origin, "#date=1855-03-01")).page);
  assert.equal(at1855.sakhalin_north.power, "shared");
  assert.equal(at1855.sakhalin_north.sovereign, "japan;russia");
  await page.close();
});

test("a bad link still opens the map, at a default date, and says why", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1700-01-01");
  assert.equal(await page.textContent(".year"), "1855");
  assert.match(await page.textContent(".notice"), /1700-01-01/);
  await page.click(".notice button");
  assert.equal(await page.locator(".notice").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("moving the date only rewrites the attributes of pieces whose control changed", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1904-12-31");
  // Mark every path element; watch every attribute write from here on.
  await page.evaluate(() => {
    window.__changed = new Set();
    for (const p of document.querySelectorAll("defs path[id^=shape-]")) p.__mark = p.getAttribute("d");
    for (const u of document.querySelectorAll("[data-piece]")) u.__mark = true;
    new MutationObserver((ms) => ms.forEach((m) => m.target.dataset?.piece && window.__changed.add(m.target.dataset.piece)))
      .observe(document.querySelector("svg.map-svg"), { attributes: true, subtree: true, childList: true });
  });
  const slider = page.locator("#date-slider");
  await slider.evaluate((e, v) => { e.value = String(v); e.dispatchEvent(new Event("input", { bubbles: true })); }, dayNumber("1905-01-05"));
  await page.waitForFunction(() => document.querySelector(".day").textContent === "5 January 1905");
  const changed = await page.evaluate(() => [...window.__changed]);
  assert.deepEqual(changed, ["kwantung"], "only Port Arthur's surrender falls between these dates");
  // The same path elements, with the same geometry: nothing was rebuilt.
  const kept = await page.$$eval("defs path[id^=shape-]", (els) => els.length > 0 && els.every((p) => p.__mark === p.getAttribute("d")));
  assert.ok(kept, "every outline is the same element with the same geometry");
  assert.ok(await page.$$eval("[data-piece]", (els) => els.length > 0 && els.every((u) => u.__mark === true)), "no piece element was replaced");
  await page.close();
});

test("no request leaves the page's own origin and nothing throws", async () => {
  const { page, requests, errors } = await openMap(browser, server.origin, "#date=1920-06-01", { width: 1024, height: 768 });
  await page.focus("#date-slider");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  await screenshot(page, "1915-1024x768");
  assert.ok(requests.length >= 3, "the page, its script and its wasm");
  for (const url of requests) assert.ok(url.startsWith(server.origin + "/"), `request to ${url}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("if the WebAssembly cannot be fetched the page says so instead of staying blank", async () => {
  // The network fails on it (a file the host no longer has is another message: deploy.test.mjs).
  const page = await browser.newPage();
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("#fatal:not([hidden])", { timeout: 15000 });
  assert.match(await page.textContent("#fatal-headline"), /could not start/);
  assert.equal(await page.locator("#loading").count(), 0);
  await page.close();
});

test("foreign troops who did not govern are outlined, not recoloured", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1904-06-15");
  const korea = async () => page.$eval("[data-piece=korea]", (e) => ({ power: e.dataset.power,
    presence: document.querySelector(`use.status[href="${e.getAttribute("href")}"]`).dataset.presence ?? null,
    title: e.querySelector("title").textContent }));
  let k = await korea();
  assert.deepEqual([k.power, k.presence], ["korea", "japan"]);
  assert.match(k.title, /Japanese troops present/);
  await page.evaluate(() => { location.hash = "date=1903-06-15"; });
  await page.waitForFunction(() => document.querySelector(".year").textContent === "1903");
  k = await korea();
  assert.deepEqual([k.power, k.presence], ["korea", null]);
  await page.close();
});

test("railways appear when they opened, in the colour of the power that ran them", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1899-01-01");
  const smr = () => page.$eval("[data-railway=south_branch_liaoyang_mukden]", (e) => ({ op: e.dataset.operator, shown: getComputedStyle(e).display !== "none" }));
  assert.deepEqual(await smr(), { op: "none", shown: false });
  for (const [date, op] of [["1904-01-01", "russia"], ["1906-01-01", "japan"]]) {
    await page.evaluate((d) => { location.hash = `date=${d}`; }, date);
    await page.waitForFunction((y) => document.querySelector(".year").textContent === y, date.slice(0, 4));
    assert.deepEqual(await smr(), { op, shown: true }, date);
  }
  await page.close();
});
