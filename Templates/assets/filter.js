// Filters the rows of the all-tasks page by status, unit, section and a search text. Without
// this script the form stays hidden and every task is listed.
(function () {
  "use strict";
  var form = document.getElementById("task-filter");
  var list = document.getElementById("task-list");
  var count = document.getElementById("filter-count");
  var empty = document.getElementById("filter-empty");
  if (!form || !list || !count || !empty) return;

  var rows = Array.prototype.slice.call(list.children);
  var total = rows.length;
  // Full-width letters and digits fold to half-width, spaces are ignored, Latin letters fold case.
  function fold(text) {
    return (text.normalize ? text.normalize("NFKC") : text).replace(/\s+/g, "").toLowerCase();
  }
  var texts = rows.map(function (row) { return fold(row.textContent); });
  var field = function (name) { return form.elements.namedItem(name); };

  function apply() {
    var query = fold(field("q").value);
    var status = field("status").value;
    var unit = field("unit").value;
    var section = field("section").value;
    var shown = 0;
    rows.forEach(function (row, index) {
      var units = " " + row.getAttribute("data-units") + " ";
      var match = (!status || row.getAttribute("data-status") === status) &&
        (!section || row.getAttribute("data-section") === section) &&
        (!unit || units.indexOf(" " + unit + " ") >= 0) &&
        (!query || texts[index].indexOf(query) >= 0);
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown === total ?
      "共 " + total + " 项任务" : "显示 " + shown + " 项任务(共 " + total + " 项)";
    empty.hidden = shown > 0;
  }

  var params = new URLSearchParams(window.location.search);
  ["q", "status", "unit", "section"].forEach(function (name) {
    var value = params.get(name);
    if (value !== null) field(name).value = value;
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
