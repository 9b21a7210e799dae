// History made visible: uncertain dates and lines are marked on the map and explained on the cards.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, openMap, screenshot } from "./harness.mjs";

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
