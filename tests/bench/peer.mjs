// The benchmark's peer: a plain Leaflet 1.9 page (leaflet from npm, a dev tool only, never
// shipped) that draws the same piece outlines from geo/pieces.geojson and recolours them with
// setStyle, step by step, from a control table read off our own page. Written into a folder to
// be served like dist/.
import { mkdirSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../browser/harness.mjs";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Leaflet peer</title>
  <link rel="stylesheet" href="leaflet.css">
  <style>html, body, #map { margin: 0; height: 100%; } body { display: flex; flex-direction: column; }
  #map { flex: 1; } #year { font: 700 2rem sans-serif; margin: 0.3rem 1rem; }</style>
</head>
<body>
  <div id="year">1855</div>
  <div id="map"></div>
  <input id="date-slider" type="range" min="0" max="0" value="0">
  <script src="leaflet.js"></script>
  <script src="peer.js"></script>
</body>
</html>
`;

// Draws every piece once, then on each input colours them from the table for that step.
const SCRIPT = `"use strict";
fetch("pieces.json").then((r) => r.json()).then((data) => {
  const map = L.map("map", { preferCanvas: false, zoomSnap: 0 }).fitBounds([[30, 115], [58, 160]]);
  const layers = {};
  L.geoJSON(data.pieces, {
    style: { weight: 1, color: "#fff", fillOpacity: 1 },
    onEachFeature: (f, layer) => { layers[f.properties.id] = layer; },
  }).addTo(map);
  const slider = document.getElementById("date-slider");
  const year = document.getElementById("year");
  window.peerSteps = data.steps.map((s) => s.date);
  slider.max = String(data.steps.length - 1);
  const paint = (i) => {
    const step = data.steps[i];
    year.textContent = step.date.slice(0, 4);
    for (const [id, [fill, opacity]] of Object.entries(step.fills)) {
      const layer = layers[id];
      if (layer) layer.setStyle({ fillColor: fill, fillOpacity: opacity });
    }
  };
  slider.addEventListener("input", () => paint(Number(slider.value)));
  paint(0);
  document.body.dataset.ready = "1";
});
`;

/**
 * Writes the peer into `dir`: the page, Leaflet's files, and pieces.json holding the pieces and,
 * for each step date, each piece's fill as our page paints it (`steps`: [{ date, fills }]).
 */
export function writePeer(dir, steps) {
  mkdirSync(dir, { recursive: true });
  const leaflet = join(ROOT, "node_modules/leaflet/dist");
  copyFileSync(join(leaflet, "leaflet.js"), join(dir, "leaflet.js"));
  copyFileSync(join(leaflet, "leaflet.css"), join(dir, "leaflet.css"));
  const pieces = JSON.parse(readFileSync(join(ROOT, "geo/pieces.geojson"), "utf8"));
  writeFileSync(join(dir, "pieces.json"), JSON.stringify({ pieces, steps }));
  writeFileSync(join(dir, "index.html"), PAGE);
  writeFileSync(join(dir, "peer.js"), SCRIPT);
}
