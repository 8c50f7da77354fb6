// Inlined first in the <head> of site pages (allowed by its hash in public/_headers): applies the
// theme the reader chose on this device before anything is painted, so there is no flash.
(function () {
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage can be blocked; the system's scheme applies.
  }
})();
