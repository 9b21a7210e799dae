// The story on the map, as a teacher uses it: named places, zoom and focus views, stepping through
// the changes, the event and piece cards, play, and what a glance must show. The built dist/ in
// real headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, serveDist, launch, openMap, pieceStates, screenshot, loadEvents, settled } from "./harness.mjs";

const events = loadEvents();
const eventDates = [...new Set(events.map((e) => e.date))];
let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const longDate = (iso) => new Date(iso + "T00:00:00Z").toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const goTo = async (page, hash) => {
  await page.evaluate((h) => { location.hash = h; }, hash);
  const date = /date=(\d{4}-\d{2}-\d{2})/.exec(hash)?.[1];
  if (date) await page.waitForFunction((d) => document.querySelector(".exact-date").textContent === d, longDate(date));
  await settled(page);
};
const viewTransform = (page) => page.$eval("g.viewport", (g) => g.getAttribute("transform"));
const zoomOf = (t) => Number(/scale\(([\d.]+)\)/.exec(t)[1]);
/** Screen boxes of the place names shown now. */
const shownNames = (page) => page.$$eval(".place", (gs) => gs.filter((g) => g.getAttribute("visibility") === "visible")
  .map((g) => { const r = g.querySelector("text").getBoundingClientRect(); return { id: g.dataset.place, text: g.querySelector("text").textContent, box: [r.left, r.top, r.right, r.bottom] }; }));
/** A screen point where the piece itself is the topmost thing, as a person would click it. */
const pointIn = (page, id) => page.$eval(`[data-piece=${id}]`, (e, id) => {
  const r = e.getBoundingClientRect();
  for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
    const [x, y] = [r.left + (r.width * i) / 20, r.top + (r.height * j) / 20];
    if (document.elementFromPoint(x, y)?.dataset?.piece === id) return [x, y];
  }
  throw new Error(`no visible point of ${id}`);
}, id);
const overlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

test("places are named as at the date, and the names never overlap, at any size", async () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    for (const hash of ["#date=1898-03-28", "#date=1906-01-01&view=liaodong", "#date=1911-01-01&view=korea"]) {
      const { page, errors } = await openMap(browser, server.origin, hash, viewport);
      await settled(page);
      const names = await shownNames(page);
      // A phone's narrow map leaves out the names its edge would cut: four whole names there.
      assert.ok(names.length >= (viewport.width < 500 ? 4 : 5), `${hash} at ${viewport.width}: only ${names.length} names`);
      const labels = await page.$$eval("text.label", (ts) => ts.filter((t) => t.getAttribute("visibility") === "visible")
        .map((t) => { const r = t.getBoundingClientRect(); return { id: t.textContent, box: [r.left, r.top, r.right, r.bottom] }; }));
      const all = [...names, ...labels];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
        assert.ok(!overlap(all[i].box, all[j].box), `${all[i].id} and ${all[j].id} overlap (${hash}, ${viewport.width}px)`);
      }
      assert.deepEqual(errors, []);
      await screenshot(page, `places-${hash.replace(/\W+/g, "_")}-${viewport.width}x${viewport.height}`);
      await page.close();
    }
  }
  const { page } = await openMap(browser, server.origin, "#date=1904-06-01&view=liaodong");
  const text = (id) => page.$eval(`[data-place=${id}] text`, (t) => t.textContent);
  assert.match(await text("port_arthur"), /^Port Arthur/);
  assert.match(await text("dalny"), /^Dalny/);
  await goTo(page, "#date=1906-01-01&view=liaodong");
  assert.match(await text("port_arthur"), /^Ryojun/);
  assert.match(await text("dalny"), /^Dairen/);
  await goTo(page, "#date=1911-01-01&view=korea");
  assert.match(await text("seoul"), /^Keijō/);
  assert.match(await text("chemulpo"), /^Jinsen/);
  // Before Vladivostok was founded it is not on the map.
  await goTo(page, "#date=1859-01-01");
  assert.equal(await page.$eval("[data-place=vladivostok]", (g) => g.getAttribute("visibility")), "hidden");
  await page.close();
});

test("a lesson's places are named: the Kurils and their straits in 1855, the 50th parallel from Portsmouth on, battles only in their war", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1855-03-01&view=sakhalin", { width: 1024, height: 768 });
  await settled(page);
  const map = await page.$eval(".map-svg", (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
  const named = async () => Object.fromEntries((await shownNames(page)).map((n) => [n.id, n]));
  let names = await named();
  for (const id of ["iturup", "urup", "kunashir", "shumshu", "friza_strait", "la_perouse_strait", "tatar_strait"]) {
    assert.ok(names[id], `${id} named in the Sakhalin view in 1855`);
    const b = names[id].box;
    assert.ok(b[0] >= map[0] && b[2] <= map[2] && b[1] >= map[1] && b[3] <= map[3], `${id} wholly on the map`);
  }
  assert.match(names.iturup.text, /Iturup/);
  assert.match(names.friza_strait.text, /Friza/);
  // The 50th parallel became a border at Portsmouth: not in 1904, labelled in 1906.
  assert.equal(names.parallel_50, undefined);
  await goTo(page, "#date=1904-06-01&view=sakhalin");
  assert.equal((await named()).parallel_50, undefined, "no 50th parallel before Portsmouth");
  await goTo(page, "#date=1906-01-01&view=sakhalin");
  assert.match((await named()).parallel_50?.text ?? "", /50th parallel/);
  // A battle is on the map from its day to the end of its war.
  const battle = (id) => page.$eval(`[data-place=${id}]`, (g) => g.getAttribute("visibility"));
  await goTo(page, "#date=1904-09-01&view=liaodong");
  assert.equal(await battle("liaoyang_1904"), "visible");
  assert.equal(await battle("mukden_1905"), "hidden", "Mukden not yet fought");
  await goTo(page, "#date=1906-01-01&view=liaodong");
  assert.equal(await battle("liaoyang_1904"), "hidden", "the war is over");
  assert.deepEqual(errors, []);
  await screenshot(page, "places-parallel-1906-sakhalin-1024x768");
  await page.close();
});

test("the places a change names are written while it is in force, and lesser names give way only then", async () => {
  const visible = (page, id) => page.$eval(`[data-place=${id}]`, (g) => g.getAttribute("visibility") === "visible");
  const noOverlap = async (page, where) => {
    const labels = await page.$$eval("text.label", (ts) => ts.filter((t) => t.getAttribute("visibility") === "visible")
      .map((t) => { const r = t.getBoundingClientRect(); return { id: t.textContent, box: [r.left, r.top, r.right, r.bottom] }; }));
    const all = [...(await shownNames(page)), ...labels];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
      assert.ok(!overlap(all[i].box, all[j].box), `${all[i].id} and ${all[j].id} overlap (${where})`);
    }
  };
  // Tieling on a phone's whole view: named while its fall is the change in force, and not once
  // the next change (Tsushima) is, where the layout gives its room to others.
  const phone = await openMap(browser, server.origin, "#date=1905-03-25", { width: 390, height: 844 });
  await settled(phone.page);
  assert.ok(await visible(phone.page, "tieling"), "Tieling unnamed on 1905-03-25 on a phone");
  await noOverlap(phone.page, "phone, 1905-03-25");
  await screenshot(phone.page, "change-places-phone-1905-03-25");
  await goTo(phone.page, "#date=1905-06-10");
  assert.ok(!(await visible(phone.page, "tieling")), "Tieling still takes the room after its change");
  assert.deepEqual(phone.errors, []);
  await phone.page.close();
  // Presenting the Liaodong view on a projector: Port Arthur when the siege begins, Haicheng
  // when it falls; Yingkou in 1895 and the Shaho battle in 1904 at the whole view.
  const cases = [
    ["#date=1904-07-30&view=liaodong&mode=present", "port_arthur"],
    ["#date=1904-08-03&view=liaodong&mode=present", "haicheng"],
    ["#date=1895-03-06&mode=present", "yingkou"],
    ["#date=1904-10-17", "shaho_1904"],
  ];
  const { page, errors } = await openMap(browser, server.origin, cases[0][0], { width: 1024, height: 768 });
  for (const [hash, id] of cases) {
    await goTo(page, hash);
    assert.ok(await visible(page, id), `${id} unnamed at ${hash} on a projector`);
    await noOverlap(page, `${hash}, projector`);
  }
  await screenshot(page, "change-places-projector-shaho");
  assert.deepEqual(errors, []);
  await page.close();
});

test("troops present are marked at the whole view on a projector: a disc in their colour on each piece, none when they leave", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1920-06-01", { width: 1024, height: 768 });
  await settled(page);
  const marks = async () => page.$$eval("[data-troops][visibility=visible]", (gs) => gs.map((g) => {
    const r = g.getBoundingClientRect();
    return { piece: g.dataset.troops, power: g.dataset.power, fill: g.querySelector("circle")?.getAttribute("fill"), box: [r.left, r.top, r.right, r.bottom] };
  }));
  const map = await page.$eval(".map-svg", (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
  const shown = await marks();
  // Japanese troops in the Russian Far East, 1920: on the pieces the timeline says.
  assert.ok(shown.length >= 2, JSON.stringify(shown));
  // The pieces drawn with the troops' dashes.
  const dashed = Object.fromEntries(await page.$$eval("use.status[data-presence]", (us) =>
    us.map((u) => [u.getAttribute("href").replace("#shape-", ""), u.dataset.presence])));
  assert.deepEqual(shown.map((m) => m.piece).sort(), Object.keys(dashed).sort());
  for (const m of shown) {
    assert.equal(m.power, "japan");
    assert.equal(m.fill, "#f0707f");
    assert.equal(dashed[m.piece], "japan");
    assert.ok(m.box[2] - m.box[0] >= 12 && overlap(m.box, map), `${m.piece} mark at ${m.box}`);
  }
  // The legend's "Troops present" shows the same mark.
  assert.ok(await page.$("[data-legend-presence] circle, .legend li:has-text('Foreign troops') svg circle"));
  await screenshot(page, "troops-1920-1024");
  // No name is written over a mark where the map has room for both: Korea's in 1904 in the
  // Korea view, the Far East's in 1920, the Amur's in 1918. (At the whole view Korea is too
  // small: there the mark sits on its point, by "Korea".)
  for (const hash of ["#date=1904-06-01&view=korea", "#date=1920-06-01", "#date=1918-09-18&view=amur"]) {
    await goTo(page, hash);
    const names = await page.$$eval(".place[visibility=visible] text, text.label[visibility=visible]", (ts) => ts.map((t) => {
      const r = t.getBoundingClientRect(); return { id: t.textContent, box: [r.left, r.top, r.right, r.bottom] };
    }));
    const now = await marks();
    assert.ok(now.length >= 1, hash);
    for (const m of now) for (const n of names) {
      assert.ok(!overlap(m.box, n.box), `"${n.id}" is written over the ${m.piece} mark at ${hash}`);
    }
  }
  await screenshot(page, "troops-1918-amur-1024");
  // Before the intervention, no mark.
  await goTo(page, "#date=1917-01-01");
  assert.deepEqual(await marks(), []);
  await page.close();
});

test("Kwantung is seen at the whole view on a projector and a phone: a callout with its holder and lease, named, with nothing over it", async () => {
  for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    const { page, errors } = await openMap(browser, server.origin, "#date=1906-06-01", viewport);
    await settled(page);
    const callout = (area) => page.$eval(`[data-callout=${area}]`, (g) => {
      const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
      const m = g.querySelector("[data-callout-part=marker]");
      // Not wanted on this day: nothing is drawn in it.
      if (!m) return { visible: false };
      return {
        visible: g.getAttribute("visibility") === "visible", piece: g.dataset.calloutPiece, status: g.dataset.status,
        marker: box(m), fill: m.getAttribute("fill"), pattern: g.querySelector("[data-callout-part=pattern]").getAttribute("fill"),
        name: g.querySelector("[data-callout-part=name]").textContent, nameBox: box(g.querySelector("[data-callout-part=name]")),
        map: box(document.querySelector(".map-svg")),
      };
    });
    const k = await callout("kwantung");
    const where = `${viewport.width}×${viewport.height}`;
    assert.ok(k.visible, `Kwantung called out at ${where}`);
    assert.equal(k.name, "Kwantung (Port Arthur)");
    // Japan's colour and the lease's hatching, large enough to read.
    assert.equal(k.status, "lease");
    assert.equal(k.fill, await page.$eval(`[data-piece=${k.piece}]`, (e) => e.getAttribute("fill")));
    assert.match(k.pattern, /^url\(#co-/);
    assert.ok(k.marker[2] - k.marker[0] >= 20, `marker ${k.marker[2] - k.marker[0]} px wide at ${where}`);
    for (const b of [k.marker, k.nameBox]) assert.ok(b[0] >= k.map[0] && b[2] <= k.map[2] && b[1] >= k.map[1] && b[3] <= k.map[3], `callout on the map at ${where}`);
    // No place's name over the marker or the callout's name.
    for (const n of await shownNames(page)) {
      assert.ok(!overlap(n.box, k.marker) && !overlap(n.box, k.nameBox), `${n.id} covers the Kwantung callout at ${where}`);
    }
    if (viewport.width === 1024) await screenshot(page, "callout-kwantung-1906-1024x768");
    else await screenshot(page, "callout-kwantung-1906-phone");
    // Before the war of 1894, Kwantung was Qing land like the land around it: no callout.
    await goTo(page, "#date=1880-06-01");
    assert.equal((await callout("kwantung")).visible, false, "no callout in 1880");
    // Close enough to read on its own, it needs none.
    await goTo(page, "#date=1906-06-01&view=liaodong");
    assert.equal((await callout("kwantung")).visible, false, "no callout at the Liaodong view");
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("rivers are drawn under the borders and named: the Amur, Ussuri, Sungari, Liao, Yalu and Tumen", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1900-08-01&view=amur", { width: 1280, height: 720 });
  await settled(page);
  const rivers = await page.$$eval("path[data-river]", (ps) => ps.map((p) => ({ id: p.dataset.river, length: p.getTotalLength(), colour: getComputedStyle(p).stroke })));
  assert.deepEqual(rivers.map((r) => r.id).sort(), ["amur", "liao", "sungari", "tumen", "ussuri", "yalu"]);
  for (const r of rivers) assert.ok(r.length > 20, `${r.id} has a line`);
  // Under the borders: where a river is the border, the border is what shows.
  assert.equal(await page.$eval("g.rivers", (g) => Boolean(g.compareDocumentPosition(document.querySelector("g.borders")) & Node.DOCUMENT_POSITION_FOLLOWING)), true);
  const shown = () => page.$$eval("text[data-river-name]", (ts) => ts.filter((t) => t.getAttribute("visibility") === "visible").map((t) => [t.dataset.riverName, t.textContent]));
  const amurView = Object.fromEntries(await shown());
  assert.equal(amurView.amur, "Amur");
  assert.equal(amurView.ussuri, "Ussuri");
  // In the page's language.
  await page.evaluate(() => { location.hash = "#date=1900-08-01&view=amur&lang=ja"; });
  await page.waitForFunction(() => document.documentElement.lang === "ja");
  await settled(page);
  assert.equal(Object.fromEntries(await shown()).amur, "黒竜江（アムール川）");
  assert.deepEqual(errors, []);
  await screenshot(page, "rivers-amur-1900-ja");
  await page.close();
});

test("every name lies inside the map and no button covers one, in every view, on a laptop, a projector and a phone", async () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    const { page, errors } = await openMap(browser, server.origin, "#date=1906-01-01", viewport);
    for (const view of ["full", "liaodong", "sakhalin", "korea", "amur", "manchuria"]) {
      await page.evaluate((v) => { location.hash = `#date=1906-01-01${v === "full" ? "" : `&view=${v}`}`; }, view);
      await page.waitForFunction((v) => document.querySelector(`[data-view=${v}]`)?.getAttribute("aria-pressed") === "true", view);
      await settled(page);
      const { map, names, buttons, inset, scale } = await page.evaluate(() => {
        const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        const shown = (t) => t.closest("[visibility=hidden]") === null && t.textContent.trim() !== "";
        const inset = document.querySelector(".map:not(.second) [data-inset]");
        return {
          map: box(document.querySelector(".map-svg")),
          names: [...document.querySelectorAll(".map:not(.second) .overlay text")].filter(shown).map((t) => ({ text: t.textContent, box: box(t) })),
          buttons: [...document.querySelectorAll(".map-tools button")].map((b) => ({ text: b.textContent, box: box(b) })),
          inset: inset.getAttribute("visibility") === "visible" ? box(inset.querySelector(".inset-back")) : null,
          scale: inset.querySelector("[data-scale-bar] text")?.textContent ?? null,
        };
      });
      // A focus view has its locator and scale bar in a corner of the map, and no name under it.
      if (view === "full") assert.equal(inset, null, "no locator at the whole view");
      else {
        assert.ok(inset && inset[0] >= map[0] && inset[3] <= map[3] + 0.5, `the locator at ${inset} in ${map}`);
        assert.match(scale, /^\d+ km$/);
        for (const n of names) assert.ok(!overlap(n.box, inset), `the locator covers ${n.text} (${view}, ${viewport.width}px)`);
      }
      assert.ok(names.length >= 3, `${view} at ${viewport.width}: ${names.length} names`);
      // A name wholly off the map is not drawn (the map clips it); one partly on it is cut.
      for (const n of names.filter((n) => overlap(n.box, map))) {
        const b = n.box;
        assert.ok(b[0] >= map[0] - 0.5 && b[2] <= map[2] + 0.5 && b[1] >= map[1] - 0.5 && b[3] <= map[3] + 0.5,
          `${n.text} cut by the map's edge (${view}, ${viewport.width}px): ${b.map(Math.round)} in ${map.map(Math.round)}`);
        for (const btn of buttons) assert.ok(!overlap(b, btn.box), `"${btn.text}" covers ${n.text} (${view}, ${viewport.width}px)`);
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("the full view thins the names and keeps them off the small pieces; zooming in names more", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1899-06-01");
  const total = await page.$$eval("[data-place]", (gs) => gs.length);
  const full = await shownNames(page);
  assert.ok(full.length < total, "some names wait for a closer view");
  for (const id of ["mukden", "harbin", "vladivostok"]) assert.ok(full.some((n) => n.id === id), `${id} named at the full view`);
  // Port Arthur is named: by itself, or by the Kwantung callout ("Kwantung (Port Arthur)").
  const callout = await page.$eval("[data-callout=kwantung]", (g) => g.getAttribute("visibility") === "visible" && g.textContent);
  assert.ok(full.some((n) => n.id === "port_arthur") || /Port Arthur/.test(callout), "Port Arthur named at the full view");
  // No name covers the lease or the neutral zone, a few pixels across at this view.
  for (const piece of ["kwantung", "kwantung_dalny", "neutral_zone_south"]) {
    const b = await page.$eval(`[data-piece=${piece}]`, (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
    for (const n of full) assert.ok(!overlap(n.box, b), `${n.id} covers ${piece}`);
  }
  await page.click("button[data-view=liaodong]");
  await page.waitForFunction(() => location.hash.includes("view=liaodong"));
  const close = await shownNames(page);
  for (const id of ["dalny", "yingkou", "haicheng", "liaoyang"]) assert.ok(close.some((n) => n.id === id), `${id} named at the Liaodong view`);
  await page.close();
});

test("names keep their place while the slider moves; only the text changes", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1905-01-02&view=liaodong");
  const snap = () => page.$$eval(".place", (gs) => gs.map((g) => ({ id: g.dataset.place, t: g.getAttribute("transform"),
    x: g.querySelector("text").getAttribute("x"), anchor: g.querySelector("text").getAttribute("text-anchor"), vis: g.getAttribute("visibility"), text: g.querySelector("text").textContent })));
  const before = await snap();
  await page.focus("#date-slider");
  await page.keyboard.press("ArrowRight"); // one year on: Port Arthur is Ryojun, Dalny Dairen
  await page.waitForFunction(() => document.querySelector(".year").textContent === "1906");
  const after = await snap();
  for (const [i, b] of before.entries()) {
    const a = after[i];
    assert.deepEqual([a.t, a.x, a.anchor], [b.t, b.x, b.anchor], `${b.id} moved`);
    if (b.vis === "visible" && a.text) assert.equal(a.vis, "visible", `${b.id} hidden by a date change`);
  }
  assert.notEqual(after.find((p) => p.id === "port_arthur").text, before.find((p) => p.id === "port_arthur").text);
  await page.close();
});

test("wheel, drag, pinch, buttons and keys zoom and pan; lines and names keep their size", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1904-10-01");
  const svg = await page.$("svg.map-svg");
  const box = await svg.boundingBox();
  const fontBox = () => page.$eval("[data-place=vladivostok] text", (t) => t.getBoundingClientRect().height);
  const h0 = await fontBox();
  // Wheel over Liaodong.
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.7);
  const t0 = await viewTransform(page);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await page.waitForFunction((t) => document.querySelector("g.viewport").getAttribute("transform") !== t, t0);
  await settled(page);
  const k1 = zoomOf(await viewTransform(page));
  assert.ok(k1 > 3, `wheel zoomed to ${k1}`);
  await page.waitForFunction(() => /view=[\d.]+,[\d.]+,[\d.]+,[\d.]+/.test(location.hash));
  // Names and borders keep their on-screen size.
  const visibleFont = await page.$$eval(".place", (gs) => gs.filter((g) => g.getAttribute("visibility") === "visible").map((g) => g.querySelector("text").getBoundingClientRect().height));
  assert.ok(visibleFont.every((h) => Math.abs(h - h0) < 6), `font heights ${visibleFont} vs ${h0}`);
  for (const sel of ["path.border", "path.border-casing", "path.rail-line", "path.coast", "#shape-korea"]) {
    assert.equal(await page.$eval(sel, (p) => getComputedStyle(p).vectorEffect), "non-scaling-stroke", sel);
  }
  // Drag moves the map by the pointer's movement.
  const t1 = await viewTransform(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 6 });
  await page.mouse.up();
  const t2 = await viewTransform(page);
  assert.notEqual(t2, t1, "drag panned");
  assert.equal(zoomOf(t2), k1, "drag does not zoom");
  // Pinch: two touch pointers moving apart zoom in about their middle.
  await page.evaluate(([cx, cy]) => {
    const svg = document.querySelector("svg.map-svg");
    const ev = (type, id, x, y) => svg.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", clientX: x, clientY: y, bubbles: true, isPrimary: id === 11 }));
    ev("pointerdown", 11, cx - 40, cy); ev("pointerdown", 12, cx + 40, cy);
    for (let s = 1; s <= 5; s++) { ev("pointermove", 11, cx - 40 - s * 12, cy); ev("pointermove", 12, cx + 40 + s * 12, cy); }
    ev("pointerup", 11, cx - 100, cy); ev("pointerup", 12, cx + 100, cy);
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  const k2 = zoomOf(await viewTransform(page));
  assert.ok(k2 > k1 * 1.8, `pinch zoomed from ${k1} to ${k2}`);
  // Buttons.
  await page.getByRole("button", { name: "Zoom out", exact: true }).click();
  const k3 = zoomOf(await viewTransform(page));
  assert.ok(k3 < k2, "zoom out");
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  assert.ok(zoomOf(await viewTransform(page)) > k3, "zoom in");
  // Keys on the focused map.
  await page.focus("svg.map-svg");
  await page.keyboard.press("0");
  assert.equal(zoomOf(await viewTransform(page)), 1, "0 shows the whole map");
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  const k4 = zoomOf(await viewTransform(page));
  assert.ok(k4 > 2, "+ zooms");
  const t4 = await viewTransform(page);
  await page.keyboard.press("ArrowLeft");
  assert.notEqual(await viewTransform(page), t4, "arrows pan");
  await page.keyboard.press("-");
  assert.ok(zoomOf(await viewTransform(page)) < k4, "- zooms out");
  await page.getByRole("button", { name: "Whole map", exact: true }).click();
  assert.equal(zoomOf(await viewTransform(page)), 1);
  await page.waitForFunction(() => location.hash === "#date=1904-10-01&lang=en");
  assert.deepEqual(errors, []);
  await page.close();
});

test("focus views are one click away, in the link, and Back and Forward return to them", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1898-03-28");
  await page.getByRole("button", { name: "Liaodong", exact: true }).click();
  await page.waitForFunction(() => location.hash === "#date=1898-03-28&view=liaodong&lang=en");
  const liaodong = await viewTransform(page);
  await page.getByRole("button", { name: "Sakhalin and the Kurils", exact: true }).click();
  await page.waitForFunction(() => location.hash.includes("view=sakhalin"));
  await page.getByRole("button", { name: "Korea", exact: true }).click();
  await page.waitForFunction(() => location.hash.includes("view=korea"));
  await page.getByRole("button", { name: "Amur and Ussuri", exact: true }).click();
  await page.waitForFunction(() => location.hash.includes("view=amur"));
  await page.goBack();
  await page.waitForFunction(() => location.hash.includes("view=korea"));
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => location.hash.includes("view=liaodong"));
  await page.waitForFunction(() => document.querySelector("button[data-view=liaodong]").getAttribute("aria-pressed") === "true");
  assert.equal(await viewTransform(page), liaodong, "Back restores the Liaodong view");
  assert.equal(await page.getAttribute("button[data-view=liaodong]", "aria-pressed"), "true");
  await page.goForward();
  await page.waitForFunction(() => location.hash.includes("view=sakhalin"));
  // A free view in a link opens exactly as it was seen.
  await page.mouse.move(600, 300);
  await page.mouse.wheel(0, -200);
  await page.waitForFunction(() => /view=[\d.]+,/.test(location.hash));
  await settled(page);
  const link = await page.evaluate(() => location.hash);
  const seen = await viewTransform(page);
  const other = await openMap(browser, server.origin, link);
  const reopened = await viewTransform(other.page);
  const [a, b] = [seen, reopened].map((t) => t.match(/[-\d.]+/g).map(Number));
  a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) < 0.5 + Math.abs(v) * 1e-3, `${seen} vs ${reopened}`));
  await other.page.close();
  await page.close();
});

test("at the Liaodong view the lease, the neutral zone, the cession and the front bands are clearly drawn", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1899-01-01&view=liaodong");
  const size = (id) => page.$eval(`[data-piece=${id}]`, (e) => { const r = e.getBoundingClientRect(); return Math.min(r.width, r.height); });
  const pattern = (id) => page.$eval(`use.status[href="#shape-${id}"]`, (e) => e.getAttribute("fill"));
  for (const id of ["kwantung", "kwantung_dalny", "neutral_zone_south", "neutral_zone_1898", "liaodong_1895", "liaodong_haicheng", "liaodong_yalu", "fengtian_motienling", "fengtian_liaoyang", "fengtian_shaho"]) {
    assert.ok(await size(id) > 15, `${id} is ${await size(id)} px at the Liaodong view`);
  }
  assert.match(await pattern("kwantung"), /hatch-lease/);
  assert.match(await pattern("neutral_zone_1898"), /hatch-neutral_zone/);
  await screenshot(page, "liaodong-1899-01-01");
  await goTo(page, "#date=1904-10-01&view=liaodong");
  assert.match(await pattern("fengtian_liaoyang"), /hatch-occupation/);
  assert.match(await pattern("fengtian_shaho"), /hatch-occupation/);
  const s = await pieceStates(page);
  assert.deepEqual([s.fengtian_liaoyang.power, s.fengtian_shaho.power], ["japan", "russia"], "the front between them");
  const front = await page.$eval('path.border[data-between="fengtian_liaoyang fengtian_shaho"], path.border[data-between="fengtian_shaho fengtian_liaoyang"]', (p) => p.getAttribute("visibility"));
  assert.equal(front, "visible");
  await screenshot(page, "liaodong-1904-10-01");
  await goTo(page, "#date=1898-03-28&view=liaodong");
  await screenshot(page, "liaodong-1898-03-28");
  await page.close();
});

test("Previous change and Next change land on every event date, even several in one year", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1904-01-01");
  const next = page.getByRole("button", { name: "Next change", exact: true });
  const prev = page.getByRole("button", { name: "Previous change", exact: true });
  const expected = eventDates.filter((d) => d > "1904-01-01" && d < "1906-01-01");
  const seen = [];
  for (const d of expected) {
    await next.click();
    await page.waitForFunction((t) => document.querySelector(".exact-date").textContent === t, longDate(d));
    seen.push(d);
  }
  assert.deepEqual(seen, expected);
  await prev.click();
  await page.waitForFunction((t) => document.querySelector(".exact-date").textContent === t, longDate(expected.at(-2)));
  // The keys do the same from anywhere on the page.
  await page.keyboard.press("]");
  await page.waitForFunction((t) => document.querySelector(".exact-date").textContent === t, longDate(expected.at(-1)));
  await page.keyboard.press("[");
  await page.waitForFunction((t) => document.querySelector(".exact-date").textContent === t, longDate(expected.at(-2)));
  // Each step is a history entry.
  await settled(page);
  await page.goBack();
  await page.waitForFunction((d) => location.hash === `#date=${d}&lang=en`, expected.at(-1));
  // The marks: every event date has one, named and clickable; where changes crowd together one
  // mark opens a list of them.
  const marks = await page.$$eval(".marks .mark", (ms) => ms.map((m) => ({ dates: m.dataset.dates.split(" "), label: m.getAttribute("aria-label") })));
  assert.deepEqual(marks.flatMap((m) => m.dates), eventDates);
  for (const m of marks) {
    if (m.dates.length === 1) assert.ok(m.label.includes(longDate(m.dates[0])) && m.label.length > longDate(m.dates[0]).length + 5, m.label);
    else assert.match(m.label, new RegExp(`${m.dates.length} changes`));
  }
  const clickDate = async (date) => {
    if (await page.locator(`.mark[data-date="${date}"]`).count()) return page.click(`.mark[data-date="${date}"]`);
    await page.click(`.mark.cluster[data-dates~="${date}"]`);
    const item = page.locator(`.mark-item[data-date="${date}"]`);
    assert.match(await item.textContent(), new RegExp(longDate(date)));
    await item.click();
  };
  for (const date of ["1898-03-28", "1904-07-25", "1860-11-14"]) {
    await clickDate(date);
    await page.waitForFunction((t) => document.querySelector(".exact-date").textContent === t, longDate(date));
  }
  await clickDate("1898-03-28");
  await page.waitForFunction(() => document.querySelector(".exact-date").textContent === "28 March 1898");
  // Arrow keys move from change to change while the marks have focus.
  await page.focus('.mark[data-dates~="1898-03-28"]');
  await page.keyboard.press("ArrowRight");
  const after = eventDates.find((d) => d > "1898-03-28");
  await page.waitForFunction(([d, t]) => document.activeElement.dataset.dates.split(" ").includes(d) && document.querySelector(".exact-date").textContent === t, [after, longDate(after)]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the event card tells the change in force: title, dates, text, where, sources", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1905-10-20");
  const card = page.locator("[data-event]");
  assert.equal(await card.getAttribute("data-event"), "treaty_of_portsmouth_in_force");
  const e = events.find((x) => x.id === "treaty_of_portsmouth_in_force");
  assert.equal(await card.locator("h2").textContent(), e.title);
  assert.match(await card.textContent(), /15 October 1905/);
  assert.match(await card.textContent(), /Signed: 5 September 1905/);
  assert.match(await card.textContent(), /Ratifications exchanged: 25 November 1905/);
  assert.equal(await card.locator(".card-text").textContent(), e.text);
  const links = await card.locator(".card-sources a").evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel]));
  assert.equal(links.length, e.sources.length);
  for (const [href, target, rel] of links) { assert.match(href, /^https?:/); assert.equal(target, "_blank"); assert.match(rel, /noopener/); }
  const pieces = await card.locator("[data-piece-link]").evaluateAll((bs) => bs.map((b) => b.dataset.pieceLink));
  assert.deepEqual(pieces.sort(), e.changes.map((c) => c.piece).sort());
  // Stepping onto a change outlines its pieces for a moment.
  await page.getByRole("button", { name: "Next change", exact: true }).click();
  await page.waitForFunction(() => document.querySelector("[data-event]").dataset.event === "north_sakhalin_returned_1905");
  const returned = events.find((x) => x.id === "north_sakhalin_returned_1905").changes.map((c) => `#shape-${c.piece}`);
  assert.deepEqual((await page.$$eval("use.flash", (us) => us.map((u) => u.getAttribute("href")))).sort(), returned.sort());
  await page.waitForFunction(() => document.querySelectorAll("use.flash").length === 0, null, { timeout: 5000 });
  // Events that moved no border have cards and marks too.
  for (const [date, id] of [["1895-04-23", "triple_intervention_1895"], ["1905-05-27", "battle_of_tsushima_1905"], ["1905-09-05", "treaty_of_portsmouth_signed"]]) {
    await goTo(page, `#date=${date}`);
    assert.equal(await page.getAttribute("[data-event]", "data-event"), id);
    assert.equal(await page.locator(`.marks .mark[data-dates~="${date}"]`).count(), 1, `a mark holds ${date}`);
  }
  assert.match(await page.textContent("[data-event]"), /Kittery, Maine/);
  await page.close();
});

test("a piece answers a click, a tap or the keyboard: holder, title, since, until, governments", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1899-01-01&view=liaodong");
  await page.mouse.click(...await pointIn(page, "kwantung_dalny"));
  await page.waitForSelector("[data-piece-card]");
  const card = await page.textContent("[data-piece-card]");
  assert.match(card, /Held by Russia, on lease/);
  assert.match(card, /Title \(sovereignty\) stayed with China/);
  assert.match(card, /Since 28 March 1898: Russia leases Port Arthur and Talienwan/);
  assert.match(card, /Until 30 May 1904/);
  assert.match(card, /Russian Empire \(holding it\)/);
  assert.match(card, /Qing Empire \(holding title\)/);
  await page.getByRole("button", { name: "Close", exact: true }).click();
  assert.equal(await page.locator("[data-piece-card]").count(), 0);
  // By keyboard: Tab into the map's pieces, Enter opens the card.
  await goTo(page, "#date=1921-06-01&view=amur");
  await page.focus("[data-piece=primorye_south]");
  await page.keyboard.press("Enter");
  const primorye = await page.textContent("[data-piece-card=primorye_south]");
  assert.match(primorye, /Held by Russia/);
  assert.match(primorye, /Japanese troops present/);
  assert.match(primorye, /Provisional Priamur Government/);
  await goTo(page, "#date=1899-01-01&view=korea");
  await page.focus("[data-piece=korea]");
  await page.keyboard.press(" ");
  assert.match(await page.textContent("[data-piece-card=korea]"), /Korean Empire/);
  await goTo(page, "#date=1913-01-01&view=liaodong");
  await page.focus("[data-piece=fengtian_mukden]");
  await page.keyboard.press("Enter");
  assert.match(await page.textContent("[data-piece-card=fengtian_mukden]"), /Republic of China/);
  // Tab reaches pieces from the map.
  await page.focus("svg.map-svg");
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.activeElement.dataset.piece), "Tab from the map lands on a piece");
  await page.close();
});

test("play walks through the changes, pauses on any input and stops at the end", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1904-05-01");
  await page.selectOption(".speed select", "fast");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await page.waitForFunction(() => document.querySelector(".exact-date").textContent === "7 May 1904", null, { timeout: 5000 });
  await page.waitForFunction(() => document.querySelector(".exact-date").textContent === "30 May 1904", null, { timeout: 6000 });
  assert.equal(await page.getAttribute("button.play", "aria-pressed"), "true");
  await page.mouse.click(5, 5); // any input pauses
  assert.equal(await page.getAttribute("button.play", "aria-pressed"), "false");
  const paused = await page.textContent(".exact-date");
  await page.waitForTimeout(2500);
  assert.equal(await page.textContent(".exact-date"), paused, "stays paused");
  await page.close();
  // Reduced motion: steps without animating the dates in between; stops at the last change.
  const ctx = await browser.newContext({ reducedMotion: "reduce", viewport: { width: 1280, height: 720 } });
  const p2 = await ctx.newPage();
  await p2.goto(`${server.origin}/#date=1922-01-01`);
  await p2.waitForSelector("[data-piece]");
  await p2.evaluate(() => { window.__dates = new Set(); new MutationObserver(() => window.__dates.add(document.querySelector(".exact-date").textContent)).observe(document.querySelector(".exact-date"), { childList: true, subtree: true, characterData: true }); });
  await p2.selectOption(".speed select", "fast");
  await p2.getByRole("button", { name: "Play", exact: true }).click();
  // Correctness, not speed (the benchmark measures that): a loaded machine may take its time.
  await p2.waitForFunction(() => document.querySelector("button.play").getAttribute("aria-pressed") === "false", null, { timeout: 30000 });
  assert.equal(await p2.textContent(".exact-date"), longDate(eventDates.at(-1)));
  const dates = await p2.evaluate(() => [...window.__dates]);
  const wanted = eventDates.filter((d) => d > "1922-01-01").map(longDate);
  assert.deepEqual(dates, wanted, "only the change dates were shown");
  await ctx.close();
});

test("read at a glance: borders only where control differs, colours apart in lightness, a legend that explains", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1880-01-01");
  const border = (a, b) => page.$eval(`path.border[data-between="${a} ${b}"], path.border[data-between="${b} ${a}"]`, (p) => p.getAttribute("visibility"));
  assert.equal(await border("sakhalin_north", "sakhalin_south"), "hidden", "no line along 50°N before Portsmouth");
  assert.equal(await border("heilongjiang", "jilin"), "hidden");
  await goTo(page, "#date=1906-01-01");
  assert.equal(await border("sakhalin_north", "sakhalin_south"), "visible");
  // Japan and Russia apart in lightness (WCAG contrast between their fills at least 3:1).
  const fills = await pieceStates(page).then(async () => page.$$eval("[data-piece]", (els) => Object.fromEntries(els.map((e) => [e.dataset.power, e.getAttribute("fill")]))));
  const lum = (hex) => { const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
  const [lj, lr] = [lum(fills.japan), lum(fills.russia)];
  assert.ok((Math.max(lj, lr) + 0.05) / (Math.min(lj, lr) + 0.05) >= 3, `Japan ${fills.japan} and Russia ${fills.russia}`);
  // The legend explains the pale home lands; Outer Mongolia is drawn as it was held, in its own
  // colour from 1911, not as an unexplained grey.
  const legend = await page.textContent(".legend");
  assert.match(legend, /home lands/i);
  assert.match(legend, /Mongolia/);
  await goTo(page, "#date=1915-01-01");
  const mongolia = await page.$eval("[data-piece=mongolia]", (e) => [e.dataset.power, e.getAttribute("fill")]);
  assert.equal(mongolia[0], "mongolia");
  // The legend explains that colour: Mongolia's swatch is filled with it, and no other power's is.
  const swatch = (p) => page.$eval(`.legend [data-legend-power=${p}] rect`, (r) => r.getAttribute("fill"));
  assert.equal(await swatch("mongolia"), mongolia[1], "the legend's Mongolia swatch is Mongolia's colour");
  for (const other of ["china", "japan", "korea", "russia", "britain", "germany"]) {
    assert.notEqual(await swatch(other), mongolia[1], `${other}'s swatch is not Mongolia's colour`);
  }
  // A status swatch is a pattern over white, never a power's colour.
  const patterns = await page.$$eval(".legend [data-legend-status] rect:nth-child(2)", (rs) => rs.map((r) => r.getAttribute("fill")));
  assert.ok(patterns.length >= 5 && patterns.every((f) => f === "none" || f.startsWith("url(#")), `${patterns}`);
  assert.equal(await page.locator("path.backdrop").count(), 0, "no land is left unexplained in grey");
  // A protectorate reads differently from annexed land.
  await goTo(page, "#date=1907-01-01");
  const koreaPattern = () => page.$eval('use.status[href="#shape-korea"]', (u) => u.getAttribute("fill"));
  assert.match(await koreaPattern(), /protectorate/);
  await goTo(page, "#date=1911-01-01");
  assert.equal(await koreaPattern(), "none");
  // Piece names follow the date.
  await goTo(page, "#date=1855-03-01");
  for (const id of ["neutral_zone_1898", "kwantung"]) {
    const label = await page.getAttribute(`[data-piece=${id}]`, "aria-label");
    assert.doesNotMatch(label, /Neutral zone|Kwantung/, label);
  }
  await page.close();
});

test("on a phone: the tools in one row, every view a tap away, the map, key and card one tap apart, a mark's list on screen, the presenting date on one line", async () => {
  const W = 390, H = 844;
  const { page } = await openMap(browser, server.origin, "#date=1905-03-25", { width: W, height: H });
  await settled(page);
  const box = (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
  // The tools: one row, not four above the map.
  const tops = await page.$$eval(".toolbar > *", (es) => es.map((e) => Math.round(e.getBoundingClientRect().top)));
  assert.ok(tops.length >= 6 && new Set(tops).size === 1, `the tools' rows start at ${tops}`);
  assert.ok((await box(".map-svg"))[1] < 120, "the map starts near the top");
  // Every focus view's button can be reached (the row scrolls) and works.
  for (const id of await page.$$eval("[data-view]", (bs) => bs.map((b) => b.dataset.view))) {
    await page.click(`[data-view=${id}]`);
    if (id !== "full") await page.waitForFunction((id) => location.hash.includes(`view=${id}`), id);
  }
  await page.click("[data-view=full]");
  await settled(page);
  await screenshot(page, "phone-1905-03-25");
  // The bar at the screen's foot brings the key, the card and the map into view, each one tap.
  assert.equal(await page.locator("[data-phone-tab]").count(), 3);
  const bar = await box(".phone-tabs");
  assert.ok(bar[3] <= H + 0.5 && bar[1] >= H - 80, `the bar at ${bar}`);
  for (const [tab, sel] of [["key", ".side .key"], ["card", ".side .card"], ["map", ".map-svg"]]) {
    await page.click(`[data-phone-tab=${tab}]`);
    await page.waitForFunction(([sel, top]) => { const r = document.querySelector(sel).getBoundingClientRect(); return r.top >= -1 && r.top < top; }, [sel, bar[1] - 40]);
  }
  // A mark's list lies wholly on the screen, wherever its mark is.
  for (const which of ["first", "last"]) {
    await page.locator(".marks .mark.cluster")[which]().click();
    const list = await box(".mark-menu:not([hidden])");
    assert.ok(list[0] >= 0 && list[2] <= W && list[1] >= 0 && list[3] <= H, `${which} list at ${list}`);
    await page.keyboard.press("Escape");
    await page.waitForSelector(".mark-menu:not([hidden])", { state: "detached" }).catch(() => {});
  }
  await page.close();
  // Presenting from a phone: the year and the day on one line, on the screen; the caption and
  // key in the page's flow, off the map.
  const present = await openMap(browser, server.origin, "#date=1905-09-05&mode=present", { width: W, height: H });
  const p = present.page;
  await p.waitForSelector(".caption");
  const pbox = (sel) => p.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
  const [year, day] = [await pbox(".top .year"), await pbox(".top .day")];
  assert.ok(day[2] <= W && day[0] >= year[2] - 1, `the day at ${day}, the year at ${year}`);
  assert.ok(day[3] - day[1] < 32, `the day wraps: ${day}`);
  const map = await pbox(".map-svg");
  for (const sel of [".caption", ".key-overlay"]) {
    const b = await pbox(sel);
    assert.ok(!overlap(b, map) && b[0] >= 0 && b[2] <= W, `${sel} at ${b}, the map at ${map}`);
  }
  await screenshot(p, "phone-present-1905-09-05");
  await p.close();
});

test("a year alone opens that year; on a phone the timeline never covers the legend or a card", async () => {
  const { page } = await openMap(browser, server.origin, "#date=1904");
  assert.equal(await page.textContent(".exact-date"), "1 January 1904");
  await page.waitForFunction(() => location.hash === "#date=1904-01-01&lang=en");
  assert.equal(await page.locator(".notice").count(), 0);
  await page.close();
  const phone = await openMap(browser, server.origin, "#date=1905-10-20", { width: 390, height: 844 });
  // The card's fine pieces are under its Details.
  await phone.page.click("[data-event] details summary");
  await phone.page.click("[data-piece-link=sakhalin_south]");
  const rect = (sel) => phone.page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top + scrollY, r.right, r.bottom + scrollY]; });
  const bar = await rect("footer.controls");
  for (const sel of [".legend", "[data-event]", "[data-piece-card]", ".map-svg"]) {
    assert.ok(!overlap(bar, await rect(sel)), `the timeline covers ${sel}`);
  }
  // Scrolled to any point, the bar stays where it is in the page: nothing floats over the cards.
  await phone.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  assert.deepEqual(await rect("footer.controls"), bar);
  await screenshot(phone.page, "phone-1905-10-20");
  await phone.page.close();
});
