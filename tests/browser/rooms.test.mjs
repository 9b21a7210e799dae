// Teaching in any room: five languages with their own fonts, presentation mode for a projector,
// two dates side by side, the view saved as SVG and PNG, a printed handout (the map on page one, in colour, greys or as an outline), and every
// setting in the link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, serveDist, launch, openMap, screenshot, axe, settled } from "./harness.mjs";

const geo = (f) => JSON.parse(readFileSync(join(ROOT, "geo", f), "utf8"));
const events = geo("events.json").events;
const places = geo("places.geojson").features.map((f) => f.properties);
const LANGS = { en: "en", ja: "ja", ru: "ru", zh: "zh-Hans", ko: "ko" };
let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


/** A place's name on a day in a language, from the data file. */
function placeName(id, day, lang) {
  const p = places.find((x) => x.id === id);
  const n = p.names.filter((x) => x.from <= day && (!x.until || day < x.until)).pop();
  return n.name[lang] ?? n.name.en;
}

/** The fonts Chromium actually drew an element's text with: [{ family, custom, glyphs }]. */
async function fontsOf(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.map((f) => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount }));
}

const hash = () => (s) => new URLSearchParams(s.replace(/^#/, ""));
const linkOf = async (page) => hash()(await page.evaluate(() => location.hash));

for (const [lang, tag] of Object.entries(LANGS)) {
  test(`in ${lang}: the page, the card and the names are in ${lang}, drawn in its own font, axe-clean`, async () => {
    const { page, requests, errors } = await openMap(browser, server.origin, `#date=1905-09-05&lang=${lang}`);
    await page.waitForSelector("[data-event=treaty_of_portsmouth_signed]");
    await settled(page);
    assert.equal(await page.getAttribute("html", "lang"), tag);
    const card = events.find((e) => e.id === "treaty_of_portsmouth_signed");
    assert.equal((await page.textContent("[data-event] h2")).trim(), card.title[lang] ?? card.title.en);
    assert.equal((await page.textContent("[data-event] .card-text")).trim(), card.text[lang] ?? card.text.en);
    for (const id of ["port_arthur", "mukden", "seoul", "vladivostok"]) {
      assert.equal((await page.textContent(`[data-place=${id}] text`)).trim(), placeName(id, "1905-09-05", lang), id);
    }
    // The language's own font is fetched, and only it; every wide character is drawn from it
    // (a fallback font's empty boxes would show as glyphs from a system font).
    // Each font's name carries its content's hash.
    const fontFiles = requests.filter((u) => u.includes("/fonts/atlas-")).map((u) => u.split("/").pop().replace(/-[0-9a-f]{16}\.woff2$/, ".woff2"));
    const wide = lang === "ja" || lang === "zh" || lang === "ko";
    assert.deepEqual(fontFiles.filter((f) => f !== "atlas-names.woff2"), wide ? [`atlas-${lang}.woff2`] : []);
    if (wide) {
      for (const sel of ["[data-event] h2", ".day", ".exact-date", "[data-place=port_arthur] text", "h1"]) {
        const text = await page.textContent(sel);
        const wideCount = [...text].filter((c) => c.codePointAt(0) >= 0x2e80).length;
        const custom = (await fontsOf(page, sel)).filter((f) => f.custom).reduce((n, f) => n + f.glyphs, 0);
        assert.ok(custom >= wideCount, `${sel} "${text}": ${wideCount} wide characters, ${custom} drawn in our font`);
      }
    }
    // A language's texts (names, events) are fetched only for a page in it; every page fetches
    // the cards' English (accounts, sources), after the map. By a name with its build in it, so
    // no cache can hand over another build's.
    const textFiles = requests.filter((u) => /\/texts-[\w-]+\.bin$/.test(u)).map((u) => u.split("/").pop().replace(/-[0-9a-f]{16}\.bin$/, ".bin"));
    assert.deepEqual(textFiles.sort(), lang === "en" ? ["texts-en.bin"] : ["texts-en.bin", `texts-${lang}.bin`].sort());
    await screenshot(page, `lang-${lang}-1905-09-05`);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("a Japanese source's title on an English page is drawn from our fonts, fetched only for a card that lists one", async () => {
  // The Portsmouth card's sources are all in English: no font but the switch's (see "in en").
  const { page, requests, errors } = await openMap(browser, server.origin, "#date=1920-03-12");
  await page.waitForSelector("[data-event=nikolayevsk_incident_1920]");
  await settled(page);
  const fetched = () => requests.filter((u) => u.includes("/fonts/atlas-sources-"));
  await page.click("[data-event] .card-details summary");
  await page.evaluate(() => document.fonts.ready);
  await settled(page);
  const i = await page.$$eval(".card-sources li", (lis) => lis.findIndex((li) => /尼港事件/.test(li.textContent)));
  assert.ok(i >= 0, "the card lists 尼港事件");
  const sel = `.card-sources li:nth-child(${i + 1})`;
  const text = await page.textContent(sel);
  const wideCount = [...text].filter((c) => c.codePointAt(0) >= 0x2e80).length;
  const custom = (await fontsOf(page, sel)).filter((f) => f.custom).reduce((n, f) => n + f.glyphs, 0);
  assert.ok(wideCount >= 4 && custom >= wideCount, `"${text}": ${wideCount} wide characters, ${custom} drawn in our font`);
  assert.equal(fetched().length, 1, "the sources' font fetched once shown");
  await screenshot(page, "source-title-ja-on-en");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the language follows the browser when the link names none, and a wrong one is said", async () => {
  const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/#date=1910-09-01`);
  await page.waitForSelector("[data-piece]");
  assert.equal(await page.getAttribute("html", "lang"), "ko");
  assert.equal((await page.textContent("[data-place=seoul] text")).trim(), placeName("seoul", "1910-09-01", "ko"));
  await page.goto(`${server.origin}/#date=1910-09-01&lang=xx`);
  await page.reload();
  await page.waitForSelector("[data-piece]");
  assert.equal(await page.getAttribute("html", "lang"), "ko", "an unknown language falls back to the browser's");
  assert.match(await page.textContent(".notice"), /xx/);
  await context.close();
});

test("switching language keeps the date and view, goes into the link, and Back returns", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1898-03-28&view=liaodong&lang=en");
  await page.selectOption(".lang-switch select", "ja");
  await page.waitForFunction(() => document.documentElement.lang === "ja");
  let link = await linkOf(page);
  assert.equal(link.get("lang"), "ja");
  assert.equal(link.get("date"), "1898-03-28");
  assert.equal(link.get("view"), "liaodong");
  assert.equal((await page.textContent("[data-place=port_arthur] text")).trim(), placeName("port_arthur", "1898-03-28", "ja"));
  // The event card's text came with the language, after the page had started in English.
  const shown = await page.getAttribute("[data-event]", "data-event");
  const lease = events.find((e) => e.id === shown);
  assert.equal((await page.textContent("[data-event] h2")).trim(), lease.title.ja);
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal((await linkOf(page)).get("lang"), "en");
  await page.goForward();
  await page.waitForFunction(() => document.documentElement.lang === "ja");
  await page.close();
});

test("presentation mode at 1024×768: the map fills the screen, big date and names, only the story's controls, a clicker steps", async () => {
  const normal = await openMap(browser, server.origin, "#date=1905-09-05", { width: 1024, height: 768 });
  const normalFont = Number(await normal.page.getAttribute("[data-place=port_arthur] text", "font-size"));
  const widths = (page) => page.evaluate(() => ["", "[data-confidence]"].map((c) =>
    parseFloat(getComputedStyle(document.querySelector(`.border${c || ":not([data-confidence])"}`)).strokeWidth)));
  const normalBorders = await widths(normal.page);
  await normal.page.close();

  const { page, errors } = await openMap(browser, server.origin, "#date=1905-09-05&mode=present", { width: 1024, height: 768 });
  await page.waitForFunction(() => document.documentElement.classList.contains("present"));
  await settled(page);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains("present")));
  const map = await page.$eval(".map-svg", (e) => e.getBoundingClientRect().toJSON());
  assert.ok(map.width >= 1000 && map.height >= 540, `map is ${map.width}×${map.height}`);
  const year = await page.$eval(".year", (e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(year >= 64, `year is ${year}px`);
  const font = Number(await page.getAttribute("[data-place=port_arthur] text", "font-size"));
  assert.ok(font >= normalFont * 1.35, `place names ${font}px against ${normalFont}px`);
  // Borders, certain and uncertain alike, are drawn heavier for the back of the room.
  const borders = await widths(page);
  assert.ok(borders.every((b, i) => b > normalBorders[i]), `borders ${borders}px against ${normalBorders}px`);
  // Only the slider, previous/next change, play and the way out are on screen.
  const visible = await page.$$eval("button, select, input, a[href]", (els) => els
    .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== "hidden")
    .map((e) => e.getAttribute("aria-label") || e.textContent.trim() || e.type));
  const story = visible.filter((v) => !/^\d+$/.test(v) && v !== "range");
  for (const want of ["Previous change", "Next change", "Leave presentation"]) assert.ok(story.some((v) => v.includes(want)), `${want} in ${story}`);
  assert.ok(story.some((v) => /Play/.test(v)), `play in ${story}`);
  assert.ok(!story.some((v) => /Save|Print|Compare|Whole map|Liaodong|Language|Zoom/.test(v)), `extra controls: ${story}`);
  // Names never overlap at the larger size.
  const boxes = await page.$$eval("[data-place] text, .label", (els) => els
    .filter((e) => e.closest("[visibility=hidden]") === null && e.getAttribute("visibility") !== "hidden" && e.textContent.trim())
    .map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    assert.ok(!overlap, `labels overlap at ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  await screenshot(page, "present-1024x768");
  assert.deepEqual(await axe(page), []);
  // A presenter's clicker sends Page Down and Page Up.
  await page.keyboard.press("PageDown");
  await page.waitForFunction(() => !location.hash.includes("date=1905-09-05"));
  const next = (await linkOf(page)).get("date");
  assert.ok(events.some((e) => e.date === next) && next > "1905-09-05", `PageDown went to ${next}`);
  await page.keyboard.press("PageUp");
  await page.waitForFunction(() => location.hash.includes("date=1905-09-05"));
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.documentElement.classList.contains("present"));
  assert.equal((await linkOf(page)).get("mode"), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test("presentation mode on a 4K screen: the date and names grow with it", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1910-08-29&mode=present", { width: 3840, height: 2160 });
  await page.waitForFunction(() => document.documentElement.classList.contains("present"));
  await settled(page);
  const year = await page.$eval(".year", (e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(year >= 140, `year is ${year}px on 4K`);
  const map = await page.$eval(".map-svg", (e) => e.getBoundingClientRect().toJSON());
  assert.ok(map.width >= 3700 && map.height >= 1500, `map is ${map.width}×${map.height}`);
  await page.close();
});

test("the Present button enters presentation, into the link; Back leaves it", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1875-08-22");
  await page.click("button.present");
  await page.waitForFunction(() => document.documentElement.classList.contains("present"));
  assert.equal((await linkOf(page)).get("mode"), "present");
  await page.goBack();
  await page.waitForFunction(() => !document.documentElement.classList.contains("present"));
  assert.equal((await linkOf(page)).get("mode"), null);
  await page.close();
});

test("two dates side by side: 1894 against 1906, the pieces that changed hands outlined and listed", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1906-06-01&compare=1894-06-01");
  await page.waitForSelector(".compare-list");
  assert.equal(await page.locator(".map-svg").count(), 2);
  const dates = await page.$$eval(".map-date", (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(dates, ["1 June 1906", "1 June 1894"]);
  const listed = await page.$$eval(".compare-card [data-differs]", (els) => els.map((e) => e.dataset.differs).sort());
  // For a class: one line per area, Kwantung's five pieces as one; the pieces under Details.
  const areas = await page.$$eval(".compare-list [data-differs-area]", (els) => Object.fromEntries(els.map((e) => [e.dataset.differsArea, e.textContent])));
  assert.ok(Object.keys(areas).length < listed.length, `${Object.keys(areas).length} lines for ${listed.length} pieces`);
  assert.match(areas.kwantung ?? "", /China.*→.*Japan.*lease/);
  assert.match(areas.korea ?? "", /→.*Japan.*protectorate/);
  assert.equal(await page.$eval(".compare-card details", (d) => d.open), false, "the fine pieces wait under Details");
  const outlined = await page.$$eval(".map-svg:first-of-type .differs[data-differs], .maps .map:first-child .differs[data-differs]",
    (els) => [...new Set(els.map((e) => e.dataset.differs))].sort());
  for (const id of ["kwantung", "korea", "sakhalin_south"]) assert.ok(listed.includes(id), `${id} listed: ${listed}`);
  assert.deepEqual(outlined, listed);
  // One outline per area, on each map: its pieces stroked under a mask that hides the inside of
  // their union, so no inner edge shows (Kwantung's five pieces, Korea and Port Hamilton apart).
  const outlines = await page.$$eval(".maps .map:first-child [data-differs-outline]", (gs) => gs.map((g) => {
    const mask = document.querySelector(g.getAttribute("mask").replace(/^url\((.*)\)$/, "$1"));
    const inside = [...mask.querySelectorAll("use")].map((u) => u.getAttribute("href").replace("#shape-", "")).sort();
    const stroked = [...new Set([...g.querySelectorAll("[data-differs]")].map((u) => u.dataset.differs))].sort();
    return { area: g.dataset.differsOutline, inside, stroked };
  }));
  assert.deepEqual(outlines.map((o) => o.area).sort(), Object.keys(areas).sort(), "one outline per area listed");
  for (const o of outlines) assert.deepEqual(o.inside, o.stroked, `${o.area}: the mask hides the inside of every piece it strokes`);
  assert.ok(outlines.find((o) => o.area === "kwantung").stroked.length > 1, "Kwantung's pieces outlined as one");
  assert.equal(await page.locator(".maps .map:nth-child(2) [data-differs-outline]").count(), outlines.length, "the same outlines on the second map");
  // The two maps agree with the timeline for each date: Korea Japanese in 1906, Korean in 1894.
  const korea = await page.$$eval("[data-piece=korea]", (els) => els.map((e) => e.dataset.power));
  assert.deepEqual(korea, ["japan", "korea"]);
  await screenshot(page, "compare-1906-vs-1894");
  assert.deepEqual(await axe(page), []);
  // Changing the second date goes into the link; stopping removes it; Back brings it back.
  await page.fill(".compare input", "1900-01-01");
  await page.dispatchEvent(".compare input", "change");
  await page.waitForFunction(() => location.hash.includes("compare=1900-01-01"));
  await page.click("text=Stop comparing");
  await page.waitForFunction(() => !location.hash.includes("compare="));
  assert.equal(await page.locator(".map-svg").count(), 1);
  await page.goBack();
  await page.waitForFunction(() => location.hash.includes("compare=1900-01-01"));
  await page.waitForFunction(() => document.querySelectorAll(".map-svg").length === 2);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Clicks a save button and returns the downloaded file's bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

test("the view saved as SVG: self-contained, with date, title, legend and attribution, and drawn the same on its own", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1905-09-05&view=liaodong&lang=ja");
  await page.waitForFunction(() => document.documentElement.lang === "ja");
  await settled(page);
  const { name, bytes } = await download(page, "[data-export=svg]");
  assert.equal(name, "frontier-atlas-1905-09-05.svg");
  const svg = bytes.toString("utf8");
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const want of ["1905年9月5日", "フロンティア・アトラス", "Natural Earth", "租借"]) assert.ok(svg.includes(want), `missing ${want}`);
  // Nothing from outside: no links, no external styles or images; the one style is the font.
  assert.doesNotMatch(svg, /href="(?!#)|<link|@import|url\((?!#|data:)/);
  assert.equal((svg.match(/<style>/g) ?? []).length, 1);
  assert.match(svg, /url\(data:font\/woff2;base64,/);
  // Opened on its own (no page, no stylesheet), its Japanese is drawn in the embedded font.
  const alone = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await alone.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  await alone.evaluate(() => document.fonts.ready);
  await alone.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const fonts = await fontsOf(alone, "svg > text");
  assert.ok(fonts.some((f) => f.custom && f.glyphs > 0), JSON.stringify(fonts));
  await screenshot(alone, "export-svg-alone");
  await alone.close();
  await page.close();
});

/** A PNG shown in a page of its own (and screenshot as `name`): how many colours it has (in
 *  steps of 16, sampled), and how many of its pixels are not grey. */
async function pngColours(png, name) {
  const shown = await browser.newPage({ viewport: { width: 800, height: 500 } });
  await shown.setContent(`<img style="width:800px" src="data:image/png;base64,${png.toString("base64")}">`);
  await shown.waitForFunction(() => document.images[0].complete);
  const found = await shown.evaluate(() => {
    const c = document.createElement("canvas");
    const img = document.images[0];
    [c.width, c.height] = [img.naturalWidth / 4, img.naturalHeight / 4];
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    let tinted = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (i % 28 === 0) seen.add(`${d[i] >> 4},${d[i + 1] >> 4},${d[i + 2] >> 4}`);
      if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 6) tinted++;
    }
    return { colours: seen.size, tinted };
  });
  await screenshot(shown, name);
  await shown.close();
  return found;
}

test("the view saved as PNG: twice the picture's size, not blank", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1905-09-05");
  const { name, bytes } = await download(page, "[data-export=png]");
  assert.equal(name, "frontier-atlas-1905-09-05.png");
  assert.equal(bytes.subarray(1, 4).toString(), "PNG");
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [3200, 2000]);
  // Shown in a page, the picture has the map's colours in it, not one flat colour.
  const { colours } = await pngColours(bytes, "export-png");
  assert.ok(colours > 20, `${colours} colours in the PNG`);
  await page.close();
});

/** Millimetres in CSS pixels. */
const mm = (x) => (x * 96) / 25.4;
/** Landscape sheets, and their printable area within the page's 5 mm margins. */
const SHEETS = { A4: [297, 210], Letter: [279.4, 215.9] };

/** Asks the page to print (what the menu, Ctrl+P or the Print button do) and lays it out on
 *  `format`'s printable area, as the printer would. */
async function printOn(page, format) {
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const [w, h] = SHEETS[format];
  await page.setViewportSize({ width: Math.floor(mm(w - 10)), height: Math.floor(mm(h - 10)) });
}

for (const format of ["A4", "Letter"]) {
  test(`printed on ${format}: the map fills page one with names of 9 points, the card and legend on page two`, async () => {
    const { page } = await openMap(browser, server.origin, "#date=1898-03-28&view=liaodong&lang=zh");
    await page.waitForSelector("[data-event]");
    await printOn(page, format);
    const shown = async (sel) => page.$eval(sel, (e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== "none");
    for (const sel of [".print-picture svg", "[data-event]", ".legend"]) assert.ok(await shown(sel), `${sel} printed`);
    for (const sel of [".toolbar", ".map-tools", ".controls", ".maps"]) assert.ok(!(await shown(sel)), `${sel} not printed`);
    const picture = await page.textContent(".print-picture svg");
    for (const want of ["1898年3月28日", "Natural Earth", "旅顺"]) assert.ok(picture.includes(want), `picture lacks ${want}`);
    // Its patterns are its own, not the (hidden) live map's.
    const refs = await page.$$eval(".print-picture [fill^='url(#']", (els) => els.map((e) => e.getAttribute("fill").slice(5, -1)));
    assert.ok(refs.length > 0, "the picture uses patterns");
    for (const id of new Set(refs)) assert.ok(await page.$(`.print-picture #${id}`), `pattern ${id} inside the picture`);
    // The map covers at least 70 % of the sheet, and lies wholly on it.
    const [w, h] = SHEETS[format].map(mm);
    const box = await page.$eval(".print-picture [data-map-box]", (e) => e.getBoundingClientRect().toJSON());
    assert.ok((box.width * box.height) / (w * h) >= 0.7, `the map covers ${((100 * box.width * box.height) / (w * h)).toFixed(1)} % of ${format}`);
    assert.ok(box.right <= mm(SHEETS[format][0] - 10) + 0.5 && box.bottom <= mm(SHEETS[format][1] - 10) + 0.5, JSON.stringify(box));
    // Every name on the map and every line of its key is at least 9 points (12 CSS pixels).
    const sizes = await page.$$eval(".print-picture svg", ([svg]) => {
      const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const k2 = Math.min(k, svg.getBoundingClientRect().height / svg.viewBox.baseVal.height);
      return [...svg.querySelectorAll("text[data-line=label-halo], [data-callout-part=name], [data-entry] text")]
        .map((t) => ({ text: t.textContent, px: Number(t.getAttribute("font-size")) * k2 }));
    });
    assert.ok(sizes.length > 15, `${sizes.length} names`);
    const small = sizes.filter((s) => s.px < 12);
    assert.deepEqual(small, [], "names under 9 points");
    assert.ok(await page.$(".print-picture [data-entry=status-lease]"), "the key says what the lease pattern is");
    if (format === "A4") await screenshot(page, "print-a4-landscape");
    const pdf = (await page.pdf({ format, landscape: true, printBackground: true })).toString("latin1");
    const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    assert.equal(pages, 2, `${pages} pages on ${format}`);
    await page.close();
  });
}

test("printed as an outline to colour in, and in greys: the same choice for Save SVG and Save PNG", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1906-01-01");
  await page.selectOption("select[name=finish]", "blank");
  await printOn(page, "A4");
  // No fills: no piece, pattern or troops, every path only a line; the day's borders and names.
  assert.equal(await page.getAttribute(".print-picture svg", "data-finish"), "blank");
  const filled = await page.$$eval(".print-picture path", (ps) => ps.filter((p) => p.getAttribute("fill") !== "none").length);
  assert.equal(filled, 0, "filled paths in the outline");
  assert.equal(await page.locator(".print-picture [fill^='url(#']").count(), 0, "patterns in the outline");
  assert.ok((await page.locator(".print-picture [data-line=border]").count()) > 5, "the day's borders");
  assert.ok((await page.textContent(".print-picture svg")).includes("Seoul"), "the names");
  const boxes = await page.$$eval(".print-picture [data-entry^=power-] svg rect", (rs) => rs.map((r) => r.getAttribute("fill")));
  assert.ok(boxes.length >= 3 && boxes.every((f) => f === "#ffffff"), `the key's boxes to colour: ${boxes}`);
  await screenshot(page, "print-a4-blank");
  // Saved as SVG, the same outline.
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 720 });
  const svg = (await download(page, "[data-export=svg]")).bytes.toString("utf8");
  assert.match(svg, /data-finish="blank"/);
  assert.doesNotMatch(svg, /fill="url\(#/);
  // In greys, every colour of the saved picture is a grey, and printed, page two's legend too.
  await page.selectOption("select[name=finish]", "grey");
  await printOn(page, "A4");
  assert.equal(await page.$eval(".side", (e) => getComputedStyle(e).filter), "grayscale(1)");
  assert.equal(await page.getAttribute(".print-picture svg", "data-finish"), "grey");
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 720 });
  const grey = (await download(page, "[data-export=svg]")).bytes.toString("utf8");
  const colours = grey.match(/#[0-9a-f]{6}\b/gi) ?? [];
  assert.ok(colours.length > 50);
  assert.deepEqual(colours.filter((c) => !(c.slice(1, 3) === c.slice(3, 5) && c.slice(3, 5) === c.slice(5, 7))), []);
  // And the PNG follows the same choice: greys only.
  const png = (await download(page, "[data-export=png]")).bytes;
  const { tinted } = await pngColours(png, "export-png-grey");
  assert.equal(tinted, 0, "coloured pixels in the grey PNG");
  await page.close();
});

test("a link opens exactly what the teacher saw: date, view, language, mode and second date", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1900-01-01");
  await page.selectOption(".lang-switch select", "ru");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  await page.click("[data-view=korea]");
  await page.fill(".compare input", "1894-06-01");
  await page.dispatchEvent(".compare input", "change");
  await page.waitForFunction(() => location.hash.includes("compare=1894-06-01"));
  await page.click(".controls button:has-text('Следующее изменение')");
  await page.waitForFunction(() => !location.hash.includes("date=1900-01-01"));
  await settled(page);
  const url = page.url();
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    comparing: document.documentElement.classList.contains("comparing"),
    date: document.querySelector(".exact-date").textContent,
    pieces: [...document.querySelectorAll("[data-piece]")].map((e) => e.dataset.power + e.dataset.status).join(),
    view: document.querySelector(".map-svg g[transform]")?.getAttribute("transform"),
  }));
  const link = hash()(new URL(url).hash);
  assert.equal(link.get("lang"), "ru");
  assert.equal(link.get("view"), "korea");
  assert.equal(link.get("compare"), "1894-06-01");
  const again = await openMap(browser, server.origin, new URL(url).hash);
  await again.page.waitForFunction(() => document.documentElement.lang === "ru" && document.documentElement.classList.contains("comparing"));
  await settled(again.page);
  const opened = await again.page.evaluate(() => ({
    lang: document.documentElement.lang,
    comparing: document.documentElement.classList.contains("comparing"),
    date: document.querySelector(".exact-date").textContent,
    pieces: [...document.querySelectorAll("[data-piece]")].map((e) => e.dataset.power + e.dataset.status).join(),
    view: document.querySelector(".map-svg g[transform]")?.getAttribute("transform"),
  }));
  assert.deepEqual(opened, seen);
  await again.page.close();
  await page.close();
});

test("the live map and the saved picture paint every line alike (one table for both)", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1904-10-01");
  const { bytes } = await download(page, "[data-export=svg]");
  const svg = bytes.toString("utf8");
  // The picture: each kind of line is marked data-line; its attributes as written.
  const picture = {};
  for (const m of svg.matchAll(/<[a-z]+ [^>]*data-line="([a-z-]+)"[^>]*>/g)) {
    if (picture[m[1]]) continue;
    const attr = (n) => m[0].match(new RegExp(` ${n}="([^"]*)"`))?.[1];
    picture[m[1]] = { width: Number(attr("stroke-width")), dash: attr("stroke-dasharray") ?? "none", cap: attr("stroke-linecap") ?? "butt" };
  }
  // The live map: the computed style of the same kind of line.
  const live = await page.evaluate(() => {
    const of = (sel) => {
      const e = [...document.querySelectorAll(`.maps ${sel}`)].find((x) => x.closest("[visibility=hidden]") === null);
      if (!e) return null;
      const cs = getComputedStyle(e);
      const dash = cs.strokeDasharray === "none" ? "none" : cs.strokeDasharray.split(",").map((v) => parseFloat(v)).join(" ");
      return { width: parseFloat(cs.strokeWidth), dash, cap: cs.strokeLinecap };
    };
    return {
      "piece-edge": of("use.piece"), coast: of(".coast"),
      border: of(".border:not([data-confidence])"), "border-casing": of(".border-casing:not([data-confidence])"),
      "uncertain-border": of(".border[data-confidence]"), "uncertain-border-casing": of(".border-casing[data-confidence]"),
      presence: of(".status[data-presence]"), "presence-casing": of(".presence-casing"),
      railway: of(".rail-line"), "railway-casing": of(".rail-casing"),
      sphere: of(".sphere-line"), "sphere-casing": of(".sphere-casing"),
      "label-halo": of(".label"), "place-marker": of(".place .marker"), river: of("path.river"),
    };
  });
  // The legend too: the page's and the picture's list the same entries, in order, in the same
  // words and with the same swatches.
  const pageLegend = await page.$$eval(".legend li", (lis) => lis.map((li) => [li.textContent.trim().replace(/\s+/g, " "),
    li.querySelector("svg.swatch").innerHTML.replace(/<!---->/g, "").replace(/><\/(rect|line|path|circle)>/g, "/>")]));
  const pictureLegend = [...svg.matchAll(/<g [^>]*data-entry="[^"]+">(<svg [^>]*>(.*?)<\/svg>)<rect [^>]*\/>(.*?)<\/g>/g)]
    .map((m) => [[...m[3].matchAll(/>([^<]*)<\/text>/g)].map((t) => t[1]).join(" ").replace(/&amp;/g, "&").replace(/\s+/g, " "), m[2]]);
  assert.equal(pictureLegend.length, pageLegend.length, "as many entries");
  for (const [i, [words, swatch]] of pageLegend.entries()) {
    assert.equal(pictureLegend[i][0], words, `entry ${i} words`);
    // The picture's legend has its patterns at one size of its own (`lg-`), the page's its own.
    assert.equal(pictureLegend[i][1].replaceAll("url(#lg-", "url(#legend-"), swatch, `entry ${i} swatch`);
  }
  const kinds = Object.keys(picture).sort();
  assert.ok(kinds.length >= 12, `kinds of line in the picture: ${kinds}`);
  for (const kind of kinds) {
    assert.ok(live[kind], `${kind} is on the live map too`);
    assert.deepEqual(live[kind], picture[kind], `${kind}: live map against picture`);
  }
  await page.close();
});
