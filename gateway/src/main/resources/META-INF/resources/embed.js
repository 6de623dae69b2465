// The find-care page on a brand site. Put where the page should appear:
//   <div data-carenet-find-care data-org="<organization id>" data-lang="es"></div>
//   <script src="https://<gateway>/embed.js" async></script>
// Each such element gets an iframe of the page from the script's own origin, themed by data-org.
// The brand site must be listed in the gateway's frame-ancestors (WEB_FRAME_ANCESTORS).
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : '/', window.location.href).origin;
  var ID = /^[0-9a-fA-F-]{36}$/;
  var frames = [];
  document.querySelectorAll('[data-carenet-find-care]').forEach(function (host) {
    var url = new URL('/', origin);
    if (ID.test(host.dataset.org || '')) {
      url.searchParams.set('org', host.dataset.org);
    }
    if (host.dataset.lang === 'es' || host.dataset.lang === 'en') {
      url.searchParams.set('lang', host.dataset.lang);
    }
    var frame = document.createElement('iframe');
    frame.src = url.toString();
    frame.title = host.dataset.title || 'Find care';
    frame.allow = 'geolocation';
    frame.referrerPolicy = 'no-referrer';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.minHeight = '40rem';
    host.appendChild(frame);
    frames.push(frame);
  });
  // The page reports its height (a number, nothing else) so the frame never scrolls inside itself.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'carenet-find-care-height') {
      return;
    }
    frames.forEach(function (frame) {
      if (frame.contentWindow === event.source && typeof event.data.height === 'number') {
        frame.style.height = Math.min(Math.max(event.data.height, 320), 20000) + 'px';
      }
    });
  });
})();
