// The offline copy of Frontier Atlas. scripts/post-build.mjs writes this file into dist/ with
// BUILD (a hash of every file of the build) and FILES (their names) filled in, so each new
// deploy is a new worker: the browser notices the change, installs it beside the old one and
// switches over, and the old copy is deleted.
"use strict";
const BUILD = "__BUILD__";
const FILES = __FILES__;
const CACHE = "frontier-atlas-" + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith("frontier-atlas-") && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page itself: the network first, so a new deploy shows as soon as it is online; the
    // copy when offline. The link's #fragment never reaches here, so every view is served.
    event.respondWith(
      fetch(request).catch(() => caches.match("./", { cacheName: CACHE }).then((r) => r || caches.match("./index.html"))),
    );
    return;
  }
  if (new URL(request.url).pathname.includes("/fonts/")) {
    // A language's font, kept in this build's cache the first time the language is shown.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request).then((r) => {
        if (r.ok) cache.put(request, r.clone());
        return r;
      }))),
    );
    return;
  }
  // Every other file was stored with this build (most carry their content's hash in their name;
  // the languages' texts files do not, but the cache is this build's own): the copy is right.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
