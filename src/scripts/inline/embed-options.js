(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var theme = query.get('theme');
  var list = query.get('list');
  root.setAttribute('data-js', '');
  if (theme === 'dark') root.setAttribute('data-theme', 'dark');
  if (theme === 'auto') root.removeAttribute('data-theme');
  if (theme === 'dark' || theme === 'auto')
    document.querySelector('meta[name="color-scheme"]').content = theme === 'dark' ? 'dark' : 'light dark';
  if (parent !== window && !query.get('childId') && location.hash !== '#amp=1' && query.get('sizer') !== 'loader')
    root.classList.add('embed-fill');
  if (list === '0') root.classList.add('embed-no-list');
  if (list === 'full') root.classList.add('embed-list-full');
})();
