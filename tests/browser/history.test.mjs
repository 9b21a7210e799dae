// History made visible: uncertain dates and lines are marked on the map and explained on the cards.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, serveDist, launch, openMap, screenshot, settled } from "./harness.mjs";

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("an uncertain line is drawn dotted and the piece card says why; an uncertain date says so on its card", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1904-10-01&view=liaodong");
  const front = 'path.border[data-between="fengtian_liaoyang fengtian_shaho"], path.border[data-between="fengtian_shaho fengtian_liaoyang"]';
  const line = await page.$eval(front, (p) => ({ conf: p.dataset.confidence, dash: getComputedStyle(p).strokeDasharray, vis: p.getAttribute("visibility") }));
  assert.deepEqual(line, { conf: "low", dash: "0.1px, 6px", vis: "visible" });
  // A certain line is solid.
  const yalu = await page.$eval('path.border[data-between="korea liaodong_antung"], path.border[data-between="liaodong_antung korea"]', (p) => getComputedStyle(p).strokeDasharray);
  assert.equal(yalu, "none");
  await page.focus("[data-piece=fengtian_shaho]");
  await page.keyboard.press("Enter");
  const card = await page.textContent("[data-piece-card=fengtian_shaho]");
  assert.match(card, /The border with Fengtian: Liaoyang and Benxi is uncertain: The 1904–05 fronts/);
  await screenshot(page, "uncertain-front-1904-10-01");
  await page.evaluate(() => { location.hash = "date=1904-08-03&view=liaodong"; });
  await page.waitForFunction(() => document.querySelector("[data-event]")?.dataset.event === "haicheng_occupied_1904");
  assert.match(await page.textContent("[data-event] .uncertain"), /^Date uncertain: /);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the corrected history shows on the page: Shimonoseki in force on 8 May, Kwantung a lease from 22 December 1905", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1895-05-07");
  const status = (id) => page.$eval(`[data-piece=${id}]`, (e) => e.dataset.status);
  assert.equal(await status("liaodong_1895"), "occupation");
  await page.getByRole("button", { name: "Next change", exact: true }).click();
  await page.waitForFunction(() => document.querySelector(".exact-date").textContent === "8 May 1895");
  assert.equal(await status("liaodong_1895"), "sovereign");
  assert.equal(await page.getAttribute("[data-event]", "data-event"), "treaty_of_shimonoseki");
  await page.evaluate(() => { location.hash = "date=1905-12-21"; });
  await page.waitForFunction(() => document.querySelector(".exact-date").textContent === "21 December 1905");
  assert.equal(await status("kwantung"), "occupation");
  await page.getByRole("button", { name: "Next change", exact: true }).click();
  await page.waitForFunction(() => document.querySelector(".exact-date").textContent === "22 December 1905");
  assert.equal(await status("kwantung"), "lease");
  assert.equal(await page.getAttribute("[data-event]", "data-event"), "treaty_of_peking_1905");
  await page.close();
});

test("spheres of influence: dotted in the claimant's colour over the land, in the key, on the piece card and on a card of their own", async () => {
  const spheres = JSON.parse(readFileSync(join(ROOT, "geo/spheres.geojson"), "utf8")).features.map((f) => f.properties);
  const on = (d) => spheres.filter((s) => s.from <= d && (!s.until || d < s.until)).map((s) => s.id).sort();
  const { page, errors } = await openMap(browser, server.origin, "#date=1913-01-01");
  const shown = () => page.$$eval(".sphere[data-sphere]", (gs) => gs.filter((g) => g.getAttribute("visibility") === "visible").map((g) => g.dataset.sphere).sort());
  assert.deepEqual(await shown(), on("1913-01-01"));
  // Each in its power's colour, as the key's swatch for that power.
  for (const s of spheres.filter((x) => on("1913-01-01").includes(x.id))) {
    const line = await page.$eval(`[data-sphere="${s.id}"] .sphere-line`, (p) => p.getAttribute("stroke"));
    const swatch = await page.$eval(`[data-key-power="${s.power}"] rect, [data-legend-power="${s.power}"] rect`, (r) => r.getAttribute("fill"));
    assert.equal(line, swatch, `${s.id} drawn in ${s.power}'s colour`);
  }
  // The key names them once, with the powers whose spheres are in view.
  const key = await page.getAttribute("[data-key=panel] [data-key-sphere]", "data-key-sphere");
  assert.deepEqual(key.split(" ").sort(), [...new Set(spheres.filter((x) => on("1913-01-01").includes(x.id)).map((x) => x.power))].sort());
  // Mukden's piece lies in Japan's South Manchurian sphere: its card says so and opens the sphere's card.
  await page.focus("[data-piece=fengtian_mukden]");
  await page.keyboard.press("Enter");
  await page.click("[data-piece-card=fengtian_mukden] [data-sphere-link=south_manchuria_japan]");
  const card = page.locator("[data-sphere-card=south_manchuria_japan]");
  await card.waitFor();
  const sphere = spheres.find((x) => x.id === "south_manchuria_japan");
  assert.equal((await card.locator("h2").textContent()).trim(), sphere.name.en);
  assert.match(await card.textContent(), /30 July 1907/);
  await screenshot(page, "spheres-1913-01-01");
  // Before the first and after the last, none.
  for (const d of ["1897-01-01", "1922-12-31"]) {
    await page.evaluate((x) => { location.hash = `date=${x}`; }, d);
    await page.waitForFunction((x) => location.hash.includes(x), d);
    await settled(page);
    assert.deepEqual(await shown(), on(d), d);
    assert.equal(await page.locator("[data-key=panel] [data-key-sphere]").count(), on(d).length ? 1 : 0, d);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
