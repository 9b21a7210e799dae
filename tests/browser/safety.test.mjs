// Safe to put in front of a class: a strict Content-Security-Policy in every view and mode, failures
// shown (never a blank page), and the map working offline after one visit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, serveDist, launch, openMap, pieceStates, watchPolicy, settled } from "./harness.mjs";

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const POLICY = ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
  "img-src 'self' blob:", "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join("; ");

test("the built page carries a strict policy and no inline script or style", async () => {
  const html = await readFile(join(ROOT, "dist/index.html"), "utf8");
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(meta, "a policy <meta> tag");
  assert.equal(meta[1], POLICY);
  assert.doesNotMatch(meta[1], /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.ok(html.indexOf(meta[0]) < html.indexOf("<script"), "the policy comes before any script");
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");
  assert.doesNotMatch(html, /\sstyle=|<style/, "no inline style");
});

test("nothing breaks the policy or leaves the origin, in every view and mode", async () => {
  const { page, errors, requests } = await openMap(browser, server.origin);
  const visit = async (hash) => {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await settled(page);
  };
  // Focus views, a box view, dates with each kind of pattern.
  for (const hash of ["#view=liaodong&date=1904-10-01", "#view=sakhalin&date=1875-01-01", "#view=korea&date=1906-01-01",
    "#view=amur&date=1920-10-01", "#view=120,35,132,45&date=1898-04-01", "#date=1855-01-01"]) await visit(hash);
  // The zoom buttons, wheel and drag; the piece card and the event card; play; stepping.
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await page.mouse.move(640, 360);
  await page.mouse.wheel(0, -300);
  await page.mouse.down(); await page.mouse.move(560, 300, { steps: 4 }); await page.mouse.up();
  await page.focus("[data-piece=korea]");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-piece-card]");
  await page.getByRole("button", { name: "Next change", exact: true }).click();
  await page.waitForSelector("[data-event]");
  await page.selectOption(".speed select", "fast");
  const before = await page.textContent(".exact-date");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await page.waitForFunction((d) => document.querySelector(".exact-date").textContent !== d, before);
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  // A slider mark's list of changes.
  await page.locator(".marks .mark.cluster").first().click();
  await page.waitForSelector(".mark-menu:not([hidden]) .mark-item");
  const origin = new URL(server.origin).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(foreign, [], "requests to another origin");
  assert.deepEqual(errors, [], "policy violations or errors");
  await page.close();
});

test("a panic after the map is up shows a message with a reload button, which brings the map back", async () => {
  const { page, errors } = await openMap(browser, server.origin, "#date=1905-09-05");
  await page.evaluate(() => { try { window.wasmBindings.panic_for_test(); } catch { /* the wasm stops here */ } });
  const fatal = page.locator("#fatal");
  await fatal.waitFor({ state: "visible", timeout: 5000 });
  assert.match(await page.textContent("#fatal-headline"), /went wrong|stopped/i);
  assert.match(await page.textContent("#fatal-details"), /deliberate failure/);
  const reload = page.getByRole("button", { name: "Reload", exact: true });
  assert.ok(await reload.isVisible());
  // Nothing covers the button: it is what a click at its middle reaches.
  const box = await reload.boundingBox();
  assert.equal(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [box.x + box.width / 2, box.y + box.height / 2]), "fatal-reload");
  assert.ok(errors.some((e) => /deliberate failure/.test(e)), "the panic is also in the console");
  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await page.waitForSelector("[data-piece]");
  assert.ok(await fatal.isHidden(), "after reload the map is back");
  await page.close();
});

test("a missing stylesheet or icon is not reported as a failure to start", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.route(/\.(css|svg)$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("[data-piece]", { timeout: 20000 });
  assert.ok(await page.locator("#fatal").isHidden(), "no 'could not start' box");
  await page.close();
});

test("a long bad link is quoted short in the notice", async () => {
  const junk = "x".repeat(5000);
  const { page } = await openMap(browser, server.origin, `#date=${junk}`);
  const notice = await page.textContent(".notice");
  assert.ok(notice.length < 200, `notice is ${notice.length} characters`);
  assert.match(notice, /xxxxxxxxxx…/);
  assert.equal(await page.textContent(".year"), "1855", "the default date is shown");
  await page.close();
});

/** Waits until the offline worker controls the page and has this build's files. */
async function untilOffline(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
}

test("after one visit the map loads, moves and opens cards with the network off", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await watchPolicy(page, errors);
  await page.goto(`${server.origin}/#date=1900-01-01`);
  await page.waitForSelector("[data-piece]");
  await untilOffline(page);
  await context.setOffline(true);
  const served = [];
  page.on("requestfinished", (r) => served.push(r.url()));
  await page.reload();
  await page.waitForSelector("[data-piece]", { timeout: 20000 });
  assert.ok(served.some((u) => u.endsWith(".wasm")), "the wasm came from the offline copy");
  await page.focus("#date-slider");
  await page.keyboard.press("PageUp"); // 1910
  await page.keyboard.press("PageUp"); // 1920
  await page.waitForFunction(() => document.querySelector(".year").textContent === "1920");
  assert.equal((await pieceStates(page)).korea.power, "japan");
  await page.focus("[data-piece=korea]");
  await page.keyboard.press("Enter");
  assert.match(await page.textContent("[data-piece-card=korea]"), /Empire of Japan/);
  // A link to another date and view works offline too.
  await page.goto(`${server.origin}/#date=1898-04-01&view=liaodong`);
  await page.waitForSelector("[data-piece]");
  assert.equal((await pieceStates(page)).kwantung.power, "russia");
  // A language never chosen online: its texts were stored with the rest, so the card is in it.
  await page.selectOption(".lang-switch select", "ru");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  const shown = await page.getAttribute("[data-event]", "data-event");
  const event = JSON.parse(readFileSync(join(ROOT, "geo/events.json"), "utf8")).events.find((e) => e.id === shown);
  assert.equal((await page.textContent("[data-event] h2")).trim(), event.title.ru);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the site carries the licences of the code in the wasm, linked from the page", async () => {
  const { page } = await openMap(browser, server.origin);
  const link = page.getByRole("link", { name: "Third-party licences" });
  assert.equal(await link.getAttribute("href"), "third-party-notices.html");
  const notices = await (await fetch(`${server.origin}/third-party-notices.html`)).text();
  for (const crate of ["leptos", "wasm-bindgen", "web-sys", "serde", "postcard"]) {
    assert.match(notices, new RegExp(`<li>${crate} \\d`), `${crate} is listed`);
  }
  assert.match(notices, /MIT License/);
  assert.match(notices, /Permission is hereby granted/, "with the licence texts");
  await page.close();
});
