// The offline copy of Frontier Atlas. scripts/post-build.mjs writes this file into dist/ with
// BUILD (a hash of every file of the build), FILES (their names) and FONTS (the Japanese, Chinese
// and Korean fonts) filled in, so each new deploy is a new worker: the browser notices the
// change, installs it beside the old one and switches over, and the old copy is deleted.
//
// Every file but the page itself has its content in its name (Trunk's hashes; the texts by
// their build id, the fonts by their hash), so a page only ever asks for its own build's files,
// and each cache holds one build, fetched past the browser's HTTP cache ("reload"): a host that
// sends max-age or Last-Modified cannot slip an old file into a new copy.
"use strict";
const BUILD = "__BUILD__";
const FILES = __FILES__;
const FONTS = __FONTS__;
const CACHE = "frontier-atlas-" + BUILD;

/** Stores files from the network itself, never from the HTTP cache. */
function store(cache, files) {
  return Promise.all(files.map((f) => {
    const request = new Request(f, { cache: "reload" });
    return fetch(request).then((response) => {
      if (!response.ok) throw new Error(f + ": HTTP " + response.status);
      return cache.put(f, response);
    });
  }));
}

/** The fonts, after install: wanted for every language offline, but not worth delaying the
 * first visit for. A font that cannot be had now is fetched the first time a page asks. */
let fontsStored = null;
function storeFonts() {
  if (!fontsStored) {
    fontsStored = caches.open(CACHE)
      .then((cache) => Promise.all(FONTS.map((f) => cache.match(f).then((hit) => hit || store(cache, [f]).catch(() => {})))));
  }
  return fontsStored;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => store(cache, FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith("frontier-atlas-") && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim())
      .then(() => { storeFonts(); }),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Keep the worker alive while the fonts are still being stored.
  if (FONTS.length) event.waitUntil(storeFonts());
  if (request.mode === "navigate") {
    // The page itself: from the network first (revalidated, so a host's max-age cannot hold
    // back a new deploy), so a new deploy shows as soon as it is online; this build's copy when
    // offline. The link's #fragment never reaches here, so every view is served.
    event.respondWith(
      fetch(request, { cache: "no-cache" })
        .catch(() => caches.match("./", { cacheName: CACHE }).then((r) => r || caches.match("./index.html", { cacheName: CACHE }))),
    );
    return;
  }
  // Every other file: this build's copy, else the network (a file of a newer page, whose
  // worker is on its way), kept if it is one of this build's fonts.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request).then((response) => {
      const path = "./" + new URL(request.url).pathname.split("/").slice(-2).join("/");
      if (response.ok && FONTS.includes(path)) cache.put(path, response.clone());
      return response;
    }))),
  );
});
