// Inlined into the <head> of embed pages (allowed by its hash in public/_headers): applies the
// theme and list options before the first paint. Only allowlisted values do anything.
(function () {
  var query = new URLSearchParams(location.search);
  var theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  if (query.get('list') === '0') document.documentElement.classList.add('embed-no-list');
})();
