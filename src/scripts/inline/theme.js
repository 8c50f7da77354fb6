(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var theme = localStorage.getItem('theme');
    root.setAttribute('data-storage', '');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {}
})();
