// A lesson in one link: the teacher's tour (built, copied, opened elsewhere, followed, offline),
// questions drawn from the data, the region filter, the list of changes, the key and caption on a
// projector, cards for students in every language, the glossary, and bad tour links. The built
// dist/ in real headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, serveDist, launch, openMap, watchPolicy, pieceStates, screenshot, settled } from "./harness.mjs";

const geo = (f) => JSON.parse(readFileSync(join(ROOT, "geo", f), "utf8"));
const events = geo("events.json").events;
const areas = geo("areas.json").areas;
const glossary = geo("glossary.json").terms;
const LANGS = ["en", "ja", "ru", "zh", "ko"];
let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const longDate = (iso) => new Date(iso + "T00:00:00Z").toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shownDate = (page) => page.textContent(".exact-date");
const waitDate = (page, iso) => page.waitForFunction((d) => document.querySelector(".exact-date").textContent === d, longDate(iso));
const goTo = async (page, hash) => {
  await page.evaluate((h) => { location.hash = h; }, hash);
  const date = /date=(\d{4}-\d{2}-\d{2})/.exec(hash)?.[1];
  if (date) await waitDate(page, date);
};

/** Builds a tour in the page: for each stop, the map set by a link, then Add stop, a note and questions. */
async function buildTour(page, stops, title) {
  await page.click("[data-panel=tour]");
  if (title) await page.fill("[data-tour-title]", title);
  for (const [i, s] of stops.entries()) {
    await goTo(page, s.hash);
    await page.click("[data-tour-add]");
    const item = page.locator(`[data-stop="${i + 1}"]`);
    await item.waitFor();
    await item.locator("[data-stop-note]").fill(s.note);
    await item.locator("[data-stop-note]").dispatchEvent("change");
    for (const [k, q] of (s.questions ?? []).entries()) {
      const field = item.locator(`[data-stop-question="${k + 1}"]`);
      await field.fill(q);
      await field.dispatchEvent("change");
    }
  }
}

/** Copies the tour link and returns it (read from the field beside the button). */
async function copyLink(page) {
  await page.click("[data-tour-copy]");
  await page.waitForSelector("[data-tour-link]");
  return page.inputValue("[data-tour-link]");
}

/** The stop shown over the map: its number, note and the page's date. */
async function stopShown(page) {
  await page.waitForSelector(".tour-stop");
  return {
    n: Number(await page.getAttribute(".tour-stop", "data-tour-stop")),
    where: (await page.textContent(".tour-where")).trim(),
    note: (await page.textContent(".tour-note").catch(() => "")).trim(),
    date: await shownDate(page),
  };
}

const FIVE = [
  { hash: "#date=1894-07-23&view=korea", note: "The Japanese seize the palace in Seoul. Why Korea first?", questions: ["Who governs Korea now?", "Why does Japan want Korea?"] },
  { hash: "#date=1895-05-08&view=liaodong", note: "Shimonoseki: Liaodong is ceded to Japan.", questions: ["What did China lose?"] },
  { hash: "#date=1895-12-21&view=liaodong", note: "Three weeks of cession, then the Triple Intervention takes it back." },
  { hash: "#date=1898-03-28", note: "Russia leases the same tip of Liaodong.", questions: ["Why would Japan be angry?", "What is a lease?", "Who keeps the title?"] },
  { hash: "#date=1910-08-29&view=korea", note: "Annexation: the end of the Korean Empire." },
];

test("a tour: built in the page, copied, opened in a fresh browser, followed by buttons and clicker keys, then offline", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await watchPolicy(page, errors);
  await page.goto(`${server.origin}/#date=1894-07-23`);
  await page.waitForSelector("[data-piece]");
  await buildTour(page, FIVE, "From Shimonoseki to annexation");
  assert.equal(await page.locator(".tour-item").count(), 5);
  // Reorder, edit and remove: stop 5 up to 4, then back; a stop removed and added again.
  await page.click('[data-stop="5"] [data-stop-up]');
  assert.match(await page.textContent('[data-stop="4"] .tour-item-head'), /29 August 1910/);
  await page.click('[data-stop="4"] [data-stop-down]');
  assert.match(await page.textContent('[data-stop="5"] .tour-item-head'), /29 August 1910/);
  await page.click('[data-stop="3"] [data-stop-remove]');
  assert.equal(await page.locator(".tour-item").count(), 4);
  await goTo(page, FIVE[2].hash);
  await page.click("[data-tour-add]");
  await page.locator('[data-stop="5"] [data-stop-note]').fill(FIVE[2].note);
  await page.locator('[data-stop="5"] [data-stop-note]').dispatchEvent("change");
  // …and moved back to third place.
  await page.click('[data-stop="5"] [data-stop-up]');
  await page.click('[data-stop="4"] [data-stop-up]');
  const heads = await page.$$eval(".tour-item-head", (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(heads.map((h) => /· (.+?) ·/.exec(h)[1]), FIVE.map((s) => longDate(/date=([\d-]+)/.exec(s.hash)[1])));
  const link = await copyLink(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, "the link is on the clipboard");
  assert.match(link, /#tour=1\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000, `${link.length} characters`);
  await screenshot(page, "tour-editor-1280x720");
  assert.deepEqual(errors, []);
  await context.close();

  // A student's browser: a fresh profile, the link pasted.
  const fresh = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const student = await fresh.newPage();
  const studentErrors = [];
  student.on("pageerror", (e) => studentErrors.push(String(e)));
  await watchPolicy(student, studentErrors);
  await student.goto(link);
  await student.waitForSelector("[data-piece]");
  let s = await stopShown(student);
  assert.deepEqual([s.n, s.note, s.date], [1, FIVE[0].note, longDate("1894-07-23")]);
  assert.match(s.where, /Stop 1 of 5/);
  assert.match(s.where, /From Shimonoseki to annexation/);
  assert.deepEqual(await student.$$eval(".tour-questions li", (ls) => ls.map((l) => l.textContent)), FIVE[0].questions);
  // The note is over the map, not in the panel.
  const [noteBox, mapBox] = await Promise.all([student.locator(".tour-stop").boundingBox(), student.locator(".map-svg").boundingBox()]);
  assert.ok(noteBox.x >= mapBox.x && noteBox.x + noteBox.width <= mapBox.x + mapBox.width && noteBox.y >= mapBox.y, "the stop sits over the map");
  assert.equal(await student.getAttribute("[data-view=korea]", "aria-pressed"), "true");
  await student.click(".tour-next");
  s = await stopShown(student);
  assert.deepEqual([s.n, s.note, s.date], [2, FIVE[1].note, longDate("1895-05-08")]);
  assert.match(await student.evaluate(() => location.hash), /view=liaodong/);
  // A clicker's Page Down and Page Up move between stops.
  await student.keyboard.press("PageDown");
  await student.waitForFunction(() => document.querySelector(".tour-stop")?.dataset.tourStop === "3");
  assert.equal(await shownDate(student), longDate("1895-12-21"));
  await student.keyboard.press("PageDown");
  await student.keyboard.press("PageUp");
  await student.waitForFunction(() => document.querySelector(".tour-stop")?.dataset.tourStop === "3");
  // In presentation mode too, with the stop over the projected map.
  await student.evaluate(() => { location.hash = location.hash + "&mode=present"; });
  await student.waitForFunction(() => document.documentElement.classList.contains("present"));
  await student.keyboard.press("PageDown");
  await student.waitForFunction(() => document.querySelector(".tour-stop")?.dataset.tourStop === "4");
  assert.equal(await shownDate(student), longDate("1898-03-28"));
  await screenshot(student, "tour-stop-present-1024x768");
  // Leave the tour: the map stays.
  await student.click(".tour-leave");
  await student.waitForFunction(() => !document.querySelector(".tour-stop"));
  assert.equal(await shownDate(student), longDate("1898-03-28"));
  assert.doesNotMatch(await student.evaluate(() => location.hash), /tour=/);
  assert.deepEqual(studentErrors, []);
  await fresh.close();

  // Offline: the tour link opened once online, then with the network off.
  const offline = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const op = await offline.newPage();
  await op.goto(link);
  await op.waitForSelector(".tour-stop");
  await op.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
  await offline.setOffline(true);
  await op.reload();
  await op.waitForSelector("[data-piece]", { timeout: 20000 });
  s = await stopShown(op);
  assert.deepEqual([s.n, s.note], [1, FIVE[0].note]);
  for (let i = 2; i <= 5; i++) {
    await op.click(".tour-next");
    await op.waitForFunction((n) => document.querySelector(".tour-stop")?.dataset.tourStop === String(n), i);
  }
  assert.equal(await shownDate(op), longDate("1910-08-29"));
  assert.equal((await pieceStates(op)).korea.power, "japan");
  await offline.close();
});

test("a tour file: saved with its schema version, opened in another page", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/#date=1855-02-07`);
  await page.waitForSelector("[data-piece]");
  const long = "A note longer than a link would hold. ".repeat(13).trim().slice(0, 490);
  await buildTour(page, [
    { hash: "#date=1855-02-07&view=sakhalin", note: long, questions: ["Where is the border between Japan and Russia?"] },
    { hash: "#date=1875-08-22&view=sakhalin", note: "Sakhalin for the Kurils." },
  ], "Sakhalin and the Kurils");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-tour-save]")]);
  const path = join(ROOT, "target", "tour-test.json");
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, "utf8"));
  assert.equal(file.schema, "frontier-atlas-tour");
  assert.equal(file.version, 1);
  assert.equal(file.stops.length, 2);
  assert.equal(file.stops[0].note, long);
  assert.equal(file.stops[0].view, "sakhalin");
  await context.close();

  const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const p2 = await other.newPage();
  await p2.goto(`${server.origin}/#date=1920-01-01`);
  await p2.waitForSelector("[data-piece]");
  await p2.click("[data-panel=tour]");
  await p2.setInputFiles("[data-tour-open]", path);
  const s = await stopShown(p2);
  assert.deepEqual([s.n, s.note, s.date], [1, long, longDate("1855-02-07")]);
  assert.match(s.where, /Stop 1 of 2/);
  // A file that is not a tour says why, and nothing is lost.
  await p2.setInputFiles("[data-tour-open]", { name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"schema": "something-else", "version": 1, "stops": []}') });
  await p2.waitForSelector(".notice");
  assert.match(await p2.textContent(".notice"), /not a tour/);
  assert.equal(await p2.locator(".tour-item").count(), 2, "the tour open before is kept");
  await other.close();
});

test("a twelve-stop tour with 200-character notes fits in a link of under 2,000 characters", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/#date=1855-02-07`);
  await page.waitForSelector("[data-piece]");
  const dates = events.map((e) => e.date).filter((d, i, a) => a.indexOf(d) === i).filter((_, i) => i % 6 === 0).slice(0, 12);
  const views = ["liaodong", "sakhalin", "korea", "amur"];
  const stops = dates.map((d, i) => {
    const e = events.find((x) => x.date === d);
    let note = `Stop ${i + 1}, ${d}: ${e.title.en}. ${e.summary.en}`;
    while (note.length < 200) note += " Discuss with your neighbour.";
    return { hash: `#date=${d}&view=${views[i % 4]}`, note: note.slice(0, 200) };
  });
  assert.equal(stops.length, 12);
  await buildTour(page, stops);
  const link = await copyLink(page);
  assert.ok(link.length <= 2000, `a 12-stop link is ${link.length} characters`);
  assert.equal(Number(await page.getAttribute("[data-tour-link-chars]", "data-tour-link-chars")), link.length);
  console.log(`# twelve stops, 200-character notes: ${link.length} characters`);
  const again = await context.newPage();
  await again.goto(link);
  const s = await stopShown(again);
  assert.match(s.where, /Stop 1 of 12/);
  assert.equal(s.note, stops[0].note);
  await context.close();
});

/** A tour link made the way the page makes one, from a stop layout written here. */
function linkFor(bytes) {
  return `1.${deflateRawSync(Buffer.from(bytes)).toString("base64url")}`;
}
function varint(n) { const out = []; do { let b = n & 0x7f; n = Math.floor(n / 128); out.push(n ? b | 0x80 : b); } while (n); return out; }
function text(s) { const b = [...Buffer.from(s)]; return [...varint(b.length), ...b]; }
function fnv(bytes) { let h = 0x811c9dc5; for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0; return [h & 255, (h >>> 8) & 255, (h >>> 16) & 255, h >>> 24]; }
const day = (iso) => Math.round((Date.parse(iso) - Date.parse("1855-01-01")) / 86400000);
function layout(stops, { checksum = true } = {}) {
  const body = [...text("Bad links"), ...varint(stops.length)];
  for (const s of stops) body.push(...varint(s.day), s.flags ?? 0, ...(s.extra ?? []), ...text(s.note ?? ""));
  return checksum ? [...body, ...fnv(body)] : body;
}

test("a bad tour link names what was wrong, keeps the stops it could read, and never leaves the map blank", async () => {
  const good = layout([{ day: day("1898-03-28"), note: "one" }, { day: day("1905-09-05"), note: "two" }, { day: day("1910-08-29"), note: "three" }]);
  const cases = [
    { name: "truncated", tour: linkFor(good).slice(0, Math.floor(linkFor(good).length * 0.6)), expect: /cut short|changed|cannot be read/, kept: (n) => n < 3 },
    { name: "its end cut", tour: linkFor(good).slice(0, -4), expect: /cut short|changed/, kept: (n) => n >= 1 },
    { name: "altered", tour: linkFor([...good.slice(0, -1), good.at(-1) ^ 0xff]), expect: /changed after it was made/, kept: (n) => n === 3 },
    { name: "unknown version", tour: "7." + linkFor(good).slice(2), expect: /another version/, kept: (n) => n === 0 },
    { name: "not a tour", tour: "1.%%%%", expect: /cannot be read/, kept: (n) => n === 0 },
    { name: "unknown view", tour: linkFor(layout([{ day: day("1898-03-28"), flags: 1, extra: [99], note: "a" }])), expect: /Stop 1 had a view the map does not know/, kept: (n) => n === 1 },
    { name: "date off the map", tour: linkFor(layout([{ day: 40000, note: "far" }])), expect: /Stop 1 had a date outside 1855–1922/, kept: (n) => n === 1 },
    { name: "too long", tour: linkFor(good) + "A".repeat(17000), expect: /more than the map reads/, kept: (n) => n >= 1 },
  ];
  for (const c of cases) {
    const { page, errors } = await openMap(browser, server.origin, `#tour=${c.tour}`);
    await page.waitForSelector(".notice", { timeout: 5000 });
    const notices = (await page.$$eval(".notice span", (s) => s.map((x) => x.textContent))).join(" | ");
    assert.match(notices, c.expect, `${c.name}: ${notices}`);
    for (const n of await page.$$eval(".notice span", (s) => s.map((x) => x.textContent))) assert.ok(n.length < 300, `${c.name}: a short notice`);
    await page.click("[data-panel=tour]");
    const kept = await page.locator(".tour-item").count();
    assert.ok(c.kept(kept), `${c.name}: ${kept} stops kept`);
    assert.ok((await page.$$("[data-piece]")).length >= 30, `${c.name}: the map is drawn`);
    assert.deepEqual(errors, [], c.name);
    await page.close();
  }
});

test("questions: the same seed gives a class the same questions as atlas questions, answered right and wrong", async () => {
  const csv = execFileSync("cargo", ["run", "--quiet", "--bin", "atlas", "--", "questions", "--count", "6", "--seed", "7"], { cwd: ROOT, encoding: "utf8" });
  const rows = csv.trim().split("\n").slice(1).map((l) => {
    const m = /^(\d+),("(?:[^"]|"")*"|[^,]*),([^,]*),([^,]*),([^,]*),([^,]*),([^,]*)$/.exec(l);
    return { id: m[1], question: m[2].replace(/^"|"$/g, "").replace(/""/g, '"'), lon: m[3], lat: m[4], date: m[5], answer: m[6], event: m[7] };
  });
  assert.equal(rows.length, 6);
  const { page, errors } = await openMap(browser, server.origin, "#date=1855-01-01&q=7");
  await page.waitForSelector(".quiz-question");
  let right = 0;
  for (const [i, r] of rows.entries()) {
    await page.waitForFunction((n) => document.querySelector(".quiz-question")?.dataset.question === String(n), i + 1);
    assert.equal((await page.textContent(".quiz-question")).trim(), r.question, `question ${i + 1}`);
    const ask = await page.getAttribute(".quiz-question", "data-ask");
    const wrongOnPurpose = i % 2 === 1;
    if (ask === "where") {
      const target = wrongOnPurpose ? "japan_home" : r.answer;
      const box = await page.locator(`[data-piece=${target}]`).boundingBox();
      const point = await page.$eval(`[data-piece=${target}]`, (e, id) => {
        const r = e.getBoundingClientRect();
        for (let a = 1; a < 30; a++) for (let b = 1; b < 30; b++) {
          const [x, y] = [r.left + (r.width * a) / 30, r.top + (r.height * b) / 30];
          if (document.elementFromPoint(x, y)?.dataset?.piece === id) return [x, y];
        }
        return null;
      }, target);
      assert.ok(box && point, `${target} can be clicked`);
      await page.mouse.click(point[0], point[1]);
    } else {
      const choices = await page.$$eval(".choices [data-choice]", (bs) => bs.map((b) => b.dataset.choice));
      assert.ok(choices.includes(r.answer), `question ${i + 1}: ${r.answer} among ${choices}`);
      const pick = wrongOnPurpose ? choices.find((c) => c !== r.answer) : r.answer;
      await page.click(`.choices [data-choice="${pick}"]`);
    }
    await page.waitForSelector("[data-quiz-result]");
    const result = await page.getAttribute("[data-quiz-result]", "data-quiz-result");
    assert.equal(result, wrongOnPurpose ? "wrong" : "right", `question ${i + 1} (${ask})`);
    if (result === "right") right++;
    // The event that explains it is named, and the map shows the question's day.
    const because = events.find((e) => e.id === r.event);
    assert.match(await page.textContent(".quiz-feedback"), new RegExp(because.title.en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    assert.equal(await shownDate(page), longDate(r.date));
    if (i === 1) await screenshot(page, "questions-1280x720");
    await page.click("[data-quiz-next]");
  }
  await page.waitForSelector("[data-quiz-score]");
  assert.equal(Number(await page.getAttribute("[data-quiz-score]", "data-quiz-score")), right);
  assert.match(await page.evaluate(() => location.hash), /q=7/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a region: Next change, the marks, play and the list keep to it (Sakhalin, from 1 June 1876 to 1905)", async () => {
  const regionOf = Object.fromEntries(areas.flatMap((a) => a.pieces.map((p) => [p, a.region])));
  const touches = (e, r) => [...e.changes.map((c) => c.piece), ...(e.about ?? [])].some((p) => regionOf[p] === r);
  const sakhalinDays = [...new Set(events.filter((e) => touches(e, "sakhalin")).map((e) => e.date))];
  const next = sakhalinDays.find((d) => d > "1876-06-01");
  assert.match(next, /^1905-/);
  const { page, errors } = await openMap(browser, server.origin, "#date=1876-06-01&region=sakhalin");
  assert.equal(await page.inputValue("[data-region-choice]"), "sakhalin");
  await page.click(".step.next");
  await waitDate(page, next);
  // Every mark is a day of the region.
  const marked = (await page.$$eval(".marks .mark", (ms) => ms.flatMap((m) => m.dataset.dates.split(" "))));
  assert.deepEqual(marked, sakhalinDays);
  // The list of changes keeps to it too, and each entry goes to its day.
  await page.click("[data-panel=changes]");
  const listed = await page.$$eval("[data-change]", (ls) => ls.map((l) => l.dataset.change));
  assert.deepEqual(listed, events.filter((e) => touches(e, "sakhalin")).map((e) => e.id));
  await page.click(`[data-change=treaty_of_saint_petersburg_1875] .change-link`);
  await waitDate(page, "1875-08-22");
  // Play walks the region's changes only.
  await page.click("[data-panel=map]");
  await page.selectOption(".speed select", "fast");
  await page.click(".play");
  await page.waitForFunction((d) => document.querySelector(".exact-date").textContent === d, longDate(next), { timeout: 15000 });
  await page.click(".play");
  assert.match(await page.evaluate(() => location.hash), /region=sakhalin/);
  await screenshot(page, "region-sakhalin-1280x720");
  // Back to every region: the next change from 1876 is a Korean one again.
  await page.selectOption("[data-region-choice]", "");
  await goTo(page, "#date=1876-06-01");
  await page.click(".step.next");
  const all = [...new Set(events.map((e) => e.date))].find((d) => d > "1876-06-01");
  await waitDate(page, all);
  assert.ok(all < next);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the list of changes: every event, its regions, the ones that moved no border, and what the marks mean", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1905-09-05");
  await page.click("[data-panel=changes]");
  assert.equal(await page.locator("[data-change]").count(), events.length);
  for (const e of events.filter((x) => x.changes.length === 0).slice(0, 5)) {
    assert.match(await page.textContent(`[data-change=${e.id}]`), /no border moved/);
  }
  assert.doesNotMatch(await page.textContent("[data-change=japan_korea_annexation]"), /no border moved/);
  assert.match(await page.textContent("[data-change=japan_korea_annexation] .change-regions"), /Korea/);
  assert.match(await page.textContent(".marks-explained"), /number/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("presenting at 1024×768: a key of what is on the map and a caption of the change, each toggled", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1895-12-21&mode=present", { width: 1024, height: 768 });
  await page.waitForSelector("[data-key=overlay]");
  const key = page.locator("[data-key=overlay]");
  assert.ok(await key.isVisible());
  const sizes = await page.$$eval("[data-key=overlay] li span", (ss) => ss.map((s) => parseFloat(getComputedStyle(s).fontSize)));
  assert.ok(sizes.length >= 4 && sizes.every((px) => px >= 18), `key text sizes ${sizes}`);
  // Only what is on the map: no lease in 1895 (before 1898), Japan's and China's colours there.
  const powers = await page.$$eval("[data-key=overlay] [data-key-power]", (ls) => ls.map((l) => l.dataset.keyPower));
  assert.ok(powers.includes("china") && powers.includes("russia"), `${powers}`);
  assert.equal(await page.$$eval("[data-key=overlay] [data-key-status=lease]", (l) => l.length), 0);
  await goTo(page, "#date=1898-04-01&mode=present");
  await page.waitForSelector("[data-key=overlay] [data-key-status=lease]");
  // The caption: the change in force, its title and the first sentence of its summary.
  const e = events.find((x) => x.id === "port_arthur_talienwan_lease");
  assert.equal((await page.textContent(".caption-title")).trim(), e.title.en);
  assert.ok(e.summary.en.startsWith((await page.textContent(".caption-line")).trim()));
  const captionBox = await page.locator(".caption").boundingBox();
  assert.ok(captionBox.y < 768 && captionBox.height > 20);
  await screenshot(page, "present-key-caption-1024x768");
  // Each can be put away, and comes back.
  await page.click("[data-toggle-key]");
  await page.waitForFunction(() => !document.querySelector("[data-key=overlay]"));
  await page.click("[data-toggle-caption]");
  await page.waitForFunction(() => !document.querySelector(".caption"));
  await page.click("[data-toggle-key]");
  await page.click("[data-toggle-caption]");
  await page.waitForSelector("[data-key=overlay]");
  await page.waitForSelector(".caption");
  assert.deepEqual(errors, []);
  await page.close();
});

test("beside the card: the key and the card's title and summary on screen together, with no scrolling", async () => {
  const days = [...new Set(events.map((e) => e.date))];
  const failures = [];
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    for (const lang of LANGS) {
      const { page } = await openMap(browser, server.origin, `#date=1855-01-01&lang=${lang}`, viewport);
      const late = [];
      for (const date of days) {
        await page.evaluate(([d, l]) => { location.hash = `date=${d}&lang=${l}`; }, [date, lang]);
        await page.waitForFunction((d) => [...document.querySelectorAll("[data-event]")].some((c) => c.dataset.event &&
          c.querySelector(".card-date")?.textContent && document.querySelector("#date-slider").value && location.hash.includes(d)), date);
        await settled(page);
        const m = await page.evaluate(() => {
          const box = (sel) => { const e = document.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
          return { side: box(".side"), scrolled: document.querySelector(".side").scrollTop, key: box("[data-key=panel]"), title: box("[data-event] h2"), summary: box("[data-summary]") };
        });
        const inside = (b) => b && b[0] >= m.side[0] - 0.5 && b[2] <= m.side[2] + 0.5 && b[1] >= m.side[1] - 0.5 && b[3] <= m.side[3] + 0.5;
        assert.equal(m.scrolled, 0);
        if (!(inside(m.key) && inside(m.title) && inside(m.summary))) late.push(`${date} (summary ends ${Math.round(m.summary?.[3])}, panel ${Math.round(m.side[3])})`);
        if (date === "1910-08-29" && lang === "en") await screenshot(page, `key-beside-card-${viewport.width}x${viewport.height}`);
      }
      if (late.length) failures.push(`${lang} at ${viewport.width}×${viewport.height}: ${late.join(", ")}`);
      await page.close();
    }
  }
  assert.deepEqual(failures, [], "key, title and summary not all on screen");
});

test("every card in every language puts the summary first, as written for students", async () => {
  for (const lang of LANGS) {
    const { page, errors } = await openMap(browser, server.origin, `#date=1855-01-01&lang=${lang}`);
    for (const e of events) {
      await page.evaluate(([d, l]) => { location.hash = `date=${d}&lang=${l}`; }, [e.date, lang]);
      const card = page.locator(`[data-event=${e.id}]`);
      await card.waitFor();
      const summary = (await card.locator("[data-summary]").textContent()).trim();
      assert.equal(summary, e.summary[lang], `${lang} ${e.id}`);
      // The summary comes before everything but the title; the long text and dates are under Details.
      const order = await card.evaluate((c) => [...c.children].map((x) => x.className || x.tagName));
      assert.ok(order.indexOf("card-summary") < order.indexOf("card-details"), `${lang} ${e.id}: ${order}`);
      assert.equal(await card.locator("details .card-text").count(), 1);
      assert.equal(await card.locator("details").getAttribute("open"), null, "details closed");
    }
    await screenshot(page, `summary-${lang}`);
    assert.deepEqual(errors, [], lang);
    await page.close();
  }
});

test("glossary: terms in the cards, the key and the legend open their definition over the map", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1910-08-29");
  const card = page.locator("[data-event=japan_korea_annexation]");
  await card.waitFor();
  await settled(page);
  // The annexation summary links its terms.
  const linked = await card.locator("[data-summary] [data-glossary]").evaluateAll((bs) => bs.map((b) => b.dataset.glossary));
  assert.ok(linked.includes("annexation") && linked.includes("protectorate"), `${linked}`);
  const before = await page.evaluate(() => location.hash);
  await card.locator("[data-summary] [data-glossary=annexation]").click();
  const dialog = page.locator("[data-glossary-card=annexation]");
  await dialog.waitFor();
  const term = glossary.find((t) => t.id === "annexation");
  assert.match(await dialog.textContent(), new RegExp(term.definition.en.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.equal(await dialog.getAttribute("role"), "dialog");
  // Over the map, without leaving it.
  const [d, m] = await Promise.all([dialog.boundingBox(), page.locator(".maps").boundingBox()]);
  assert.ok(d.x >= m.x && d.x + d.width <= m.x + m.width);
  assert.equal(await page.evaluate(() => location.hash), before);
  await screenshot(page, "glossary-annexation-1280x720");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("[data-glossary-card]"));
  // The key and the legend link their statuses.
  await page.click("[data-key=panel] [data-glossary=lease]");
  await page.waitForSelector("[data-glossary-card=lease]");
  await page.click("[data-glossary-card] .close");
  for (const id of ["lease", "protectorate", "occupation", "neutral_zone", "enclave"]) {
    assert.equal(await page.locator(`.legend [data-glossary=${id}]`).count(), 1, id);
  }
  // The whole glossary, every term in every language written.
  await page.click("[data-panel=glossary]");
  assert.deepEqual(await page.$$eval("[data-glossary-entry]", (ds) => ds.map((d) => d.dataset.glossaryEntry)),
    ["lease", "protectorate", "annexation", "condominium", "neutral_zone", "occupation", "sovereignty", "ratification", "enclave", "concession", "railway_zone", "sphere_of_influence"]);
  for (const t of glossary) for (const l of LANGS) assert.ok(t.definition[l] && t.term[l], `${t.id} in ${l}`);
  assert.deepEqual(errors, []);
  await page.close();
});
