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
