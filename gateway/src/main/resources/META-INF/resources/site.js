// Progressive enhancement only: every page works without it.
// Stacked tables on phones: each cell gets its column's heading as data-label (site.css shows it above the value).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.stack').forEach(function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (headings[i] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', headings[i]);
        }
      });
    });
  });
});
