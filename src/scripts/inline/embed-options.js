// Inlined into the <head> of embed pages (allowed by its hash in public/_headers): applies the
// theme and list options before the first paint. The page is light and its list compact unless
// the URL asks otherwise; only allowlisted values do anything.
(function () {
  var query = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = query.get('theme');
  if (theme === 'dark' || theme === 'auto') {
    if (theme === 'dark') root.setAttribute('data-theme', 'dark');
    else root.removeAttribute('data-theme');
    document.querySelector('meta[name="color-scheme"]').content = theme === 'dark' ? 'dark' : 'light dark';
  }
  var list = query.get('list');
  if (list === '0') root.classList.add('embed-no-list');
  else if (list === 'full') root.classList.add('embed-list-full');
})();
