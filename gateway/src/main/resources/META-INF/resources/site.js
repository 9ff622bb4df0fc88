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

// The pledge target picker (an <input list> with a <datalist> of projects and working groups, by name): a name
// typed or chosen in full becomes its reference, and the form's kind and name follow the chosen target. Without
// this script the server does the same when the form is sent.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-target-picker]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) {
      return;
    }
    var form = input.form;
    function choose() {
      var typed = input.value.trim().toLowerCase();
      var chosen = null;
      Array.prototype.forEach.call(list.options, function (option) {
        if (!chosen && (option.value === input.value.trim() || option.getAttribute('data-name').toLowerCase() === typed)) {
          chosen = option;
        }
      });
      if (!chosen) {
        return;
      }
      input.value = chosen.value;
      var kind = form && form.elements['target-kind'];
      if (kind) {
        kind.value = chosen.getAttribute('data-kind');
      }
      var name = form && form.elements['target-name'];
      if (name && !name.value) {
        name.value = chosen.getAttribute('data-name');
      }
    }
    input.addEventListener('change', choose);
    if (form) {
      form.addEventListener('submit', choose);
    }
  });
});
