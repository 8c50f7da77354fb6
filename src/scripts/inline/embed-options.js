// Inlined into the <head> of embed pages (allowed by its hash in dist/_headers, written from
// src/lib/serving/policy.ts): applies the theme and list options before the first paint, and
// marks <html data-js> so the timeline's controls have their place from the start. Only
// allowlisted values do anything.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var theme = query.get('theme');
  root.setAttribute('data-js', '');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (query.get('list') === '0') root.classList.add('embed-no-list');
})();
