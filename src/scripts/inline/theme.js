// Inlined first in the <head> of site pages (allowed by its hash in dist/_headers, written from
// src/lib/serving/policy.ts): applies the theme the reader chose on this device before anything
// is painted, so there is no flash. It also marks <html data-js>, and data-storage when a choice
// can be remembered, so the stylesheet gives the controls that need JavaScript (or storage) their
// place before the first paint, instead of the page shifting when its modules arrive.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var theme = localStorage.getItem('theme');
    root.setAttribute('data-storage', '');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage can be blocked; the system's scheme applies and the theme control stays away.
  }
})();
