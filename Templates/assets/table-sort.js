// Sorts a table marked data-sortable by any column: each column heading becomes a button;
// the first press sorts ascending, the next descending (aria-sort says which). Without this
// script the table stays in its written order.
(function () {
  "use strict";
  function value(cell) {
    var text = (cell ? cell.textContent : "").trim();
    var number = parseFloat(text.replace(/[^\d.+\-−]/g, "").replace("−", "-"));
    return { text: text, number: isNaN(number) ? null : number };
  }
  function compare(a, b) {
    if (a.number !== null || b.number !== null) {
      if (a.number === null) return -1;
      if (b.number === null) return 1;
      if (a.number !== b.number) return a.number - b.number;
    }
    return a.text.localeCompare(b.text, "zh-CN");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    var body = table.tBodies[0];
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headings, function (heading, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      heading.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headings, function (h) { h.setAttribute("aria-sort", "none"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
          return { row: row, index: index, key: value(row.cells[column]) };
        });
        rows.sort(function (a, b) {
          return (ascending ? 1 : -1) * compare(a.key, b.key) || a.index - b.index;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  });
})();
