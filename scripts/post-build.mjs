// Trunk's post-build hook (see Trunk.toml): makes the built page safe under a strict
// Content-Security-Policy and able to work offline. Runs on Trunk's staging folder, before
// dist/ is replaced, so a failure here leaves the last good dist/ in place.
//
//   1. Moves Trunk's inline start-up module into a file of its own, named by its hash, so no
//      inline script remains; fails the build if any inline script or style= attribute does.
//   2. Puts the policy in a <meta> tag at the top of <head>, so any static host applies it.
//   3. Writes sw.js (the offline worker) from the template at the project root, with this
//      build's file list and a hash of all of them, so each deploy is picked up.
import { createHash } from "node:crypto";
import { readFile, writeFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** The policy in force. Every script and style is a file from the page's own origin. */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
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

  // 3. The offline worker, listing every file of this build.
  const files = (await readdir(staging, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== "sw.js")
    .map((e) => relative(staging, join(e.parentPath ?? e.path, e.name)))
    .sort();
  const all = createHash("sha256");
  for (const f of files) all.update(f).update(await readFile(join(staging, f)));
  const build = all.digest("hex").slice(0, 16);
  // Fonts for Japanese, Chinese and Korean are fetched only by a page in that language, so they
  // are not fetched up front for everyone; the worker keeps each one the first time it is used.
  const list = ["./", ...files.filter((f) => !f.startsWith("fonts/")).map((f) => `./${f}`)];
  const template = await readFile(join(ROOT, "sw.js"), "utf8");
  if (!template.includes("__BUILD__") || !template.includes("__FILES__")) fail("sw.js template lacks __BUILD__ or __FILES__");
  const worker = template.replace("__BUILD__", build).replace("__FILES__", JSON.stringify(list));
  await writeFile(join(staging, "sw.js"), worker);
  console.log(`post-build: policy set, loader ${name}, offline worker for build ${build} (${list.length} files)`);
}

main().catch((e) => fail(e.stack || String(e)));
