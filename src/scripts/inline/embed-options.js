// Inlined into the <head> of embed pages (allowed by its hash in dist/_headers, written from
// src/lib/serving/policy.ts): applies the theme and list options before the first paint, and
// marks <html data-js> so the timeline's controls have their place from the start, and marks a
// plain iframe (embed-fill) so the chart fills it. The page is
// light and its list compact unless the URL asks otherwise; only allowlisted values do anything.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var theme = query.get('theme');
  root.setAttribute('data-js', '');
  if (theme === 'dark' || theme === 'auto') {
    if (theme === 'dark') root.setAttribute('data-theme', 'dark');
    else root.removeAttribute('data-theme');
    document.querySelector('meta[name="color-scheme"]').content = theme === 'dark' ? 'dark' : 'light dark';
  }
  // A plain iframe (framed, and no parent that sizes it: pym names the frame, AMP marks the
  // address, our loader's code asks for it) keeps its code's height: the chart fills it.
  if (
    window.parent !== window &&
    !query.get('childId') &&
    location.hash !== '#amp=1' &&
    query.get('sizer') !== 'loader'
  )
    root.classList.add('embed-fill');
  var list = query.get('list');
  if (list === '0') root.classList.add('embed-no-list');
  else if (list === 'full') root.classList.add('embed-list-full');
})();
