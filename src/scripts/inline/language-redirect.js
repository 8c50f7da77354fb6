// Inlined into the <head> of / (its hash is allowed by the CSP in dist/_headers, written from
// src/lib/serving/policy.ts): picks the reader's language and replaces / with that home page.
(function () {
  var indonesian = ['id', 'in', 'jv', 'su', 'ms', 'min', 'ban', 'bug', 'mad', 'bjn', 'ace'];
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split('-')[0];
    if (indonesian.indexOf(code) >= 0) return location.replace('/id/');
    if (code === 'en') return location.replace('/en/');
  }
  location.replace('/en/');
})();
