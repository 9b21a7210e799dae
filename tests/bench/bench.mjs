// Benchmark (not a test): sizes of dist/, start-up time and the cost of one slider step, in
// headless Chromium on this machine. Run with scripts/bench.sh after a release build.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import os from "node:os";
import { ROOT, serveDist, launch } from "../browser/harness.mjs";

const dist = join(ROOT, "dist");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
console.log("\nfile sizes (KiB):");
let total = 0, totalGz = 0;
for (const f of readdirSync(dist)) {
  const raw = statSync(join(dist, f)).size, gz = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += raw; totalGz += gz;
  console.log(`  ${f.padEnd(44)} ${(raw / 1024).toFixed(1).padStart(7)} raw ${(gz / 1024).toFixed(1).padStart(7)} gzip`);
}
console.log(`  ${"total".padEnd(44)} ${(total / 1024).toFixed(1).padStart(7)} raw ${(totalGz / 1024).toFixed(1).padStart(7)} gzip`);
for (const f of ["pieces.geojson", "events.json"]) {
  const b = readFileSync(join(ROOT, "geo", f));
  console.log(`  geo/${f.padEnd(40)} ${(b.length / 1024).toFixed(1).padStart(7)} raw ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(1).padStart(7)} gzip`);
}

const server = await serveDist();
const browser = await launch();
const starts = [];
for (let i = 0; i < 7; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.origin}/#date=1905-09-05`);
  await page.waitForSelector("[data-piece]");
  // From navigation start to the pieces being in the DOM, as the page itself measures it.
  starts.push(await page.evaluate(() => performance.now()));
  if (i < 6) await page.close();
  else {
    const steps = await page.evaluate(async () => {
      const s = document.querySelector("#date-slider");
      const times = [];
      const [min, max] = [Number(s.min), Number(s.max)];
      for (let k = 0; k <= 400; k++) {
        const t0 = performance.now();
        s.value = String(Math.round(min + (max - min) * k / 400));
        s.dispatchEvent(new Event("input", { bubbles: true }));
        document.querySelector(".year").getBoundingClientRect(); // force style and layout
        times.push(performance.now() - t0);
        if (k % 20 === 0) await new Promise(requestAnimationFrame);
      }
      return times;
    });
    console.log(`\nslider step, 401 steps across 1855–1922 (update + style + layout), ms: median ${median(steps).toFixed(2)}, p95 ${pct(steps, 0.95).toFixed(2)}, max ${Math.max(...steps).toFixed(2)}`);
  }
}
console.log(`start-up to pieces drawn (local server, warm cache after the first), ms: median ${median(starts).toFixed(0)}, min ${Math.min(...starts).toFixed(0)}, max ${Math.max(...starts).toFixed(0)}`);
await browser.close();
await server.close();
