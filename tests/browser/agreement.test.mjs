// The page and `atlas who` share one library: on any date, the power and status the page paints on
// a piece are exactly what `atlas who` answers for a place in that piece.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { ROOT, serveDist, launch, openMap, pieceStates, screenshot, settled } from "./harness.mjs";

// One well-known place in every piece (lon, lat).
const PLACES = [
  [156.2, 50.7], [146.68, 43.81], [142.16, 50.89], [142.73, 46.96], [121.26, 38.81], [121.61, 38.91],
  [122.2, 39.52], [122.0, 39.63], [124.07, 40.46], [122.24, 40.66], [122.75, 40.85], [121.13, 41.1],
  [126.63, 45.75], [125.32, 43.88], [123.65, 40.73], [123.17, 41.27], [123.5, 41.55], [123.43, 41.8],
  [121.65, 42.0], [126.98, 37.57], [127.85, 49.95], [131.89, 43.12], [127.53, 50.26], [158.65, 53.02],
  [113.5, 52.03], [141.35, 43.06], [139.69, 35.69], [116.4, 39.9],
  [122.35, 40.4], [122.8, 40.5], [123.2, 40.15], [122.54, 42.38], [127.49, 50.24], [119.74, 49.21],
  [140.73, 53.14], [135.07, 48.48], [106.9, 47.9],
];
// The dates the history turns on, and the days either side of a few of them (41 dates).
const DATES = ["1855-01-01", "1855-02-07", "1858-05-28", "1860-11-13", "1875-08-22", "1894-11-21", "1895-06-01",
  "1895-12-21", "1898-03-28", "1898-06-01", "1900-07-16", "1900-09-01", "1900-12-01", "1902-10-08", "1904-06-01",
  "1904-08-01", "1904-10-01", "1904-10-17", "1905-01-03",
  "1905-03-20", "1905-07-31", "1905-10-15", "1905-11-17", "1906-01-01", "1906-12-06", "1907-04-15", "1910-08-29",
  "1915-01-01", "1920-04-21", "1922-12-31",
  "1894-11-18", "1895-01-10", "1895-03-06", "1900-08-02", "1900-08-04", "1911-12-01", "1912-01-15",
  "1920-07-03", "1920-09-20", "1921-03-21", "1922-09-27"];

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function askAtlas() {
  const rows = DATES.flatMap((d) => PLACES.map(([lon, lat]) => `${lon},${lat},${d}`)).join("\n");
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "atlas", "--", "who"], { cwd: ROOT, input: rows, encoding: "utf8" });
  const [header, ...lines] = out.trim().split("\n");
  assert.equal(header, "lon,lat,date,piece,power,status,sovereign,event,sphere");
  return lines.map((l) => { const [, , date, piece, power, status, sovereign] = l.split(","); return { date, piece, power, status, sovereign }; });
}

test("the page paints every piece as atlas who answers, on every turning date", async () => {
  const answers = askAtlas();
  assert.equal(answers.length, DATES.length * PLACES.length);
  const pieces = new Set(answers.map((a) => a.piece));
  assert.equal(pieces.size, PLACES.length, "every place lies in a different piece");
  const { page, errors } = await openMap(browser, server.origin, `#date=${DATES[0]}`);
  for (const date of DATES) {
    // Follow a link to the date, as a reader pasting it would.
    await page.evaluate((d) => { location.hash = `date=${d}`; }, date);
    await page.waitForFunction((d) => document.querySelector("#date-slider").getAttribute("aria-valuetext") !== null &&
      location.hash === `#date=${d}&lang=en` && document.querySelector(".year").textContent === d.slice(0, 4), date);
    await settled(page);
    const states = await pieceStates(page);
    for (const a of answers.filter((x) => x.date === date)) {
      assert.deepEqual(states[a.piece], { power: a.power, status: a.status, sovereign: a.sovereign }, `${a.piece} on ${date}`);
    }
    if (["1855-02-07", "1895-06-01", "1898-06-01", "1900-12-01", "1904-10-01", "1905-03-20", "1906-01-01", "1910-08-29", "1920-04-21", "1904-06-01", "1904-08-01"].includes(date)) {
      await screenshot(page, `history-${date}`);
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});
