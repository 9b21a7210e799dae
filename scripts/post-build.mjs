// Trunk's post-build hook (see Trunk.toml): makes the built page safe under a strict
// Content-Security-Policy and able to work offline. Runs on Trunk's staging folder, before
// dist/ is replaced, so a failure here leaves the last good dist/ in place.
//
//   1. Moves Trunk's inline start-up module into a file of its own, named by its hash, so no
//      inline script remains; fails the build if any inline script or style= attribute does.
//   2. Puts the policy in a <meta> tag at the top of <head>, so any static host applies it.
//   3. Names the languages' texts files by the build id inside them (texts-ja-<build>.bin) and
//      the fonts by their content's hash (fonts/atlas-ja-<hash>.woff2, with the stylesheet that
//      names them renamed by its new hash), so no cache can give a page another build's file
//      under the name it asks for.
//   4. Writes sw.js (the offline worker) from the template at the project root, with this
//      build's file list, the fonts to fetch after install, and a hash of all of them, so each
//      deploy is picked up.
//   5. Writes _headers, the headers a <meta> policy cannot carry, for the hosts that read such a
//      file (Netlify, Cloudflare Pages; README, Deploying): who may frame the page
//      (`frame-ancestors 'self'` and the origins in ATLAS_FRAME_ANCESTORS), nosniff, no-cache for
//      the page, the worker and every file without a hash in its name, a year for the rest.
import { createHash } from "node:crypto";
import { readFile, writeFile, readdir, rename, unlink } from "node:fs/promises";
import { join, relative } from "node:path";

/** The policy in force. Every script and style is a file from the page's own origin. */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const ROOT = new URL("../", import.meta.url).pathname;
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run this from Trunk (trunk build)");
  process.exit(2);
}

const hash = (data, algo = "sha256") => createHash(algo).update(data).digest();
const fail = (why) => {
  console.error(`post-build: ${why}`);
  process.exit(1);
};

async function main() {
  const page = join(staging, "index.html");
  let html = await readFile(page, "utf8");

  // 1. Trunk's loader: the one inline module script.
  const loaders = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
  if (loaders.length !== 1) fail(`expected Trunk's one inline loader in index.html, found ${loaders.length}`);
  const code = loaders[0][1].trim() + "\n";
  const name = `start-${hash(code).toString("hex").slice(0, 16)}.js`;
  await writeFile(join(staging, name), code);
  const integrity = "sha384-" + hash(code, "sha384").toString("base64");
  html = html.replace(loaders[0][0], `<script type="module" src="./${name}" integrity="${integrity}"></script>`);

  const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/);
  if (inline) fail(`an inline script would be blocked by the policy: ${inline[0]}`);
  const styled = html.match(/<[^>]+\sstyle=/) || html.match(/<style[\s>]/);
  if (styled) fail(`inline style would be blocked by the policy: ${styled[0]}`);

  // 2. The policy, first thing in <head> so it covers everything after it.
  if (html.includes("Content-Security-Policy")) fail("index.html already has a policy; it is set here only");
  html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
  if (!html.includes(POLICY)) fail("no <meta charset=\"utf-8\"> to put the policy after");
  await writeFile(page, html);

  // 3. Names that change with the content. A texts file starts with the format (a postcard
  //    varint: one byte while it is below 128; the number is read from the one place it is
  //    stated, atlas_core::wire::FORMAT) and the build id (a string of 16 hex digits: length
  //    byte 16).
  const wire = await readFile(new URL("../crates/atlas-core/src/wire.rs", import.meta.url), "utf8");
  const format = Number(wire.match(/pub const FORMAT: u32 = (\d+);/)?.[1]);
  if (!(format > 0 && format < 128)) fail("no FORMAT of one byte in crates/atlas-core/src/wire.rs");
  for (const f of await readdir(staging)) {
    const m = f.match(/^texts-([a-z]{2})\.bin$/);
    if (!m) continue;
    const bytes = await readFile(join(staging, f));
    const build = bytes.subarray(2, 18).toString("latin1");
    if (bytes[0] !== format || bytes[1] !== 16 || !/^[0-9a-f]{16}$/.test(build)) fail(`${f} is not a texts file of format ${format}`);
    await rename(join(staging, f), join(staging, `texts-${m[1]}-${build}.bin`));
  }
  const sheet = html.match(/<link rel="stylesheet" href="\.\/(style-[0-9a-f]+\.css)" integrity="([^"]+)"\/?>/);
  if (!sheet) fail("no hashed stylesheet link in index.html");
  let css = await readFile(join(staging, sheet[1]), "utf8");
  const metas = [];
  for (const f of await readdir(join(staging, "fonts"))) {
    const m = f.match(/^(atlas-([a-z]+))\.woff2$/);
    if (!m) continue;
    const named = `fonts/${m[1]}-${hash(await readFile(join(staging, "fonts", f))).toString("hex").slice(0, 16)}.woff2`;
    await rename(join(staging, "fonts", f), join(staging, named));
    if (!css.includes(`url("fonts/${f}")`)) fail(`${sheet[1]} does not name fonts/${f}`);
    css = css.replaceAll(`url("fonts/${f}")`, `url("${named}")`);
    metas.push(`<meta name="font-${m[2]}" content="${named}">`);
  }
  const sheetName = `style-${hash(css).toString("hex").slice(0, 16)}.css`;
  await unlink(join(staging, sheet[1]));
  await writeFile(join(staging, sheetName), css);
  html = html.replace(sheet[0], `<link rel="stylesheet" href="./${sheetName}" integrity="sha384-${hash(css, "sha384").toString("base64")}"/>\n  ${metas.join("\n  ")}`);
  await writeFile(page, html);

  // 4. The offline worker, listing every file of this build.
  const files = (await readdir(staging, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== "sw.js")
    .map((e) => relative(staging, join(e.parentPath ?? e.path, e.name)))
    .sort();
  const all = createHash("sha256");
  for (const f of files) all.update(f).update(await readFile(join(staging, f)));
  const build = all.digest("hex").slice(0, 16);
  // The fonts for Japanese, Chinese and Korean (about 150 KB each) and the sources' titles (about
  // 75 KB) are fetched after the worker
  // is installed, so the first visit is not slowed by them; the language switch's font is tiny
  // and stored with everything else, so the switch reads offline from the start.
  const later = (f) => /^fonts\/atlas-(ja|zh|ko|sources)-/.test(f);
  const list = ["./", ...files.filter((f) => !later(f) && !f.endsWith(".chars.txt")).map((f) => `./${f}`)];
  const fonts = files.filter(later).map((f) => `./${f}`);
  const template = await readFile(join(ROOT, "sw.js"), "utf8");
  for (const slot of ["__BUILD__", "__FILES__", "__FONTS__"]) if (!template.includes(slot)) fail(`sw.js template lacks ${slot}`);
  const worker = template.replace("__BUILD__", build).replace("__FILES__", JSON.stringify(list)).replace("__FONTS__", JSON.stringify(fonts));
  await writeFile(join(staging, "sw.js"), worker);

  // 5. The host's headers. Exact paths only (no wildcard for Cache-Control), so no host merges
  //    two Cache-Control rules into one.
  const embedders = (process.env.ATLAS_FRAME_ANCESTORS ?? "").split(/\s+/).filter(Boolean);
  for (const o of embedders) if (!/^https?:\/\/[^\s;,'"]+$/.test(o)) fail(`ATLAS_FRAME_ANCESTORS: '${o}' is not an origin (https://platform.example)`);
  // Trunk writes its 64-bit hashes without leading zeros (15 or 16 digits); ours have 16.
  const hashed = (f) => /-[0-9a-f]{12,16}[._/]/.test(f);
  const rules = [
    "# The headers a <meta> policy cannot carry, for hosts that read this file (Netlify,",
    "# Cloudflare Pages); written by scripts/post-build.mjs. See README, Deploying.",
    "/*",
    "  X-Content-Type-Options: nosniff",
    `  Content-Security-Policy: frame-ancestors ${["'self'", ...embedders].join(" ")}`,
  ];
  for (const f of ["", "index.html", "sw.js", ...files.filter((f) => !hashed(f) && f !== "index.html")]) {
    rules.push(`/${f}`, "  Cache-Control: no-cache");
  }
  for (const f of files.filter(hashed)) rules.push(`/${f}`, "  Cache-Control: public, max-age=31536000, immutable");
  await writeFile(join(staging, "_headers"), rules.join("\n") + "\n");
  console.log(`post-build: policy set, loader ${name}, offline worker for build ${build} (${list.length} files, ${fonts.length} fonts after install), _headers (${embedders.length} embedders)`);
}

main().catch((e) => fail(e.stack || String(e)));
