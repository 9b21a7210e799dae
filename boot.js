// Runs before the app: two small jobs that must work even when the WebAssembly does not.
// A file of its own (not inline) so the page's Content-Security-Policy can forbid inline script.
(function () {
  "use strict";

  // 1. If the app cannot load or start (an old browser, its script or WebAssembly missing on the
  //    host), say so instead of leaving "Loading" on screen. Once the app has mounted, #loading is
  //    gone and this stays quiet: from then on the app reports its own failures, panics included.
  //    A stylesheet, icon or image that fails to load is not a failure to start: the map still
  //    works without it, so only scripts count.
  function fail(why) {
    var loading = document.getElementById("loading");
    if (!loading) return;
    loading.remove();
    var headline = document.getElementById("fatal-headline");
    headline.textContent =
      "The map could not start in this browser. Try reloading, or a current version of Firefox, Chrome, Edge or Safari.";
    document.getElementById("fatal-details").textContent = String(why || "");
    document.getElementById("fatal").hidden = false;
    document.getElementById("fatal-reload").onclick = function () { location.reload(); };
    // A file of this page that the site no longer has means a newer version was published
    // after this page was loaded (or cached): the browser is not to blame, a reload is the cure.
    var files = [];
    document.querySelectorAll("script[src], link[rel=modulepreload], link[rel=preload]").forEach(function (el) {
      files.push(el.src || el.href);
    });
    if (!window.fetch || !files.length) return;
    Promise.all(files.map(function (f) {
      return fetch(f, { method: "HEAD", cache: "no-store" }).then(function (r) { return r.status; }, function () { return 0; });
    })).then(function (statuses) {
      if (statuses.some(function (s) { return s === 404 || s === 410; })) {
        headline.textContent =
          "This page is out of date: a newer version of the map has been published since it was loaded. Reload to get it.";
      } else if (statuses.some(function (s) { return s === 0; }) && navigator.onLine === false) {
        headline.textContent =
          "The map's files could not be loaded: this device is offline and has no saved copy of this version. Reload when online.";
      }
    });
  }
  window.addEventListener("error", function (e) {
    var target = e.target;
    if (target && target !== window && target.tagName !== "SCRIPT") return;
    fail(e.message || (target && target.src) || "load error");
  }, true);
  window.addEventListener("unhandledrejection", function (e) { fail(e.reason); });

  // 2. Offline after the first visit: the service worker (sw.js, written by the build with the
  //    list of this build's files) keeps a copy of them. Not on file:// pages, where it cannot run.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    window.addEventListener("load", function () {
      // Asking for an update on every visit finds a new deploy at once: sw.js changes with
      // every build, and the new worker replaces the old copy as soon as it has the new files.
      navigator.serviceWorker.register("./sw.js").then(function (reg) {
        return reg.update();
      }).catch(function (e) {
        console.warn("Frontier Atlas will not work offline here:", e);
      });
    });
  }
})();
