(function () {
  var home = function (lang) {
    return new URL(document.querySelector('link[rel="alternate"][hreflang="' + lang + '"]').href).pathname;
  };
  var indonesian = ['id', 'in', 'jv', 'su', 'ms', 'min', 'ban', 'bug', 'mad', 'bjn', 'ace'];
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split('-')[0];
    if (indonesian.indexOf(code) >= 0) return location.replace(home('id'));
    if (code === 'en') return location.replace(home('en'));
  }
  location.replace(home('en'));
})();
