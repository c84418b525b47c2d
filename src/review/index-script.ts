/**
 * The index page's inline script (plain browser JavaScript, no modules):
 * filters rows by the form's selects and search box through their data-*
 * attributes, sorts by a clicked column header (data-key of the cells), and
 * keeps the "n reports, m shown" line up to date.
 */
export const SCRIPT = `
(function () {
  var table = document.getElementById('reports');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var form = document.getElementById('filters');
  var summary = document.getElementById('summary');
  var controls = Array.prototype.slice.call(form.querySelectorAll('[data-filter]'));
  function has(list, v) { return (' ' + list + ' ').indexOf(' ' + v + ' ') >= 0; }
  function apply() {
    var f = {};
    controls.forEach(function (c) { f[c.getAttribute('data-filter')] = c.value.trim(); });
    var text = (f.text || '').toLowerCase();
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var d = rows[i].dataset;
      var ok = (!f.region || d.region === f.region) && (!f.year || d.year === f.year) &&
        (!f.rule || has(d.rules, f.rule)) && (!f.severity || has(d.severity, f.severity)) &&
        (!text || d.text.indexOf(text) >= 0);
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    summary.textContent = summary.getAttribute('data-template').replace('{n}', rows.length).replace('{shown}', shown);
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  var heads = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-sort]'));
  heads.forEach(function (th) {
    th.addEventListener('click', function () {
      var col = th.cellIndex;
      var num = th.getAttribute('data-type') === 'num';
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var keyed = rows.map(function (r, i) {
        var k = r.cells[col] ? r.cells[col].getAttribute('data-key') || '' : '';
        return { r: r, i: i, k: num ? (k === '' ? NaN : Number(k)) : k };
      });
      keyed.sort(function (a, b) {
        var c;
        if (num) {
          var an = isNaN(a.k), bn = isNaN(b.k);
          c = an && bn ? 0 : an ? 1 : bn ? -1 : (a.k - b.k) * dir;
        } else {
          c = a.k === b.k ? 0 : a.k === '' ? 1 : b.k === '' ? -1 : a.k.localeCompare(b.k, 'zh-CN') * dir;
        }
        return c || a.i - b.i;
      });
      var frag = document.createDocumentFragment();
      keyed.forEach(function (x) { frag.appendChild(x.r); });
      body.appendChild(frag);
      rows = keyed.map(function (x) { return x.r; });
    });
  });
  apply();
})();
`
