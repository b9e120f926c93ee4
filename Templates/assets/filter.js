// Filters the all-tasks page by status, unit, section and a search text. Without this script
// the form stays hidden and every task is still listed (on several pages for a long list).
// When the list spans several pages, the form carries data-index: the index of every task is
// loaded (as a script, so that it works from file:// too) only when someone starts filtering.
(function () {
  "use strict";
  var form = document.getElementById("task-filter");
  var list = document.getElementById("task-list");
  var count = document.getElementById("filter-count");
  var empty = document.getElementById("filter-empty");
  var pages = document.getElementById("task-pages");
  if (!form || !list || !count || !empty) return;

  var LIMIT = 200;
  var rows = Array.prototype.slice.call(list.children);
  var totalText = count.textContent;
  var indexSource = form.getAttribute("data-index");
  var records = null;
  var loading = false;
  var results = null;

  // Full-width letters and digits fold to half-width, spaces are ignored, Latin letters fold case.
  function fold(text) {
    return (text.normalize ? text.normalize("NFKC") : text).replace(/\s+/g, "").toLowerCase();
  }
  var field = function (name) { return form.elements.namedItem(name); };
  function criteria() {
    return {
      query: fold(field("q").value), status: field("status").value,
      unit: field("unit").value, section: field("section").value
    };
  }
  function active(c) { return c.query || c.status || c.unit || c.section; }
  function matches(c, status, section, units, text) {
    return (!c.status || status === c.status) && (!c.section || section === c.section) &&
      (!c.unit || (" " + units + " ").indexOf(" " + c.unit + " ") >= 0) &&
      (!c.query || text.indexOf(c.query) >= 0);
  }

  // One page holds every task: show and hide its rows.
  var texts = rows.map(function (row) { return fold(row.textContent); });
  function filterRows(c) {
    var shown = 0;
    rows.forEach(function (row, index) {
      var match = matches(c, row.getAttribute("data-status"), row.getAttribute("data-section"),
        row.getAttribute("data-units"), texts[index]);
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown === rows.length ? totalText :
      "显示 " + shown + " 项任务（共 " + rows.length + " 项）";
    empty.hidden = shown > 0;
  }

  // Several pages: search the index and list the results in place of the page's rows.
  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function filterIndex(c) {
    if (results) { results.remove(); results = null; }
    var filtering = active(c);
    list.hidden = !!filtering;
    if (pages) pages.hidden = !!filtering;
    if (!filtering) { count.textContent = totalText; empty.hidden = true; return; }
    var found = records.filter(function (r) {
      return matches(c, r.s, String(r.c), r.k, r.folded);
    });
    results = element("ul", "task-list");
    found.slice(0, LIMIT).forEach(function (r) {
      var item = element("li", "task-row");
      var title = item.appendChild(element("p", "task-title"));
      var link = title.appendChild(element("a"));
      link.href = r.h;
      link.appendChild(element("span", "task-number", r.n + "."));
      link.appendChild(document.createTextNode(" " + r.t));
      item.appendChild(element("p", "task-meta", "责任单位：" + r.u));
      var status = item.appendChild(element("p", "task-status"));
      var badge = status.appendChild(element("span", "badge badge-" + r.s));
      badge.appendChild(element("span", "badge-text", r.l));
      results.appendChild(item);
    });
    list.parentNode.insertBefore(results, list);
    count.textContent = "找到 " + found.length + " 项任务" +
      (found.length > LIMIT ? "，显示前 " + LIMIT + " 项，请缩小筛选范围" : "");
    empty.hidden = found.length > 0;
  }

  function apply() {
    var c = criteria();
    if (!indexSource) { filterRows(c); return; }
    if (records) { filterIndex(c); return; }
    if (!active(c) || loading) return;
    loading = true;
    count.textContent = "正在载入任务索引…";
    var script = document.createElement("script");
    script.src = indexSource;
    script.onload = function () {
      records = (window.reportSiteTasks || []).map(function (r) {
        r.folded = fold(r.n + r.t + r.u + r.l);
        return r;
      });
      apply();
    };
    script.onerror = function () {
      count.textContent = "任务索引载入失败，请使用下方分页浏览全部任务。";
    };
    document.head.appendChild(script);
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
