// Generated from Templates/ by `swift scripts/embed-theme.swift`: do not edit.
// swift-format-ignore-file

extension BuiltInTheme {
  /// Every file of Templates/, by path, as text (or as Base64 when it is not UTF-8 text).
  static let embedded: [(path: String, content: EmbeddedFile)] = [
("assets/favicon.svg", .text(
#"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3d7a"/><path d="M8 17l5 5 11-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>

"""#
)),
("assets/filter.js", .text(
#"""
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
      "显示 " + shown + " 项任务(共 " + rows.length + " 项)";
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
      item.appendChild(element("p", "task-meta", "责任单位:" + r.u));
      var status = item.appendChild(element("p", "task-status"));
      var badge = status.appendChild(element("span", "badge badge-" + r.s));
      badge.appendChild(element("span", "badge-text", r.l));
      results.appendChild(item);
    });
    list.parentNode.insertBefore(results, list);
    count.textContent = "找到 " + found.length + " 项任务" +
      (found.length > LIMIT ? ",显示前 " + LIMIT + " 项,请缩小筛选范围" : "");
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
      count.textContent = "任务索引载入失败,请使用下方分页浏览全部任务。";
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

"""#
)),
("assets/print.css", .text(
#"""
/* Printing: the content only, black on white, link targets hidden. */
.skip-link, .site-nav, .filter, .pager, .embed { display: none !important; }
body { font-size: 12pt; color: #000; background: #fff; }
.site-header { background: none; color: #000; border: 0; border-bottom: 2pt solid #000; }
.site-title a { color: #000; }
a { color: #000; text-decoration: none; }
.panel { background: none; border: 1pt solid #999; }
.badge { border: 1pt solid #000; color: #000 !important; background: none !important; }
.task-row, .section-list li { break-inside: avoid; }
.site-footer { background: none; border-top: 1pt solid #000; color: #000; }

"""#
)),
("assets/site.css", .text(
#"""
/* report-site: a calm, readable public page. Every text colour is at least 4.5:1 on its
   background; status colours (shared with the SVG badges) always come with words and an icon. */

:root {
  --text: #1a1a1a;
  --muted: #4a4a4a;
  --link: #0b4ea2;
  --brand: #0b3d7a;
  --accent: #a3201f;
  --line: #d5dbe3;
  --panel: #f5f7fa;
  --focus: #ffbf47;
  --done: #1b6b35;
  --done-bg: #e6f4ea;
  --done-ongoing: #0d6159;
  --done-ongoing-bg: #e0f2ef;
  --in-progress: #1f5fa8;
  --in-progress-bg: #e7f0fa;
  --scheduled: #6b3fa0;
  --scheduled-bg: #f1ebf8;
  --behind: #a33c0c;
  --behind-bg: #fcefe6;
  --not-started: #595959;
  --not-started-bg: #f0f0f0;
}

*, *::before, *::after { box-sizing: border-box; }

[hidden] { display: none !important; }

html {
  font-size: 112.5%; /* 18px */
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  color: var(--text);
  background: #fff;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "Noto Sans SC", system-ui, sans-serif;
  line-height: 1.75;
  overflow-wrap: anywhere;
  word-break: normal;
}

.wrap {
  max-width: 60rem;
  margin: 0 auto;
  padding: 0 1rem;
}

a { color: var(--link); text-decoration: underline; text-underline-offset: 0.2em; }
a:hover { text-decoration-thickness: 2px; }

a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
[tabindex]:focus-visible, summary:focus-visible {
  outline: 3px solid var(--text);
  outline-offset: 2px;
  box-shadow: 0 0 0 6px var(--focus);
}

main:focus { outline: none; }

.visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  margin: -1px; padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.skip-link {
  position: absolute;
  left: 1rem; top: -10rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: #fff;
  color: var(--link);
  font-weight: 700;
}
.skip-link:focus { top: 0.5rem; }

/* Header and navigation */
.site-header {
  background: var(--brand);
  color: #fff;
  border-top: 6px solid var(--accent);
}
.site-brand { padding-top: 0.75rem; padding-bottom: 0.5rem; }
.site-publisher { margin: 0; font-size: 0.9rem; letter-spacing: 0.05em; }
.site-title { margin: 0.1rem 0 0; font-size: 1.3rem; font-weight: 700; line-height: 1.4; }
.site-title a { color: #fff; text-decoration: none; }
.site-title a:hover { text-decoration: underline; }
.site-header a:focus-visible { outline-color: #fff; }

.site-nav { background: #082e5d; }
.site-nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0 0.25rem;
  list-style: none;
  margin: 0 auto;
  padding-top: 0; padding-bottom: 0;
}
.site-nav a {
  display: block;
  padding: 0.6rem 0.75rem;
  color: #fff;
  text-decoration: none;
  border-bottom: 4px solid transparent;
}
.site-nav a:hover { text-decoration: underline; }
.site-nav a[aria-current="page"] { border-bottom-color: #fff; font-weight: 700; }
@media (max-width: 40rem) {
  .site-nav ul { display: grid; grid-template-columns: repeat(4, 1fr); padding: 0 0.25rem; }
  .site-nav a { padding: 0.6rem 0.15rem; text-align: center; }
}
@media (min-width: 40.01rem) {
  .site-nav li:first-child a { padding-left: 0; }
}

main { display: block; padding-top: 1rem; padding-bottom: 2.5rem; }

h1, h2, h3 { line-height: 1.4; color: #111; }
h1 { font-size: 1.6rem; margin: 0.75rem 0 0.75rem; }
h2 {
  font-size: 1.25rem;
  margin: 2rem 0 0.75rem;
  padding-left: 0.6rem;
  border-left: 5px solid var(--brand);
}
.page-lead { color: var(--muted); margin-top: 0; }
.sep { color: var(--muted); }

.panel {
  background: var(--panel);
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 0.25rem 1rem 1rem;
  margin-top: 1.5rem;
}
.panel h2 { margin-top: 1rem; }

/* Breadcrumbs */
.breadcrumbs { padding-top: 0.5rem; }
.breadcrumbs ol {
  list-style: none;
  margin: 0; padding: 0;
  font-size: 0.9rem;
  color: var(--muted);
}
.breadcrumbs li { display: inline; }
.breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem; color: var(--muted); }

/* Disclosure metadata */
.meta-list {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  gap: 0.25rem 1.5rem;
  margin: 0;
}
.meta-list div {
  display: flex;
  gap: 0.75rem;
  border-bottom: 1px dashed var(--line);
  padding: 0.35rem 0;
}
.meta-list dt { flex: 0 0 5em; color: var(--muted); }
.meta-list dd { margin: 0; font-weight: 600; }

/* Progress */
.progress-total { font-size: 1.05rem; }
.bar {
  -webkit-appearance: none;
  appearance: none;
  display: block;
  width: 100%;
  height: 0.9rem;
  border: 1px solid #8a94a3;
  border-radius: 3px;
  background: #fff;
  color: var(--done);
}
.bar::-webkit-progress-bar { background: #fff; border-radius: 3px; }
.bar::-webkit-progress-value { background: currentColor; border-radius: 2px; }
.bar::-moz-progress-bar { background: currentColor; border-radius: 2px; }
.bar-done-ongoing { color: var(--done-ongoing); }
.bar-in-progress { color: var(--in-progress); }
.bar-scheduled { color: var(--scheduled); }
.bar-behind { color: var(--behind); }
.bar-not-started { color: var(--not-started); }

.progress-table, .data-table {
  width: 100%;
  border-collapse: collapse;
  margin-top: 1rem;
}
.progress-table caption, .data-table caption {
  text-align: left;
  font-weight: 700;
  padding-bottom: 0.4rem;
}
.progress-table th, .progress-table td, .data-table th, .data-table td {
  text-align: left;
  vertical-align: middle;
  padding: 0.5rem 0.4rem;
  border-bottom: 1px solid var(--line);
}
.progress-table thead th, .data-table thead th {
  font-size: 0.9rem;
  color: var(--muted);
  border-bottom: 2px solid #8a94a3;
}
.progress-table tbody th a { text-decoration: none; }
.progress-table tbody th a:hover .badge-text { text-decoration: underline; }
.num { white-space: nowrap; }
.share { width: 30%; }
.share .bar { height: 0.6rem; margin-top: 0.2rem; }
.data-table tbody th { font-weight: 400; }
.data-table thead th { white-space: nowrap; }
.table-wrap { overflow-x: auto; }

/* Status badges: words, an icon shape and a colour */
.badge {
  display: inline-flex;
  align-items: center;
  gap: 0.3em;
  padding: 0.05em 0.55em;
  border: 1px solid currentColor;
  border-radius: 999px;
  font-size: 0.9rem;
  font-weight: 600;
  line-height: 1.6;
  white-space: nowrap;
}
.badge-icon { flex: none; width: 1em; height: 1em; }
.badge-done { color: var(--done); background: var(--done-bg); }
.badge-done-ongoing { color: var(--done-ongoing); background: var(--done-ongoing-bg); }
.badge-in-progress { color: var(--in-progress); background: var(--in-progress-bg); }
.badge-scheduled { color: var(--scheduled); background: var(--scheduled-bg); }
.badge-behind { color: var(--behind); background: var(--behind-bg); }
.badge-not-started { color: var(--not-started); background: var(--not-started-bg); }
.written { display: block; margin-top: 0.25rem; color: var(--muted); font-size: 0.9rem; }

/* Section list on the home page */
.section-list, .link-list, .task-list, .unit-links, .pager ul {
  list-style: none;
  margin: 0;
  padding: 0;
}
.section-list li { padding: 0.75rem 0; border-bottom: 1px solid var(--line); }
.section-link { font-weight: 700; font-size: 1.05rem; }
.section-stats { margin: 0.2rem 0 0.35rem; color: var(--muted); font-size: 0.95rem; }
.link-list li { padding: 0.35rem 0; }
.link-list a::before { content: "›"; display: inline-block; width: 1em; text-decoration: none; }

/* Task rows */
.task-row {
  padding: 0.85rem 0;
  border-bottom: 1px solid var(--line);
}
.task-row p { margin: 0; }
.task-title a { color: var(--text); text-decoration-color: #9aa5b4; }
.task-title a:hover { color: var(--link); }
.task-number { font-weight: 700; color: var(--brand); }
.task-meta { color: var(--muted); font-size: 0.95rem; margin-top: 0.2rem !important; }
.task-status { margin-top: 0.35rem !important; }
.lead { font-weight: 600; color: var(--text); }
.lead-mark { font-weight: 400; color: var(--muted); font-size: 0.9em; }
.empty { color: var(--muted); }

/* Task page */
.task-detail h1 .task-number { display: block; font-size: 1rem; color: var(--muted); font-weight: 600; }
.facts { margin: 1rem 0; border-top: 1px solid var(--line); }
.facts div {
  display: grid;
  grid-template-columns: 6em 1fr;
  gap: 0.75rem;
  padding: 0.6rem 0;
  border-bottom: 1px solid var(--line);
}
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.unit-links { display: flex; flex-wrap: wrap; }
.unit-links li + li::before { content: "、"; }
.prose { font-size: 1.05rem; }
.prose p { margin: 0 0 1em; text-align: justify; }
.prose table { display: block; overflow-x: auto; border-collapse: collapse; margin: 1em 0; }
.prose th, .prose td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; }
.prose img { max-width: 100%; height: auto; }
.prose pre { overflow-x: auto; }
.embed { color: var(--muted); font-size: 0.9rem; }

/* Previous / next */
.pager { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.pager ul { display: grid; gap: 0.75rem; }
.pager a { display: block; padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; }
.pager a:hover { border-color: var(--link); text-decoration: underline; }
.pager-dir { display: block; font-size: 0.85rem; color: var(--muted); }
@media (min-width: 40rem) {
  .pager ul { grid-template-columns: 1fr 1fr; }
  .pager-next { grid-column: 2; text-align: right; }
}

/* Filter */
.filter { display: grid; gap: 0.75rem; padding-bottom: 1rem; }
.filter-title { margin-bottom: 0; }
.field label { display: block; font-weight: 600; margin-bottom: 0.2rem; }
.field input, .field select, .filter button {
  width: 100%;
  min-height: 2.75rem;
  font: inherit;
  color: var(--text);
  background: #fff;
  border: 1px solid #6b7480;
  border-radius: 4px;
  padding: 0.3rem 0.6rem;
}
.filter button { width: auto; padding: 0.3rem 1.25rem; cursor: pointer; }
.filter-count { font-weight: 600; margin-top: 1rem; }
@media (min-width: 48rem) {
  .filter { grid-template-columns: 2fr 1fr 1fr 1fr; align-items: end; }
  .filter-title, .filter-actions { grid-column: 1 / -1; }
}

/* Footer */
.site-footer {
  background: var(--panel);
  border-top: 3px solid var(--brand);
  color: var(--muted);
  font-size: 0.9rem;
  padding: 1rem 0;
}
.site-footer p { margin: 0.25rem 0; }

@media (max-width: 30rem) {
  h1 { font-size: 1.4rem; }
  .progress-table th, .progress-table td, .data-table th, .data-table td { padding: 0.45rem 0.2rem; }
  .share { width: 26%; }
}

/* Rounds: archive notice, trends, history, changes, overdue */
.archive-notice {
  margin: 1rem 0;
  padding: 0.75rem 1rem;
  border: 2px solid var(--behind);
  background: var(--behind-bg);
  color: var(--text);
}
.archive-notice p { margin: 0; }
.notice { padding: 0.5rem 0.75rem; background: var(--panel); border-left: 4px solid var(--brand); }
.badge-overdue { color: #fff; background: var(--accent); }
.panel-alert { border-color: var(--accent); }
.deadline-source { display: block; color: var(--muted); font-size: 0.9em; }
.trend { margin: 1.25rem 0; }
.trend figcaption { font-weight: 700; margin-bottom: 0.5rem; }
.trend-chart { display: block; width: 100%; height: auto; }
.trend-axis { stroke: var(--muted); stroke-width: 1; }
.trend-bar { fill: var(--done); }
.trend-value { fill: var(--text); font-size: 13px; }
.trend-label { fill: var(--muted); font-size: 11px; }
.trend-table { margin-top: 0.5rem; border-collapse: collapse; }
.trend-table th, .trend-table td { padding: 0.25rem 0.75rem 0.25rem 0; text-align: left; }
.history { list-style: none; padding: 0; }
.history-entry { border-top: 1px solid var(--line); padding: 0.75rem 0; }
.history-date { font-size: 1.05rem; margin: 0 0 0.25rem; }
.current-mark { font-weight: 400; color: var(--muted); margin-left: 0.25rem; }
.history-narrative summary { cursor: pointer; color: var(--link); }
.change-list, .round-list { list-style: none; padding: 0; }
.change-item, .round-item { border-top: 1px solid var(--line); padding: 0.75rem 0; }
.change-when { color: var(--muted); margin-right: 0.25rem; }
.round-date { font-size: 1.15rem; margin: 0 0 0.25rem; }
.group-note { color: var(--muted); }

/* Pages of long lists */
.pagination { margin: 1.5rem 0; }
.pagination-label { color: var(--muted); margin: 0 0 0.5rem; }
.pagination ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.pagination a, .pagination span {
  display: inline-block;
  min-width: 2.75rem;
  padding: 0.5rem 0.75rem;
  text-align: center;
  border: 1px solid var(--line);
  border-radius: 4px;
}
.pagination span[aria-current="page"] { background: var(--brand); color: #fff; border-color: var(--brand); }

"""#
)),
("badge-svg.mustache", .text(
#"""
<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="20" viewBox="0 0 {{width}} 20" role="img" aria-label="{{label}}:{{message}}">
  <title>{{title}}</title>
  <clipPath id="round"><rect width="{{width}}" height="20" rx="3"/></clipPath>
  <g clip-path="url(#round)">
    <rect width="{{labelWidth}}" height="20" fill="#555555"/>
    <rect x="{{labelWidth}}" width="{{messageWidth}}" height="20" fill="{{color}}"/>
  </g>
  <g fill="#ffffff" text-anchor="middle" font-family="'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif" font-size="11">
    <text x="{{labelCenter}}" y="14">{{label}}</text>
    <text x="{{messageCenter}}" y="14">{{message}}</text>
  </g>
</svg>

"""#
)),
("badge.mustache", .text(
#"""
<span class="badge badge-{{category}}"><svg class="badge-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">{{#iconCheck}}<path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.4"/>{{/iconCheck}}{{#iconCheckCircle}}<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.3 8.3l2.6 2.6 4.9-5.2" fill="none" stroke="#fff" stroke-width="2"/>{{/iconCheckCircle}}{{#iconHalf}}<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" fill="currentColor"/>{{/iconHalf}}{{#iconClock}}<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M8 4v4.5l3 1.8" fill="none" stroke="currentColor" stroke-width="1.8"/>{{/iconClock}}{{#iconAlert}}<path d="M8 1.5l7 13H1z" fill="currentColor"/><path d="M8 6v4.2M8 11.6v1.4" stroke="#fff" stroke-width="1.8"/>{{/iconAlert}}{{#iconEmpty}}<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2"/>{{/iconEmpty}}</svg><span class="badge-text">{{label}}</span></span>

"""#
)),
("breadcrumbs.mustache", .text(
#"""
<nav class="breadcrumbs" aria-label="当前位置">
  <ol>
    {{#breadcrumbs}}
    <li>{{#href}}<a href="{{href}}">{{label}}</a>{{/href}}{{^href}}<span aria-current="page">{{label}}</span>{{/href}}</li>
    {{/breadcrumbs}}
  </ol>
</nav>

"""#
)),
("changes.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>{{heading}}</h1>
<p class="page-lead">{{summary}}</p>

{{#groups}}
<section aria-labelledby="h-{{id}}">
  <h2 id="h-{{id}}">{{heading}}({{count}} 项)</h2>
  <p class="group-note">{{note}}</p>
  <ul class="change-list">
    {{#items}}
    <li class="change-item">
      <p class="task-title"><a href="{{href}}"><span class="task-number">{{number}}.</span> {{text}}</a></p>
      <p class="change-status">{{#before}}<span class="change-when">{{earlierDate}}:</span>{{>badge}}{{/before}}{{#before}}{{#after}}<span class="arrow" aria-hidden="true"> → </span>{{/after}}{{/before}}{{#after}}<span class="change-when">{{laterDate}}:</span>{{>badge}}{{/after}}</p>
    </li>
    {{/items}}
  </ul>
</section>
{{/groups}}

{{#hasPairs}}
<section aria-labelledby="h-pairs">
  <h2 id="h-pairs">各轮之间的变化</h2>
  <ul class="link-list">
    {{#earlierPairs}}
    <li><a href="{{href}}">{{label}}</a></li>
    {{/earlierPairs}}
  </ul>
</section>
{{/hasPairs}}
{{/main}}
{{/layout}}

"""#
)),
("feed.mustache", .text(
#"""
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>{{id}}</id>
  <title>{{title}}</title>
  <updated>{{updated}}</updated>
  <author><name>{{author}}</name></author>
  <link rel="alternate" type="text/html" href="{{homeHref}}"/>
  {{#selfURL}}
  <link rel="self" type="application/atom+xml" href="{{selfURL}}"/>
  {{/selfURL}}
  {{#entries}}
  <entry>
    <id>{{id}}</id>
    <title>{{title}}</title>
    <updated>{{updated}}</updated>
    <link rel="alternate" type="text/html" href="{{href}}"/>
    <summary>{{summary}}</summary>
  </entry>
  {{/entries}}
</feed>

"""#
)),
("filter-index.mustache", .text(
#"""
window.reportSiteTasks = {{{json}}};

"""#
)),
("history.mustache", .text(
#"""
{{! A task's result in every round, newest first, with the change of status marked. }}
<section aria-labelledby="h-history">
  <h2 id="h-history">历次督查情况</h2>
  <ol class="history">
    {{#history}}
    <li class="history-entry">
      <h3 class="history-date">{{date}}{{#isCurrent}}<span class="current-mark">(本轮)</span>{{/isCurrent}}</h3>
      <p class="history-status">{{#previous}}<span class="visually-hidden">进度由</span>{{>badge}}<span class="arrow" aria-hidden="true"> → </span><span class="visually-hidden">变为</span>{{/previous}}{{#badge}}{{>badge}}{{/badge}}</p>
      {{#narrativeHTML}}
      <details class="history-narrative">
        <summary>当轮落实情况</summary>
        <div class="prose">{{{narrativeHTML}}}</div>
      </details>
      {{/narrativeHTML}}
      {{#archiveHref}}<p class="history-link"><a href="{{archiveHref}}">查看当轮存档页面</a></p>{{/archiveHref}}
    </li>
    {{/history}}
  </ol>
</section>

"""#
)),
("home.mustache", .text(
#"""
{{<layout}}
{{$main}}
<h1>{{heading}}</h1>
<p class="page-lead">{{publisher}}{{#date}}<span class="sep" aria-hidden="true"> · </span>{{date}}{{/date}}</p>

<section class="panel" aria-labelledby="h-meta">
  <h2 id="h-meta">信息公开</h2>
  <dl class="meta-list">
    {{#metadata}}
    <div><dt>{{key}}</dt><dd>{{^isEmpty}}{{value}}{{/isEmpty}}{{#isEmpty}}<span aria-hidden="true">—</span><span class="visually-hidden">无</span>{{/isEmpty}}</dd></div>
    {{/metadata}}
  </dl>
</section>

{{#introHTML}}
<section aria-labelledby="h-intro">
  <h2 id="h-intro">说明</h2>
  <div class="prose">{{{introHTML}}}</div>
</section>
{{/introHTML}}

<section aria-labelledby="h-progress">
  <h2 id="h-progress">总体进度</h2>
  {{#progress}}{{>progress}}{{/progress}}
</section>

{{#trend}}{{>trend}}{{/trend}}

{{#hasOverdue}}
<section class="panel panel-alert" aria-labelledby="h-overdue">
  <h2 id="h-overdue">已过完成期限、尚未完成的任务</h2>
  <p>以下任务的完成期限已过,本轮督查时仍未完成。期限来自任务设定或进度表述中的计划(如“计划年底前完成”)。</p>
  <ul class="task-list">
    {{#overdue}}
    {{>task-row}}
    {{/overdue}}
  </ul>
</section>
{{/hasOverdue}}

{{#roundsHref}}
<section aria-labelledby="h-rounds">
  <h2 id="h-rounds">历次督查与变化</h2>
  <ul class="link-list">
    {{#latestChanges}}<li><a href="{{href}}">{{label}}</a></li>{{/latestChanges}}
    <li><a href="{{roundsHref}}">历次督查结果({{roundCount}} 轮)</a></li>
  </ul>
</section>
{{/roundsHref}}

<section aria-labelledby="h-sections">
  <h2 id="h-sections">各部分进度</h2>
  <ul class="section-list">
    {{#sections}}
    <li>
      <a class="section-link" href="{{href}}">{{numeral}}、{{title}}</a>
      <p class="section-stats">共 {{total}} 项,已完成 {{done}} 项,完成率 {{donePercent}}</p>
      {{#hasTasks}}<progress class="bar bar-done" max="{{total}}" value="{{done}}" aria-hidden="true"></progress>{{/hasTasks}}
    </li>
    {{/sections}}
  </ul>
</section>

<section aria-labelledby="h-more">
  <h2 id="h-more">查看与下载</h2>
  <ul class="link-list">
    <li><a href="tasks/index.html">全部 {{taskCount}} 项任务(可筛选)</a></li>
    <li><a href="units/index.html">按责任单位查看({{unitCount}} 个单位)</a></li>
    <li><a href="status/index.html">按进度分类查看</a></li>
    {{#chrome}}
    <li><a href="{{assetRoot}}tasks.csv">下载表格 tasks.csv</a></li>
    <li><a href="{{assetRoot}}data.json">开放数据 data.json</a></li>
    <li><a href="{{assetRoot}}feed.xml">订阅更新 feed.xml(Atom)</a></li>
    {{/chrome}}
  </ul>
</section>
{{/main}}
{{/layout}}

"""#
)),
("layout.mustache", .text(
#"""
{{! The shell of every page. Pages fill the blocks "head" and "main". }}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{{#chrome}}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{documentTitle}}</title>
<meta name="generator" content="report-site">
{{#canonicalURL}}
<link rel="canonical" href="{{canonicalURL}}">
{{/canonicalURL}}
<link rel="stylesheet" href="{{assetRoot}}assets/site.css">
<link rel="stylesheet" href="{{assetRoot}}assets/print.css" media="print">
<link rel="icon" href="{{assetRoot}}assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="督查结果更新" href="{{assetRoot}}feed.xml">
{{/chrome}}
{{$head}}{{/head}}
</head>
<body>
{{#chrome}}
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="wrap site-brand">
    <p class="site-publisher">{{publisher}}</p>
    <p class="site-title"><a href="{{root}}index.html">{{siteTitle}}</a></p>
  </div>
  <nav class="site-nav" aria-label="主导航">
    <ul class="wrap">
      {{#nav}}
      <li><a href="{{href}}"{{#isCurrent}} aria-current="page"{{/isCurrent}}>{{label}}</a></li>
      {{/nav}}
    </ul>
  </nav>
</header>
{{/chrome}}
<main id="main" class="wrap" tabindex="-1">
{{#chrome}}{{#archive}}
<div class="archive-notice" role="note">
  <p>这是 {{date}} 督查结果的存档页面,反映当时的情况,不是最新进度。<a href="{{latestHref}}">查看最新({{latestDate}})督查结果</a></p>
</div>
{{/archive}}{{/chrome}}
{{$main}}{{/main}}
</main>
{{#chrome}}
<footer class="site-footer">
  <div class="wrap">
    <p>发布机构:{{publisher}}{{#date}}<span class="sep" aria-hidden="true"> · </span><span>数据截至 {{date}}</span>{{/date}}</p>
    {{#identity}}
    <p class="site-identity">{{#items}}{{#separated}}<span class="sep" aria-hidden="true"> · </span>{{/separated}}<span>{{label}}:{{value}}</span>{{/items}}</p>
    {{/identity}}
    <p>开放数据:<a href="{{assetRoot}}data.json">data.json(JSON)</a><span class="sep" aria-hidden="true"> · </span><a href="{{assetRoot}}tasks.csv">tasks.csv(表格)</a><span class="sep" aria-hidden="true"> · </span><a href="{{assetRoot}}feed.xml">订阅更新(Atom)</a><span class="sep" aria-hidden="true"> · </span><a href="{{assetRoot}}rounds/index.html">历次督查</a></p>
  </div>
</footer>
{{/chrome}}
</body>
</html>

"""#
)),
("not-found.mustache", .text(
#"""
{{<layout}}
{{$main}}
<h1>页面未找到</h1>
<p class="page-lead">您要访问的页面不存在,可能已被移动或删除。</p>
<ul class="link-list">
  <li><a href="{{chrome.root}}index.html">返回首页</a></li>
  <li><a href="{{chrome.root}}tasks/index.html">查看全部任务</a></li>
  <li><a href="{{chrome.root}}units/index.html">按责任单位查看</a></li>
</ul>
{{/main}}
{{/layout}}

"""#
)),
("pagination.mustache", .text(
#"""
<nav class="pagination" aria-label="分页">
  <p class="pagination-label">{{label}}</p>
  <ul>
    {{#previous}}<li><a href="{{href}}" rel="prev">{{label}}</a></li>{{/previous}}
    {{#pages}}
    <li>{{#isCurrent}}<span aria-current="page">{{number}}</span>{{/isCurrent}}{{^isCurrent}}<a href="{{href}}">{{number}}</a>{{/isCurrent}}</li>
    {{/pages}}
    {{#next}}<li><a href="{{href}}" rel="next">{{label}}</a></li>{{/next}}
  </ul>
</nav>

"""#
)),
("progress.mustache", .text(
#"""
<div class="progress-summary">
  <p class="progress-total">共 <strong>{{total}}</strong> 项任务,已完成 <strong>{{done}}</strong> 项,完成率 <strong>{{donePercent}}</strong>。</p>
  {{#hasTasks}}
  <progress class="bar bar-done" max="{{total}}" value="{{done}}" aria-hidden="true"></progress>
  {{/hasTasks}}
  <table class="progress-table">
    <caption>{{caption}}</caption>
    <thead>
      <tr><th scope="col">进度</th><th scope="col">任务数</th><th scope="col">占比</th></tr>
    </thead>
    <tbody>
      {{#items}}
      <tr>
        <th scope="row"><a href="{{href}}">{{#badge}}{{>badge}}{{/badge}}</a></th>
        <td class="num">{{count}} 项</td>
        <td class="share"><span class="share-text">{{percent}}</span>{{#hasTasks}}<progress class="bar bar-{{badge.category}}" max="{{total}}" value="{{count}}" aria-hidden="true"></progress>{{/hasTasks}}</td>
      </tr>
      {{/items}}
    </tbody>
  </table>
</div>

"""#
)),
("redirect.mustache", .text(
#"""
{{! A unit's former address (site.yml's formerSlugs): sends the reader on to its page. }}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{name}} - 页面已迁移</title>
<meta http-equiv="refresh" content="0; url={{href}}">
<link rel="canonical" href="{{canonicalURL}}">
<meta name="robots" content="noindex">
</head>
<body>
<main>
<h1>页面已迁移</h1>
<p>{{name}}的页面已迁移到新地址:<a href="{{href}}">{{name}}</a>。</p>
</main>
</body>
</html>

"""#
)),
("rounds.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>{{heading}}</h1>
<p class="page-lead">每轮督查的结果都保留为存档页面,以当时发布的样子呈现。</p>

{{#trend}}{{>trend}}{{/trend}}

<ul class="round-list">
  {{#rounds}}
  <li class="round-item">
    <h2 class="round-date"><a href="{{href}}">{{date}} 督查结果</a>{{#isLatest}}<span class="current-mark">(最新)</span>{{/isLatest}}</h2>
    <p>共 {{total}} 项任务,已完成 {{done}} 项,完成率 {{donePercent}}。</p>
    {{#changes}}<p><a href="{{href}}">{{label}}</a></p>{{/changes}}
  </li>
  {{/rounds}}
</ul>
{{/main}}
{{/layout}}

"""#
)),
("section.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>{{heading}}</h1>

<section class="panel" aria-labelledby="h-progress">
  <h2 id="h-progress">本部分进度</h2>
  {{#progress}}{{>progress}}{{/progress}}
  {{#trend}}{{>trend}}{{/trend}}
</section>

{{#groups}}
<section aria-labelledby="{{id}}">
  {{#heading}}<h2 id="{{id}}">{{heading}}</h2>{{/heading}}{{^heading}}<h2 id="{{id}}">任务清单</h2>{{/heading}}
  <ul class="task-list">
    {{#tasks}}
    {{>task-row}}
    {{/tasks}}
  </ul>
</section>
{{/groups}}
{{#pagination}}{{>pagination}}{{/pagination}}

<nav class="pager" aria-label="上一部分和下一部分">
  <ul>
    {{#previous}}<li class="pager-prev"><a href="{{href}}" rel="prev"><span class="pager-dir">上一部分</span>{{label}}</a></li>{{/previous}}
    {{#next}}<li class="pager-next"><a href="{{href}}" rel="next"><span class="pager-dir">下一部分</span>{{label}}</a></li>{{/next}}
  </ul>
</nav>
{{/main}}
{{/layout}}

"""#
)),
("sitemap.mustache", .text(
#"""
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{#urls}}
  <url><loc>{{.}}</loc></url>
{{/urls}}
</urlset>

"""#
)),
("status-index.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>进度分类</h1>
<p class="page-lead">任务按落实进度分为以下几类。点击进度名称查看该类全部任务。</p>
{{#progress}}{{>progress}}{{/progress}}
{{/main}}
{{/layout}}

"""#
)),
("status.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>{{heading}}</h1>
<p class="page-lead">{{#badge}}{{>badge}}{{/badge}} 共 <strong>{{count}}</strong> 项任务,占全部任务的 {{percent}}。</p>
<ul class="task-list">
  {{#tasks}}
  {{>task-row}}
  {{/tasks}}
</ul>
{{^tasks}}<p class="empty">目前没有处于此进度的任务。</p>{{/tasks}}
{{#pagination}}{{>pagination}}{{/pagination}}
{{/main}}
{{/layout}}

"""#
)),
("task-row.mustache", .text(
#"""
<li class="task-row" data-status="{{filterStatus}}" data-section="{{filterSection}}" data-units="{{filterUnits}}">
  <p class="task-title"><a href="{{href}}"><span class="task-number">{{number}}.</span> {{text}}</a></p>
  <p class="task-meta"><span class="meta-label">责任单位:</span>{{#lead}}<span class="lead">{{lead}}<span class="lead-mark">(牵头)</span></span>{{/lead}}{{#partners}}、{{partners}}{{/partners}}</p>
  <p class="task-status"><span class="visually-hidden">进度:</span>{{#badge}}{{>badge}}{{/badge}}{{#overdue}} <span class="badge badge-overdue"><span class="badge-text">已逾期</span></span>{{/overdue}}</p>
</li>

"""#
)),
("task.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<article class="task-detail">
  <h1><span class="task-number">第 {{number}} 项</span>{{text}}</h1>
  {{#latestHref}}<p class="notice"><a href="{{latestHref}}">查看本项任务的最新进度和历次督查情况</a></p>{{/latestHref}}
  {{#textChange}}<p class="notice">本项任务的表述与 {{date}} 督查时不同,当时为:“{{text}}”</p>{{/textChange}}
  <dl class="facts">
    <div>
      <dt>进度</dt>
      <dd>{{#badge}}{{>badge}}{{#written}}<span class="written">原文:{{written}}</span>{{/written}}{{/badge}}</dd>
    </div>
    <div>
      <dt>责任单位</dt>
      <dd>
        <ul class="unit-links">
          {{#units}}
          <li><a href="{{href}}">{{name}}</a>{{#isLead}}<span class="lead-mark">(牵头)</span>{{/isLead}}</li>
          {{/units}}
        </ul>
      </dd>
    </div>
    {{#deadline}}
    <div>
      <dt>完成期限</dt>
      <dd>{{due}}{{#overdue}} <span class="badge badge-overdue"><span class="badge-text">已逾期</span></span>{{/overdue}}<span class="deadline-source">({{source}})</span></dd>
    </div>
    {{/deadline}}
    {{#section}}
    <div>
      <dt>所属部分</dt>
      <dd><a href="{{href}}">{{label}}</a></dd>
    </div>
    {{/section}}
  </dl>
  <section aria-labelledby="h-narrative">
    <h2 id="h-narrative">贯彻落实情况</h2>
    <div class="prose">
{{{narrativeHTML}}}
    </div>
  </section>
  {{#hasHistory}}{{>history}}{{/hasHistory}}
  {{#badgeHref}}<p class="embed">进度徽章(SVG 图片,可供其他网站引用):<a href="{{badgeHref}}">badges/{{number}}.svg</a></p>{{/badgeHref}}
</article>

<nav class="pager" aria-label="上一项和下一项任务">
  <ul>
    {{#previous}}<li class="pager-prev"><a href="{{href}}" rel="prev"><span class="pager-dir">上一项</span>{{label}}</a></li>{{/previous}}
    {{#next}}<li class="pager-next"><a href="{{href}}" rel="next"><span class="pager-dir">下一项</span>{{label}}</a></li>{{/next}}
  </ul>
</nav>
{{/main}}
{{/layout}}

"""#
)),
("tasks-index.mustache", .text(
#"""
{{<layout}}
{{$head}}
<script src="{{chrome.assetRoot}}assets/filter.js" defer></script>
{{/head}}
{{$main}}
{{>breadcrumbs}}
<h1>全部任务</h1>
<form class="filter panel" id="task-filter" action="index.html" method="get"{{#indexHref}} data-index="{{indexHref}}"{{/indexHref}} hidden>
  <h2 class="filter-title">筛选任务</h2>
  <div class="field">
    <label for="filter-q">关键词</label>
    <input id="filter-q" name="q" type="search" autocomplete="off" placeholder="输入任务内容、单位等">
  </div>
  <div class="field">
    <label for="filter-status">进度</label>
    <select id="filter-status" name="status">
      <option value="">全部进度</option>
      {{#statuses}}
      <option value="{{value}}">{{label}}</option>
      {{/statuses}}
    </select>
  </div>
  <div class="field">
    <label for="filter-unit">责任单位</label>
    <select id="filter-unit" name="unit">
      <option value="">全部单位</option>
      {{#units}}
      <option value="{{value}}">{{label}}</option>
      {{/units}}
    </select>
  </div>
  <div class="field">
    <label for="filter-section">所属部分</label>
    <select id="filter-section" name="section">
      <option value="">全部部分</option>
      {{#sections}}
      <option value="{{value}}">{{label}}</option>
      {{/sections}}
    </select>
  </div>
  <div class="filter-actions">
    <button type="reset">清除筛选</button>
  </div>
</form>
<p class="filter-count" id="filter-count" role="status">共 {{total}} 项任务</p>
<ul class="task-list" id="task-list">
  {{#tasks}}
  {{>task-row}}
  {{/tasks}}
</ul>
<p class="empty" id="filter-empty" hidden>没有符合条件的任务,请调整筛选条件。</p>
<div id="task-pages">
{{#pagination}}{{>pagination}}{{/pagination}}
</div>
{{/main}}
{{/layout}}

"""#
)),
("trend.mustache", .text(
#"""
{{! Completion per round: a bar chart for the eye, the same numbers in a table for everyone. }}
<figure class="trend">
  <figcaption id="{{id}}-caption">{{caption}}</figcaption>
  <svg class="trend-chart" viewBox="0 0 {{width}} {{height}}" style="max-width: {{width}}px" aria-hidden="true" focusable="false">
    <line class="trend-axis" x1="0" y1="{{baseline}}" x2="{{width}}" y2="{{baseline}}"/>
    {{#bars}}
    <rect class="trend-bar" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"/>
    <text class="trend-value" x="{{labelX}}" y="{{valueY}}" text-anchor="middle">{{percent}}</text>
    <text class="trend-label" x="{{labelX}}" y="{{labelY}}" text-anchor="middle">{{label}}</text>
    {{/bars}}
  </svg>
  <table class="trend-table" aria-labelledby="{{id}}-caption">
    <thead><tr><th scope="col">督查日期</th><th scope="col">已完成/任务数</th><th scope="col">完成率</th></tr></thead>
    <tbody>
      {{#bars}}
      <tr><th scope="row">{{label}}</th><td class="num">{{done}}/{{total}}</td><td class="num">{{percent}}</td></tr>
      {{/bars}}
    </tbody>
  </table>
</figure>

"""#
)),
("unit.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>{{name}}</h1>
{{#aliases}}<p class="page-lead">又称:{{aliases}}</p>{{/aliases}}

<section class="panel" aria-labelledby="h-progress">
  <h2 id="h-progress">任务进度</h2>
  {{#progress}}{{>progress}}{{/progress}}
  {{#trend}}{{>trend}}{{/trend}}
</section>

{{#showLed}}
<section aria-labelledby="h-led">
  <h2 id="h-led">牵头任务({{ledCount}} 项)</h2>
  <ul class="task-list">
    {{#led}}
    {{>task-row}}
    {{/led}}
  </ul>
  {{^led}}<p class="empty">无牵头任务。</p>{{/led}}
</section>
{{/showLed}}

{{#showShared}}
<section aria-labelledby="h-shared">
  <h2 id="h-shared">参与任务({{sharedCount}} 项)</h2>
  <ul class="task-list">
    {{#shared}}
    {{>task-row}}
    {{/shared}}
  </ul>
  {{^shared}}<p class="empty">无参与任务。</p>{{/shared}}
</section>
{{/showShared}}
{{#pagination}}{{>pagination}}{{/pagination}}
{{/main}}
{{/layout}}

"""#
)),
("units-index.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>责任单位</h1>
<p class="page-lead">每项任务的第一个责任单位为牵头单位。点击单位名称查看其全部任务。</p>
<div class="table-wrap" role="region" aria-labelledby="units-caption" tabindex="0">
  <table class="data-table">
    <caption id="units-caption">各责任单位任务落实情况</caption>
    <thead>
      <tr><th scope="col">责任单位</th><th scope="col">牵头</th><th scope="col">参与</th><th scope="col">已完成</th><th scope="col">完成率</th><th scope="col">较上轮</th></tr>
    </thead>
    <tbody>
      {{#units}}
      <tr>
        <th scope="row"><a href="{{href}}">{{name}}</a></th>
        <td class="num">{{led}}</td>
        <td class="num">{{shared}}</td>
        <td class="num">{{done}}/{{total}}</td>
        <td class="num">{{donePercent}}</td>
        <td class="num">{{#change}}{{change}} 个百分点{{/change}}{{^change}}<span aria-hidden="true">—</span><span class="visually-hidden">无</span>{{/change}}</td>
      </tr>
      {{/units}}
    </tbody>
  </table>
</div>
{{/main}}
{{/layout}}

"""#
)),
  ]
}
