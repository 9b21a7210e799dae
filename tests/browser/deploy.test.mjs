// Deploys and the offline copy, on a host that caches as real hosts do (Last-Modified,
// max-age=600): a new build replaces the offline copy with its own files, never the browser's
// cached old ones; a page never shows another build's texts; every language reads offline;
// whatever cannot be had (texts, a font, a picture) is said on the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, writeFile, rm, unlink } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, serveDist, launch, settled } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const events = JSON.parse(readFileSync(join(ROOT, "geo/events.json"), "utf8")).events;

/** A copy of dist/ on a caching host of its own, so a test can deploy into it. */
async function host() {
  const dir = await mkdtemp(join(tmpdir(), "atlas-deploy-"));
  await cp(join(ROOT, "dist"), dir, { recursive: true });
  const served = await serveDist(dir, { caching: true });
  return { dir, origin: served.origin, close: async () => { await served.close(); await rm(dir, { recursive: true, force: true }); } };
}

/** Waits until the offline worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
}

/** Waits until `fn` (which may be async: page.waitForFunction takes a promise for true) is true
 * in the page. */
async function until(page, fn, arg, timeout = 20000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((ok) => setTimeout(ok, 100))) {
    if (await page.evaluate(fn, arg)) return;
  }
  throw new Error(`timed out waiting for ${fn}`);
}

/** The offline copies the page's origin holds. */
const copies = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("frontier-atlas-")));

/** Every file in the offline copy: its path and the SHA-256 of what the copy holds. */
const copyContents = (page) => page.evaluate(async () => {
  const [name] = (await caches.keys()).filter((k) => k.startsWith("frontier-atlas-"));
  const cache = await caches.open(name);
  const out = {};
  for (const req of await cache.keys()) {
    const body = await (await cache.match(req)).arrayBuffer();
    const hash = [...new Uint8Array(await crypto.subtle.digest("SHA-256", body))].map((b) => b.toString(16).padStart(2, "0")).join("");
    out[new URL(req.url).pathname] = hash;
  }
  return out;
});

const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** The title of the event card shown, and the event's title in `lang`. */
async function cardTitle(page, lang) {
  const id = await page.getAttribute("[data-event]", "data-event");
  const e = events.find((x) => x.id === id);
  return { shown: (await page.textContent("[data-event] h2")).trim(), expected: typeof e.title === "string" ? e.title : e.title[lang], english: typeof e.title === "string" ? e.title : e.title.en };
}

/** What the page says about its own files. */
const notices = (page) => page.evaluate(() => [...document.querySelectorAll("[data-notice=site]")].map((n) => n.textContent).join(" | "));

async function chooseLang(page, lang) {
  await page.selectOption(".lang-switch select", lang);
  await page.waitForFunction((l) => document.documentElement.lang.split("-")[0] === l, lang);
  await settled(page);
}

test("on a caching host a deploy replaces the offline copy with the new build's own files, online and offline", async () => {
  const site = await host();
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/#date=1905-09-05`);
    await page.waitForSelector("[data-piece]");
    await controlled(page);
    const [first] = await copies(page);
    // The browser's HTTP cache now holds the page and the notices, fresh for ten minutes.
    // Deploy a build that changes them (and so its worker).
    await new Promise((ok) => setTimeout(ok, 1100)); // a later Last-Modified second
    const html = await readFile(join(site.dir, "index.html"), "utf8");
    await writeFile(join(site.dir, "index.html"), html.replace("</head>", '<meta name="build" content="new"></head>'));
    const licences = await readFile(join(site.dir, "third-party-notices.html"), "utf8");
    await writeFile(join(site.dir, "third-party-notices.html"), licences.replace("</body>", "<!-- new build --></body>"));
    const sw = await readFile(join(site.dir, "sw.js"), "utf8");
    await writeFile(join(site.dir, "sw.js"), sw.replace(/const BUILD = "[0-9a-f]+";/, 'const BUILD = "0000000000000new";'));
    await page.reload();
    await page.waitForSelector("[data-piece]");
    const build = () => page.evaluate(() => document.querySelector("meta[name=build]")?.content);
    assert.equal(await build(), "new", "online, the new page, though the old one was fresh in the HTTP cache");
    await until(page, async () => (await caches.keys()).filter((k) => k.startsWith("frontier-atlas-")).join() === "frontier-atlas-0000000000000new");
    assert.notEqual(first, "frontier-atlas-0000000000000new");
    // Every file of the new copy is the file the host now serves, byte for byte.
    const held = await copyContents(page);
    assert.ok(Object.keys(held).length > 10, `${Object.keys(held).length} files held`);
    for (const [path, hash] of Object.entries(held)) {
      const file = path.endsWith("/") ? "index.html" : path.slice(1);
      assert.equal(hash, sha(await readFile(join(site.dir, file))), `${path} in the offline copy is the deployed file`);
    }
    // Offline, it is the new build that starts.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector("[data-piece]");
    assert.equal(await build(), "new");
  } finally {
    await context.close();
    await site.close();
  }
});

test("a tab left open across a deploy shows its own build's texts, or English with a notice, never another build's", async () => {
  const site = await host();
  try {
    // With its offline copy, the open tab keeps its own build's texts after the deploy.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/#date=1905-09-05`);
    await page.waitForSelector("[data-piece]");
    await controlled(page);
    const texts = (await readdir(site.dir)).filter((f) => /^texts-[a-z]{2}-[0-9a-f]{16}\.bin$/.test(f));
    assert.equal(texts.length, 5, `texts files named by their build: ${texts}`);
    // Deploy a build that added a text: every texts file has a new build id, and a new name.
    for (const f of texts) {
      const bytes = await readFile(join(site.dir, f));
      bytes.write("0000000000000new", 2, "latin1");
      await writeFile(join(site.dir, f.replace(/-[0-9a-f]{16}\.bin$/, "-0000000000000new.bin")), bytes);
      await unlink(join(site.dir, f));
    }
    await chooseLang(page, "ja");
    let title = await cardTitle(page, "ja");
    assert.equal(title.shown, title.expected, "the tab's own Japanese, from its offline copy");
    await context.close();

    // Without an offline copy (a browser that keeps none), the tab's texts are gone from the
    // host: English, and a notice that says why.
    const bare = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
    const tab = await bare.newPage();
    await tab.goto(`${site.origin}/#date=1905-09-05`);
    await tab.waitForSelector("[data-piece]");
    // The cards' English is gone too: the map is whole, the card keeps its title, and the page
    // says why its account is missing.
    await tab.waitForFunction(() => !document.documentElement.hasAttribute("data-cards-pending"));
    assert.match(await notices(tab), /cards' texts of this version of the map could not be loaded/);
    assert.ok((await tab.locator("[data-piece]").count()) >= 37, "every piece drawn");
    assert.match(await tab.textContent("[data-event] h2"), /Portsmouth/);
    await chooseLang(tab, "zh");
    title = await cardTitle(tab, "zh");
    assert.equal(title.shown, title.english, "English, not another build's Chinese");
    assert.match(await notices(tab), /未能加载本版地图的中文文本/);

    // A texts file under this build's name but from another build (a broken cache or host):
    // refused, English, and the notice says so.
    const [ko] = (await readdir(site.dir)).filter((f) => f.startsWith("texts-ko-"));
    assert.match(ko, /-0000000000000new\.bin$/, "the deployed build's Korean");
    await tab.route("**/texts-ko-*", async (route) => route.fulfill({ status: 200, contentType: "application/octet-stream", body: await readFile(join(site.dir, ko)) }));
    await chooseLang(tab, "ko");
    title = await cardTitle(tab, "ko");
    assert.equal(title.shown, title.english, "English, not shifted Korean");
    assert.match(await notices(tab), /다른 버전 지도의 것입니다/);
    await bare.close();
  } finally {
    await site.close();
  }
});

test("after one visit, Japanese, Chinese and Korean read offline though never chosen online, in their own fonts", async () => {
  const site = await host();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/#date=1910-08-29`);
    await page.waitForSelector("[data-piece]");
    await controlled(page);
    // The fonts follow the install, without holding it up.
    await until(page, async () => {
      const [name] = (await caches.keys()).filter((k) => k.startsWith("frontier-atlas-"));
      const keys = (await (await caches.open(name)).keys()).map((r) => r.url);
      return ["ja", "zh", "ko", "names"].every((l) => keys.some((u) => u.includes(`/fonts/atlas-${l}-`)));
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector("[data-piece]");
    for (const [lang, family, sample] of [["ja", "Atlas JA", "日"], ["zh", "Atlas ZH", "中"], ["ko", "Atlas KO", "한"]]) {
      await chooseLang(page, lang);
      const title = await cardTitle(page, lang);
      assert.equal(title.shown, title.expected, `${lang} offline`);
      assert.ok(await page.evaluate(([f, s]) => document.fonts.check(`16px "${f}"`, s), [family, sample]), `${family} loaded offline`);
      assert.equal(await notices(page), "", "nothing to say");
    }
  } finally {
    await context.close();
    await site.close();
  }
});

test("a font that cannot be had is said on the page and in the saved picture; a picture that cannot be made says so", async () => {
  const site = await host();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.route("**/fonts/atlas-ja-*", (route) => route.abort());
    await page.goto(`${site.origin}/#date=1905-09-05`);
    await page.waitForSelector("[data-piece]");
    await chooseLang(page, "ja");
    await page.waitForFunction(() => [...document.querySelectorAll("[data-notice=site]")].some((n) => n.textContent.includes("日本語のフォントを読み込めませんでした")));
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=svg]")]);
    const svg = readFileSync(await dl.path(), "utf8");
    assert.match(svg, /data-font-missing="ja">この画像には日本語のフォントが含まれていません/);
    // The browser refuses to turn the picture into a PNG: the page says so.
    await page.evaluate(() => { HTMLCanvasElement.prototype.toBlob = function (done) { done(null); }; });
    await page.click("[data-export=png]");
    await page.waitForFunction(() => [...document.querySelectorAll("[data-notice=site]")].some((n) => n.textContent.includes("画像を作成できませんでした")));
  } finally {
    await context.close();
    await site.close();
  }
});

test("a page whose files a newer deploy removed says it is out of date and offers a reload", async () => {
  const site = await host();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  try {
    // The page as loaded before the deploy; its wasm is gone by the time it asks.
    const wasm = (await readdir(site.dir)).find((f) => f.endsWith(".wasm"));
    await unlink(join(site.dir, wasm));
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.locator("#fatal").waitFor({ state: "visible", timeout: 10000 });
    await page.waitForFunction(() => /out of date/.test(document.querySelector("#fatal-headline").textContent));
    assert.ok(await page.getByRole("button", { name: "Reload", exact: true }).isVisible());
  } finally {
    await context.close();
    await site.close();
  }
});

test("on a host sending the build's _headers: nothing blocked, online or offline, and only the page itself or a named platform may frame it", async () => {
  const dir = await mkdtemp(join(tmpdir(), "atlas-headers-"));
  await cp(join(ROOT, "dist"), dir, { recursive: true });
  const rules = await readFile(join(dir, "_headers"), "utf8");
  // What the build asks of a host.
  assert.match(rules, /^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Content-Security-Policy: frame-ancestors 'self'\n/m);
  for (const f of ["/", "/index.html", "/sw.js"]) assert.match(rules, new RegExp(`^${f.replace(".", "\\.")}\\n  Cache-Control: no-cache$`, "m"), f);
  const wasm = (await readdir(dir)).find((f) => f.endsWith(".wasm"));
  assert.match(rules, new RegExp(`^/${wasm}\\n  Cache-Control: public, max-age=31536000, immutable$`, "m"));
  // A platform the teacher names (as ATLAS_FRAME_ANCESTORS writes it), and one not named.
  const named = await serveDist(await mkdtemp(join(tmpdir(), "atlas-platform-")));
  const other = await serveDist(await mkdtemp(join(tmpdir(), "atlas-other-")));
  await writeFile(join(dir, "_headers"), rules.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${named.origin}`));
  const site = await serveDist(dir, { hostHeaders: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const first = await page.goto(`${site.origin}/#date=1905-09-05`);
    assert.equal(first.headers()["x-content-type-options"], "nosniff");
    await page.waitForSelector("[data-piece]");
    await controlled(page);
    await settled(page);
    // Every view and mode the page has, under the host's headers and the page's own policy.
    for (const hash of ["#date=1904-10-01&view=liaodong", "#date=1906-01-01&mode=present", "#date=1906-01-01&compare=1894-01-01", "#date=1910-08-29&view=korea&lang=ja"]) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await settled(page);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    // Offline, from the copy the worker kept despite the no-cache on the page.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector("[data-piece]");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await context.setOffline(false);
    assert.deepEqual(errors, []);
    // Framed: by the page's own origin and the named platform, and by no one else.
    const framed = async (origin) => {
      const host = await context.newPage();
      await host.goto(`${origin}/nothing-here`).catch(() => {});
      await host.setContent(`<iframe src="${site.origin}/#date=1905-09-05" width="1000" height="700"></iframe>`);
      const frame = await (await host.waitForSelector("iframe")).contentFrame();
      const drawn = await frame.waitForSelector("[data-piece]", { timeout: 8000 }).then(() => true, () => false);
      await host.close();
      return drawn;
    };
    assert.equal(await framed(named.origin), true, "the named platform may frame the map");
    assert.equal(await framed(other.origin), false, "another site may not");
  } finally {
    await context.close();
    await site.close(); await named.close(); await other.close();
    await rm(dir, { recursive: true, force: true });
  }
});
