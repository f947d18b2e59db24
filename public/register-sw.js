// Registers the service worker that keeps the whole course available offline. A classic script with no
// inline code, so it works under the site's Content-Security-Policy and from any base path.
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  var script = document.currentScript;
  var url = new URL('sw.js', script && script.src ? script.src : location.href);
  window.addEventListener('load', function () {
    navigator.serviceWorker.register(url.href).catch(function () {
      /* Offline support is an extra: the page works without it. */
    });
  });
})();
