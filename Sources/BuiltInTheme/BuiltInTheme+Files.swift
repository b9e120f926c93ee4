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
// Search and filters of the all-tasks page. Without this script the form stays hidden and
// every task is still listed (on several pages for a long list).
//
// The filters live in the address (?q=&status=&unit=&section=): typing replaces the current
// history entry, choosing a filter adds one, back and forward restore the filters, and a fresh
// load of the address shows the same list. The search index (tasks/search/, see SearchIndex in
// the generator) is loaded as scripts, so that it works from file:// too, only when someone
// searches: meta.js (every task's words and facts), the bigram shards of the query's own
// characters (for the narratives), and the narrative texts of the results shown.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var form = $("task-filter");
  var list = $("task-list");
  var results = $("search-results");
  var count = $("filter-count");
  var empty = $("filter-empty");
  var pages = $("task-pages");
  var moreWrap = $("filter-more-wrap");
  var more = $("filter-more");
  if (!form || !list || !results || !count || !empty) return;

  var STEP = 50;
  var MAX_PAIRS = 8;
  var NAMES = ["q", "status", "unit", "section"];
  var root = form.getAttribute("data-search");
  var totalText = count.textContent;
  var store = window.reportSiteSearch = window.reportSiteSearch || {};
  var loads = {};
  var shown = STEP;
  var generation = 0;

  // Search sees UTF-16 units: spaces skipped, full-width ASCII folded, capitals made small
  // (the same as SearchText in the generator).
  function isSpace(c) { return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12288; }
  function foldUnit(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    if (c >= 65 && c <= 90) c += 32;
    return c;
  }
  // The folded text and, for each folded unit, where it is in the original.
  function folded(text) {
    var out = [], at = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (isSpace(c)) continue;
      out.push(String.fromCharCode(foldUnit(c)));
      at.push(i);
    }
    return { text: out.join(""), at: at };
  }

  function load(name) {
    if (store[name]) return Promise.resolve(store[name]);
    if (!loads[name]) {
      loads[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + name + ".js";
        script.onload = function () { store[name] ? resolve(store[name]) : reject(name); };
        script.onerror = function () { delete loads[name]; reject(name); };
        document.head.appendChild(script);
      });
    }
    return loads[name];
  }

  var field = function (name) { return form.elements.namedItem(name); };
  function criteria() {
    var c = {};
    NAMES.forEach(function (name) { c[name] = field(name).value; });
    c.folded = folded(c.q).text;
    return c;
  }
  function active(c) { return c.folded || c.status || c.unit || c.section; }

  // The address of the current filters (empty ones left out).
  function address() {
    var params = new URLSearchParams();
    NAMES.forEach(function (name) { if (field(name).value) params.set(name, field(name).value); });
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  }
  function record(push) {
    var url = address();
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    try {
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    } catch (e) { /* file:// in some browsers: the list still filters */ }
  }
  function restore() {
    var params = new URLSearchParams(window.location.search);
    NAMES.forEach(function (name) {
      var value = params.get(name) || "";
      var input = field(name);
      if (input.tagName === "SELECT" && !input.querySelector('option[value="' + CSS.escape(value) + '"]')) value = "";
      input.value = value;
    });
  }

  // Meta fields: substring of the folded words.
  function prepare(meta) {
    if (meta.prepared) return meta;
    var sections = {};
    meta.sections.forEach(function (s) {
      var subs = {};
      for (var i = 2; i < s.length; i += 2) subs[s[i]] = s[i + 1];
      sections[s[0]] = { label: s[1], subs: subs };
    });
    meta.sectionByNumber = sections;
    meta.unitWords = meta.units.map(function (u) { return folded([u[0]].concat(u.slice(2)).join(" ")).text; });
    meta.prepared = true;
    return meta;
  }
  function scoreMeta(meta, task, q) {
    if (!q) return 0;
    var score = 0;
    if (String(task[0]) === q) score += 1000;
    var at = folded(task[1]).text.indexOf(q);
    if (at >= 0) score += at === 0 ? 120 : 100;
    if (task[2].some(function (u) { return meta.unitWords[u].indexOf(q) >= 0; })) score += 60;
    if (folded(task[4] + " " + task[5]).text.indexOf(q) >= 0) score += 40;
    var section = meta.sectionByNumber[task[6]];
    if (section && folded(section.label + " " + (section.subs[task[7]] || "")).text.indexOf(q) >= 0) score += 20;
    return score;
  }

  // Narratives: tasks whose text has the query's bigrams one after another.
  function narrativeHits(meta, q) {
    if (q.length < 2) return Promise.resolve({});
    // Pairs that cover the query without overlap (the last may overlap), at most MAX_PAIRS:
    // each pair's shard is one download.
    var grams = [], offsets = [];
    for (var i = 0; i + 1 < q.length && grams.length < MAX_PAIRS; i += 2) { grams.push(q.substr(i, 2)); offsets.push(i); }
    if (q.length % 2 === 1 && grams.length < MAX_PAIRS) { grams.push(q.substr(q.length - 2, 2)); offsets.push(q.length - 2); }
    var shards = grams.map(function (g) {
      return "b" + ((g.charCodeAt(0) * 31 + g.charCodeAt(1)) % meta.bigramShards);
    });
    return Promise.all(shards.filter(function (s, i) { return shards.indexOf(s) === i; }).map(load)).then(function () {
      var postings = grams.map(function (g, i) { return decode(store[shards[i]], g); });
      var hits = {};
      Object.keys(postings[0]).forEach(function (task) {
        var first = postings[0][task], n = 0, start = -1;
        first.forEach(function (ordinal) {
          for (var k = 1; k < grams.length; k++) {
            var set = postings[k][task];
            if (!set || set.indexOf(ordinal + offsets[k]) < 0) return;
          }
          n += 1;
          if (start < 0) start = ordinal;
        });
        if (n) hits[task] = { count: n, start: start };
      });
      return hits;
    });
  }
  function decode(shard, gram) {
    var out = {};
    for (var i = 0; i < shard.length; i++) {
      if (shard[i][0] !== gram) continue;
      var row = shard[i], task = 0, j = 1;
      while (j < row.length) {
        task += row[j];
        var n = row[j + 1], ordinal = 0, ordinals = [];
        for (var k = 0; k < n; k++) { ordinal += row[j + 2 + k]; ordinals.push(ordinal); }
        out[task] = ordinals;
        j += 2 + n;
      }
      break;
    }
    return out;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // `text` into `parent`, the folded units from `start` to `end` (exclusive) marked.
  function appendMarked(parent, text, map, start, end) {
    if (start < 0 || end > map.at.length) { parent.appendChild(document.createTextNode(text)); return; }
    var from = map.at[start], to = map.at[end - 1] + 1;
    parent.appendChild(document.createTextNode(text.slice(0, from)));
    parent.appendChild(element("mark", "", text.slice(from, to)));
    parent.appendChild(document.createTextNode(text.slice(to)));
  }
  function excerpt(text, start, length) {
    var map = folded(text);
    var from = Math.max(0, map.at[start] - 30);
    var to = Math.min(text.length, map.at[start + length - 1] + 61);
    var piece = (from > 0 ? "…" : "") + text.slice(from, to) + (to < text.length ? "…" : "");
    var offset = from > 0 ? from - 1 : from;
    return { text: piece, map: { at: map.at.map(function (a) { return a - offset; }) } };
  }

  function row(meta, task, q, hit, texts) {
    var item = element("li", "task-row");
    var title = item.appendChild(element("p", "task-title"));
    var link = title.appendChild(element("a"));
    link.href = task[0] + ".html";
    link.appendChild(element("span", "task-number", task[0] + "."));
    link.appendChild(document.createTextNode(" "));
    var words = folded(task[1]);
    var at = q ? words.text.indexOf(q) : -1;
    appendMarked(link, task[1], words, at, at < 0 ? -1 : at + q.length);
    var units = task[2].map(function (u) { return meta.units[u][0]; });
    var unitLine = item.appendChild(element("p", "task-meta"));
    unitLine.appendChild(element("span", "meta-label", "责任单位："));
    if (units.length) {
      var lead = unitLine.appendChild(element("span", "lead", units[0]));
      lead.appendChild(element("span", "lead-mark", "（牵头）"));
      if (units.length > 1) unitLine.appendChild(document.createTextNode("、" + units.slice(1).join("、")));
    }
    var status = item.appendChild(element("p", "task-status"));
    status.appendChild(element("span", "visually-hidden", "进度："));
    var badge = status.appendChild(element("span", "badge badge-" + task[3]));
    badge.appendChild(element("span", "badge-text", task[4]));
    if (task[8]) {
      status.appendChild(document.createTextNode(" "));
      status.appendChild(element("span", "badge badge-overdue")).appendChild(element("span", "badge-text", "已逾期"));
    }
    var text = hit && texts[task.position];
    var start = typeof text === "string" ? folded(text).text.indexOf(q, hit.start) : -1;
    if (start >= 0) {
      var part = excerpt(text, start, q.length);
      var line = item.appendChild(element("p", "task-excerpt"));
      line.appendChild(element("span", "meta-label", "落实情况："));
      appendMarked(line, part.text, part.map, start, start + q.length);
    }
    return item;
  }

  function show(listed) {
    list.hidden = listed;
    if (pages) pages.hidden = listed;
    results.hidden = !listed;
    if (!listed) {
      results.textContent = "";
      count.textContent = totalText;
      empty.hidden = true;
      if (moreWrap) moreWrap.hidden = true;
    }
  }

  function apply() {
    var c = criteria();
    var mine = ++generation;
    if (!active(c)) { show(false); return; }
    count.textContent = "正在搜索…";
    load("meta").then(function (meta) {
      prepare(meta);
      return narrativeHits(meta, c.folded).then(function (hits) {
        if (mine !== generation) return;
        var found = [];
        meta.tasks.forEach(function (task, position) {
          task.position = position;
          if (c.status && task[3] !== c.status) return;
          if (c.section && String(task[6]) !== c.section) return;
          if (c.unit && !task[2].some(function (u) { return meta.units[u][1] === c.unit; })) return;
          var hit = hits[position];
          var score = c.folded ? scoreMeta(meta, task, c.folded) + (hit ? 10 + Math.min(hit.count, 5) : 0) : 1;
          if (score > 0) found.push({ task: task, score: score, hit: hit });
        });
        found.sort(function (a, b) { return b.score - a.score || a.task.position - b.task.position; });
        var page = found.slice(0, shown);
        var needed = {};
        page.forEach(function (f) { if (f.hit) needed["t" + Math.floor(f.task.position / meta.textShardSize)] = true; });
        return Promise.all(Object.keys(needed).map(load)).then(function () {
          if (mine !== generation) return;
          var texts = {};
          page.forEach(function (f) {
            if (!f.hit) return;
            var shard = store["t" + Math.floor(f.task.position / meta.textShardSize)];
            texts[f.task.position] = shard[f.task.position % meta.textShardSize];
          });
          results.textContent = "";
          page.forEach(function (f) { results.appendChild(row(meta, f.task, c.folded, f.hit, texts)); });
          show(true);
          count.textContent = "找到 " + found.length + " 项任务" +
            (found.length > page.length ? "，显示前 " + page.length + " 项" : "") +
            (c.folded.length === 1 ? "（输入两个以上的字，可同时搜索落实情况）" : "");
          empty.hidden = found.length > 0;
          if (moreWrap) moreWrap.hidden = found.length <= page.length;
        });
      });
    }).catch(function () {
      if (mine !== generation) return;
      count.textContent = "搜索索引载入失败，请使用下方列表浏览全部任务。";
      show(false);
      count.textContent = "搜索索引载入失败，请使用下方列表浏览全部任务。";
    });
  }

  form.addEventListener("input", function (event) {
    if (event.target === field("q")) { shown = STEP; record(false); apply(); }
  });
  form.addEventListener("change", function (event) {
    if (event.target.tagName === "SELECT") { shown = STEP; record(true); apply(); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); record(false); apply(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { shown = STEP; record(true); apply(); }, 0);
  });
  window.addEventListener("popstate", function () { restore(); shown = STEP; apply(); });
  if (more) more.addEventListener("click", function () { shown += STEP; apply(); });

  var copy = $("copy-link");
  var copied = $("copy-status");
  if (copy) copy.addEventListener("click", function () {
    var url = window.location.href;
    function done(ok) { if (copied) copied.textContent = ok ? "链接已复制" : "请复制地址栏中的链接：" + url; }
    function fallback() {
      var box = document.createElement("textarea");
      box.value = url;
      box.setAttribute("readonly", "");
      box.style.position = "absolute";
      box.style.left = "-9999px";
      document.body.appendChild(box);
      box.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(box);
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () { done(true); }, fallback);
    } else fallback();
  });

  restore();
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
.elder-toggle, .breadcrumbs, .full-note, .trend-chart { display: none !important; }
html.elder body * { font-size: 12pt !important; }
.full-section + .full-section { break-before: page; }
.full-task-title, .full-task .task-meta, .full-task .task-status { break-after: avoid; }
.full-task-title a::after { content: none; }
.prose table { display: table; }

"""#
)),
("assets/share.png", .base64("iVBORw0KGgoAAAANSUhEUgAABLAAAAJ2CAIAAADAIuwLAAAQAElEQVR4nOzdBXhTZxvG8RdrqVGkFHd3d3d3t+FDBoNhQ2ZsYzBsMNyGu7u7O8XdnaItlKLfQ7P1C8lpSNK0TZv/78rFTt+cpI3u3Od5Jebs1KkUAAAAAMDxRFcAAAAAAIdEIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAAB0UgBAAAAAAHRSAEAAAAAAdFIAQAAAAABxXNrUR/BQAAAABwPFQIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEERCAEAAADAQREIAQAAAMBBEQgBAAAAwEHFVAAAAIAZMqb0qlI0c5n86RMn8IgfxzVeHBcX51gKCEsBgW+fvgh48uLV/cd+249cXr/v/MWbvgq2E82tRH8FAAAAhKx1jQLfNS2ZNll8BUS0q3eejJy7c8aaIwq2QCAEAABAiMrkSzeyR80MKbwUYE8u3Hj0/Zi1Ww5dUgidGE6pSigAAADgc7Fixhj5Xc3h3aon8HRVgJ3xiuvWuGJu7/gemw5e/PhRwWoEQgAAABiKH8dl5YjWNUtmVYAdy5s5WaHsKTfuvxAQ+E7BKswyCgAAgM9kTOm1e8o3hbOnVIDdK5s/vbxd5U2rYBUCIaCypPZWAAAgSMwY0cd9XzdVkngKiCTk7TqkSzV56ypYjmUnIoHECTzuP/bTvCq5t+fth8+VnTkyu/v56w+3Hrq0ds+5h0/9lb3KlTFp/bI5KhXJlDVNom+GLp/JXFWhIG/FXZM77z5xbevhS2t2n33yIiCkPfdO/eaJX8D+kzf2n7y+/egVFaG+aVC0QflcBo2Lt/iMW7xPRTYL/2i++eDFqSsPmd6tWK7UgzpXMWg8d+1BpyHLVPgy8fVl4ksPQDgY0b1GkRypFBCpVCycUd663UasVLAQgTAS+K1T5XIF0s9ee1QOUvXzVYuq+UZ+V2PRZp8Rc3devfNE2YcUieJmTpVQLrVLZRvTu/bxC3d2HL2y6cBFiQrKPpTOl6568SySA9Mk/f/c2QNalyMQhkatUtm847vXK5tDLuO/r3vg9M2dR6+s33f+yLnb+rtJMVZyuAqas07+ff3mnbxDDp2+OXfD8bPXHqhwJ2/X/FmSGzQeOHVDc2dJj7K/Cht7fa6v3n1WWatRhVzVimeRi3xdrNlzbv6G49uOXNbcM56Hi/FDDmfZ0yXu3qRE7dLZe45arf+5847n3qVhsRbV8m05eLH9oCUKQEQoXzBD21oFFRAJyVtX/mfKvKOWIhDau9RJ4jWpmFs2ejYv9U3DYku3nhw1f/e56w+l5dvGxV2cY7Wsnl8uS7aeHDlv18lL91REMzinmCdTMrl817Rkhrp/3vN9oezA9y3LlMidxqAxacI4P7Yt/9u0LQpWqVkym/6PhbOnlEuzKnkz1x+q316/XE79H2M7xZQ3jFwOn70VIYHQIlJLDLso9f79h9AEwuZV8+k2PFyd5RtDLlduP160xWfQP1uVPalaLPPXdQrL4abuR4mFukAoEbFrw2L1yuWUt4T82KRSHvkw3rz/TAEIX9GjRxvcpaoCIq3fO1UmEFqKQGjvJPUFb8uhkhxhy6Vw6zFSadEf+SbH2XIp8NVoXVY0liiBR4GwOZaVcoT+j3kzJzPeRw7s7CQNiq8HLTk081s5bjZsr1s4rANhsVyppT6j7NVTvwCpUynLJff2lIdm3L5ix2mDFilhGe8mdcIVO88oxyZPgrJWuuQJdBVXg8ZCdjYbhEQ+gwPNDCm8GpbPJd9a+//pYrBzt8YlpH6oAIQvOR3DuHpEanKGUQ6JpVKiYDYCoV2TFNe8Sj6DxgOnb56+cn9Sv3oG7ftP3QgpDQpJgwv+aK7CgHvJAfo/5kifxHifo+dvK7tx68GzkXN3/dy+gkG7RLXWNQpMX31YhZlBnatEeG89E46cu126wwRlOTmA0Gyfs/6Y/o+ZUiWUr2nj3Q6evqkcXmgCYZsaBTTbZ6y2r17Qczcc69e6XBy3z87FSJGwaNuxh87cKpgthX578yp5/5y53Z4HIQNRUjs6iyLy+6ZBUQKhRQiEdu3bhsVcY8cyaBy7cE/Nkll1A7H0/b1gj7IDmkf8R87eUjaiOQuIpUKahOrHduVbVs+vQmfA+PXW1dkirxolNFapOn7hjpy50G8J6YULabSbQwkIfKusIvnqK603rdTklxtVaCPWkxcBs9Ye6dKwmH5jzgxJ5AttzMI9s39tot/u5uLUtVGxHyduVADCi5yGtuezloCZ5G3M5GQWIRDaLznOa13T8ETdmasPVuw8s21CR+P20AxAspXMqRIm8HQ1bt938oayEc1ZQGzFO567XFTo2HOn0LCQMnHcPJmSGrcv2XbKoKVq0cya97DCznJLhHgZ8EZZpUvD4ppvufkbT3z8+FHZmb/m725Ts6DBea7uTUqW7TRRvsSypU2k396yeoFhs3e8eBmoAISL6sWzRIsWTQGRnLyNqxXPMu1L024jGIt12K9vGhQz6Fsl5Dx6hUIZDfpWidELdis7UFBrzJIc6R62XYUQ9qZltfzGBxCBb97N+nzW1tRJ4kktyPjmpy7fu3L7sXJ41lUIJVm1r1PIuP3N2/cTlu5X9ufBY7+5G44ZNMoXmnytjVu816A9fhyXTvWLKgDhpWDWFAqIEnJqjWBCSKgQ2ilnp5jGx3k37j2du+H4utFtjdulGqDsQO6MGpWifSevK0RREgVbVM1n3L7tyOWnfp8tRfh13cKa97A4kvfy/2P6tpOX7lp0ky6Nihc3moPn1WtrKoTdGpdIGNfNuH317rP2M42TgRFzdsp7RjebaLAezUpW7Tbt+6/KGCyE3aFu4VHzdweGYoAlAPMlSuChgCiBN7NFCIR26uvahYz7Lo5dtLdE7jTGSyb8vXCPnfQNK6B1cnFHRC8+jrDTqEKupAnjGLcbTCcjmlbOq3kPv3aoJBdlU1bPjmMFSYMGE+1+UecGGlUv6zpGapYHVdCpmR2TOmleZTy/rgqa7yek/c20eIvPuMX7zNnz9sPnsrPBeQTdN9v4Jfv+7FpNv12+BtvVKmjmPQMIpUTxQztoArATqRKH1brBURKB0B7FiBG9Y70iBo0Pn/r/s/rwIqOZQqUOMNWMTtJX7zyRPPnF3QrnSGU8Qk8Or0Naqlufl6drnkwaa068fvOuutZiAyGRP9X+l6SzjhwHm/NMmlavbI4kXoYZbMXOM7cfhHbRtluW30Mnozeq7n5Wfr6MROf6Rb20BpeGDxOrfSTXWmheGjXfsZpRygoJPDVqelYU9IZ0qRrSkNd0yRMoS8hDC+XQXIve2MNm7zAuLEuRsFH/OT2blzJ4UPLmGb9kvx2OhwSinpSJ4ykgSuDNbBECoT1qUSWvQb8pMWHJ/sypvcsWSG/QPnHZgffvP6gvkYjVd+y6L+4mh5jGx4VyqGfObSsWyaTZPqJ7DWUJCa7m/Dp9F2488ntlqsCSLGGc4BD1zP/15Vu+ykJyxCxVFHN+r0FXSX02KXRIaDcOhAs2Hre0ThV6pfOly6eVIhZsMuzArFkTCzeWrvZRu1Q2uagwo9nJ8+4jywJh4ewpDabrjETkpM/CzT5SXtZvLF8wQ64MSSYtO/Bj2/L67fJl2KJq3llrjyoAYczTPbYCogTezBYhENqjbk1KGLQ8eREwbvHe6T81Mpi9Q9onLLGXzlRl8qdXEeTnSRtNx6FNY78ODlFx3WMnTuCx7fDlKSsOHr9wR5lHSkbGCzl+8fdGbd82Km7cKKcnDErWNUpkTZ2EE3X/523UKcs/4I3pMxoGYsWMMfb7uioyGz57h0EgFD2blWo/aPE3DYrFj/NZRfe7piUJhAAAhBFmGbU7DcrlzJDCy6Bx+qpDqRLHq2I0a/+0lQdfvbZy+TKbK5YztbJL6ZMnKJozlX5Lcm/Pr6rlI6WERvZ0iSsWzmjcvungxTsPn+u3tK9dSEWoMO1taOldp0ka37jR0rWShn5bLbNRvTpyOXf9oUG/YlGteJZkCT1nrjls0C5fiXXL5FAAACAMEAjtTlejqotEvtELdvdtVTZ69GgG7WMW2sVibT3ZXAAAEABJREFU9CJjSq+U9jp+t1kVjelMHj9/ZW/Ldkcufb4qrdm+eMtns4YWy5XauJ+zI9P8mFy7Y8HCG/J+jvCMbRNDZ+8wbpQvur/m7TI+z9W1UWTtHwsAgJ2jy6h9qVAoY97MhvOyzFp7JK6Hi/Ggpplrjzx5EaDsQ9ViFkwbE87ql8tp3Lh691kFa0nMC6liY7B8wh+dq2judvXOkycvXmmOzPR7FXjhxiMVCuc+n5QoTNdZ1rzrH9uWj+/pev3ukyu3H1++5Xte7+Gk0JrG5pLZg1rzZEo2qkdNFSX4XLy7Yf+Fyp+PPa5XNsfAKZvmrD/6dZ3P1ikpkDVFqbxpdx67qgAAgE0RCO3Ld00NRw++fvNu9II9P7UrHyNGdIP24XN2KrshUVbZJTmI1OykN331YQVrDQoh5hloWjmP5qwzAYFvK3Wdcs/3hebITEmD4bZoRBjxcHM2KOI983/9wv/1M7+AuFrznV66aVYgjB/HZdbAxi7OsYyv+vjxY62eM7YdufzFO9F8zsNzoQ59Q2dtr2w0GVXflmV/m7aldY0CsWLG0G/v1aI0gRAAAJsjENqRQtlTlsyT1qBxydaTcqhnXOOS9gcWjjsKO0m84kjuMm5fsOmE77OXxu050icx3v/0lfu6FQv3nLimbKdxxdzGjVKxOXrutoJV5Ck1Z9JOOZr/oU15zav+WXU4PJdNN7Hah0XrrGgu+KHpolGFM657bLmE1K165zGz1uoc3r2G5tkNMXvdMXPSoL05dObW9qNXyuRLp98o5xF+nbpZvuKaVMqj3146b1r5kjx4+qYCAAC2QyC0I72alzJoef/+w7DZO/q2KmtwplzXrqziv2uQcaN7yQEqFBoazRaogiZObPf7Ys39h3SpahwItx66NGDCBmVTcdyca5XKbty+bNspBavIW/GndhXM2bNHs5Ka+cfvVeCQGdtUODKx2odF66xoLvih6dz1h8psx87fuWhehXDXsas1S2aL7WT4vS3puu/YtSpyGjZrh0EgVJ9GqJYZOXdXw/K59HtGRIsWrUfTT2sVKgAAYDtMKmMvsqT2rlTYsOvUyl1nJFYZ17ik/cptC2ahCGu1Smos2mai0Kc5jOr251NT2sS3jUtIJjRo/PDh4+x1TGFvpW6Ni5sze1DaZPG/a1pS86rJyw6YWKoxajh1+Z75O5u/csyMNUfKdZ50495T/UY5PdRpyLIXLy1YtcKu7Dp+dd9Jw3qsFAmf+AWs3XveoL1K0czyVakAAIDtEAjthfEkoh8/fhwxd5eUDQ0KArp2ZTfk0L9gthTG7ZsOXAzpJkkTapRZbj14pmzK2Slmm5oFjNs3Hrhg89/lIBLGdeuqtfagsckDGri7OBm3P37+asRcOxr7GkYknt0x7wTHnPXH5m86oczmc/Fu8XbjNuy/ENwybM7OLYcuqchspNFbQr705Kvvz1nbDZYMkS/JXi1KKwAAYDt0GbUL6ZInMJ5EdPPBS7fuP21ZLb9xuxwUKrvRqILGIL137z8s23YypJtkSqVxjv/qnSfKptrXLuQdz924/dj5O9WLWzwnas4MSc1slPLXXp/rKir645sqCTxdTe/zMajzc+HsKTWvnbh0f+StZVnk6t0nybw9Te/zz6rD3w5foSwkb7D638/6vmWZH9uW3370yu/TtqhITvLtiYt3c2f87NMkX32Dp2/dfuSKwbIldctk/2XyJs7pAABgKwRCu9CzWSmDSUSFnB2XdtfYsYzblT2pUSKrcaMcs/o+f6W5v6Rf426c4uznSwWEXoe6hTXbB7Qpp2ykf+uyxo0RNWFjWJMUbTDJh6a0SeP3a1VW8yp5SwwO39GDEaj1wIVl8qeX+nnqJPGSJ4rrFdctrntsT3eXGNGj3X/sd+bqg/FL9ulmUbLOnzO3Hz5768SFOypKGDl316yBjfVb5Kvvu6YlpZ5sEAhjxYzRu0VpK4I0AADQRCCMeIkSeBhPyiIlpnPXHiwf1sq4Pfwn2atXNkfhHKkMGuXP6zRkWf4syXNmSGJ8k4Rx3WqWzLpql8ZafwZ1AB2bzznZrEpezfkYj1+4kydTMgULeXm6jupZy5w9+7Yq6+yk/cXS869VygzJEsYZ0qWqspCUjExMHhN2BnaoZE4nxpcBb+Ry59G/73Pv+O6/fF3ReLc1u88aLyezY1Inc6Z1DQ25f83ppqxjxTmRZdtP9W1VJmuaRPqNbWsVGjZ7x4HTNw0Kzo0r5h40fav9TLMMAECkRiCMeD2blTSeNvDvhXu6aU2IIu0q3CXxihPS5IohVeHUp2kh8moGwuzpEhs3Bh8o20ofrWP0S7d89/hcD+tAaDDqKWoY8V3NxAk8zNnT0z22ZvuEpfuXmje5q7zZujQspiwkISRMA2FIU+lkSpVQ2c7mgxeVo/pr3u4pA+rrt8gXYNdGxccs3FM4e1P9dikedmtcvP+49QoAAIQak8pEsPhxXJpXyWfQeObqg7V7zn1tlLV07cpuSBmwdunsIV1boWAGzSF8mhXCSzcfKdv5rmnJdMkTGLePXbQ3mgpz0aKFwy8JVw3L55IqsQoFSWu9R69RkVOxXKnn/Nb07KLeSc1bcyI0rtrT7MHhbP7G45eNHn7HekVW7jwjX30G7a2qF9DseQ4AACxFIIxgXRoWNz6s+Wverj5flY7n4WLcruxJm1oFXZxjhXSts1PMppU1hpzlzazR+e2E7abJ8fJ07dFMe8GDaSsPKVhICoPDu9cwf3+pBBq0PPN/3eqXBSoSkgL4/n+6bBzTXjfnk+bsuLZl0QKGUc/o+bsNWuRrsGfzUsY9I+RrU748FQAACDUCYURyjR2rXe1CBo2Xbvku2HSiU/2imu0qjFnU2bFV9fymd5DKkkGLlAc1p6k8dOaWspFfOlQyztKwmhyOSx3buP3Wg2enr9w3bt959Eq/z1d17zxk6fXPl86zc4kkA3erfmP1gBHda+RIn0SFoxP2NIFw+Ju++vANo7dKl4bF5q4/ZtzernZBBQAAQo0xhBGpY70ixofa4xbt7da4eMK4bsbtyp6YM8tFzgxJ8mVJfvTc7eCWknnSGu/2+s27w2fNDYSmO2TmypjUdEzdc+KaskryRHGNlwZZsfPMbaPp76PYhPiLNvt0qlfEuL3biJX9W2vP1zpm0d7USePrxpeOXrBHcyipPWtQLqeKCDciVWwOI2MX7R3Wrbp+i3wZSiaUN9Xwz9u947l/26h4hAyrBgAgKiEQRqSOdQ2PsyVLTF156Oyi3gbtdx4+nxou3R1tPvqteZW8+oGwgNYS9hZVRWI7mXrTDupUWZm0Zs+5NVrjMOuWyZEycdxRRj3WglUvnsU4EC7YeHyNPY3qDAuS1VfvPmuwuMiEpfs3HbgYUiAUPUetTp0kXmznWAPGR/GZPy7ceCQVxbhGU+ncffTibshz56ZKEs/4pE9IddRztl6RJayF5g+Wt1aPZiUNZrGSUxLZGg3vadQuJx0IhAAAhBKBMCK9fffeoCV6UPnLeJrKN0Z7hic5Z9/3806Acqx/emEvc27bqELuQdO2BK9JWCxXauN9fCwJhMYLM4q37z/Ivy2q5iudL52yUJbU3n9+W61s/k9rne04esXB++xp+mP6Nv1AKE+ROTPEtBq40O+VNWvQh9tCjrkzJg39lLM/T9pYNFdqKVUZtN+4/7TCN5NDutXuKZ01AuHdJ5o7dxqyTDmSwLeGX3cxg5ZpNW53ihVDAQCA0GEMYUSaaDT9RjJvTznnbdyeJmn8jlrd9iKKlDLaD1ryMuDNF/eM4+b8XdN/p3ipXCST5ryjxy1ZXNs1tpNxo/+rQKnvDbZw8Tqp6oz8rsbhWd10aVBYNHuK4zh1+V7wihEvXga2+XWhObeyLg2Gg+Tenv1alT0wveueqd9onqGw1GqtPrFFcqSScw2a+3t5umoG0WNRZZX50OjasJicbzJonLT8gBQJjdsnLz+oAABA6BAII9KYRXsfPXtp0CilBs32rpavzBam5m88Xq7zpPM3/r9cxJz1x5Zt11hornXNgl5BE8mEtEbFlkOXlNk0K4QSTcd9XzduCCvgaapZMuuJ+T2/rvPZ2h6Fs6dsXiWvgpHB07fqNnqNXn3xpq+KhOTF/eXrilKaO7+kz4A25TTXwwzJ8h2nS7Qff0Sv87O+/adu3NVaSLNVjQKa+1conEmzfcP+C8qxxYgR/dvGhrVW+TKUc2TGS1M+9QsYNnuHAgAAoUOX0QgmBzo/ti2v35IqSbyvquUbt2ivHLwatLesnn/mmiPKbpy+cj9/i1ET+9XThaiRc3fGi+Nat4zhgnVSJOzWpMSPEzdWLJzR+E72+Fy//9hPmc1Fq0IoUbOMhZ1Fb9x/5qU136k87at2nZE6mIIeSf5yCuCZ/+t5G46rSKV68Sw1S2YrVyB9ogQeynLyeIfP2fHFDLzxwIXWRvGvXtkc349Za7xz6bwaUyudufrgzsPnymxS2xzUuYqyAzbs3/t17UJJjBZ7lC/JhuVzpTIqD06hPAgAgC0QCCPYhCX75My3wTIJPZqVyt10pIQog/bvmpa0q0Co03HwUqmQFMmRSnfQfPD0zULZUxrs07ZWoQs3Hmn2F11n4aQsLlqTyvRqXkpZyOfi3UnLDuhmwtSXOIHHD23L9/l7rcLn+o9bb1y4tn9lC6TXXA/TNP+AN/M2HPtr3m4z54xdteuscSCU95JkwuDetsGK5ExtfA+Wzn8rXw7mzPQbiUh5sKvRUEwpA45ZuGffP10N2uWUzdhFTCcDIFw98X+29NC67Wf37zp/MIF7vNypspbKUrhN6UYKiOToMhrB5LDGeLX09MkTyBlx45GE0t6oQi5lfySmSizUbU9doXHaXoqEUkjUvO3irSeVJVy0uoxaZ9A//5/tRl/n+kUt6k/oICJjGhTLt59WFtpy6FL2hsN6/LXa/BVENh+8qLlzs8qGPZDlU5w2WXzjPbcduawcW9uaBVMmjmvQKF+DUuCVJ82gfebaI09eBCgACC9nbl+sOLjZwGWjJA3Kj4/9n249s/enJSNKDKy379JRBURmBMKI9/eC3a9evzVo7NWilJwXN+642NPyUlg4W7DZx/zDaCkn3gt5an5NXp5uykbkgHJECGOQfvi8Hy8ir90nrlnUFVOcv/5Q80yBabPXHTNurFg4o8G8Na1raiynHvjm3dqovn6JaVIe7N6khEGjrjzYo1lJg3b5wjSxQgwA2Ny2M/sqDWl+//kj46uuPbrVcHSn07ccfRA4IjW6jEY8iSUz1hyWqpR+Y9Y0iUrlTTdt5cHgKTqD22uWzGrPK31//Phx/OJ9Zk74aekifm4uTt7x3ZXtjF28r13tQumM6g9Vi2bOnTEpS1BECA9X5+rFsyjLXb3z5KzWCnjr9p1vX7uQCmOTl31aQM94nczh3aoXaTNWt+3l6dpaa6YZppNpWS2fcXlw2spDZfOnly89g/Z5G48/sGTgMQCEhmU9cgEAABAASURBVM+Ns19P/d70Pm0m99rYd048N08FREIEQrswYu6uNjULGhxKdmtSomHfWR3qFjGYV7Nb4xL2HAhV0OypHbTmiDcQEPhWDuyUJXLYuienxNf+49cv/KO5QXv06NEkirf8ZYFCuMuUKuECo1fEHMYLZuqs3HnGOBA+83+9Yd95T/fYVYpmVrYgRcXl2081qWQ4XjFH+iTyXvpr3i4VNAw4jpuz8W01O1o7jmjRosnXmkHji5eBfy/YvXRoS4P2t+/eD2dyUQDh5d7TB83Hd3v99gtTzd19+mDOnuVdK7VSQCREl1G7IGe75xtFo8LZU2ZPl0SKhwbthbKnLJknrbJvI+fu/OI+s9YetfQ0f7oUXsaN+0/dMFjavtXAhSGtEGBs7Z5zmsO3apfKZlw5RGS04+iV4F6jchpCzqfIOyR51d/a/b74yu3HynYmLjug2d7nq9JS/vpUHtTqLypVze1HrygH9lW1fMaftemrDuXLkqJA1hQG7Ys2+9y2sA8wAFjHL8C/ydiuT1+a9Z2zn5GEiLSoENoLKSAY9yWT48i2vy82Lh5+37LMruNXlR37Z9XhbxoUk1JPSDu8fvNOVzOxSJqkGrNx3H30Yvrqw2v+aqP7UbaXbD3ZxZJlG4fM2Ba8Nn2wGDGif/9Vma//WKIQ+a3efTZjqoTLt5+W94bfq7BaU+Toudvr9503Ljl6uDoP6VLt2p3HmuXBGattNnWwnAex4SIQxvx3DVK2JuXBHk01RgmOmLtz3iDDQvH79x/+nLVdAUC4aDu59+UH183c+eRNhx4KjkiNCqG9uHrnyYJNJwwaS+dLlypx3LnrDSerKJU3bcFsKZR9+3OmqeO2hZtOWHGaX7Mb6u0Hz6QEpBuOePrK/a7DVigL7Tt546hWRbFp5TyaE0Ii0uk1ek3NHtPlZEHYpUGdnyZu1GyvWTJrN6NJU8Rz/9fjl+xTDkw+ZRrlwdWHs6dLUvzz+XjEip1n5KtSAUDY6zHnV4umD43rGkcBkROB0I6MmKPRzVKKVMNm73j77r1Be9+WZZV9W7TF59KtEJfzHmFGn1JjWVJ7GzfeDJrU9OdJG6VU2HrgQmWVqUaLf+gYD20CTDh3/aHxgjEmWLRzlGQ8uaiUB0fO29XTaHLRDx8+SjFfAUDY+3vDP4sOrLHoJsniJ1FA5EQgtCNyKLly5xmDxkpFMiWI67Zws49Be4VCGXJlTKoiTqZUCdvWKmhih4blc2XQGvKnU79cTmUhD1dnzYd8OWgY2IUbjwq1+lueQ2WV2euOai6AUbZAegVYYtA/W81cIk+K5L9N26IcWOOKuY3P8siHMVXiuMYfvQ37L1j9AQcA8607sW3omonKQjXysWAVIivGENqXobN31CqVzaCxT4vSP07c0KRi7hgx/h/go0WLJsXDpj/MVeGrdqlsFQplLJY7TfrkCV6/eTcthMJa1jSJRvWsZeJ+fmpX4eET/xlrLBg9VdSo/5jOjbv/diF76heqharnrD/Wu0Vp/Za1e85pzlqJMCXJfOm2U8pye05cU3ZA3oe9R6+e9mPDL+4pZW3l2IwXVtWNLh7RvYZ8xem3f/z4cficHQoAwtjRa6e6zPhRWSi1V/JmRWsrIHIiENoXn4t3Nx+8KIlLv1Ei4u/TtizbcbrB51W16sWzyMn1cDhlnjRhnB7NSpbOl65oztT609vIttQJpTRnfJPZvzbRnD9D39g+de4/9jN/BbZC2VJqtl+20USRk5Yd6NqouO4Byn32HbOW1eEixJ1HLyJ7DpeSftn86ZtVyWtinwOnbxpX/h2KfKEZlwfnbTju4epsPDHP9qNXDp25pQAgLF17eLPF+G5v3r1VFvqzaX+D01hAJEKXUbszWGuQTK8WpYfO3P7hw0f9xujRo/X+qrQKe3XL5Pi1QyU5wDVedNt4zWixamRrE/OL6pv+c6NC2VMq8+TPmty48czVB8pGJJ2u2X02IPDtH9O35W46kjSI0OgweKmJMbRikGN3FhV9WpYxaJHy4NBZ2/u2KitfbgZXDZ9tzahjADDfs1cvmozt+iLAX1loYP0exTLmV0CkRSC0O3IWfLdRz7dGFXIFvn2nm0hTX53S2W04DWbRnKmSJ4pr0U0ypDQcJbh8WEvjJRxCIqWABX80z5jSy5yd82bWCITHL9xRtjNu8b6CLf/+Y/pWBYSOvKsD37wzscPEfvXkE6cclXx3GZcHF2/xcYoVo7ZRt/n9p27Y+UI7ACK7wLdvvhrf/faTe8pCLYrXbVu6sQIiMwKhPRo5V2OBvl7NS/85a/vHj58VCWPFjGEw7M06B2d8679r0KaxXxsfipmWPvlnWW7Jn18Z9Hf9ooRx3daNblf4S3XC3BmTxnWPbdx+4NQNZTuHz966dpdJ7RFaZfKl2zyuQ/Z0iU3sk8zbc81fbdvXLqQckvEX19t374fN3tG3ZVn9wdI6o+bvVgAQZuTgqsuMH49dP60sVC5bsUEN+yggkmMMoT3afPDi0XO382X5rCDWsEIuqVxtOnCxUpFM+u0Nyuca9M9WM9f0K5JDuyKRLW0iZZW0/y0gJrlu9m9Ni4cw74to3H9O96YlNYNf4gQeq/9q023Eynkbjod088qfP+pgmw9dUoA9kYz3V4+a5uwp1TDZs2iu1FYvl2IgU6qEOyZ1UnavZsmsOTMYzs++ZNupN2/fNyhvOP/wiYt31+5huWcAYWjIqvHrfbZbeqvMSdNPbDs4enSKK4j0CIR2avSCPbMGftYDIbZTzO+alpQioUEglPYezUr2+Gt1SHclcWv893XTp/BKmjCO8SBAq70MeLPv5PXlOz6dTpNju3m/N9NcNV6n05Bla/acO3Tm1tYJHdIk1ejj6uIca3L/+tnSJBowYYPmPRhPMiFuPXh2x/LV7TUVyJpCyoMmdnBzcVKASTnSJ/njmypSHrToVg3K5ZQzKeMW7wt9HczD1Tl/luTK7vVoZji56Pv3HwZP39rnqzKxYsYwuGo05UEAYWnh/tXjNs9UFkoc13telzEuTrEVEPkRCO3Usu2n+rYqYzBlS4uq+YbO3rH96BWDI87mVfL9OWvHg8d+mnd1/7FfxcKWdeM04fLtx7uPX5Ua5qpdZ3UtnesX/bl9BRN56ZfJm2avOyobD5/6Nxkwd/3f7eJ5uGju2a1JicypvVv/uvDFy0D99rTJ4ufTOsw9et5mAwjn/NokmbfnuesPr9x+fP76w9NX7vs+e/nUL+C5X8D1e09lh9JaR/mvAs2aiKx68SwL/miuwpJt71/KuWuiUE2mf+tydx8933bk8s37zwyucrbRKZIkXnF+7VCxSaU8yipy8987Vf62UfHxS/YNnxPFZ08pVzCDcWqVU0svX79tWtnwCZQvnMVbTyoACBv7Lx3rPW+QspB7bLf5XcZ4x0mggCiBQGi/pEg4qV89/RbX2LHkkHHYrB0GgVDauzUu3n/c+pDu6szVB1Z3CtXZd/LGjqNXVu06I0kpuDFRAo+JfeuaHjQ4ZcVB/QNcuXnrgQtXDG8V0v5S/9wyvoPkxit6i0k0KJ9Lc+fDZ24qG5EQKIEwS2pvuUh+M/NW1+4w4DASSBTfvX/rsirolIR8Fs5effD0xavn/q+f+QVk0Zom1+B8hGlS0RrQptw3DYqZXmflyYuAXcevmh6j6x3f/ZevK3ZpVHzysgNjF+2x6M+IRPq1KmvQIuXBITO29WpeyrgLw8i5TC4KIKxcun+t9aSeHz5+sOhW0aNFn95hRIbEaRQQVRAI7dfc9cf6tyqb6vN+mK1rFBgxZ8f+UzcMRgO2ql5g+OwdctCpeVdnr1kTCB8+8ZeiilzW7Tn3zP+1wbX1y+Uc1q16wrhuJu5h9e6z341cZdC45dClrsNWjOkd4vqtUhfdPrFT9xErpUyqawkpoa3fd17ZiCRVKVwoCzEDTaQQfBbDO567dz73L3bplHKiMtuEfvXcv9SdWIrMDfvOlo+hnND545sqpnf28nSV+CqfnVOXLZ7szv7Jp8x4IPHqPeckq7esZjhp+417T2evO6YAIAw8fPG4ydiu/q9fKgsNazqgSIa8CohCGAhr16RIaNAiVQipRYww6lSmaw/pfs7olfVMk0NnCaKS4oq2HZu29uB2vy+et+G4cRoslTftjJ8bmU6DM9cckUKf5lXTVx8eMH69idtKoeDqnX8rhKmTxMudManxPkfP3b5409Q6bxY5afnB920bDV9EWDtx8a5F+9959ML8nb+YBo9fuFOu8yRJg7L998I9jfrP+WLpb/6mE1EyDYo+WrMiD5u947umJV1jxzJoly9Ag3mVAcAmAt68bjq26/1nD5WFulRs2ahIDQVELVQI7drk5Qd6NiuZzNtTv7Ft7UKj5u8+dv5O3szJjNv9Xmkca/pcCvHg8tGzlz4X78q9HTxzc5/Pdc2bG9t57Kocq3VrXDykHXqNXjNx6X4T9yA3fxnwZlTPWprX9hy1OvggvkmlPNGiRTPeZ9kOi6eHNuHQmVuW3sSG9UmEqcNnbwW+eWf+cMHbD54pG9m4/0K972fpt6zdc67yt1Pm/94sVQiTMMmfOjiKroRZOl+6YkYTEa/Zc+7G3SctqxcwaL/z8Ll8ASoAsLUPHz50nNbv/N3LykJVcpXpW/MbFTYCA98c8Tl3977vQ98nrwKi2pABVxdnb6/4SRN75c+VxdmZWfrsDoHQ3o1fun9Qp8r6LReuP4wXx2Xk3J1zfmuq375ix2k3FyfNRHfk8/kzJQEev3j30JmbB0/fvHDjkbKKlPhyZkhi3Pvu4RP/VgMXmrOK9NSVh14Fvp3cv75B+z+rDusmodG55/tCKirGA7QWbjqhbOfa3Se+z195ebqaub88z0NmWjxFNSLKxZuPcqRPYs6e564/lIsKNf+AN4NnbNOcIfPkpXvF2o79rVPl1jUKGF87e/2xq9aOTT1y7nbpDhNUmPHfZfHUC/qiBfVBMFie8c+Z2z3cYh88fcNgJuHxJs8oAYjsngf4Tdo698T1M2duX5QfsyXPmC9Njg7lmrnHdlNh7IfFw7ee2assJH/elPZ/qrBx9cbdDdv2v3wVoKIoibjXb92Ti8+Zy5XLFkmbKqmCPSEQ2js5oJRCnHc8d9nefvTKyDk75V/Zvnn/WfCh1YHTN6Wk5hNyv7infgHzN524fMv38Jlb245YfEosJC1/nr9napeUieMGtxw9d7vpj/PMXwpi3objAa/fTvmhQfBkElKr/Hb4Cv19Zqw5suXQpT+7VqulNyGHPAn3Q5hV1Wrnrj0okdusMeKSHn+YsOGB2X+APP9ypK4iD/mDVdRy+uoDMwPhoGlblCX2+Fw3Xn5TCoPykdTNT6vpmf/rrsNWzFxzZFi36gWypghulxg5ZMY2FUXJx7Zw6zGNKuT6rmlJ3XeXlNmPX/g0V3CDvrPzZ0n+fcsyulj48Kk/q00AUdi2M/t6zPnV1+//J792nT8ol3n7VowjfTN1AAAQAElEQVRq8UuJzAVVmJm6fcGs3UuUhZLHTzKz018qbFy7eXfpmij7zW9AQq882HrVy5IJ7QqBMBKYuuJQ3szJ5Dy6wUJ5oxfsGdKl6qB/tprTsar974uVrT15EfDVz/PX/93OxfnT4J+56491GLxUWWj5jtMBgW9nDWziGjvWo2cv5Q6N97n98HmzH+dVL55FYqGuo93y/+absSEpbJbKkzZ10niJE3ikTBwvYVy3OO6x3V2c3FycpT4pR6gSwm/ceypl1fFL9ll0z3t9rodp3QZftM/nepOKuU3v8/rNu58nbVyx84yyxLhFe51jxQgOdVIh7z9+/QLzytdymqBMx4lf1yncv005XXV6yvIDNj/TYW8WbvaRiy4W6k9BLM+GxMI8mZL1bVnm2AWbrSgDwN7sOLv/qwndNa968Ny3ydguv9T7rl2ZJioMbDm9Z+Ayi3Odp4vH/C5j4rrGUWHgdeCb9VsdrkOElEPbNKkROzZ9R+0FgTAS+COEAUXzNx7ffuRyxB4+yjGcVEL++q7mz5M3jV1kcQcMnQ37LzTqN3v2b007/LHERFFlzZ5zUt4c0KZ86xoFFm+x/dJkUvFbtMVHwWzngiZKMWBRdVGzdqp5t6E0ffVhuUhsS5ssftpkCRLGc/N0d/F0jx3HLfb7Dx8eP3/18Inf7HXHjpvMIYu3+Bw4dcOg8crtx3K2ZdeUb+SswZz1x34Yv973+StlCTmhIyc4BnaoVCpv2mGzd5h5q3B76vTZsNCti4XG7fISNOo/RwGIop69evHtrJ9N7/PL0k+ZzeaZ0OfG2Y7T+lk6VZVTzFizOo9K451ShY3T569E4Z6iIZGHfPrClfy5zF3lC2EtmluJ/goInSRece75WjAxoyapyEmF0Jw9veO5S71OAXajcpFML16+3nfyhgKASCuU44TNMWXbvIHLRpmzp23rhPeePqg4pPnTlxZPDz653ZCqucuqMLN64+7zlx3x/x2Z06eqUamECkvuJQcomIcKIWwg9GlQBc13auaepEHYG6lyKwDAlxy+am5PHBvWCf0C/JuM7WpFGuxTo1OYpkFx94HNFtCKXBz2gdsnAiEAAADCw76LR83f2SaZ8P2H960n9bz84LqyUMPC1b+t1FqFsXfv3iuH5LAP3D6xMD0AAADskWTCqdvnq1DoPW/QgcvHlYUKp88zrGl4dDj09oqnHJLDPnD7RCAEAABAeMiZ0uJ5REKTCf/e8M+iA2uUhdInSj29w4gY0WOosOedML5ySA77wO0TgRAAAADhIVvyjMpy1mXCdSe2DV0zUVkooUf8+V3GeLi4q3CRO3tGZ6dYysHIQ5YHrmA3CIQAAAAID1+VqOfm7KosZ2kmPHrtVJcZPyoLxY7lPK/LmCTxEqnw4unhVqVcUeVgqpYvKg9cwW4QCAEAABAeUiRIOuqrX5RVzM+E1x7e/Gp89zfv3ipLRIsWbWLbwVmSZVDhK0PaFPWql3VzdVEOQB6mPNj0aVIo2JMYTqnCdg0QAAAA2L/+rcupsJchceo4Lu47zh1QlpNbyW3zpslhYp9nr17UGdn+kd9jZaGB9XvUL1hVRYR4cT1yZk0fI0b0GDFivHn79m2Um4HT1cU5WRLvrJnSVK9QLGGCuCpc/DF9m4J5WHYCAAAA4Ue3koRuVQlLmV6LIvDtG6kN3n5yT1moRfG6bUs3VhHH2dmpWMFcCogIBEIAAACEq7DIhB8/fuwy48dj108rC5XLVmxQwz4KcFQEQgAAAIQ3m2fCIavGr/fZriyUOWn6iW0HR4/OtBpwXARCAAAARAAbZsKF+1eP2zxTWShxXO95Xca4OMVWgAMjEAIAACBi2CQT7r90rPe8QcpC7rHd5ncZ4x0ngQIcG4EQAAAAEUYS3fsPH35bPlpZTjLhvWcP5+5d8eHjB2WhKe3+zJA4jQIcHoEQAAAAEalDuWYxoke3rk44aetcZbkRzX4skbmgAkAgBAAAQIQLTd9RS3Wp2LJRkRoKQBACIQAAACJe+GTCKrnK9K35jQLwHwIhAAAA7EJYZ8K8qbOPbfWbAqCHQAgAAAB7EXaZMHn8JLM6j3KO5aQA6GEVTgAAANgRyYQ/1e2mbCqOi/v8rmPjusZRAD5HIAQAAIB9+bpss1/qfadsxClmrNmdR6dJmEIBMEKXUQAAANgdG/YdHdvqt3xpcigAWgiEAAAAsEc2yYR9anSqmrusAhACAiEAAADsVCgzYcPC1b+t1FoBCBmBEAAAAPbL6kxYOH2eYU0HKAAmEQgBAABg16zIhOkTpZ7eYUSM6DEUAJMIhAAAALB3FmXChB7x53cZ4+HirgB8CYEQAAAAkYCZmTB2LOd5XcYkiZdIATAD6xAC9qhZlbwVCmVUsGPe8dy7NCzm4eqsAADhRTLhj3W+sGb92Fa/ZUmWQQEwDxVCWGZC37pZ0hiechswfv1en+sqQiX39tw1ufPuE9e2Hr60ZvfZJy8CVKQlj+XvnrWcnWK+fvPu6LnbB07d2Hn86rbDl1VkUCxX6kGdqxi3l+4wQZnHbt9jOllSe9cunb18wQyFsqeUHxPGdft58iYV7r5pULRB+VwGjeY/ycbs/GkHgGAdyjXLkDhNjzm/+vo9MbjKyyP+yOY/lc1WVAEwG4HQTnl5unp6uMT1cPF0i+3m4uTpHjuOW2x3VycpR8iP8q970IZbbKdVu8+Onr9bhRc5ZMyfJblBYzwPFxXRapXK5h3fvV7ZHHIZ/33dA6dv7jx6Zf2+80fO3VaRzXdNS0oalI3YTjElX8mlZ/NSAYFvK3aZcvzCHWXf5M1g/A6xiH2+x6QeKK9C2QLpJRDqt3esV2TyioN3Hj5X4StForihfJ4NhOfTniiBx4PHfgoArCWRb+dPiydtnXvs2qlTN8/Hihkra7IM+dLkaFe2iaeLhwJgCQKhZXJnTCrVmxgxokePFk3+jRE9mmxED9qQtuhB/37aDtoh+n8bn3YLag/eQXeToIzn7C65LijjucZ2km1Xl0//mv8n5UifZOWO09fvPVWOrWbJbPo/Fs6eUi7NquTNXH+ospGMKb2Se8dNkjBOkgQeckQrCUH3r1dct/hxXLqPWDl15SEVanKfLarmM26/ef+Z/afBKOzhU/+iOVMZpEEhH94f2pTrNGSZgnm+bVRcovXJy/dqfPePAgBrSfDrU72jAhBqBELLFM+dZkiXqsqeuMaONbBDpZa/LFAOTFK6lNGM21fsOK3MIKHOw805OJwn8HRL4uWRKL5c3L0/XTwSxnVL4Olq+k76ty63cLOP36tAFTpyuCyvqXH7P6tskDYRGr1Gr9k6voNxe8PyuX6ZspmS1xcVyp5yeLfqeTIlk+0y+dL1al5q+Jydpm+i2TPWthZv8Rm3eJ8CAMBREQgts2TrSXsLhKJe2RxTVxzcfeKaclSNK+bWbE/iFWdUz1quzrFcYsf699/YTi7O8m8s+Vcunu6xlY1IdJQD3FAOJ4vj5ty6RgHj9sfPX9mk/GgdKVoWMLt3Ys4MSTXbqxfPosyjOU1LSHer6fC522ERzw6evjl3/TEpOxu0OzvF/KpqvmGzdyg7479rkAqdBX80VxZyL6mxBrScUvmtU+Xmnz91/VqV3XX86qEzt0zcm817xho7cOqGAgDAgREILXP/sd9en+uaxaiINbhL1eLtxilHZdBfNJhEZRWOOtYrMmXFwduhGE4mxV7JhMbt+0/dqFDQlhOmPfULMH+yEEmDVgQDA6G8h/6ty5q/c+P+c9bsOaffYlGmNWHfqRvGgVA0qZTn3LUHyhbCKM1GIEmDh2d39zKqsUuQnjygQYl240JfVwcAAFYjEFps9e6zdhgIc2dMKpWl6asPK8eTPnmCvJmTGbdLsa5ns1Ka+SqMuLk4/di2fIfBS5VVSudL1752Ic2rpLxmfoXNHEfO3Q7NjJSRjk0yrQkZU3rZ6v6N02xk9+jZy6VbT3aoW9j4Kvnwjuhe4+s/ligAABBBCIQWs4deo1Leee7/+lnQv0GXTxsRuB6arQ6FrUspjbT6iwa+eTd77dEc6RLXL5dThSMpH41bsu/kpXvKcmP71FFAVNRz1OqiOVPlSJ/E+KqmlfNsPXxp4WYfBQAAIgKB0GL3H/vt8ble3NZFwsVbT169/fjd+w9v3r1/+/b923fvP23ott9/eB341j/gje+zlw+f+D986q+gR3MA4ZZDl+SJkvQePoHQ71XglduP5XLplu/Hj8oKQ7+tljpJPAVEUe0HLdk+saOLs8aESUO6Vlu/7/yLl3QcBQAgAhAIrdFr1OqkCeNIVAt8++7Np3/fv3n7TkpSshH45u0Xl0TfMamT8TQJS7eejGL9xMKHpME0SeMbt8/dcEz+ladUIrR3fHdlO8/8Xz+WZP7UX5cAz19/ePrK/Wt3n6hQqFM6e4c6hRUQdcnH5MeJG4d3q258VcK4bt9/VWbAhA3KPFYvLurh6pwpVUIFAAD0EAjNZcNuoskSxjFubFwpT/HcaZSNzFp79KyNpriwc53qFTFuvHn/2apdZ3Xb6/adb1U9v7LWxZu+E5fuv//4hZRn7/n6hTL4aZKzAxP61YsRI7oCbKpx/znm7zywQyXjsPTH9G0nL91VNiIfpQoFM1Qqksn4qq/rFh67eN893xfm3I/Vw1+rF88SpkNJAQCIjAiE5urSsJgKS7VLZVO2s+fENUcIhGXypcunNXXkgk0ngrenrDjo/ypQ6revdZfAtwGBb2Xj1es3fi8DHz17KRfdpI6aB4svXr6evPyACjMpEsWd93szdxcnFb4eWdLx+PC52+ZHi5wZkmrOCGr+PYQ+mRy2toIU2TWrknfu+mPBP1rU6aBXi9LGjfKc27bnQsfBS/dP75o4gYdBu4tzrF87Vmr/+2IFAADCF4EQkVjXRsWNG9+//zBNbw13n4t35aLsUhKvOCtHtE6qVTHWefIi4Lepm80smxhwd3Ue0b2G5kKLkoF7j16jzCaB2TgVeHm6Lh/easaaI9PMWyDR/FwRPslEXLjx6OdJG1XE0Yy+IZFzUicv3dt1/KqJfSb1qxdNqTl6mVCZvba75l8if6Hmy6HJnMKdvPc6DF66fGjL6NGjGVzVsFzOcYv2nrDXTysAAFEVgRA2IAfWNllJzKKV3LKnS1yxcEbj9k0HL94JxUqA4UaKJOv/bpc+eQIT+8SP4/JT+wrdhq9ctv2UskRyb8+lQ1tqpkEJzO1+X3z93lMVCnHcnFeNbJMzQ5I8mZLVKJG105BlVqTWWqWy/d6p8ob9F1btPLP7xDUV7uRNa5OQKYlLKr0GjVKl/+Kdm5+11H+91qW4LbHQ59LdtFpDZ8XEfvXkca3ceSa4JTRru4fFiLuthy6t2Hm6bhnDNUJjxIj+a4dKNXtOVwAAIBwRCGEDUmYJ/xlx+nxVWrN98ZaTyu6ZkwZ14nm4zBrYuFyB9N8MXa7Mkz9ozT3jXnk6w+bslCNyFTpy/5IGeDqp1wAAEABJREFUddvlC2Y4ML1rn7/XWLpygKTBNEnjd6pXRC7X7j5Zv+/88u2n95+6oSIbqb8ZJ66PFvbYNE0Svm4jtlPMgtlSyMXEzpP6179009eeO42PmLurdqnsxkXCsgXSVyiUcfPBiwoAAIQXAiEipQJZU9QpnV3zqlev3yj7Jgf3q/9qkyGFl/k3aVk9f+l86X7/Z+v8jcdN71m1WOZpPzYMaVHK+ZtO/D5tiwqdhX80L5knrX5LAk9X+aVVi2XpNWq1mQMOB35dUX96WNnuXL+oXEbN3z1g/HqJwQb7h+ewQKn4zV53NJSrIHz4YNXyIyFIb8m7xd3FafrPjQq1+lvZK5+Ld9fuPSe1ZeOr+rUqSyAEACA8EQgRKQ3rVj1atGgqchr/fV2L0qBOqiTxpgyo37Fu4Z8mbdx5TGMgmYTA3zpVblerYEj3sGrX2dBP2jG5f/1qxbNoXlWvbI7C2VM2/XHeFytj2dMl1pyl6Zn/6zGL9urm+IkoY/vUaVU9f5+vyoxbvHforB3Kah9tGQhTWbhGZba0icb1qWN+VTn8jZizUzMQnnOM6ZEBALAfBEJzuZccoGxEcx1CKaqwDqGZGlfMbfWYKHvQf/z6TWO/juOmUcSbs/5Y8yp5Tdw2X5bka0e1XbvnnMTCCzceBbc3LJ9rUOfKSbxCnJ9m04GLTX+Yq0Jt44ELUqsMaSKcZN6e60e36/HXKoN5TQxIOdHZSePL5+279wutWhXA6nUIDMjTqFukRGqeP7Wr0KFO4b8X7R09f7fpW2membBlHPy0Vo2npTeRqvIen+tfLClHlCPnbm/cf0F/CYpdx6/2G7febqeAAgAgqiIQWqN68SyhWTPQ5usQ3nrwbNzifcoxxIoZQ47UVWR2+sr9r36ev2hwC6dYMYIb37//0Pb3xUu2npy07MD0nxuZHl4oNTq5TF15aNjsHdWKZZEMEzyiT5OkgvaDlihbWLrt1K5jV6f80KB8wQyaO7jGjjWxX71cGZOGNJGpRD6pX2lelTCum1xUBJHnfFTPWvotiRJ4DOpUuVO9In8v2DN+iWUfMdt2GU2Z2HDSmodP/L3ju5u+VdygWYX2mDdhjxR4jU8orNh55vaDZypsDJ29QxcIr997+tPEjZbOnAQAAGyCQGgNSW42X5YwNOsQyrl2xwmE3RoXNz44jnS2HLokZbSxferofnzxMvDrQYt1JeLjF+7kbjpSMpXpUqFoV6ugiQ6iwX6YsGHUl2pcFnn07GXtXjP6tizzQ9vyIe0jIcrTLfbXfxim0J/bVwipx2mY0hzZ+NQvQP9HqVtqlm2Te3sO/baaFNy6Dlt+6Mwt4x00ey9/NKPLqPmjJY1LsvIqmA6Ee32uT1i6XwXNbWNO74PCOVIZB8IFG4+HXc+Fg6dvrtt7/si5W3/N2y3FYQUAACICgdBBaS7CbrVQ3pX53XGlfKS59mBkNGPNkVRJ4vVuUfry7cfNf5wnZUP9azsOXrpm99nh3WsETy9pBcmZ7QctXhs2B/RDZm6XA3opFYY0nem6vYa/t1GFXL0tWWjBhjSXUtQnkS+fyX7IUtXcNqHj6AV7JMUZXKU5mtWc+qBkNmUe4y6jzz5Ps8ZuPnimW6nC7F9hs54L5vdZaNhvtgIAABGKQIjI5I8uVRN4uqqoYuCUzdGjRRu/dL/mNCq6ws6gTpW7NSmhLLf54MWeo1ZfvfNEhZntR6+U6Thx3ei2aYzWxPtx4sYVekvhiQblckoJTtmrd+8/PHkRED+Oi+ndpEBdtVjmLkOX62e56FqJ8P37D8p2jFO3VAiNd9MfldekYm4Vatb1XHCoPgsAAER20RUQSUhV0ybHuHbl58mbTEyqWSh7yleBbw2SlTmk3njhxqNiudJ4x3NXYUlqQTV7TL/x+TL3s9cd/WveLv2WTvWKTP+5kQobT79UKzNH/3HrczYePmz2jmf+r03vmSGF17pRbYd3q+4aO5auJUYMjS/S97YbQ5jEK45n0GhAfY+1AuFvQWuK3LwfVqP+AABA1EOFEJGDl6fr371qKwdQKm/aIjlSFciaIm+W5FbPsJI9XWK56LYlHB44fXPn0StbD18K5dp6mq7dfVKjxz9rR7VNkejT2M7dJ651GrJMf4ef21cw3VN06bZT93xfmNhBElfrGgViO2l/X/UYuUrZgkRBqdmOWbjnu6Yl29YqpDmeMPjv6VivSJWimX8MeSqU9x9sViHUXIZezhQYN564eHfGmiO7jl3956eILMZ+/GjbOVYBAEAYIhAichjZo+YX51SMjOLHccmfNUXWNIkypkyYObV3jvSJXZxjKZvShUPd9DOXbvleuf1YioenL987ffXBqcv3lIWGdas+fdXhs58vFnf1zpNaPaevHtkm8O37Fj/O079q1sDGdcvkMH2f5Qpm+HrQ4nV7z4e0w4I/moeUBqeuPLR460llrdL50k0ZUH/m2qO/B9XWxJMXARLz/l6wp3vTkvKkubk4hXTbVEnilcmfTgKhZoXQhrOkZEub2KDl8u3HIa3C2WXo8uoRMW2PvrBeI9SisZH6kieK9PNRAQBgcwRCmzF/IcFQrkOoefOorV7ZHF8MFZFCysRxJZtlSuWdPnmCdCm85N+QZmQJIxlSeMml8n/DzAIC30o4PHPl/tnrD30u3t1x9Irpm8/7vVnNklnb1CgwfM7OwTO26V918aZvte7TnGLF9H3+Stcij27eoGaSddWXxHWPvWhwC7nDQf9sNbhKnh8pdpXMk1bzhlIQ6z5ipbKWlJ0n96+fxCtO35Zl5EGNnLdr7KK9uqsePXs5YPz6CUv2jeheI6RpUaWw2XXYCtmIqRUI37y1WSDMksbboOXyLV/lwGw+yTMAAI6MQIj/83sVqL/WeViwIsomSuAx4ruaykJWrBWpWT1IljCOFeWIWWuP6tfQBnWqXCpfurTJEpjohWgFiV4PHvuFtKafOaQamTtjUrkEt0gJ8fz1h9/8uUwKZQY7z/ylsaRB2XB2ijmgTbkqRTN3Gbb85KX/1xilbBW8XbtUtvF961n0ePu1KluhUMZfJm8KzqVSOZzcr16iEDLzi5eBbX5dqEJhQr96wcs5SP1ZXujO9YuOmLtz2spDusbbD5836j9HTkb82bWqwZIMmw9ebPnLAt12HFeNhxmg1aXTOplSJTRoMR0In/oFHNFauyLcnPu8gAwAAOwZgdBmQrn0gg0XgbCapMHSHSaosOS/a5CyUK/mpby0Zha99eDZc//XwSPlDNhqrUiJAVbcz54T1/QDYaxYMfRDV+ht2H9hydaTCzadkO1cGZNKdateuZxxjeYdsYLUDx8/f2WcBqf92FDqtPoteTMn2zq+Q5+/105ffdhgZ6tnRpXzBWv+arNx/4VfpmyuVSqbFO5M7Nxt+AopSyprfduouGRag0Yp4Y7uWUte8aEzt88PenrFsu2nthy6+FvHym3/W/Vxr8/1Or1nBt9KM7LaKhDGiBE9Y0rDQCgfVeOUGEz+vLD+IAMAgCiDQAh7t2izT6d6RYzbvx2+UupUKjIYv3iflJ5UqEkMWLTFZ+aaI/f1Jib1uXi324iVcmlZPX/NElmL5U7jHvKwN3OMNlrFfnL/+o0q5DLeUwqMY3rXLpQ9ZcfBS/XbF27xqVIsS8aUXkqLFAB3n7j2Y8iL2lcqkil47YSQ9Bq9JjRDBwtkTfFT+wohXSupeMoPDZpXzddpyFLdjJ1SjZRneOm2UyN71Hz79l0jvdXzMocQzB7/13U2lPJkTGrcJVVON5gIhAaK5Uodz8NFhbGwW78eAACEKQIh7N3hs7fkWNNgnoyJS/dvPngxsgTC6/eeSpXJ6mGQxy/c2XLo0oqdZyT7mdhNgqJcZKNmyazlCmQolS9d+uQJlIVOXLy7evdZ/ZbECTwSmZzOp3mVvFL/bPbjvCv/dRk9eele3uZ/zfi5Uf1yOQ12nrHmSJehy2Xj+t0n476vG9JUMSb4B7xp+9uitaGLH6N61Pziry6VN+3eaV2+H7N23objupZdx6/mbzFK6oH6S1MkC2GeEr+XX1i+wkw5MyQxbjx4+mad0tmVeQZ1rhIOo47dSw5QlvNwdfZ7ZfuZbwEAgPlYhxCRwO/Ttugv8336yv3vx65TkcqEJfst2l9KUtsOX+7z99r0dYaUaD9+4JTNzrFiSPTKbEZdaNWus1LOyt10ZOHWY/qNXSeVtEtmz0Eyyqg8KNXIWr1mSEUu8M27kG6VPV3iHZM6lcmXTr+x1cCF+reSIPft8BW6NCgWbvap2eMfgwUMv+iB/DE9p68NdTGqRo9/hs/Z+cUoIoU1qY7O/rWJ/oL1ButGJv18bGGwh0/8lS0Yd4q+dveJiipqlsp2ZmGv8gUzKAAAEEGoECISkAQo9THdGDZJSl/9PF8/H0YK+0/dOHTmluaCcsGksCbFQKmIHjl3Wx6ywbU1SmT9rmlJFbQugs+lu8fPf9pz9/GrJhZSlzsJvh8vT9fiudMUzJ4yV4akmVIl1Jzd9Oy1B0tC6IcpJdlj529P/6lRqiTxNHeQ7NSiWr7tn89TqrvVPz818n8V2ObXRQaLVbx6/XbV7rNdLRmi+fL12z4tSq/fd37lzjOPtFZmN5M8h79M3jRu0d4+Lcu0rJY/eIl5TVKLK5w9Zec/l0tR2vja4GlpDNx++FzZwthFe6WM1qRSnuCWK3qT90R2VYtmlnfUiuGt5LRF37HrDMK2kMa+Rmd/1o1uazzxbIpqvz/1+//YV+PhyvKxYmglAADGCISIHAZP36oLhL1Grw7NVCIRaMqKg/qB8OFTf92SgJduPjp15b7UA03fPHj9BqlWSS1OV46bs/6Ywfi9kPg+fyWhWi66HyW/5c6YNGvaRBlSJsyQwitd8gTJvT3/XrDHxD1IoC3Rftyk/vWN52JRQeGz2/CVmrcq/fX4wLfvg8txRXKkqlMme4VCGeX3KgulTRZfLpWKZBrVs9Yen+vr955bvuO0bpifFSRS9h69Rh51/9ZlW1TNZ2LPJF5xlg9r+cOEDcYV1IRx3Yz3fxnw5nXIBVWLXL3zpP2gJSPm7OzXupzuI3DxZthOBRxuJOgG1wYblMtZNn/6wTO2yUmEL94wVWLDsxLy9tZPgwAAwHwEQpv5Y/q2k5fumrPnwA6VjCeECOXNo7zzNx7N33hcqmHBA7pMm7X26J4T15QlcmZIKsHAoFEC28+TNioLHdaa9F/+/uxpE0kIkUKZ1PcsLXBl05pP9cRFs94zxuToWap527+08KABKaw16Dtbwli7/+bb1JHH0mTA3JB6YMrBusTXwjlS5c+SPF/WFJpzxlqheK7UchnUucqlW75nrj6QUuSx83d2WPiIVNB0tZ2GLJPE1b9NuYblc4W0m9RvZxjNpyryZ9Wo+j73t80AwmDy/m/5y4Lh8ke2LitvHhUl1C+X001vAqQEnq7Du1WXWNhQb84eTcZl6jsPrDwpAAAACIQ2I3HOzOYq+vkAABAASURBVHn2erUobfObO4L+49abH6IkdJ21xWJoEnJsOH3igAkblFXiuseWCp5x+9GIWG6u+4iV79697/jf1K9SCmv+4zyDgW1SxiydL32h7CklBObKmNSKyWPMJ5VGudQulU33x5y9+uDo+dvyzEj51Pw7uXz7cZtfF0l5akLfehrr/t1+XKfPTOPeuRlTeuXLnMz43i6ETRHv1OV7EryVLciZDqtnc7HVFDV1y2pMs/TuS73BS2itL2qrDroAYMIT/2dLD63bfnb/rvMHE7jHy50qa6kshduUbqSASI5AaDNSuDMzqmnW90J5c5uQe94xqZOyV6EZMxbZFdM6CH777v2xCxFTLNLNFqNbbFDy4V6f6/rX7prcOa9WTAoHkjzlV8slfhxXiwKhzqEzt/K1GCVVx26Niwc33n30onbP6cbD20STSnmiRYtm3L7r2FVl36TubfWZDitWEzWWOIGHZrTbcuii6RuWyZ/euNEmZ38AwIQzty+2nPDd/ef/nu977P9065m9cpm+c9GfTfsXzZBPAZEWgdBmQpnT7KEXqIerczhMT4/qxbMs+KO5CrVYMWM83/6bCp2xi/b2tWrKVql2vnz91i12LF3uKpkn7a7j/6agf1Ydypu5jrLWxv0XRs3f/fCpf8vq+RuVz6W57PsXjZi7U1lrwPj1K3eeHtunTtY0iZ68CKjbZ+b1EGZDrVkym2a75vQzdiVnhqQqQkmWNl5f8f37D6t3nTV9w6K5Uhs3GpySAADb2nZm31cTumtede3RrYajO234fnb2FJkUEDkRCAGHFpr5Wv+YvlW30btF6Z/bV/hj+jZdy4w1R5pVyVskRypL7kwFBL5du+fcyHm7Tl66p2vpP269XOqXy9m4Yu7KRSz4H+3KnWeC70RHSt/WneyIH8flwPSuykJ7pn6jrGV1RLeI8XDZcKa5juLhc7dNdwRwdopZ0GjQphSrd1s4YBgAzOdz4+zXU783vU+byb029p0Tz81TAZEQ6xACDu1dqBfwkMLyN0FLR0jG2DahY/rkCWT7u5GrzLz5y4A3kt/aD1qSsMIvrQYuNAhyYsnWk/W/n5Wh7p+D/tlq5ooLw+dYXx5EOMiY0itPJo0S5dZDl0zfsG6ZHE6xYhg0nrpyP9BGc7oCgIF7Tx80H9/t9dsvDLq++/TBnD3LFRA5USEEHNrbUAfCHs1KBk8cWjBbil1Tvhkwfv301YdHz9+tG2Ro2qVbvsm8PTvULSyXL+781C9AKkiaKz0EW7f3/PELUWQezqgqpLGXK/9bFiUkX1XTGKVz+OwtBQBhwC/Av8nYrk9fmjVt1f5LR7tWaqWASIhACDi0d+/eq1CQbPZ1nc+CXBw35zG9a0vGGzBhQ81S2dIkjW/6HnJnDO1gtnu+L2I7x4rn4aL7cdjsHQr2rVYpjf6il28/Nj03TOZUCYtrDSBcZ7t5gAFAX9vJvS8/uG7mzidv8l2EyIpAaI1bD54dCcV0/5lSJfRwdTZoDM0s8OeYYQ/WCnwbqkDY+6vSnu6xjdu3H7ks/3YdtqJMvnRylH/03O2pPzYMoymLlm471XfsuiI5UpXKmza+pyv1IjtXIGuKjCm9jNu/2F/0+1ZljeuK1+4+2W754pMA8EU95vy679JR8/eP6xpHAZETgdAa4xbvk4uylub8FqGZBd4K8rvcSw7YNPbrHn+tOn3lvgp3/VuX69a4+KvAt4Vbj1EO5qlfgJknFGI7xcyutR796zfvrHjVUieNb7wofGgmlUniFad1jQLG7Xt8rutmfdxx9MqO8DpY33/qhlwUzBOB6xB+XaeQZvv6fedN3EpiZH2tdQsXbzmpAMDW/t7wz6IDayy6SbL4SRQQOREILWOTZfpCuQ6hCVIq7DRkmZk7921ZpmjOVAemd1242Wfw9K2XTU7XIYf+Kqhvnun7bFU9/1fV8q/Zc3bk3F0h7VOteJbB31RNm+xTT0I3F6ehXau1/GWBciQSlkp3mGDOnuO/r6sZCFfsON3u98XKQiuGtypfMINBY2gmlfmpXXkX51jG7X8v2K1g3yJqHcLk3p71y+U0bn/m/3rr4csmbvhbp8rG5cEPHz5OX31YAYBNrTuxbeiaicpCNfKVV0DkRCC0TNgt0xfO6xBKpUg3M6RoVCGXXGatPTp4xrZbD54F75MueYLS+dIVzp4yf9YUGVJ4SW5s+9sizXuTdNeudqEmlfLoZvvIljbRkq0nb95/ZrBbmqTxh3SpKoFQv7Fe2RwSb5bvOK3wuULZUzarnEfzqsnLDyjLecdzN270D7CyTJQxpVeLqhozfJy8dG/d3vPKzpiZwE2QZD5/UDMTQyK/Gbp85poj+i0zfm4k4efx81ej5u/+a94uZU8iah3C75qWjBUzhnH7tsOXPn78GNKtpBCtPXpw33n9rywACL2j1051mfGjslBqr+TNitZWQOREIHRQ/VqXC56EQ+eravkaVsjVZejyBZtOzPylsRQPdVXBYBIaR8zZaTDrQ55MyX5oU67S52vEfar7fVu9cf85Br90eLfqlbRWk5P23cev+j5/pfCfnBmSzP2taYwYGgvD7Dx29dAZa4bJJYynMTnnE2uf9gFttE+FSvhR5pGC89Jtp5QlkieKW7tUNhXufmhbvnuTErGdQvzCnL/xuEEaHPh1RV0pLIGn628dK7WrVXDQ9K3zNhxX9iFC1iGMH8dF8ySC2HTgYki3ks/CsG7VjdulPPj7tC3KFo7O7n747K31+85v2H+BFSwAR3bt4c0W47u9efdWWejPpv01J08GIgUCoSNKnzyB5hT/cryry3t3fV8YpEGd71uWMeje6fvsZZGcqY33rF48S82SWVftOqvf2OGPJQdnfJsogYfBztLy57fVQyo/OiCpyi4Z2jKu1mQt799/6DfOmlXLpSyjWSF8bFUgLFsgfd0y2hNFLtrio8xz59ELS1dgl/dVOAdCKWgP7VotVZJ4JvbZf+pGl2Er9Fva1CzQs3kp/Ra5h8n963eqV0Qesm6ApQPq2qi4a2yNPsbP/V/PWX9M8yYers5yfkozii/fcdom45/lV2RKlVAuzavk9Q94s/3I5Y37L6zYcfqZ/2sFwJE8e/WiydiuLwL8lYUG1u9RLGN+BURaLEzviAZ2qKTZLgdYumXB/5q769VrjdNj9crmkLP1+i23HjwbOVd7EfAhXaoZtEgNsNdo7SHaUn6UAKmgVMXCGVeOaK2ZBsXCzT7GS7ebI3Nqb8164+PnL5WFvDxdJdtongods3CPiioyp0q4+q82C/9objoNHjt/p16fmfplpcpFMv3dS7vjkFTUN45pL/eZOXy7iNuJ1jULarabOIkwf1CzDCm8NK/6c+Z2ZQtZ0ngHb7u7ONUokXVsnzr9WpdTABxJ4Ns3X43vfvuJxf+HbVG8btvSjRUQmREIHU6BrClqadVY3r3/8NvUzbrth0/956zXnmq5XyvDnmajF+wxHi4oUiaO+2dXw0womTOkXoIjuteIH8dFOba6ZXIsGNTczcVJ81qJ333HrlVWkbKwZvv9x37KQlN+aJDYqMyrgrqAzvi822QkVSZfurm/NT0yu7tsmN5TwnnNHv+8ePn/cZjyzPzzUyPTt5Kqo9z56J61Emk9jVHVd01LGk9yqzNl+UHjRincSXguHcJLIF87Z2203E6mVN7GjVZ8LgBEXh8/fuwy48dj1y2ezqBctmKDGvZRQCRHl1HLhGb5wWA2X4cw2BcXJJSkMal/fc2rFmw6cfGmb/CPf83b/VW1/MY9taoVyyJFQv0i1dt373+etHH6zxoHwV/XKSQlo9sPn+s3fjdyZYncabzjG3ZfTOIV5/uWZb8fY2XgiewkqH/fskzFQhmjR9cehPD6zbvmP81/8iJAWSWb1myl8trphxlzdKxXpEKhjJpXjV28LzSLWNiDzvWLtqiaN0d6s6YO37D/QvvfFxt0LJQg0fyneUO6VM2aJpHpm7etVbBu2RzDZu34OwqVVUMi1enO9YtoXrXj6BXjaJc2Wfz5g5pnS6v9HJ66fO+nSRuVjaTTOldy99FzBcBhDFk1fr2PxZ0OMidNP7Ht4OjRKa4g0iMQWib0cxWqCF2HcEzv2ppLQgcEvh04ZbN+ixSjlmw92bxKXoM9Ja7IQXPHwUv1GxdvPflNw2LGDypWzBhSUfxm6HL9Rok03/21Siowxn9G6xoFRs7b9cDBzs1LPO7TskzpvGlNj0f/buSqo6E4H6E5Qa5BVv+i7OkSD/y6ouZV1+89HT3fstUm5LRI9c+nnP2iMJobM03S+J0bFG1YPleCEEpYBqSc/ufM7YNnbNO8dtvhy4VajelUr0jvr0rr5t0NSTwPlz++qdKwQq5OQ5ZJyFHhKJzXIWxdPb/msGRhvG5E5SKZJg9oEFJ/AfmyajVwoQ1PPci5GOPGG/eeKgCOYeH+1eM2z1QWShzXe16XMS5OsRUQ+REIzfJNg6INyudSNhJ26xAG0wyuLavnbxjCo5ix5ojxGoPDZu9oUjG38cCzykUzG99D79Frtk3oYBxpGlXMLcfNBsFj5c4zi7b4GP8xrrFj9Wpeqvdoy5aCDYlUabr8t7SG1eTY19JV19xLDjBntyI5UtUqla18oYzmDCf7bdqW2euOKmsl9/YspjVrv6QCZYlJ/eqF1J21+4iVykLyQVjwR3MVcQpnT1m1WJYy+dPlTJ9Ec4Clpku3fDsNXnrg9E0T+3z8+HH8kn3zNx7/qX2FVtXzay60ECx3xqS7JneauvLQL5M3vQx4o8JFOK9D+E0In8Sb958Z9CHv27LMD21NreXVecgyS9+3OikTx5WQaVBjl3MBpfKmNd7Z9OsLIMrYf+lY73kWf6e5x3ab32WMd5wECogSCIRmSZEobtitQKgT1usQyt8/onsNzaukUDBs1g7j9iu3H+87dUPqVwbtXp6uFQpl3Hzws2niD5+9tenAReNVJWI7xezzVZlvh68waO8/bn3NktmMu6S2rJZ/+JydUbhIWLZA+lols8kTKIenZt6k1+g1E5fu17xqzm9N0ySJd/+x38On/vd8/WTj/uMXT18EPPX7dLnz8HnaZPGzpEk07NvqmivIn7/+UJlNAnaujNoFuvmbTmw5dElFBnHcnKsUzSzPv8SAkGpWIXnz9r3EPKmlv3333pz95SWQuu60lYcGd6lqejiiJEapKMobo9fo1QZz80aUQtlTyp8kgU0exZMXrx4/e3nvsd/V248ra60cY1r9cjlDmhhG/zRHi6r55NRbdq2+zcHks7B460llFe947lsndDxz9YGc/JICo7urc7a0iTTLg9bN2wQg0rl0/1rrST0/fLSsx0H0aNGndxiRIXEaBUQVBEKHENc99qyBTUJaRU3ChsQJzat2HL1iHAhF7VLZDAKhmLbqkOYyg00r5xk6a7tBkVCiy/Ltp5pUMlx4XYqEfVqU7jlqtYpaEiXwGNOrtsRy48GTJjx84t+clF58AAAQAElEQVT5z2Ub9l8IaYeLNx7Ja2F18VoOjs3cU3Js5/pFNa/yff7q+79tU9QNa791rPRd05LKKnK+46dJG61Y50BuUuO7f+Rl+rVjZcnnJvZMmjDOvN+brd93XgrCEZ5JLlx/qFtH0RymV4fv1ri4ZvvrN+8kLcuGhPMxveuYfnJUUJ+FkM6MGJOTSsZz9kguDSma6jt+4Y4CENU9fPG4ydiu/q8tnmp7WNMBRTLkVUAUwkBYh/B379oh1aMu3fI1GD2ob20IncoqFtaYVmTd3vNyb8btEkQN1mTTGb1Aey4NKRRYWrqxf3J4Gt/T1aI0uO3I5aJtx5pIgyp0R65yOL7l4EVz9tStMxHSbDe/Ttlk9VQ34WymVZOgXrjxqG6fmXIJzap3K3aeydlkxKB/tvp/qVOoFDBzZwyToZIWeeb/+tCZW2bufOmmr4lrl+/Qnrhv5c4zulNR2dIm/mIanLP+mIlvKmM37j9T1pIXSwGI0gLevG46tuv9ZxZ0k9HpUrFloyI1FBC1UCF0COMW7yuRJ63m/BYd/lhi4oZyBHz93tPURuuwSWArky/d9qNXDNpnrDkyqFNl4/upXjzLdyNXGd+5VF2Ms6UUCbs2KtZ/3HoVtQyesW3l8Fbm7Hnz/rM/pm8NaalufQdO3VDWWrf33KNnZp0ZHd69RuIQFkjYfeLaP6sOq0ji8u3HE5bu71SviJn77zp+dcrygyHlGSvIe2DWuqPyGTFRfJO/cNZa68eL2tD+k9cLZkthzp4Xbpoa1Ddy7i55o079oaHBaakpyw/oNsYv2Vcyb1oTMwzJPVg6reiN+0/N/OMNnL32YLN5J0oARFIfPnzoOK3f+buXlYWq5CrTt+Y3KmwEBr454nPu7n3fh75PXgWEdtp5e+Pq4uztFT9pYq/8ubI4Ozsp2BkqhA7h4Omb1bpNM54374/p275YBNh9/Kpme1Wto7fpqw4ZLGMgNcMfJ27M12KU5p2MXbTXuPGpX8CV249VlLP10KWdx66a3keevd+nbcnacJg5aVBIorNuOkT5RX/NM3dS0K2HLwcEvjVuD3zzrodRzrdzf/yz9Yv1TCnizd90QsqzVbtNs2Ea1Lnz8HmrgQvLd5507LxGdVfKwraaVCn0thmd8dEkT9e0FQdN77Pv5I2S7cet33c+uEUevv7ELZ0GL9V8J8uL1WTAXCsWmZj6pT8pJPJ9pQCEvecBfkPXTJQyXa6+leQiGyPWTraiA6cVflg8fOuZvZbeKl+aHFPa/6nCxtUbd6fNW73v8Knrt+5FvTQo5EHJQ5MHKA9THqyCnaFC6CjktHflb6cuHfpV8PJocjQmZagv3nDzwUstqubTb5HAJtlGsyujxIxl20+1qp5fBa3S9s+qQ+v2njdx53L4K8eFeTMnC26RGuOvUzaHNKbRIrcePLPJupE2NGTGNs0pDVXQNPeLtvhMXHbA0gl1Tl6+l8qohGvaM//XTQfMNb+76ex1R4+eu/3PTw0NJvwYNX/3uesW97cJJq+Opeu4SBEplBOTyrt32Kztg7tUNb5Kgs2mAxdW7zpr9bQl5pNPX8mvx8sn5Ye25YOrr1LAbPnzAmU35GP+MuBNSPPKBpMsd96MaT99n79q0Hd2j2Ylf+1QSX36pH9WWJbXpf2gxZvGfq3fuP3olW/+XHbTqs6fe32u/zJ50y8hrJKiSR7sb9O2bDTZSRuATWw7s6/HnF99/Z4Et+w6f1Au8/atGNXilxKZC6owM3X7glm7l1h6q+Txk8zs9JcKG9du3l26ZptyDC9fBciDrVe9bNpUET84AsEIhGbpO3adXFQkJwGp6rdTFw35qmC2FJLcOv5h1heiBLwpA+o7O8WUY77tRy6v33teUpyJ/WesPvzq9ZuJS/dfvfPEnPufuGz/5P71VVA4HDB+gw1XYxu3eJ9clD3ZfeLalkOXyhfMENwix6BSf5uz/qjp5GzCyUv3apTIav7+K3ee6TNm7R0LVyCUEwqFW48Z16dOy6C0r4Jqv3L0rCKhMYv2tqpRIHheXzn7sOXgpY0HLhisfxAO5PSH/NJ+rct+26j4c//XzX+cJ7lI2ZODZ26WzZ8+pGt3Hb/658ztX6x76xs5d9fB0zd/bl/RuKexVBF/nrxJt9Cl36vAgVM2mz+FjKbhc3au2nWmUYXcJfKkTZk4bnJvT+N9pPTt++zl/cd+Ur2cufaooy2CCkSIHWf3fzWhu+ZVD577Nhnb5Zd637Ur00SFgS2n9wxcZnGu83TxmN9lTFzXMJnd4HXgm/VbQ/VdFxlt2La/TZMasWPTd9ReEAgdi5ykL9tp4tI/v5Ji1GWzu2X2Gr1m/8nr581b+0vKPhbV5eZtON65ftGhs7ZbMdv+uWsak2Ta2yG1gcEztkkgvHb3yY6jVzYfvBj6NQbkDuWSJbV3Um/PZAnjJPGKk8DTNZ6HSxy32B5uzrFixnjmF/D4+Ss55JWwLYUpS6Ogvm+GLpfcPqZ3nThuzj3/smwmWOMXS/PlM01eXON3l+kpLjX9OnXz750qSxH7iyc4wpokn/7j1stplOTecS2atMb8AnhoPiZtBi6sFDTJTba0iVyD/s/9+s27izceyRv40JmbUoVTlpNbVewyWfOqEXN2FsuZOlasGN1HrLRJv/GLNyPraQsgqnr26sW3s342vc8vSz9lNptnQp8bZztO6/fx40eLbuUUM9aszqPSeKdUYeP0+StSNFMORh7y6QtX8ufKomAformV6K8AhKOMKb0umpyV0c6lT56gcaU8v3OcDQBRi/8ui5dot9SUbfMGLhtlzp62rRPee/qg4pDmT19afEp0crshVXOXVWFm9cbd5y9bPz9c5JU5faoalUqosORecoCCeagQAuEtUqdBFTTUjTQIALDC4as+Zu5pwzqhX4B/k7FdrUiDfWp0CtM0KO4+iNyHBFZz2AdunwiEAAAACA/7LlqwrI5NMuH7D+9bT+p5+cF1ZaGGhat/W6m1CmPv3r1XDslhH7h9YtkJAAAA2CPJhFO3z1eh0HveoAOXjysLFU6fZ1jT8Ohw6O1l2TzhUYbDPnD7RCAEAABAeMiZ0uJ5REKTCf/e8M+iAxYv7po+UerpHUbEiB5DhT3vhPGVQ3LYB26fCIQAAAAID9mSZ1SWsy4TrjuxbeiaicpCCT3iz+8yxsPFXYWL3NkzOjvFUg5GHrI8cAW7QSAEAABAePiqRD03Z1dlOUsz4dFrp7rM+FFZKHYs53ldxiSJl0iFF08PtyrliioHU7V8UXngCnaDQAgAAIDwkCJB0lFf/aKsYn4mvPbw5lfju79591ZZIlq0aBPbDs6SLIMKXxnSpqhXvaybq4tyAPIw5cGmT5NCwZ7EcEoVtmuAAAAAwP71b11Ohb0MiVPHcXHfce6AspzcSm6bN00OE/s8e/Wizsj2j/weKwsNrN+jfsGqKiLEi+uRM2v6GDGix4gR483bt2+j3Aycri7OyZJ4Z82UpnqFYgkTxFXh4o/p2xTMw7ITAAAACD+6lSR0q0pYyvRaFIFv30ht8PaTe8pCLYrXbVu6sYo4zs5OxQrmUkBEIBACAAAgXIVFJvz48WOXGT8eu35aWahctmKDGvZRgKMiEAIAACC82TwTDlk1fr3PdmWhzEnTT2w7OHp0ptWA4yIQAgAAIALYMBMu3L963OaZykKJ43rP6zLGxSm2AhwYgRAAAAARwyaZcP+lY73nDVIWco/tNr/LGO84CRTg2AiEAAAAiDCS6N5/+PDb8tHKcpIJ7z17OHfvig8fPygLTWn3Z4bEaRTg8AiEAAAAiEgdyjWLET26dXXCSVvnKsuNaPZjicwFFQACIQAAACJcaPqOWqpLxZaNitRQAIIQCAEAABDxwicTVslVpm/NbxSA/xAIAQAAYBfCOhPmTZ19bKvfFAA9BEIAAADYi7DLhMnjJ5nVeZRzLCcFQA+rcAIAAMCOSCb8qW43ZVNxXNzndx0b1zWOAvA5AiEAAADsy9dlm/1S7ztlI04xY83uPDpNwhQKgBG6jAIAAMDu2LDv6NhWv+VLk0MB0EIgBAAAgD2ySSbsU6NT1dxlFYAQEAgBAABgp0KZCRsWrv5tpdYKQMgIhAAAALBfVmfCwunzDGs6QAEwiUAIAAAAu2ZFJkyfKPX0DiNiRI+hAJhEIAQAAIC9sygTJvSIP7/LGA8XdwXgSwiEAAAAiATMzISxYznP6zImSbxECoAZWIcQAAAAkYNkwh/rfGHN+rGtfsuSLIMCYB4CIQAAACKNDuWazeo0yssjvvFV0ihXVc5VWgEwG11GAQAAEJmUzVZ050+LJ22de+zaqVM3z8eMETNb8oz50uRoV7aJp4uHAmAJAiEAAAAiGQl+fap3VABCjS6jAAAAAOCgCIQAAAAA4KAIhAAAAADgoAiEAAAAAOCgCIQAAAAA4KAIhAAAAADgoAiEAAAAAOCgCIQAAAAA4KAIhAAAAADgoAiEAAAAAOCgYipYpUjONC7OsQJev91/6pqKIKmSxE+X3Es2rtz2vXHviQKAMJYzQzKvuG6yceTszRcvX6swU6NkdvkV93xfKAAAEJYIhFb6uUPV5N5xr997Uv3bCSqClC+U6btmZWXjr7nbpq3Yr0Kta+PSJfOkO3r+5vwNR81JmMtGtM+Y0ls2sjcYpByDd3yPh0/8FGCtaT83847ncfnWox/Hr/EPCFRhr2yBjH/3aSAby7f7yC9VofN1vWKl82WQjcb9pp++fFeFQoMKeRpXyvf1b/MfP39pcFVcD5fBXWvJxr4TV78eNF8BAIAwQyAMlSQJ4swb3Fq/5eKNh79MXJsumddvXWp88eYvAwLb/zpP2Y06ZXJK4MmUOtGctYctuqGTU8w3b96ZuXOvr8rlzZJS2cKmfedmrD6gwkv1EtkHdqw2b/3hEXO2GVzVqkbhikWzKKvo3jPKQmv+7pQ6SXxlOam6tPp5tjl7ypuhR/OyG/ad3XHkUkj7yHNSKl/6QdM2PvMLUGZrX6dovDiuynbmrDt899FzFfbG9GmQIJ675lWLNh5dseOkbBTLndYttvOmA+eM95HyWqHsqXXb4ZMG7daf3WpVK55dNvq1qdjrr+UG11YNugoAAIQDAmGoODvFzJk+qX7L+/cf5F8XFyeDdk0mOly1qllIygjKJEluuo2iudIm8HQzvfPDp34zVh00sUO5gpkkAMjGgVPXbj98psJM6qQJzHlyzHHq0h0VXorkSDPk208li9a1iuTKlPz70Sv0O7MlSRjH6gele8/YoUYV80nek8vOY5e/GbzQeIdN47skTegpG3cfvZAytTJbrTK5rEuzIdl04Hz4BEL50OkesrEdRy7Kv7unfSdZ99FTf81A+FX1grqN9XvPqi+RvJQtXWITO7x7/2HkHAue9i/q07L8F/eRz69uo2ml/M+KvTK984kLt+Wl0bxq475zukBYuWjWTfvPGexW+b/TK+v2nlEAACAsEQhDAZvYbgAAEABJREFUJfDNuws3H+q3XLntK/8GBLw5d/V+lrSJNfdxi+2kG/v3LuQkUKNEjuC890VScwguO4TkwvUHpgNh7TK5dBtLtpxQ4eLCjQeBb98btydNEMcrqAhz7c5jP60qioerc5r/jkrDzf5T1xZtOtawYl7Zzps5xZzfW7X7ba78hbpr7z16cVKr+1x0FS17+iS6bd/n/hKcjPfRvWf0/d2nQdkCGVUI5NC5x4ilK7f7aBbZ5HWM4xZbNmat0X65bz0wK+1Hixatbtl/3xI7j2pXCFftPNWxfnHZkKdl+qr9FhUJI7UnL16t2XVKt506SYKS+dLLRsDrt/LvwdPXJeEkjOdesXBmeaWCB/qK2E6x5Crd9u1HT41fYp8Ldx6/+H/nyWK50tYsncPEn/E68K0NA6G7i/NX1QuZv7/pv03HKVbMkALhtsMXpfise0J6tii/9fDF4DMjSRJ65smUXDb8XgWu3/fl5AwAAEKDQBgq9x6/aNpvunH7lTu+Db6ftnR4u0ypEkkVcdSc7YfOXA++VgpNumPE1f8dU0Y4qQ2Wyf9pXJCUWYwrG/XL50mbTCOABZclezQr8+HDR+MdTHfk+3niOs0xSL90qCq/UTbGLNiheTRZo2SOwV1rqnD365T1py7f/aFdZXlNEyXwmPZTs69/m3/59iO5asbqA8adVyU3DuxYTbct5cTWP8+2Yel1yvJ9mu11y+WWfx8+8Rs6c4sKBSkMJgyK5RJ+dD0hjclDblI5n6e7i0T0NrWKmB9OjEfeBmfg5j/MlLKS5q0ypPBePrK9bOw7eVWeeRVxnr14Ffz0Dv+ujgo6uaOLLjNXH9SFnIpFssi7N3igr4E/vtF4A389aP6+E1eVwxgxe2uZ/Bnl05TM27NBuTwLNh3Vtdcvl0fOR6igUz9H535vyV2q8p3G3GceGgAALEEgNEu2dEkSxf+sA6dzrE9PnYtTLM1Kzl3f5+evPRi7cNeYoLkcujcvE5wb5cy3HGqroOPsCYt3h/Qb6/WeGtJVcha/Z/OyMWIYLhki9Zk+f6+w7oCyXlCKECu2/3von9w7bs4MyXT9tcoXzFQ8TzoTN29etaBme7h15As3y7f7PPV7NapX/Zgxon8KQm7OmrtJja53y/I1S+bQvUyScHqNWm7+ceqNu0+C642ZUnrLEbNsBLfcDHm+H3nVpM7z6R7uP1Wh06Z2Yd3Gqp0nQxog6v8qUDL/Nw1LynaTSvkXbz5+60Fof2/kIs92qbyfzqQcOHnN96m/bMgpg+v3nqROEr9wjjTKRqp0GW/wxM4Y2CJ/VtsMxA3mHxAY0uxQTk4xh3evo/ldd/Hmw+7Dlty06v0mZ0nkpJju7E/2DElVUCCUz069crmUtd7ZawdsAADsFoHQLK1rFg7u66VPykS66fsM6Gbz23744rHzt6RMlDN90s4NSo5fvEuO7INLRpOX7pXjaWUJSRdy89qlc8r24+cv1+w+3TKoi9eybT4l8qSTes7kAU1Gz9seUu0oJAniuDWulE825Ih2zrpDusZO9UvUKpNTUk3/sasU9Ow4cmnQtA0/ta/y+9QNx7VqWfICdW9axktv6pHj528Zp8HcmZL3aF72u2FL9XsJ6oyYszV4e8O4byTmyYZxLVp+UcOgFy6Yi/O/n2ip6BpMd6Sz9/iVcYt2qS+Re5ZynAoa37hgw1ETe85YdUDePFIrdokdq3+bSp0GL1CORIrV8sBlY+2e/w91O3L2pgTCuB4ucvZny8EL1+48ltMHP7SvEj+oi698WnWjDY1duPpA2R/5YhnXt1HWoA7wZ67ce/L8VYm8n04PTVuxv23tIhlTes/7o7XVp6ImL9ubI0PSSUv2BPcF6NSghFfcT58d32f+d80+h5Isoaeuw8LH9x8VAACwBIEwbA2ZvmnWr1/Fdo7VuWGJS7celsqXIW1QZ9HDZ28GRy8zZUzl/XvnGrrDsgeP/dr/Pk83+bu4fvfx1OV7J/3QJEWieN2alimZL8OfMzabPyP8D+0r646l/pq3XTfPjfwuSYOyES26OnXp7oQluxdtPmZ8w+9bVUgWlFW+G7FUc2aU4CF2mgZ2rBrSGELdRtfGpVvVKmK8g4erdl0u3Egp7PbDZ/t9DJegbFGtYIPyedL+N2ZMBY0glbMArWsVWb7j5FW9sYJSWRr0TY1USeLPG9yq2/AlUk82/RvfaD1R3gk8QprJRl5QzXmGbpqxmkismDHkoFy3LSVi091cAwLfTly8Z0C7SrItOUHOm2xwpEFflYt9Ok8kxXn97t/bDl34+OHjzmOXdOcLbtx78kO7yro0KAXznyaEduEHA390rZna5JBa99hOug05bRR8mkC+NPqP+fK5ngqFMw9oW0mX0I6eu9XpjwVDu9fWXbXpwLkjZ2+M6FFXou+Evo3W7j4zav52SxdlkSekXq//94aQz06jiv+e4/hpwtpdxy6beT/DuteuUiybAgAAliMQmmX6qgPr9hhOdqerDW4/cmn5NsNZWO76/ttP8uzV+3/N3d6vTUUVNGpIV0yQQlyfUcuVJVrVKPxNw5K6m0vVsc/oFVJx0o36U5/m/1A37z9t8eOscd83zJYuidQlFgxuLUeofy/Yee9LPTarFssmx3wqqKyx8r+hYrpOgJ8e+IoD/gGBPhe1J/Ps0riUbmPnscvmLzsRLFOqL8yakyZZeM8cYz79NJg+ecLGlfNVK5FdP6nuPXF12Mwt+bOmlLwtP/b5qnzHP/5fPevbpmKqoGk2JVHH/9IMseFMYq0u50uaHbNg5xf3n7/xSPWS2XNlTCbbfVtV2HPiiqWl70hKXsG8mT/NfbLl4GcjXSXG6CeZSkWyNv6vkCtnapStZUrpbeYEVJLrdNFOOMeMYXpnOWch71JdfwSxaNOxX6es198hWrRou49f+fr3+aN715ezDzVL5yhTMOM/K/ZZ2kNB3/ctKzjF+vSHydeR+WlQfeo98e/Def+RLqMAAFiGQGiWM1fuycU1ttOMgS3mrj+8Um+OjQePX2w7fDGJV5wB7SpfvPHw7/k7DG4r+xfOkbpMgYy6OCeVtH5jVj0KGm70RTFiRK9bNlfTKvl1/fc+fPg4a+3BEbO3ffyo0S1KcuZXP83q0bxs44r55IY1SuaoWDjLxv1n/1lxQDfxibEEcdx0YVUO/QdOXqdrlEhZJv+nwUJS2Zi11rIypkUi1yyjJhTKkbqxXtfN6/eejJm/U5552U6XIqGuSFg8T7p0ybyu3PlUJOxYv3jwcfaExbtDP4/It0MXy5vQxA5Fc6edPKCJMkOShJ7t6xbTbS/ddsLMIaDy5lkwuI0cyssLN+TbWl2GLFIOoHaZXLq5T5Zt8wlpn9yZkv/eubpu++mLV/mypJCL5p7ynSAnnpQdkIpfi2qF6pXP5eX56WMop4R+nbQ+pOUfTly43bjf9F87VSuSI418MLs1LdO8WkF5QuasOWTcF9o0KWAWy51Wtz163nZLbqpi/jemWnN2KwAAYAKB0AKdG5bImjbxoG9qyIGdwdnr71tVLJ0vg1wkExp3mdOPfxLV6pXPff3e43smh8ckTehZu3SuOmVzSdTUtTz3D/hpwtqthy6YuJVkj8H/bNp26KIcn0mRR3JIzVI55bLv5NXNB86v33PWYC3stnWK6JYukJJml0alEsX3SJQgTvBvlOqQZvI0ZkV5UEXCWUZDIpk/c5pEdcrkOn353sqdJ+dvOCKNnu4ufVtXkD81eDepn1xZ7tu5QUl5I+laDpy6Zs6IvvA0pGstXZ3z5es3kxbvMfNW8raXJ6F1zU/z0MinoHvTMqMsPKCPjHRr5V28+fBkCOthSgnx7z4NdGeChHzWTKzrIPdjXSA0MQGVTtkCGXXdGXRjm03smSN9UnkbS73X9b9eppduPezz10r518St7j163v7XeU0q5e/WrLTUFaVa2L5O0RZVC2w5dGHj/nPbPz9VYTzwVfw6ed35aw++bVxa9+PqXac+fmlRxAeP/WbqLawSPXo03YaJxV0BAIAmAqG5UiSKJ0c8suFz8Y5xX6ZfJq3NkDKhHP/92L6yhJzgYVcl86bv37aSblKQJy9e6cYRVS6atVjudDNWH1iy+fjj54Yn0SULyTFT7qBluHQk5smR3MSle3zNqysePH290jfj2tQq0rxqAd1a80VzppXL9y0rLNp8TH81At9n//52KbgZ1NxOXr5r/mAwJ6eY1mXCKEOOs6cu33fjvxF6cgj+Q7vK3p/PTFulaFaJBC3/iwT7T13rOWKZmfev60dnDqnR6QYWXrnte8OMEYP62tUpGly/mrB4l0GFZ/rAFhdvPJiz9rDmVKJjFu4smiuNrhtw29pFJCJatKR48Ky5kWWWyMI50sh3gvo0YjDE2qx8/HUfeTn7ozvP8vCJ332jUXby0YvwYbE9mpctUyCj/peA7zP/WWsO/bNyv5n3MH/jka2HL8hbqG6ZXLGdY8mleonscpGvuJFztgX3qpAPhfHAV7eg/PnrlPV/9awXM1b0IdM3VyqaxfSiiGeu3NMPhE7/dRnluwgAAEsRCM31W+fqutn/R8zeanztM7+Avn+vnD+4tdSFqhTLeuryvdL500sGC55fZPHm4yPmbC2WK12/NhW84rrL8V/XRqXkIoc1kt9mrz0UXEX88OFDcBqUKCgnyyct3XPP8pW15EhOLq1qFm5YIW/KxJ+OXOUQ7fLna6BLRSt4W/KDnOkPXl5i2OeDnWqUytGkcn6DX5HCO55uY+YvLT5G++wqf//XXw+KyJXibO7bJqVjOxl+XqYt3x+cmnTpq3T+DC2qFSyUPXXwPtNXHiiQLVX29EkypU4UPNZr4aZjv30+Iss0zUllNOXJlFyOqlVQpzuLRnNJkbNT/X9Ll0fP3Zqx6rN17QtkTVUga0q5NKtSoMzXo437PMtReJ+/Vswd3EpqRNGiRZPPy5t377YcvGDmbw9OvK+Dlne3f94J/h2MlzfL/8/dZEzl/ct/0wiroIGm8zYcKZ47XZc/F636q4O0bD54Xmr4Bnc1+/eWefROABnLnzWlnG/Sb9Fc76RhxbwxokfXFagtlTCee3AalFNX89YfnrjE3PpwMIm7f0zbKGdGpFYstfG4Hi4qaH4j/Qqq7BO8gEpcdxfdV5MK6nl76vLdhn2mpUuR8Ll/gLJQtBj/fgGRBgEAsBSB0Czft6qgW/Vrwcajx87f0txHjmakSCKHPnIUeHh2n+B+YhK05Mz30bM3ZXvj/rNHz9/8sV3lcgUz6a7Nli5JYq84+it6L9vmUyRnmuJ50q/c4fPPygMmZu07c+X+rKBz5LIR0j4zVh2QS5FcaeS0fWIvz2VbP5v/5tCZ620Hzr3/+IUuzEz7uZmuXR6mwYIK3v/VnTTlyGB4lRxTqi9ZoLUugr6RQcEmLEjN1sXZyXRHOAONK+WL4xbboHHxluPBgbBu2VwSlvSn95DXbsC41ftPXuvXpqIEwuD2HerReFUAABAASURBVEcvWZQGLSKRQLdh0VAqOZExskc93SmP14FvjWfCbFQpr25j38mrIY2AvXLH97fJG/7sVku25a6GdqsjZ0k2HTinzODm8m/CefbS4jBgnVgxY+TMkPTs1fsBgdZE0FU7Tn1VtZCk6ILZUhfNnVY3ENQ1tpP+x+Tuw2e9/louWcvMMcMh+e2/UYghSRDHbdHQtokSeEiUWrfnjBWBatDUjTkyJIsVI4YU+maY7Lm67fBF3Vy1j59pPyh52/85Y7Nc5BMhsfDCjQf6sw2v2HFyxX/VQkmwP7Wvon/bJ36vnpy9od/y08S1Bt9au6Z9p6u76osVw9wSOgAAMEAgNMvNe08/fvwo0W7orC0mdpv03zn1vT5XyxfKJNFRAoMcn+kvyeD71L/bsCVyBNmqeiEJflJLmW00cctvUzZIuxzV1S+fJ60ZM22WzJuuZN4QF46/eufxki3HjddI0JH6pG6jVY3CurrWuav3f5+6wWC3h0/9T5q9joUKqhAqe/Vds7JtahWWZ3jVzpP9x65WoSZpavHQtkkTeuo3bth3Vp5GKR3ny5qyfMHM+leVzpehfZ2ioZmM0YTg2TXMHP+pM7p3/X9rNUqNXbTToK+pFHl08wyJ+SaXJVy753SBbCl1Q0Cl6DeyZ90eI5YFZ8K/+zTQXNxc347J3dSXSO399OIBxu29R61Yb14/1QwpvMf2bZDMO67vc/+eI5ZJRVRZbvjsrVN/aiobHesV1wXCV6/f6D4m6ZN7BQ/D00+DuTIkNx4al+S/dVasJmclbj14KoFQ3oqdG5YwLkJ+kX9AYPvf5ukmJdYshhuTSriJa3cfvyLntkxMt2NbsYImTTW/kA4AAIIRCM0iZ83ffXh/+so9/f5I3w5dLP9qrtI2c/WBKcv3nrlyL6Q7lMNHuWRPn1TqTlONgkHwvAjlC2YK7sNptT3Hr0ggNL1PxlTeXRp9WmrC71VgL60lMVbvPCUXZQvX7z4+aXKhhS/OMhrs3iOLe9J6x/doVaOQbnLImqVyLtp8/ITW4vLGirYaEbwtpVT9TqES3Y9fuBUcCI+cvTltxT45IFZBo+kkfwbvef7aA6kpyUa3pmWcYsUMixllgvtevv9g7mC84d/V0RXAxfbDFw06i4pGFfPpioc37z/dbnI6UzFo2kZ5Korm+jRdpJwKufnAsnGM4aN5tQK6pTW8PN3b1yl29NwCy+/j05xAUi6TiJs3cwpdkfDijYdN+02Xq5YOa6dfK3b6L19JoVi/VmymH8evMSj6fdOopMGqLRMW79ZV+OuXyxPSOE/Tgpeo0SyGW+qZf4DUxlV40RXG370nEAIAYDECobkWb/43U636q4P+yuPWuXrbt+Z3k05fvvuDeWW3kFZoMME5VowvLvSnEyNG9KHdasd2/tTH9dfJ6y2dicRSw2dtNb3DF2cZDY0Ecd2C5y9RQUOnlC0Mm7W1eO50UkOeuHSPrlgktZohXWuV+Lxye/PBUykMDvm2pm7xd8mlYxd+eaE/i8R2/rcw9e6dWRXCuB4uwes9nr16v2vQaQ597i7ODSvm0W0v3Hj0i3f49t37r3+fL6WzwjnSrNl1WjJw8FU37j7RrDPHjB49a9rEKuh8xLW7j0O6Z+eYMXQpS86YXNd6lz7z+3JHZR39PodxPVyVtZZtO6GreVYvkd3E8iHBJ5Ksm1RGTjEYBDzjCVek1L//1LUiOdJIdJe42PfvlSrULOoUoJMgjqsuaYezWLF0gZBFCAEHdfLak52n7j94FvDUP/CpX+BT/zefNvw/nVOO5+786eIh/zrFd3dOFM+lVI4kOVLHUwD+QyCMHAaMW61/YG0OqUQtGdrOnD1H9qibPsWnKSuWb/cJ7nFXrXj20vnT/z51oxXjkezZ9TuPA16/1Y3w/Pjx44Xrlj2rIfF96l+/99TguX9yZ0r+57e1go+MJb2kDlqGPnasmBv3n3VyijG4y6dlMzrWLy5/gzl1QvNnGXVx/vdDHRD4xpz9n/kFNB8wc3DXWjnSJ/1myELjHdrULqJbzVxi2OIvlZqDdf1z8ahe9UfN/2zxiRFztM8FlMybfny/RrKx/cjF/mNWhXCXn/p5Lh/ZXjZOX7n79W+hmrLo6p3HZQr8u33trq+ylkS1Dx8+Ro8eLUPyhCZ2C64QWjepjJnGzN9ZOHtqOctQuWjW0fO2WzETlT7fZ/66aqdFWtUs1KtFeWU7v3as9qvePD0h0Y0hfPOOGWUAx3L8yuN1h29tOHL7lm+IC5/efxogF/2W4UtPpUjoVrVACrnkShNfAQ6PQGglKWUs33bC8tsp03Ophz85atfNcCOhZceRS10alZJgkCdzct0IqH0+1yQl6vb8ul6x0vkzmnm3Uhqat/6wfss3DUu6uTiZc9tsaf/tU1e1ePbc5h0ovwx4Y2b3y4DAt33HrCxfKJOzU6wdRy/evG9xz7qQ6I6/kyb07NKwVJXiWXWDmiQtLNh0dOGGoytHfZpkMmbMT3WM1TtPuTrH+qFdZTl2lzqhHHkv3HRM2YhUJnUbfmYvyCbPSffhS5J4xTGe+0QqqE2r/Du7rPyRr14bhsz0yRO6ujgZL8Qn99nB7Glm82T+d62LsyFPj2Rb01bsix5NSb1RCpLTVpi7soIx/1eBl28/ypjSO40ZY33DmrwKxy/czps5RcwY0RtXyv/X3G3KYegi95s3dBkFHMLDZ6+nbDi/6sBNKQkqq9x69HLSuvNySRTXpVaRVF9XyewVJ4KX/wEiEIHQSnK0rb+gn/msC4SDvqlhRZfRL+4ztHttiUa6bSlhje5dX/9aiYjByz2roJUYTUw0auDomRsGLQ0q5NEVmswX/Ld9kWQq88fjbT10QS7K1iRQdahfokaJ7M7/lYOevHg1cNI6+V0ZU3nrWt7+16VNwpXUD9vUKiLb/dtUevX67epdpoZomj9bhpfnv0/ydQu7/moWlDrVL+EeNP+nlAenfT7YVRJvx/olWtUo9OiZf/1eU/1NjvY0LXhY3YmLZo3nDD15OCPm2CYvnb16XwJhbOdYEi9DKjgHdxmtUChzjgzJDK41WAI0NNbuPp03KF3XKJl91LztFk0sZEA+rfO+NA+wsQRxrO9/q2nX0cvX733Wi7hhhby6/u36nILOvwS+pUIIRHHPXr4Zt/rsrK2XA200iZREysnrz8/aeqlV+Qydq2eN4xpLAY6HQGilBJ5uVhwtWc3M0YCWco5l+AZ4++79qct39/lc3XLggpQ+FMzgFc/967rF6pXN7aw3N+ORszf7jV2lm6gjeITYU73VOEbO2ZY5TaKiOdPGiBG9dpmcpgOh+RLE/TRhz/v3H/Tn+reO1IrrlM2l25655qBB5JM3T/US2eQhJ/eO279dJRNdPb8oV1BGevn6zWnLB61FuBv/DXpMHN/jiz2QveN7yEWFmbW7z3RvVlbeb/JbKhfNauacqyEx/wRQ2Nly+ILBshPVS+YwDoQx/51llEAIRFkvX7+T5DZ14wXZULb2+s37ievOz91+RUqF7SpncnFiJRs4FgKhleQ4ODyPlsJoUpktBy+UK5hJClnnr94/ffWez4XbR8/d+mKpp0b3iSGFjXxZU84c2ELzqgHjVhvnT31lCmSsUyaXcXvA67cj52578NjUgKiIrQxIAbBp5fzBP955+Hzqir3BsxCpoMFvuo2nny/P2GfUikV/tvV79fq74UtN/obPxhDKsb6J1SlTJ/00HOKu73PJ9ioUJKZKXVrX8dX3qb/x2nTyPvn+75XTf2ku+9QsmWO/z9XVu04ry1UsnEXXP9lW4znDWfz/psy9H/KLEuz05XvHzt80aJRnILFXaFee0JEXZfvhCzVL5ZTtsgUyhDIQRqJJZXQfkNeBBEIgajp781mbv3YZDAW0Ob+AtyOWnVqw88r0HiUzJvNUgMMgEFopnMcQhtGkMlKVkqh58YYF67NbbW/IczCKn9pXCU6DctCs60MomapBhTwusWN1alDiuxFLj569qezSvhNXdxy9VDpfhuf+AbPXHpr433KUwcoV/rfvq0EgfOYXII/rwRO/F+aN9yuYLXWrGoWypE1c5uvRmjvkyphMdziuuRqKRbo3KR08m+7fC3cGvtE41D5x4fbEpXu6Niol2/3bVva5eMeKMZnNqv47u8uOI5dU5CFPztXbn2ajKZIzja7FnEDrc+m2cVfzHBmS2SoQqk8jVE+nT+G9YOORlaFbJ8ZOJpUxk+5k08vX1vdbBmC3Vh+82XPKwTfvwmka4TuPX9X4ZfPoDoUr57fBdF9ApEAgtFI4jyEMOybSoMSPRAk8bNWVMSRS7xrVu76u3CpFrd6jlhfLlU4XCPedvHrq8p1fOlSLH8d18oAmYxbuMF4iz078NXvbrftPJQpKJpzyU1OnmDEv3Xyo68CWIZV3kRz/Zobdx64Y3NDEYpUG5g5qJXlPt53A0+3xc40Z1bo0LqXb2HogVIMkc6RPGvxGPXb+lkGfPX2TluwpVyBT1rSJPVydh3SrbWmEyJYuSb4sn8a8vXr9ZonZU5jaAzl/0bpm4eAfdx29rKwV7Us7rB/bWZlt/6lr+7+fpiIhzXd1+QKZ0n++zI+rs8YIH10p+4W/uRMpAYgUPnz8OHihz5QNth/2b1rg2/cdx+79pnqWXvVyRvvidzQQ+REIrRTOYwjNXEAi9FIliS+VrgLZU+XOmDyuh8s93xdhGggLZE017LvauslmJA32H7t6y8ELEgiDd1i2zcfNxfn7VhWcnWJK5aFozrRSLDWeDDPCXbnj++eMzbrth75+tcrk1OUcffJMXrplbjE2SULPIjlSF8iWKuF/M/Ho0uCTF6827DurW2/t4WM/Xae+50EFxlY1CuuS55Xbvgs2HY3v4dqzRbk5Gw6fu3rf/2Wgbs9bZlTwEsRxG/5dHd1qjQGv3/44fo3p/QdOXidhNWaM6JLqG1fMJ79ama1d7aK6jdW7Tr94GZmO5q/d+f9iFVJm/33aBmUJeX1dnGNJjVG+SVIk/rQc1qsAs5YJCTfyqTy9eIAKLzkzJJv0Q5O/5+2Yv/GIfnvJfOlLqvSmbxtcX/V7SYUQiDpevHrTYcze/efCoxOTpnFrzp26/nTcN0U9XJhpBlEcgdBK4TyGMOzIsVTeTCmypEmUKXWiDCm9DRZqT+IVR3a4H7oFzULydb1i3zYurduWMNB/7Cpdp8Hgs3G6/85eeygg8G2/1hXlOS+aK+3S4e3HL9xlUeoIZ5dua/zfS1LcTxPWKvNMH9iiQNaUBo1Hzt5cueNk8CogYsWOk3LRbVcumrXXV+V02+MW7syQwntkr7ppkiaQaDptxf6/5m4zs3YnlZYx/RoGDwObunLfjS/NVipFznnrD+sqim3rFF267YSZwxdL58+gW/Lkw4ePc9YdUpHKzqOXp686kC6Zl1Tk5C2qLJQ6afwpPzTVbzl3LcQlN6R2arDgR/lCmZMmjDrjW5J7x+3coKSCnL9kAAAQAElEQVQUmbs1K7350HlfC8/4xHGLrdt48nmXbACR15V7fq1G7DSxumD42HX6fvWfN83sWSp1IsumSQciFwKhlcJnDOGWQxeu3rF+1WydqyFMAOPu6rx6VEeDBBjM95m/HPJuPXTB5mlQIkedsrkaVcwbPOfN9XtPuv65yMSsmHJAfOnmw9G96nvFc48fx/WH9pXb1C6yaPOxeeuPGK+MF9aqFssmyVm3PaJH3SnL9hlM3TFj1cFTl+7my5JSSqwq6NEdO3vLoilb9R+U1Pd2Hb+ybvfpKyG/EyoWzvxbp+q6bcmNmw6cT5vc6/Xrt7qWtrWLFM+TduCk9carBRr7rXP14DMd2w5fnGQ0HlKfvHlSJomfzNvz1X+/S84gNKua35yevRKl/uhSU7euiRSFQj8najh7/PzliNlbTe+TOEGIIwP3+1zT/1FOiMxZdziknSXS33rwWWk3a9okYRcIF2w8GtsptP9rkI+A+Tv/1L6Kbobe3yZvMEiDP01ca6LHso5uZl0V9K2lAER+T/wCmw3dHtZTyJjpxkP/Jn9u2/BbZU83s9ZSBiIjAqGVwmcMYZiOqvJ/FShp0yAQ3rz/9OCp65sOnjM4YNU3rFudN++1S0CmjyMTxHFrUiV/3bK5gmfel9KQ1LiGztj8xalNfS7eqdd7au+W5asVzxYtWjQ5Gu7etEzb2kX3nriyaf/57UcuhnJSTXNIhunbtmLwgECRMaX3sO615S/Zc+LK7uOXL954eDdonYmj527JRVnr7JV7Ui3Zdezyxn3nDJKAgSQJPfu3qVQmfwbdjxduPOg5YplsXL3t23TADHm6mlTKJ0+XZO+Zv7YYOmOLQX88Ax3qF69eIrtu+8Cpa8NnbcmWLomnh0sc19hx3V3iuMf2cI3tFc8tUQIP7/hxEsXzcImt0YumVY3CXwyErrGdRvWpryvsXLnta6slAe1BfA/Xbs3KSL1dtnNnSj7lp6YDxq5++MTv26GL1eeT/fQYsSyHZO9o6vKtR1Ibf+5vwaHPxv3nzl699+69WVMs6K8mao6/5+9Q4UuXBueuP7x2jzUT1ebL/G85/fYDi+c0AmBv3r770HLETjtJgzr3ngS0+Wv3gr5lYsWMroCoiEBopbAbQ9iiWsEktpty0MC56w9W6809uHbPmULZU995+Nzn0u2jZ2/uPn5Fl2dMy5zGmkURB3WuUaloFv0FxOT3/jplnenZR/VJTabv3yvX7j49oF3l5EF9GiU1VS6aVS5ySF27x2QVllrVLNS5QUndAgliyvJ993yfd2tS2tPdRUpkUvCUi7QHvnnn++zl0xevPijL1gSfv/5I8HDNcYt2ycX0/vIqNCyft2qJbLqF48U+n6t9Rq945vfv/0QlIf8xbeORMzd/6VhVopcUZge0q5QlbeKfJoQ4JjBL6sTB24VzpFk3xoK5TIJ5xXXv1KDEhMW7Q9pBQuyY3g10q7HL09Vr5PI3b6LIagF1y+X+tkkpL89PJ1nW7D5dIk86OX2wfkznLYfOyxmWy7d99edw2nTgnFxM3Nten6vP/D/1gfR7ZTi6cv4GU8G+fvk8N+89PXTmuu7HRPH//T55Hfg2pJv0aRmGU4NuOXjh2HmN8yP39L5tNuw7O/ifTcE/7jl+RRehz5kxd2vZghl1G6ci4TqWAAz0nCrnpe3u5M7Ry769px0a1aGwAqIiAqGVwm4MYZXi2cJudKIcdekHwmVbTxw/f8vS3nrnrz0wUSHM+F93SgNurs7BaVAKg8u2+wyfueWLhUFjklprfTepVc3CLaoW1PXJVEFzz6gwVr5g5uA0OH7R7vGLPwU2Kex0a1y6fJHMbv9dJW8MyYdyUZaQXLT/1DUzd65WPLucNdBNxBps8rK9moUdiRyXbj38u8+/AUzKs6mTxu8xcpnmMK2Fm46WL5RJfcn79x8ePfV/+NTvnu+L+49f3Pd9cefhs1v3n6VMEm907/oq6KTG7DWHNF9cOQExtHvtBP+t3Td89lbzJ9qxc/mypPi1YzXd9tZDF+TkRcm86cf3ayRvCXnJ5KK7KuD121eBbySbyfNjsLioHASNnrc9+Ecpl1lXMatYOHPRXGllQyqT8krpJq0RD0JeKTFMZz++9eCZZiCUz/KgaRsHtK0k30u9/lquf5WcmTJxcmpi/8ZP/F49CxoxmCVNYt13zsnLd4PPhgCIpCauO7/qgJ0uMbVi/41sqeK1r/zl/0sCkQ6B0EpyBH/hpjUHsvY2FY0VY7d6j15uxcL0P09cmz1dEu/4HruOX5bykfnLLRiTJ3/Skj2LNx77un6x+uXyPPULmLv+sApjv0xct/DPNnJwP3bhzuCVBuWAe8D41XJpUjl/rozJUiWOnyODNa/vxgPnzJ9IQ+pF2dL9W8qTbLb54Pnxi3fr1sTTJC9Ws/4zJBPmD5qoJomXp1PMGJp77j957cL1B1LB83v5Wo6tX7x6/cL/tWw/95cfX0mLFGnvPnwe0nhIiXbyu9IkSyAFyQYV8kw3Wss+ZeJ4035uFvzjiNlbTVe6Ipej527J+7BZlQKy0W3YEmnZdexyy59m9WpRXv9d4RI7lmZXWzFj5X5lC1Iw1wVC+bjpd8/eecT6tTHCiLwBpNJu6RKUckKheJ50Bo0z7XVNGgBm2nri7pBFoTq9m9zLrU7RVCWzJ/F0i+Xp5hQ3aNTfs5dvnr98I//uPn1/+b4bt0MxUc2gBSfSJ41TJmcSBUQtBEIryZGxFas2iy/O5G7d3dq/5/4B3/+94vWbd6GJgvqkRDBk+ua5644kTxz3/fswX69WUtCkpXs+fPw4dfk+42vluDY42xTNnVYikRz0u8rF2dnFOaZuCQcTgicLNYfEjHkbjkgS3rjv3Iw1B0ysJBnsxcvXbX+dO7BjteJ50nYYNN9E7aVe76kqFJZuPdGqZqGpy/drRvSb95/2H7fq147VJf32HrX8+IXbKmoZM39nmiQJeo9eEdwi4bBJ/+lyoqRM/gx5M6eI6+Hq4eocL46r8W3vPHy+6cB5ZQtSn8yQyjtb2iTB02+KvxfsMFGMzd5gkIoglqZBsfPYZXkOE+t1rZfy+Mb9ZxWASOtV4LueU6w/rdOoZNpGpdLmTZfA+KpEcV3kIhsFMybsWTfHscuP526/vHTvdWWVXlMO7h5e3dWZ42dEKdHcSvRXgBkyp0mU1OtTT8hthy+GtE9cDxc56pWNm/eeWjSvpr5KRbLmyvipoiIxyZy045isWw4kYTz3MF3F8dOAxmif5isysU/JvOnPXL73+IXF52jlzgtmT6WCVhc4EUFhsmP94pKy5HzQtBW2qeYBgP3w3xVh54ZGLDs1ZpU1p3XK5U7ar2EuKdxZdKvLd18MWnhiu481Z6h71Mn+ba1sCnbPvWT4raYb2REIAQAAEGGB0PdFYPFeq1+/sWy28HjuTmM7Fy2W1ZqJ7nR2n77/7cT9T/0tW7/KLXbMPcNryG9XsG8EQvMxfy4AAAAizN8rz1iaBvOmT7BpUOXQpEFRIntiuZNcaeJbdKuXr9+NW00fdUQpBEIAAABEjFu+L2dttWwscaOSaZf9UD6hp4sKNbmTlT9XaFAijUW3mrrxwr0nTGuMqINACAAAgIgxb/sVi/Yvni3R4Fb5lU392bpA4czeFt1k3g67m7cZsBqBEAAAABFj0zELJglLnch98rfFo0ePpmxK7nBKt+JpErmbf5NNx+4oIKogEAIAACAC3PZ9eeWen/n7j/+maBgt+eDhEmts56Lm73/h9vNbj8Jw1m4gPBEIAQAAEAFWH7xp/s4NS6TJmjKeCjPZUsWrWyy1+ftvOEqREFEEgRAAAAARwPyOl7GdYnzfIKcKY9/Xzym/yMydLersCtizMCm7AwAAACY89Q88fuWxmTt3r509QZzYKowliufSpUbW4UtPmbPz4Yu+T/wC43s4K1sIDHxzxOfc3fu+D32fvAoIVFGLq4uzt1f8pIm98ufK4uzMEo52hwohAAAAwtu6wxZU2L4ql16FC4t+0ebjtuk1evXG3WnzVu87fOr6rXtRLw0KeVDy0OQBysOUB6tgZwiEAAAACG+nbzw1c8+86RKE0VwyxuK4OuU0e6n6MzeeqVC7dvPu0jXbXr5yiIUN5WHKgyUT2hsCIQAAAMLbU39zS2HFsydW4ahEtkRm7mn+QwjJ68A367fuVw5mw7b9r1+/UbAbBEIAAACEt2f+5kaCrCniqnCU2exfF/pAePr8FQepDeqTh3z6whUFu0EgBAAAQHh74mdumkroGebTyXz+61zM3POpf2jLXPfu+yqH5LAP3D4xyygAAADCm/nltXAPhOb+uqd+oa0Q3n3goLnIYR+4fSIQAgAAILw9ev7azD2TxHdV4ciCQBjqLqPv3r1XDslhH7h9ossoAAAAwpuL2UvAv33/QYWjGNGjqfDi7RVPOSSHfeD2iUAIAACA8OZldiHO1+xaok2YX7pMGNfc0YYh8U5o7hIXUYzDPnD7RCAEAABAeEsYx9xA+MhuA2GoBzfmzp7R2SmWcjDykOWBK9gNAiEAAADCm/kVwkcvwjUQPnxm7joQoQ+Enh5uVcoVVQ6mavmi8sAV7AaBEAAAAOHNy+wK4enrT1U4OnX9iZl7ml/kNCFD2hT1qpd1cw1t79NIQR6mPNj0aVIo2BNmGQUAAEB4M7+8tunYnV71cqjwIr/OzD1ttR5G2lRJ2zatccTn3N37vg99n7wKCO3kpfbG1cXZ2yt+0sRe+XNlcXZ2UrAzBEIAAACEN/O7jF688/zWI/8UCd1V2Lvt+/LqfT8zd7bhAokSk4oVzKWAiECXUQAAAIS3nGksmGdy5pbLKlxM3XjB/J0tegiA3SIQAgAAILzlShPf/ArbzC2XHj03d64Xq9178mrONnOTp/zx2VKxmB6iAgIhAAAAIkCV/MnN3PPt+w8jl59RYeyv5affvf9o5s7VC6ZUQJRAIAQAAEAEqJjX3EAoFu68evOhvwoztx75L95zzfz9K+Wz4I8H7BmBEAAAABGgSJaE7rHNneDww8eP34zf9/rNOxUG5G47jt370dzqoPJ0cyqUyUsBUQKBEAAAABEgRvToFfImM3//U9efdh6376P5uc08Hz587Dh235kbz8y/ScW8yaJFi6aAKIFACAAAgIjRpmImi/bf5nPvh1lHlU31m3Fkx8l7Ft2kTcWMCogqCIQAAACIGDlSx6tV2LLZWeZuv9Js6I6Xr9+qUPMLeCt3tXDXVYtuVbdY6iwp4iogqiAQAgAAIML0a5QrZgzLul/uPfug5sDNt31fqlC4/sCv+s+b5K4supVTzOjf18+pgCiEQAgAAIAIkziea9tKlnUcFVfu+VUcsGHs6rOBb98rC71+8370yjNVftx4w/JpS7+ukjlRPBcFRCEEQgAAAESkLjWyxnVzUhZ6Ffhu+NJTpfqsXbr3umybeRPZuWSfNX8tPx3wxuIkGc/dqXP1LAqIWqK5d69qaAAAEABJREFUleivAAAA4Nj8dw1SEWe7z73Wf+1SoVA0a6LSORLnSefl6RbL080pUVwXqQQ+f/Xm+Uu5vD122Xfn6fv7LOwgamBmz1KlciRWiAzcSw5QMI+5a78AAAAAYaRMriT9GuYavMhHWUvCXijznmk/NslDGkSURJdRAAAARLwOVTPXLpJK2aWahVO2rcRSE4iaCIQAAACwC8PaFsyZJr6yM3nSJRjRrpACoigCIQAAAOxCrJjRp39XIkl8O5rGM3E8lxk9SsofpoAoijc3AAAA7EWCOLHn9C6TLIGrsgPyZ8z7voyn5TOgApEIgRAAAAB2JF0Sj3W/VsqbPoGKUPIHyJ+RNrGHAqI0AiEAAADsixTlFvUrW794ahVB5FfLH0BtEI6AQAgAAAC7EzNG9OHtCv3UNE/0aNFUOIoRPdovzfLKr5Y/QAEOgHUIAQAAYKfaVMxYOLP3j7OOHr3sq8JeoUwJf/sqX8ZkngpwGARCAAAA2K+sKeMu/aHchiO3By08cevRSxU2Unq792+Uq3K+5ApwMARCAAAA2LvK+ZOXyZV0+uaLY1ed8X/9TtmOh0usrjWztq6YMRZ9ROGQCIQAAACIBJxjRe9YNXPDEmmGLjm5cNfVjx9VKEWPFq1xqbS96uWI7+GsAEdFIAQAAECkIeFtSOsC/RrmOnjh0SG5XHx05sbT9x/MTYcxokfLlipeoUwJC2RMKP8yjyhAIAQAAIAKfPPO2SnSHBlKkKuYN5lcZDvgzXufq09uPfK//zTgtu/L+09f3Xn86t6TV3JVkviuyRK4Bv3rljieS4qE7rnTxo/tFEMhSnvu/1rBbARCAAAAqAdP/FMmjqsiIRenGIUzJ5SLAoLIm1nBbIydBQAAgBxD+ykgSuDNbBEqhAAAAKCogqjj5r2nCmajQggAAAB16MxNBUQJJy/fUzAbgRAAAABq9a6zH0O/kgMQ0eRtvHjrSQWzEQgBAACgLt3yPXLutgIiOXkbP6T/syUIhAAAAPhk6spDCojkxi3ep2AJAiEAAAA+mb/x+Okr9xUQaZ25+mAJ/UUtRCAEAADAJx8+fPx92hYFRFoDxq9XsBCBEAAAAP9as+fcjDVHFBAJTVt5aMuhSwoWIhACAADg/7qPWLn/1A0FRCoHT9/sOWq1guUIhAAAAPi/d+8/NOk/59ItXwVEEpdvP27Yb7a8dRUsRyAEAADAZ3yfvyrXaeK2I5cVYPd2HL1StuOEx89fKVglhlOqEgoAAADQExD4buFmn4Tx3PNmTqYAezVjzZGvflnw6vVbBWsRCAEAAKDh40e1Yf+FQ2du5cmUzCuumwLsyZmrD9r+umj8kn3yRkVoRHMr0V8BAAAAIWtVPX+PZqXSJouvgIh29c6Tv+btmr76sIItEAgBAABglowpvaoUzVwmf/rECTzix3GNF8fFxTmWAsJSQODbpy8Cnrx4df+x3/Yjl9fvO3/xJjMe2RKBEAAAAAAcFLOMAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAAgIMiEAIAAACAgyIQAgAAAICDIhACAAAA+B97dwJWU/7/AfykfZFIWiUllaSiKKVsIbKvIWMZfrYYy1gnYywzdjPCGPvSYGzZGQ3ZhRKKVtoXVEiLVPp/7j25/+vupZhx36/nPj2nc77d7vo8530+3wXkFAIhAAAAAACAnEIgBAAAAAAAkFNK5a/TGAAAAAAAAJA/qBACAAAAAADIKQRCAAAAAAAAOYVACAAAAAAAIKcQCAEAAAAAAOQUAiEAAAAAAICcQiAEAAAAAACQUwiEAAAAAAAAcgqBEAAAAAAAQE4hEAIAAAAAAMgpBEIAAAAAAAA5hUAIAAAAAAAgpxAIAQAAAAAA5BQCIQAAAAAAgJxCIAQAAAAAAJBTCIQAAAAAAAByCoEQAAAAAABATiEQAgAAAAAAyCkEQgAAAAAAADmFQAgAAAAAACCnEAgBAAAAAADkFAIhAAAAAACAnFJU0rdnoCa4OFhbmRurKCvlvnzD7tFroO3qaG3e2CD7xauysnLmEzQ21FNVUSoqLmH+fbp3aD24p7u7k21E9JNPeZpNGxu8yi9gaoeqqnI/L9fYJ+niGmhpqn8zoIuKsvKLl6/Ly98zMjM3NXz5WvTD1tWpq6GmVvz2C79rHdvZWTQxVFJUynv1Rviom1OL5mZGdRTqiHsWsmvnYG1v3TQhOZOpFldHG/oG0Ye8sOituDb6DXVcHKzoO5XxLK9KbxMAAAAAiIRAKCtvT6cnqVkSGvyxbMqIvp0qKpgrd6LZPZQGNy6e1LOj89HzN/MLiphqUVFRPvlHwLTRfSixhIY9ZP59RvTtOLJfJwcb891HL74tecdUS8vmTU78EdCro1Nq1ovUzBdS22tpqLVoZupkZ9nRxU5Bgcl8niehcSPdese3BPTt2q6ulvr18Mci24wd5DVjbL9+Xi7R8SlJac8Y2XR1cwhaN7tbB8eEpMwsvsdA4XbLsilzJwyqYCpuRcYyX1Tw7z/06eryrrRM5HPft2bWkJ4dCorehn3a49y5crr/qN4d29qdDr1bvU/7tp/9h/fpGBWXIiFSera1+y1gAn2nDpy8LMv1EcrkdKUmOV3WNxQAAABA3igxIIPxQ7vPHNfft4/nrOXbXuTlM5/Ru3el565ETPHz6dOl3dYD59Ozc5jPztLM2NSoobij+nr12Q23NjYSAuHt+3EF4is/lEkYbo7KfJbXvUMbVVUlKtZRuZU2VJU5qECqpa5mYtCwUcN6+g3ra2tp8P72YWzy0GkrGPGe576+cO0eFQD9+nW+ER5z9W60QANFxTpDfDxoIy4p/eLNB4zMRvXrTD+bGDYSyDCUQCiK0N0O7N7+t90nPlstq7OrPcVjAQp1OLsM9Op3aS/i6o+ykiL9NNbXFT6ampmTkJzByGb3kYtU4qNKrG9vz9XbjjKfjEqXHZxsBXbSB4DdmDSiF0VcgaOFxSWBe07yfh3Qvf3c/w1SUlL0nb4qPumjJ7JkxsjmTY0ZGaRlvfj+l50MAAAAwFcKgVA6OmPu5Mo5V3a2szy4Yd70JX9QEYmpUVf/WqlXv57kNqoqyiF7l0loEPskvf+kZUwtGNijPaUpqc3WzB8n4WifCUvFpQt1NdUenm1o496jJ1SGXTV3bAvLxoxsKioq9Bvq2Fs3fRCbJKHZyj+OuDhaWTU18e7oJBwIv+nfxZAbawP3nGJkRlVNZ/vmtHHuaoRATYweVdDx0HkTBzfQqdvNvfW5K+HMZ7Fh0f8ohYo81L1Da7qJ+8NenZzpJrBzz7GLK7YcZrfHDPLq7iH2z1kl70rpUzq4p3sbu2aSW46Z86vUnrSONuYSPnUUO4V35r16wx8Is3Neammo16mjsHb+uIFTf6FrK7xDFqaG9JlhZKCupsIAAAAAfL0QCKUrLSv/ZvbaRf7DB3m7GTVqsGPF9Fm/bL9+9zEjN6hqJyFuGeo1aKTLSbNRcSnvK8SWwiQUD3t3aVtXU502jofcop/nr4bzAmFZWTllrdcFRVqaapSZc1/mHzp3o6CgKL+w+E1BUebzvPjkjJKSUkYaSmg/rv+TikUR0YkCh+g9nTiiJ22Ehj2sUnlw7GAvdmPPsX+Ejx46e33a6D4aaqpe7g6fLRDWHqNG9WVMUPRWSm2pWEeBkSYy5iklUoGdVCFkK5kHTl0RWSHk//VmRMyuoyHjBndrZmY0YWj3jftOC7SnO7kRIfaL3KW9Q/9urgwAAADAVw2BUCaUCQPW78vOyZvq11tbS6NRAx12v4dzS2VlRXZbVVWV4faf5HW9s7GoTDXOrSybNzVit98Uvr3zIE7kfzl58faFa/eY6qJ7ZmrH3uCLdBN3dJG/L1uumbAwsHqzwrCn3VTeOfb3TdrY9tffdBNos+S7kVR6yn39ZsPuEzLe7VQ/nyl+PozMOrm0irmwhd1OTn/mPfZHCY2N9Bt0dXOkjbD7sU9SskT2xkxMzmplbebuZCv6aEpWSsZzpka19J4svDPy5AY1NRX+ch+/y/tXUIl168Hz63ceZ6Sh9/fEP7eZ6jI10qMXWXIbg4aVX64b4Y9vCA167NnRmX0xf//zjCydt+lJubVuYW1hMnpQ1wOnrua++uhPktOfS7gEYGlmxAAAAAB87RAIq2DTvjPFxe/09XTY3EJWzx/LP5iNdHZp1VnolHf5rFG8bQkdO9Ozc/lPTxdOHjKyX+e7UQmjZq0VaGnTrPGxzQtpo9s3AWlZ0qdg+Tej5+JgY04bwSG3/kPzRo4Z2JUdffd70FlNDfWNiyeJa0kVM5FH1+0IFs69NYIC3pSRPmt3BL9+U0i/PoxPVlVRpjIvr4G5qWFSWjZVTWn7cWJqds7L7OcvZbnnV/mFIlOljPp7uQoHwrb2VprqqjfuxbC/Uq7jeQwAABAASURBVFn1aVr25dtRDHfa0hlj+/I35n3dNi+ZUv7+o08LFZNHzlwjcOf0iVq26WDQutma6mrTx/RZtD6IAQAAAAA+CIRVs/NICCOXBnq7LZvhJ7nNrSNrxB3ym7U2PCpB5CH/Ub3Zjec5r5la8KaweP7q3QI7B/Rwo9xeWPx27spdAof6ebl2dXOQfJ+WZsaDvTmz4EREJ955GK+jrcX8a2hpqG36abKtpam7s+28VbupHP3N7HX8DSxMDQ8HzispLQ3cc3r/qcuTF21mapSbU4vtP0+jjf8t3Cg8XFOYl7vDyL6deO8RZddV88YO/251YkqmTl0Ncb1PWzZvIrBHuAcpi96juw/ine2bO9lZKirWwWIVAAAAAPwQCD9JuwEzedtntv9IhZcDp64sCTzA7unS3p4tDclex6NShpJSZR9Ug4acaU6szU0Obpgr0IxOmtmNX3+YUFpeeR586eaDrQfPM/8p9BJJ7UP4iUpLy4S7Bbq1acFwy0fCh1wcrCTfobqa6roF41RVOW8B++ev8gtsuk1k/h3elZVHxSZTIDTUq7912dQf1u07HXqHd5QS0Yo5o9XVVemmraUusi8roQKdQHDKfP7yQWwS/9Iak0f2at3CYs2OYwKrO/KmOS0XGlCa9/oNOxi1/H0Fb6ehXgP6mfOhM+eTlCyLJoZzJwwav3BD5OMnUxf/zn8PLa3MJvp60wYlecrz/Ife892ngO2HLtAz2hN8EWkQAAAAQAAC4b9DBfckuqLCzspMRfmjN0XyFB38s3HGP5V1hYBqOHruBt1EHuKNIXQdNLtKYwg11FQXThnG/NfMnzi42YfRZQIBg+KWrWWTh+In4Nm7dlZqxvPgC7eE57apKe/elf4UuJ/qlr/M/oZS66p5Y56kZcUkprFHvx8/kFdbmz6mr7g7ce73ncAaIbuOhOziK4/TnUwY1oMuTLg4Wp+6dOfXXcef5bxiDykwlYmQ7ZLK78qdaN4qnTz63EGDvPrwjkMXZo7vv+c4Z56e57mvBRK7qkrlnJ+3ImNkXwCGCpWy1CoBAAAA5BAC4b+DAvfUWUHhu6Vb63yYgJHtuxiXlC68FoK+bv0Af06UWrh2LztOjGQ8y2X+U2Z929/wwxqGtUdbS0O4xMpWpTTV1YQPsYVZcbw9nQb3dBd5aKqfz7dDu1NG6jlucVJatnADXZ26bWybOdtZujhYdx21kKlN566El5aVrZk37szlu7w0OHG4N7uQAwWtrBd5An+iqqxsbWFCG/kFRVRmlHz/mc/ygo6H0ktBL28/L5fOrq22Hji/80gIhUAlxcoSt3AgFMlYX5d+8vJkSWnZhAWBrW2bTd3QW7ixhDGErPikDAwUBAAAAJAdAqF0vj6efbu58O/583goVUWYWhAa9pC3zfZdzC8oFu7WaNOssjB492FCrU4qs3jacOtmUpYEZMMV2brcX8KyE6xVfxy59+gJbVDZk12Mnh4/3QOvo2yNo3sWV2Klgp6MSymwjBo1+HGar7ijmc/z2K687k4tRAbCDs62bNoPj05gat8/N+5PXrz57oN49ld6K4f6eLDbea/ezFmxMzXz/z85CgoKW5f5Mxac7SWBB/iX7BMp7/WbNduPbfvr7/FDu4/s14ly2uzxAzo4txg951feW/lehu6ZVB6sX0+Ls7LIh+sahBJsr07Okt8a4TGELHQKBQAAAKgSBELpDIRWYPtbN4L5z2prb0X1HIoEh85el9rD07yJoeyRyc6qidQ27HqDDKej6XBKDu/fVyxYs2fHiu+YWvP27bu/zl4T2NmmZTNKFCUlpQfPXBU4RLUpcU9k9fxx9epqMtysRemO4l8F8/9FMN6Kdo4tLPYFXxL+cyc7S3YjLDKWkdnAHm6WZkZPUrMOn70utTGV+NbOH7cp6OzZy3cZ7kJ89FNZSXHtgm+93DmLZNCroaysRM0OBc5bseXw8ZAwhlt2Wzx9uLszZ1zlgVNXzoTelfAvenduO25ot9Xbjt0If0wpjmIh3UnA1KFW5iZrd3AWruCt5F5WVib1Adtacl7qlAzBixrHL4RFci8cVBV/sJRq/qTBdGMAAAAA5BgCoXT3ohN5C2SP6NORVwD5c/33rW0tBBr79vZkB9Txu7BnKf+vfSYsTUj+aLyfgoLYdbqd7Sx5i+N9OqqJbVw8kU1lqqoqgXtOSm5//krE44RUpuakZ3P6tdLz1dJUY7grHIZHfTSabuPiSeJmOiHNzYzFvRripnUpelsivFLCIn9fTiAsLRU+tHDyEJGBkB5zw/ratPE4IW3Oyl1hRzlrgfDGyzHcTo+JyZnNzIzsbURH6FbWZgy3hBUaFsXIhjLkspmVk7umZeaE3ZeUJCnXbVk6lWpuaxeMoyplwPp9bLmMQhcFYIbbU3TGsq269bVXzRlDyfaX70dTzTDkWuTowV316tdjuB1Nl2/+S8K/aKRbL8Dflz4/23+edvl21NrtwYkpmXT75vv1JgYN07NzGE7PWG22Mb3yjDTs+pypmYLrMbJ3ywAAAABALUMglI5/JoyhPTvURudGVWVOV8P378uZWqavq8Or0TUx0pPafv/Jy0wtqKio+PPE5cHeblRfYv4j2Mc8ZrCX/0+/F4uJOvdjkigQGjVq0MS4kcCi8zraWhamnPDzODFN9ipWE5NGvO2mJvqSA2F+QVHgvlMBk4epqir37+ZqoKczdu5v3Ef1dIj/iil+PpT/s15w1hsc9eLlsll+lK4dbMzZRSBJ8IVbC9fulTzwjyLl2Lm/Th7Zq2M7O7q5OljvCb64KejMu3elbBokeg0qA2FOnvR1RPILit+VliWnPxN5dFT/LrJX8OiqjYQ1EumDn/vqDe/X9TuD2WJv/27t6QJE7JP0jfs4I3U11dVWzh1DG3RX7DMqKJIeawEAAAD+uxAIq493TklMjfXmjB9EGzsOX+B1dbOxaExn4czHU7+QrOeCs7/QaSj9LPz41HP55kN0Y2oU5QEqTlqaGTN8XRxlJLIiKgt7H3/hMWl/nb1K8UZ4xNfWg+eDL9wUvpNB3u6UQDKyc36p4sLoGmqq8yYKhgo7KzOGm8OFD9nbiH2O9JgjohMyn+eJa3D3YfwgbzeGu6yFQCD0aFs5gPDOgzhGZrcj40pKSinglZaV37gn/f06eu5GSvqz9QETGupo85deM57lLlizh+FWESn/dHC2pUsDAn/bzsFq6YyR1+4+vnznIf1Tcf8iOj5l8qLNTnbNlszwo4w6YViP9q1tKHDykqQut45K76wss4DSFQf6HGpqqDK1ycrceO+aWZuDzvBK/bwXZ2S/TvQzKi6ZHanLS7MPY5MiHz9lAAAAAL52CITVx3/CvXDKUHbjr9PXhGd5kTz1i5aGGhsV3hQWM7WMztr9l2zt4tKKUs35q19yJCRFjvgkEetkiFuzwbOtHf0sfFsiPMWOZGpqKuzUmsIoaIk7JBI95kcSO9A++PDgWwjNxONs15zduMEd1ycjKlKNmbvexdH6zoN4/jlgJKCPpe+0VcN8PCj/sHu0NNXdWrdwsrNwaGFhbW7CX+LOyM4Nj05wdbRppFuPCpsDe7jRreRd6dPU7Nin6TFP0oKOh4qsGdJ/GTT5Z/rY9/Bss27Hcf42ji04JUdxRT9hAslZGJUQ7XtNldAgZO8yE4OGEhoM7O5GSdj/m96UP0s/nkDVqilnYlV6sgwAAACAXEIgrAEKCgreHm0Y7ul1Neb8NDbQZTcKCjkrv53YGtCcW8GT3bW7jyYsDJSxMVWQdvItKFdV566Ez1y+XZaWA73dls3wY76crJyXD8TES0O9BhSBqIoVnZAi+m/FlwEloMzGFvR47ymPcyvOjDIFRW8ld/sURnWqqpaqKEby98Xt5u64fNYo/gZ06SE07OGpS7ev3+VUHekD3NXNoU+Xdh2cbOnBq6oo2zRrTDfTaD2Rs+Owit6WUOl7w56TvBUjGM7UuNaNDTldkcOjamwm1ToKChKGlRIVbo9rCbq4OTCc2my8QBo0NdKrX0+L4cxrWpMDZQEAAAD+QxAIa0D3Dq3ZbnL/3LzPVF2zJpWrnGc+r+ZCglRCYb4cL3fHHh6tKVn9deqaLPOIfDZHz92gm8hDi/x9fXt7Fha/HTZtJVNzqFCW+SKvqYm+QMHK0sy4iTFnNOD18Ecyrs736SibTR7Rc8Havcf+vjm0l4etpSlV/CKiE2/di7l1P46/Ey89pJDrkXSjMpqHc8v2bWzatrI0NmjI62BJDm6YW6UlOob6ePBWuRA2YPJy3uqIUlFJc+PiSUx10dOh4ifDXZ5e4FDvLm0Zzmyo5Q/jkhkAAAAAuYRA+Kn0GmjP+rY/w+1PuPPwBabqKD8wnBllKh5zyxR9JyzV0lQ/tGFu08YGlFhm/7zj8m0Rk1JSPWfpTD8VZaWcV/mrtx1lvpzhfTwpezi3stp95CIj9zKzc+kN5a3NyKLAzG6EXK/OJYPqmT6mj4ON+cq5Y0bMWD1z+TYqTvr16zTFz0dqL9n45Iyuo35o3tRYZJ/ez4/yquTAZt3UhAqb4o76dOKkPqoGh1z76MVXUVH29eFMCHwjIgarFwIAAIDcQiD8JFoaalt/nsaWg3Ye/ed5rvRpFYU1M+NUCFMynvHOSgsKi//3w6agdbMb6db7NWBCwLp9py7d4f8Tv/6d508crKCgQGf5Uxf9LnUUVu0xNzVsZ29FG5du3v9stS/JqBw3sEd7yW0kTCojgEIRVdgYmbFTUyoq1uEPVB2cWzLcjpoh1+8xn0X3Dm3Y6UOPcWfoyXhW5eKzQBpcs+1YvboaEtpTaXFIrw4Md7LTJYEH3pa8k9A4LSuHkVlpWbnkQq6EMYQ62lpduf1Fo+KTc199NMmNr48HW9jfffQfBgAAAEBeIRBWn7KS4qYlk63NOZNSxCSmSV3TTyQKda6O1rTx6ONRTGlZL/x/2rJn1Qw1NZUVc8a0b9Ni3Y5jL/LyrS1MZo0dwK4hnpz+bMbybbFPvth8GBpqqr/M/oZdRJEiq6Fe/cLiEsoDzBdlatRQxqliZJlU5uLNB1UKhLyo09TEgM1U9LK0bG5KG1fvRAuMYas9VB5kOINac46dF3zwEkacThzuPX10X5GHJIwJpC/CnAkD2TRIdfJpS7be/jBO8vvxAx/GJv197ZNisGKdOpJzu7aW2KRKRVF2nZXr4Y/499NVg0kjejLceYCkjuqkWmJ9bU3+oZIAAAAAXw0EwiqgeqACdzrQ5mYmVAIyMzFg6xJPU7OmLv69evUxD2db9nT2ptDkk3Qm/e2CDSvnjDE20O3n5dLZtVVYZFyX9vb0r+no8ZCwpYEHvuCYPXoYm5ZMYhdbpzP+iOhEisdujjZ3HsZfvPXg/JUvNoVpamYO/+A3kdq0bMZZmL6k9OCZq5JbVrXbZHLGs/jkjDv34+gnu6eLmyObmT8xF8mOch3bDznoxOXaLtu2tbda8t0IdoTk+/cVP6zbx0vom/xXAAAHsElEQVSDU/18xg72oo27UQlUYBQ3f6xU9Emr0mSwPOpqqkO5MZVq7ydCbvP26+pob/ppYr26mpTPV8qwiomFqcHhwPkR0Qlj5/2GzqUAAADwlUEglFXbVs2XzfJTVeEMVaJ4ZtPM5Mi5mzOXbRvQvf2moNMiO4vSGTAFRdrIeSl2QbY+Xdsx3BPW0DARAwUpZQ2a+sueNTOamxlTbuzWwZHdv3b7se2HqjNe8VOw6y6ydRJ766Yzx/Vry+0sGh2fMnfVLlMjPQ8nWyUlxQ7OtnRbOHloeFR8wPqgkxdvCy9CWKsSkjNWSDvLX+TvywmEpaUrqriqoVRUURRYGKNj28r+opfDHjK1z9bSdOJwTu0r92X+/lNXmFrjZGdJOY3tkEnog/HThv2hfM8xMuYpu+ils53lwd/mnL8asW7Hcd769bKjb0fQiVAJDfp3cxVZJBze25PtFHrp1gPe/6Wy8MafJrJToa7bESzLDK5WTY3ZPsBIgwAAAPD1QSCUjsqA00b36enpRCeFGc/yFqzePXGEt6ujzcLJQ+ho3qs3VhYmRcVvC4tKCovfFhWXCM/56dyqOf+vYZGx7DwxRo0aeLlzpht5lJD6Kr+Avw2dtnZq16qji1371i14i2XzzPp2wIAebvcfP6W7Ss18kfk8t3rDF6skPCqxkW49j7Z28ycN4a1Q/+Ll6+lL/6BSGz2MDsPmenu06eHZuk1LS2UlRXqJ6DZjTF+qjB08fVXGUpuxvq5f/87C+20tm9BP3Xp1RfYevBwWVdXlHGrQ/l/nsCtJimRjwVmTkCp1+9bNFji06o8j9x49YWoO1cTWzB/HXrbYGHRaZBSnap64HpgtLBoz0lDy9/akd9mJ7SzNOnz2+qptRws+XkjzRvjjvhExI/t1mujr3UCnrrenU2dX++MXbtEFFFnWrOcpf/9ecm7v06Wd8E76tvr26chuBx2vzJNUYKfvDls+vXAtUsLoQYsmRrys6ObE6aGdklnlFWUAAAAA/v0QCKWzada4d2fORIVUAxm/YENSWvadh/H9vVxHD+5KhTs606Wb7PdGwSD4QuWwrlEDuihzVwn/+2oEFd+oWkgn600MGzU2amikr6vMt4B4VFzKtbvR+QVFPp3bUmmL4c5NSjeqjbANKIbmvnpDJ7gSFo6rHnfnFq4ONlbmxuamhoZ69fkPUeFlxZYjmc8ql+yjTHvg9BW66erU7d2l3ZCe7k0bG9CL49vbk253HsSNnvOr1B6MlDkl9A+kgo/Io1QN+4KBsJWVGduPVwIqYQkv28AOb6tBAVOHmXHTDtWWD54S3RuWEl31emB6uTtSvKf3lLeHLgScvxax59hFcWtIcGJw8KUTIWH+o3yG9PKgpDrUx6N313ZTf9xyKzKG+QTDens42Ji/yi9spKvDriWY+3EdXqeu5uv8QmP9BvTdoS8s7aErOCP7VV5rCL5wa/GG/cJ3+7qgMtP+NH3E2MFe9I3TVFNlp31i12wEAAAA+MogEEoXcj3y7OW7zq2sxi8IpDTI7gwOuUU3FwfrVtZmnHXnDPV06mqoq6tpqqtoaqjzZzkBVBuMe1pZK6MEVVZWTjXFQ2evFRS9pRNuZztLXss3hcWxT9NvhD86dyUi9UN1gk6+KZv179aeGrOrq7HoVJt+jU/KZGqapZkROxKMh87yb96L2XrgPHueLYyNpnSj0s2YwV5sKSm/oFiW8WyFxSUPqj7Y7Hnel5zwY2/wxTp16lT975j07GquPCmSgoIC2xOSrg4ErA8S14w+S6FiOq9ShdDZvrm4P4yOS9b/cEXgcULahesRR87doPeakYZi1fLNhw6cvjZrXD8qElJ6/PT0TpX5vl1deL9Scf7SrY+eFD2wYdNXUDWbN13TmdDwoT6e5WXlP285RCVNkXdLNdWTF2/T55ZKvmwhkUUlzf0nLzMAAAAAXx0EQpn8vPmQgV79hGTBTo90Xvspp7Zb9p+7Hv7Y0daC0iD9+sPavQFTfBNTM+OepkfHpyamiE53lCdXbDlMN10dbT1d7YYNtKki16Cedl0tjdu1UCULCg4d2tOjtLQsNetFfHJmbGJ65ONEGXuo0rk1e3rt17/znycui2sWFZespKTIjrSMT8qo2cXiawn/Y1619UuuA8lDeXvU7LXzJw5+9aaQd+WCX1bOSwrbD2KeiuuBSQVnFVXltCzRfSOzXrxcv/OEfkMdqviJ+3BK8DQ1a8qPv3s4t6S/FXlpgC5/vC4oepn//wmTXl56wGWipma9GRFz6tIdqna+KymNS0oPOnklJf2ZQJvSsvIlgQd4v96Pebp+53GqnUqe3mbuyl27joQY6+vy9rwrLQuLjP1sM8QCAAAAfE4Kaq38GAAAAAAAAJA/1ennBgAAAAAAAF8BBEIAAAAAAAA5hUAIAAAAAAAgpxAIAQAAAAAA5BQCIQAAAAAAgJxCIAQAAAAAAJBTCIQAAAAAAAByCoEQAAAAAABATiEQAgAAAAAAyCkEQgAAAAAAADmFQAgAAAAAACCnEAgBAAAAAADkFAIhAAAAAACAnEIgBAAAAAAAkFMIhAAAAAAAAHIKgRAAAAAAAEBOIRACAAAAAADIKQRCAAAAAAAAOYVACAAAAAAAIKf+DwAA///7a0cFAAAABklEQVQDADDm7D1Bhc8sAAAAAElFTkSuQmCC")),
("assets/share.svg", .text(
#"""
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <title>《政府工作报告》重点任务落实情况</title>
  <rect width="1200" height="630" fill="#0b3d7a"/>
  <rect width="1200" height="24" fill="#a3201f"/>
  <rect y="560" width="1200" height="70" fill="#082e5d"/>
  <g fill="#ffffff" font-family="'Noto Sans CJK SC','WenQuanYi Micro Hei','PingFang SC','Microsoft YaHei',sans-serif">
    <text x="96" y="210" font-size="64" font-weight="700">《政府工作报告》</text>
    <text x="96" y="300" font-size="64" font-weight="700">重点任务落实情况</text>
    <text x="96" y="380" font-size="36" fill="#dfe8f5">督查结果 · 逐项公开 · 随时查询</text>
    <text x="96" y="607" font-size="30" fill="#dfe8f5">进度 · 责任单位 · 落实情况</text>
  </g>
  <g transform="translate(860 150)">
    <rect width="240" height="300" rx="18" fill="#ffffff"/>
    <g fill="none" stroke-width="14" stroke-linecap="round" stroke-linejoin="round">
      <path d="M40 70l22 22 38-44" stroke="#1b6b35"/>
      <path d="M40 160l22 22 38-44" stroke="#1b6b35"/>
      <circle cx="70" cy="250" r="26" stroke="#1f5fa8"/>
    </g>
    <g fill="#8a94a3"><rect x="124" y="62" width="84" height="14" rx="7"/><rect x="124" y="152" width="84" height="14" rx="7"/><rect x="124" y="242" width="84" height="14" rx="7"/></g>
  </g>
</svg>

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
.trend-value { fill: var(--text); font-size: 14px; }
.trend-label { fill: var(--muted); font-size: 13px; }
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

/* 长辈版 switch: shown only when JavaScript runs (the script in <head> unhides it). */
.site-brand { display: flex; align-items: center; justify-content: space-between; gap: 0.75rem; }
.site-name { min-width: 0; }
.elder-toggle {
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.3em;
  min-width: 2.75rem;
  min-height: 2.75rem;
  padding: 0.3rem 0.75rem;
  font: inherit;
  font-weight: 700;
  color: var(--brand);
  background: #fff;
  border: 2px solid #fff;
  border-radius: 6px;
  cursor: pointer;
}
.elder-toggle[aria-pressed="true"] { color: #fff; background: #082e5d; border-color: #fff; }
.elder-icon { width: 1.2em; height: 1.2em; }
.site-header .elder-toggle:focus-visible { outline-color: #fff; }

/* Data tables on narrow screens (and in 长辈版): each row a block, each cell with its
   column's name, so no column hides behind sideways scrolling. */
@media (max-width: 45rem) {
  .data-table, .data-table thead, .data-table tbody, .data-table tr, .data-table th,
  .data-table td, .data-table caption { display: block; width: auto; text-align: left; }
  .data-table thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .data-table tr { padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
  .data-table th, .data-table td { border: 0; padding: 0.1rem 0; }
  .data-table td { display: inline-block; margin-right: 1.25rem; }
  .data-table td[data-label]::before { content: attr(data-label) "："; color: var(--muted); }
  .table-wrap { overflow-x: visible; }
}

/* 长辈版 (html.elder, set by the script in <head>): at least 24 px text everywhere, roomy
   lines and paragraphs, 60 px controls, darker greys, one column, nothing to scroll sideways.
   工信部《互联网网站适老化通用设计规范》. */
html.elder { font-size: 150%; --muted: #2b2b2b; --line: #8a94a3; }
html.elder body { line-height: 1.6; }
html.elder body * { font-size: 1rem !important; line-height: 1.6 !important; }
html.elder h1, html.elder h1 * { font-size: 1.35rem !important; line-height: 1.4 !important; }
html.elder h2, html.elder h2 * { font-size: 1.15rem !important; line-height: 1.4 !important; }
html.elder main p, html.elder .prose li, html.elder .site-footer p { margin: 0 0 2.1em; }
html.elder .task-row p, html.elder .section-stats { margin: 0 0 0.4em; }
html.elder .wrap { max-width: 46rem; }
html.elder .site-brand { flex-wrap: wrap; }
html.elder .site-nav ul { display: grid; grid-template-columns: 1fr 1fr; gap: 0.25rem; padding: 0.25rem 1rem; }
html.elder .site-nav a, html.elder .elder-toggle, html.elder .pager a, html.elder .pagination a,
html.elder .pagination span, html.elder .field input, html.elder .field select,
html.elder .filter button, html.elder .search-form input, html.elder .search-form button,
html.elder .sort-button {
  min-height: 2.5rem; /* 60 px */
  min-width: 2.5rem;
}
html.elder .site-nav a { display: flex; align-items: center; justify-content: center; padding: 0.25rem 0.5rem; text-align: center; }
html.elder .elder-toggle { padding: 0.25rem 0.75rem; }
html.elder .meta-list, html.elder .filter { grid-template-columns: 1fr !important; }
html.elder .meta-list div { display: block; }
html.elder .facts div { grid-template-columns: 1fr; gap: 0; }
html.elder .pager ul { grid-template-columns: 1fr; }
html.elder .pager-next { grid-column: auto; text-align: left; }
html.elder .badge, html.elder .num { white-space: normal; }
html.elder .badge-text, html.elder .task-title a, html.elder .lead-mark { color: var(--text); }
html.elder .badge-icon { width: 1em; height: 1em; }
html.elder .trend-chart { display: none; }
html.elder .prose table, html.elder .progress-table, html.elder .trend-table,
html.elder .data-table, html.elder .prose thead, html.elder .progress-table thead,
html.elder .trend-table thead, html.elder .data-table thead, html.elder tbody, html.elder tr,
html.elder th, html.elder td, html.elder caption {
  display: block; width: auto; text-align: left;
}
html.elder thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
html.elder tr { padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
html.elder th, html.elder td { border: 0; padding: 0.1rem 0; }
html.elder td[data-label]::before { content: attr(data-label) "："; color: var(--muted); }
html.elder .share .bar { max-width: 100%; }
html.elder .table-wrap, html.elder .prose pre { overflow-x: visible; white-space: pre-wrap; }

/* Full report (全文) */
.full-note { color: var(--muted); }
.full-section { margin-top: 2rem; }
.full-task { padding: 0.75rem 0 0.25rem; border-top: 1px solid var(--line); }
.full-task-title { font-size: 1.05rem; margin: 0 0 0.35rem; }
.full-task-title a { color: var(--text); }
.full-task .task-meta, .full-task .task-status { margin: 0.2rem 0; }

/* Sortable tables: the column headings become buttons (assets/table-sort.js). */
.sort-button {
  font: inherit; color: inherit; background: none; border: 0; padding: 0.2rem 0; cursor: pointer;
  text-decoration: underline; text-decoration-style: dotted; text-underline-offset: 0.2em;
  min-height: 2.75rem;
}
th[aria-sort="ascending"] .sort-button::after { content: " ▲"; }
th[aria-sort="descending"] .sort-button::after { content: " ▼"; }

/* No line break inside a date or inside （牵头）. */
.lead-mark, .date { white-space: nowrap; }
@media (max-width: 45rem) {
  html.js .data-table[data-sortable] thead tr {
    position: static; width: auto; height: auto; overflow: visible; clip: auto;
    display: flex; flex-wrap: wrap; gap: 0 1rem; padding: 0; border-bottom: 2px solid #8a94a3;
  }
  html.js .data-table[data-sortable] thead th { border: 0; padding: 0; }
}
html.elder.js .data-table[data-sortable] thead tr {
  position: static; width: auto; height: auto; overflow: visible; clip: auto;
  display: flex; flex-wrap: wrap; gap: 0 1rem; padding: 0;
}
html.elder.js .data-table[data-sortable] thead th { border: 0; padding: 0; }

/* Table column alignment from narrative Markdown (GFM `:---:`). */
.prose .align-left { text-align: left; }
.prose .align-center { text-align: center; }
.prose .align-right { text-align: right; }
.field-hint { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9rem; }
.task-excerpt { margin-top: 0.35rem !important; color: var(--text); }
mark { background: #fff3a3; color: #111; padding: 0 0.1em; }
.filter-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.copy-status { color: var(--muted); }
html.elder .full-task .task-meta, html.elder .full-task .task-status { margin: 0 0 2.1em; }

"""#
)),
("assets/table-sort.js", .text(
#"""
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

"""#
)),
("badge-svg.mustache", .text(
#"""
<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="20" viewBox="0 0 {{width}} 20" role="img" aria-label="{{label}}：{{message}}">
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
  <h2 id="h-{{id}}">{{heading}}（{{count}} 项）</h2>
  <p class="group-note">{{note}}</p>
  <ul class="change-list">
    {{#items}}
    <li class="change-item">
      <p class="task-title"><a href="{{href}}"><span class="task-number">{{number}}.</span> {{text}}</a></p>
      {{#units}}<p class="task-meta"><span class="meta-label">责任单位：</span>{{units}}</p>{{/units}}
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
(window.reportSiteSearch = window.reportSiteSearch || {})["{{name}}"] = {{{json}}};

"""#
)),
("front.mustache", .text(
#"""
{{<layout}}
{{$main}}
<h1>{{heading}}</h1>
<p class="page-lead">{{publisher}}每年的《政府工作报告》重点任务落实情况，共 {{reportCount}} 份报告，最新的在前。</p>

<section aria-labelledby="h-reports">
  <h2 id="h-reports">各年度报告</h2>
  <ul class="link-list report-list">
    {{#reports}}
    <li>
      <a href="{{href}}">{{title}}</a>{{#isLatest}}（最新）{{/isLatest}}
      <p>共 {{total}} 项任务，已完成 {{done}} 项，完成率 {{donePercent}}{{#date}}（截至 <span class="date">{{date}}</span>，{{roundCount}} 次督查）{{/date}}。</p>
    </li>
    {{/reports}}
  </ul>
</section>

<section aria-labelledby="h-more">
  <h2 id="h-more">查看与下载</h2>
  <ul class="link-list">
    <li><a href="{{unitsHref}}">按责任单位查看（{{unitCount}} 个单位，各年度任务）</a></li>
    {{#chrome}}
    <li><a href="{{reportRoot}}tasks.csv">下载最新报告的表格 tasks.csv</a></li>
    <li><a href="{{reportRoot}}data.json">开放数据 data.json</a></li>
    <li><a href="{{reportRoot}}feed.xml">订阅更新 feed.xml（Atom，全部报告）</a></li>
    {{/chrome}}
  </ul>
</section>
{{/main}}
{{/layout}}

"""#
)),
("full.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<article class="full-report">
<h1>{{heading}}</h1>
<p class="page-lead">{{reportPublisher}}{{#reportPublisher}}{{#date}}<span class="sep" aria-hidden="true"> · </span>{{/date}}{{/reportPublisher}}{{#date}}<span class="date">{{date}}</span>{{/date}}</p>
<p class="full-note">本页按报告的部分和小节列出每项任务的责任单位、进度和落实情况，可直接使用浏览器的打印功能打印。</p>
{{#introHTML}}
<div class="prose">{{{introHTML}}}</div>
{{/introHTML}}
{{#hasParts}}
<nav aria-labelledby="h-parts">
  <h2 id="h-parts">各部分全文</h2>
  <ul class="link-list">
    {{#parts}}<li><a href="{{href}}">{{label}}</a></li>{{/parts}}
  </ul>
</nav>
{{/hasParts}}
{{#sections}}
<section class="full-section" aria-labelledby="{{id}}">
  <h2 id="{{id}}">{{label}}</h2>
  {{#groups}}
  {{#heading}}<h3 id="{{id}}">{{heading}}</h3>{{/heading}}
  {{#tasks}}
  <section class="full-task" aria-labelledby="t{{number}}">
    <h{{taskLevel}} class="full-task-title" id="t{{number}}"><a href="{{href}}"><span class="task-number">{{number}}.</span> {{text}}</a></h{{taskLevel}}>
    <p class="task-meta"><span class="meta-label">责任单位：</span>{{#lead}}<span class="lead">{{lead}}<span class="lead-mark">（牵头）</span></span>{{/lead}}{{#partners}}、{{partners}}{{/partners}}</p>
    <p class="task-status"><span class="meta-label">进度：</span>{{#badge}}{{>badge}}{{#written}}<span class="written">原文：{{written}}</span>{{/written}}{{/badge}}{{#overdue}} <span class="badge badge-overdue"><span class="badge-text">已逾期</span></span>{{/overdue}}</p>
    <div class="prose">
{{{narrativeHTML}}}
    </div>
  </section>
  {{/tasks}}
  {{/groups}}
</section>
{{/sections}}
</article>
{{/main}}
{{/layout}}

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
      <h3 class="history-date"><span class="date">{{date}}</span>{{#isCurrent}}<span class="current-mark">（本轮）</span>{{/isCurrent}}</h3>
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
<p class="page-lead">{{reportPublisher}}{{#date}}<span class="sep" aria-hidden="true"> · </span><span class="date">{{date}}</span>{{/date}}</p>


<section aria-labelledby="h-progress">
  <h2 id="h-progress">总体进度</h2>
  {{#progress}}{{>progress}}{{/progress}}
</section>

{{#hasOverdue}}
<section class="panel panel-alert" aria-labelledby="h-overdue">
  <h2 id="h-overdue">已过完成期限、尚未完成的任务</h2>
  <p>以下任务的完成期限已过，本轮督查时仍未完成。期限来自任务设定或进度表述中的计划（如“计划年底前完成”）。</p>
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
    <li><a href="{{roundsHref}}">历次督查结果（{{roundCount}} 轮）</a></li>
  </ul>
</section>
{{/roundsHref}}

<section aria-labelledby="h-sections">
  <h2 id="h-sections">各部分进度</h2>
  <ul class="section-list">
    {{#sections}}
    <li>
      <a class="section-link" href="{{href}}">{{numeral}}、{{title}}</a>
      <p class="section-stats">共 {{total}} 项，已完成 {{done}} 项，完成率 {{donePercent}}</p>
      {{#hasTasks}}<progress class="bar bar-done" max="{{total}}" value="{{done}}" aria-hidden="true"></progress>{{/hasTasks}}
    </li>
    {{/sections}}
  </ul>
</section>

{{#trend}}{{>trend}}{{/trend}}

{{#introHTML}}
<section aria-labelledby="h-intro">
  <h2 id="h-intro">说明</h2>
  <div class="prose">{{{introHTML}}}</div>
</section>
{{/introHTML}}

<section aria-labelledby="h-more">
  <h2 id="h-more">查看与下载</h2>
  <ul class="link-list">
    <li><a href="tasks/index.html">全部 {{taskCount}} 项任务（可筛选）</a></li>
    <li><a href="full/index.html">全文：全部任务的落实情况（可打印）</a></li>
    <li><a href="units/index.html">按责任单位查看（{{unitCount}} 个单位）</a></li>
    <li><a href="status/index.html">按进度分类查看</a></li>
    {{#chrome}}
    <li><a href="{{reportRoot}}tasks.csv">下载表格 tasks.csv</a></li>
    <li><a href="{{reportRoot}}data.json">开放数据 data.json</a></li>
    <li><a href="{{reportRoot}}feed.xml">订阅更新 feed.xml（Atom）</a></li>
    {{/chrome}}
  </ul>
</section>

<section class="panel" aria-labelledby="h-meta">
  <h2 id="h-meta">信息公开</h2>
  <dl class="meta-list">
    {{#metadata}}
    <div><dt>{{key}}</dt><dd>{{^isEmpty}}{{value}}{{/isEmpty}}{{#isEmpty}}<span aria-hidden="true">—</span><span class="visually-hidden">无</span>{{/isEmpty}}</dd></div>
    {{/metadata}}
  </dl>
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
{{! 长辈版: set before the first paint from the reader's stored choice; the button is wired
    once the page is read. Storage may be missing or blocked (file://, privacy settings). }}
<script>(function(d,k){var h=d.documentElement,s=null;try{s=window.localStorage;}catch(e){}function on(){return h.classList.contains("elder");}function show(b){b.setAttribute("aria-pressed",on()?"true":"false");}h.classList.add("js");try{if(s&&s.getItem(k)==="1")h.classList.add("elder");}catch(e){}d.addEventListener("DOMContentLoaded",function(){var b=d.getElementById("elder-toggle");if(!b)return;show(b);b.hidden=false;b.addEventListener("click",function(){h.classList.toggle("elder");show(b);try{if(s){if(on())s.setItem(k,"1");else s.removeItem(k);}}catch(e){}});});})(document,"report-site-elder");</script>
{{#chrome}}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{documentTitle}}</title>
<meta name="generator" content="report-site">
{{#portal}}
<meta name="Description" content="{{description}}">
<meta name="Keywords" content="{{keywords}}">
<meta name="SiteName" content="{{siteName}}">
{{#siteDomain}}<meta name="SiteDomain" content="{{siteDomain}}">
{{/siteDomain}}{{#siteIDCode}}<meta name="SiteIDCode" content="{{siteIDCode}}">
{{/siteIDCode}}<meta name="ColumnName" content="{{columnName}}">
<meta name="ColumnType" content="{{columnType}}">
{{#articleTitle}}<meta name="ArticleTitle" content="{{articleTitle}}">
{{/articleTitle}}{{#pubDate}}<meta name="PubDate" content="{{pubDate}}">
{{/pubDate}}<meta name="ContentSource" content="{{contentSource}}">
<meta property="og:type" content="{{shareType}}">
<meta property="og:site_name" content="{{siteName}}">
<meta property="og:title" content="{{shareTitle}}">
<meta property="og:description" content="{{description}}">
{{#shareURL}}<meta property="og:url" content="{{shareURL}}">
{{/shareURL}}{{#shareImage}}<meta property="og:image" content="{{shareImage}}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
{{/shareImage}}{{/portal}}
{{#canonicalURL}}
<link rel="canonical" href="{{canonicalURL}}">
{{/canonicalURL}}
<link rel="stylesheet" href="{{assetRoot}}assets/site.css">
<link rel="stylesheet" href="{{assetRoot}}assets/print.css" media="print">
<link rel="icon" href="{{assetRoot}}assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="督查结果更新" href="{{reportRoot}}feed.xml">
{{/chrome}}
{{$head}}{{/head}}
</head>
<body>
{{#chrome}}
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="wrap site-brand">
    <div class="site-name">
      <p class="site-publisher">{{publisher}}</p>
      <p class="site-title"><a href="{{root}}index.html">{{siteTitle}}</a></p>
    </div>
    <button type="button" class="elder-toggle" id="elder-toggle" aria-pressed="false" hidden><svg class="elder-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M3 19l5-14h2l5 14h-2.4l-1.2-3.6H6.6L5.4 19zm4.3-5.6h4L9.3 7.6zM17 12h2v-3h2v3h2v2h-2v3h-2v-3h-2z" fill="currentColor"/></svg><span>长辈版</span></button>
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
  <p>这是 {{date}} 督查结果的存档页面，反映当时的情况，不是最新进度。<a href="{{latestHref}}">查看最新（{{latestDate}}）督查结果</a></p>
</div>
{{/archive}}{{/chrome}}
{{$main}}{{/main}}
</main>
{{#chrome}}
<footer class="site-footer">
  <div class="wrap">
    <p>本栏目维护单位：{{publisher}}{{#date}}<span class="sep" aria-hidden="true"> · </span><span>数据截至 <span class="date">{{date}}</span></span>{{/date}}</p>
    {{#identity}}
    <p class="site-identity">{{#items}}{{#separated}}<span class="sep" aria-hidden="true"> · </span>{{/separated}}<span>{{label}}：{{value}}</span>{{/items}}</p>
    {{/identity}}
    <p>开放数据：<a href="{{reportRoot}}data.json">data.json（JSON）</a><span class="sep" aria-hidden="true"> · </span><a href="{{reportRoot}}tasks.csv">tasks.csv（表格）</a><span class="sep" aria-hidden="true"> · </span><a href="{{reportRoot}}feed.xml">订阅更新（Atom）</a>{{#roundsHref}}<span class="sep" aria-hidden="true"> · </span><a href="{{roundsHref}}">历次督查</a>{{/roundsHref}}<span class="sep" aria-hidden="true"> · </span><a href="{{frontHref}}">专栏首页（各年度报告）</a></p>
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
<p class="page-lead">您要访问的页面不存在，可能已被移动或删除。</p>
<ul class="link-list">
  <li><a href="{{chrome.root}}index.html">返回首页</a></li>
  <li><a href="{{tasksHref}}">查看最新报告的全部任务</a></li>
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
  <p class="progress-total">共 <strong>{{total}}</strong> 项任务，已完成 <strong>{{done}}</strong> 项，完成率 <strong>{{donePercent}}</strong>。</p>
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
        <td class="num" data-label="任务数">{{count}} 项</td>
        <td class="share" data-label="占比"><span class="share-text">{{percent}}</span>{{#hasTasks}}<progress class="bar bar-{{badge.category}}" max="{{total}}" value="{{count}}" aria-hidden="true"></progress>{{/hasTasks}}</td>
      </tr>
      {{/items}}
    </tbody>
  </table>
</div>

"""#
)),
("redirect.mustache", .text(
#"""
{{! A former address (a unit's formerSlugs, a page from before reports had folders): sends the reader on to the page now there. }}
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
<p>{{name}}的页面已迁移到新地址：<a href="{{href}}">{{name}}</a>。</p>
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
<p class="page-lead">每轮督查的结果都保留为存档页面，以当时发布的样子呈现。</p>

{{#trend}}{{>trend}}{{/trend}}

<ul class="round-list">
  {{#rounds}}
  <li class="round-item">
    <h2 class="round-date"><a href="{{href}}"><span class="date">{{date}}</span> 督查结果</a>{{#isLatest}}<span class="current-mark">（最新）</span>{{/isLatest}}</h2>
    <p>共 {{total}} 项任务，已完成 {{done}} 项，完成率 {{donePercent}}。</p>
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
("site-unit.mustache", .text(
#"""
{{<layout}}
{{$main}}
{{>breadcrumbs}}
<h1>{{name}}</h1>
{{#aliases}}<p class="page-lead">又称：{{aliases}}</p>{{/aliases}}
{{#groups}}
<section aria-labelledby="{{headingID}}">
  <h2 id="{{headingID}}"><a href="{{href}}">{{title}}</a></h2>
  <p>牵头 {{ledCount}} 项、参与 {{sharedCount}} 项，已完成 {{done}}/{{total}} 项，完成率 {{donePercent}}{{#date}}（截至 <span class="date">{{date}}</span>）{{/date}}。</p>
  {{#hasLed}}
  <h3>牵头任务</h3>
  <ul class="task-list">
    {{#led}}
    {{>task-row}}
    {{/led}}
  </ul>
  {{/hasLed}}
  {{#hasShared}}
  <h3>参与任务</h3>
  <ul class="task-list">
    {{#shared}}
    {{>task-row}}
    {{/shared}}
  </ul>
  {{/hasShared}}
</section>
{{/groups}}
{{#pagination}}{{>pagination}}{{/pagination}}
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
<p class="page-lead">{{#badge}}{{>badge}}{{/badge}} 共 <strong>{{count}}</strong> 项任务，占全部任务的 {{percent}}。</p>
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
  <p class="task-meta"><span class="meta-label">责任单位：</span>{{#lead}}<span class="lead">{{lead}}<span class="lead-mark">（牵头）</span></span>{{/lead}}{{#partners}}、{{partners}}{{/partners}}</p>
  <p class="task-status"><span class="visually-hidden">进度：</span>{{#badge}}{{>badge}}{{/badge}}{{#overdue}} <span class="badge badge-overdue"><span class="badge-text">已逾期</span></span>{{/overdue}}</p>
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
  {{#textChange}}<p class="notice">本项任务的表述与 {{date}} 督查时不同，当时为：“{{text}}”</p>{{/textChange}}
  <dl class="facts">
    <div>
      <dt>进度</dt>
      <dd>{{#badge}}{{>badge}}{{#written}}<span class="written">原文：{{written}}</span>{{/written}}{{/badge}}</dd>
    </div>
    <div>
      <dt>责任单位</dt>
      <dd>
        <ul class="unit-links">
          {{#units}}
          <li><a href="{{href}}">{{name}}</a>{{#isLead}}<span class="lead-mark">（牵头）</span>{{/isLead}}{{#isCo}}<span class="lead-mark">（配合）</span>{{/isCo}}</li>
          {{/units}}
        </ul>
      </dd>
    </div>
    {{#leaders}}
    <div>
      <dt>分管领导</dt>
      <dd>{{leaders}}</dd>
    </div>
    {{/leaders}}
    {{#dueAsWritten}}
    <div>
      <dt>完成时限</dt>
      <dd>{{dueAsWritten}}</dd>
    </div>
    {{/dueAsWritten}}
    {{#deadline}}
    <div>
      <dt>完成期限</dt>
      <dd><span class="date">{{due}}</span>{{#overdue}} <span class="badge badge-overdue"><span class="badge-text">已逾期</span></span>{{/overdue}}<span class="deadline-source">（{{source}}）</span></dd>
    </div>
    {{/deadline}}
    {{#note}}
    <div>
      <dt>备注</dt>
      <dd>{{note}}</dd>
    </div>
    {{/note}}
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
  {{#badgeHref}}<p class="embed">进度徽章（SVG 图片，可供其他网站引用）：<a href="{{badgeHref}}">badges/{{number}}.svg</a></p>{{/badgeHref}}
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
<form class="filter panel" id="task-filter" action="index.html" method="get" data-search="{{searchRoot}}"{{#paginated}} data-paginated="true"{{/paginated}} hidden>
  <h2 class="filter-title">搜索和筛选任务</h2>
  <div class="field field-q">
    <label for="filter-q">关键词</label>
    <input id="filter-q" name="q" type="search" autocomplete="off" aria-describedby="filter-q-hint">
    <p class="field-hint" id="filter-q-hint">可搜索任务内容、责任单位、进度、所属部分和落实情况，如地名、企业名、项目名。</p>
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
    <button type="submit">搜索</button>
    <button type="reset">清除筛选</button>
    <button type="button" id="copy-link">复制本页链接</button>
    <span class="copy-status" id="copy-status" role="status"></span>
  </div>
</form>
<p class="filter-count" id="filter-count" role="status">共 {{total}} 项任务</p>
<ul class="task-list" id="task-list">
  {{#tasks}}
  {{>task-row}}
  {{/tasks}}
</ul>
<ul class="task-list" id="search-results" hidden></ul>
<p class="filter-more" id="filter-more-wrap" hidden><button type="button" id="filter-more">显示更多结果</button></p>
<p class="empty" id="filter-empty" hidden>没有符合条件的任务，请调整筛选条件。</p>
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
      <tr><th scope="row">{{label}}</th><td class="num" data-label="已完成/任务数">{{done}}/{{total}}</td><td class="num" data-label="完成率">{{percent}}</td></tr>
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
{{#aliases}}<p class="page-lead">又称：{{aliases}}</p>{{/aliases}}

<section class="panel" aria-labelledby="h-progress">
  <h2 id="h-progress">任务进度</h2>
  {{#progress}}{{>progress}}{{/progress}}
  {{#trend}}{{>trend}}{{/trend}}
</section>

{{#showLed}}
<section aria-labelledby="h-led">
  <h2 id="h-led">牵头任务（{{ledCount}} 项）</h2>
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
  <h2 id="h-shared">参与任务（{{sharedCount}} 项）</h2>
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
{{$head}}
<script src="{{chrome.assetRoot}}assets/table-sort.js" defer></script>
{{/head}}
{{$main}}
{{>breadcrumbs}}
<h1>责任单位</h1>
<p class="page-lead">每项任务的第一个责任单位为牵头单位。点击单位名称查看其全部任务，点击表头可按该列排序。</p>
<div class="table-wrap" role="region" aria-labelledby="units-caption" tabindex="0">
  <table class="data-table" data-sortable>
    <caption id="units-caption">各责任单位任务落实情况</caption>
    <thead>
      <tr><th scope="col">责任单位</th><th scope="col">牵头</th><th scope="col">参与</th><th scope="col">已完成</th><th scope="col">完成率</th><th scope="col">较上轮</th></tr>
    </thead>
    <tbody>
      {{#units}}
      <tr>
        <th scope="row"><a href="{{href}}">{{name}}</a></th>
        <td class="num" data-label="牵头">{{led}}</td>
        <td class="num" data-label="参与">{{shared}}</td>
        <td class="num" data-label="已完成">{{done}}/{{total}}</td>
        <td class="num" data-label="完成率">{{donePercent}}</td>
        <td class="num" data-label="较上轮">{{#change}}{{change}} 个百分点{{/change}}{{^change}}<span aria-hidden="true">—</span><span class="visually-hidden">无</span>{{/change}}</td>
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
