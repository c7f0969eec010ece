// Midback's service worker: keeps what a planned session needs so it opens and plays offline.
// Pages and data are fetched from the network first and kept; the stored copy answers when offline.

const CACHE = "midback-v2";
const SHELL = ["/static/app.css", "/static/js/player.js", "/static/js/player/clock.js", "/static/js/player/figure-view.js",
  "/static/js/player/journal-queue.js", "/static/js/player/timeline.js", "/static/js/player/voice.js",
  "/static/js/reminders.js", "/static/icon.svg", "/manifest.webmanifest"];

const KEPT = [
  /^\/play\/[^/]+$/,
  /^\/api\/plans\/[^/]+(\/timeline)?$/,
  /^\/api\/exercises\/[^/]+$/,
  /^\/exercises\/[^/]+\/(figure|motion)\.svg$/,
  /^\/static\//,
  /^\/manifest\.webmanifest$/,
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !KEPT.some((p) => p.test(url.pathname))) {
    return;
  }
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request).then((kept) => kept || Response.error())));
});
