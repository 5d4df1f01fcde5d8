// Applies the reader's layer choices (src/lib/articles/layers.ts) to <html> before first paint: a classic,
// render-blocking file, as the CSP allows no inline script. "layers" says the switches work (shows them).
(function (html, defaults) {
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem('crossread-layers')) || {};
  } catch (error) {}
  for (var id in defaults) {
    var shown = typeof saved[id] === 'boolean' ? saved[id] : defaults[id];
    html.classList.add(id + (shown ? '-on' : '-off'));
  }
  html.classList.add('layers');
})(document.documentElement, { claims: true, names: false, notes: true });
