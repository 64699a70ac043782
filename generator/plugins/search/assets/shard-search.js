/*
 * Search over the sharded index written by the news/search plugin
 * (generator/plugins/search/shards.py). A query is cut the way pages were indexed: Chinese
 * runs into overlapping character pairs, Latin words lower-cased. A page
 * matches when it holds every pair of every term; headline matches come
 * first, then newest first. Only the shards of the query's own characters
 * are loaded, as <script> files, which works over http(s) and from file://.
 */
(function () {
  "use strict";
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  var LATIN = /[A-Za-z0-9]+/g;
  var PAGE_SIZE = 20;
  var script = document.currentScript;
  var root = script.src.replace(/assets\/javascripts\/shard-search\.js(\?.*)?$/, "");
  var loaded = {};
  var waiting = {};

  window.__newsSearch = function (kind, n, data) {
    var id = kind + n;
    loaded[id] = data;
    (waiting[id] || []).forEach(function (done) { done(data); });
    delete waiting[id];
  };

  function load(kind, n) {
    var id = kind + n;
    if (id in loaded) return Promise.resolve(loaded[id]);
    return new Promise(function (resolve, reject) {
      if (waiting[id]) { waiting[id].push(resolve); return; }
      waiting[id] = [resolve];
      var tag = document.createElement("script");
      tag.src = root + "search/" + (kind === "meta" ? "meta.js" : (kind === "shard" ? "shards/" : "pages/") + n + ".js");
      tag.async = true;
      tag.onerror = function () { delete waiting[id]; reject(new Error("cannot load " + tag.src)); };
      document.head.appendChild(tag);
    });
  }

  function decode(entry, pages) {
    var ids = [];
    if (typeof entry === "string") {
      var bytes = atob(entry);
      for (var b = 0; b < bytes.length; b++) {
        var byte = bytes.charCodeAt(b);
        for (var bit = 0; bit < 8; bit++) if (byte & (1 << bit)) ids.push(b * 8 + bit);
      }
      return ids.filter(function (i) { return i < pages; });
    }
    var last = -1;
    for (var k = 0; k < entry.length; k++) { last += entry[k] + 1; ids.push(last); }
    return ids;
  }

  // A term's requirements: exact keys (character pairs, which all must be on
  // the page) and prefixes (a lone character or a Latin word: any key that
  // starts with it will do).
  function requirements(query) {
    var reqs = [];
    query.trim().split(/\s+/).forEach(function (term) {
      (term.match(HAN) || []).forEach(function (run) {
        if (run.length === 1) reqs.push({ prefix: run });
        for (var i = 0; i + 1 < run.length; i++) reqs.push({ key: run.slice(i, i + 2) });
      });
      (term.match(LATIN) || []).forEach(function (word) { reqs.push({ prefix: word.toLowerCase() }); });
    });
    return reqs;
  }

  function shardOf(text, shards) { return text.toLowerCase().codePointAt(0) % shards; }

  function matches(req, shard, mark, pages) {
    if (req.key) {
      var entry = shard[mark + req.key];
      return entry === undefined ? [] : decode(entry, pages);
    }
    var seen = {};
    var titleKey = mark || "^";
    Object.keys(shard).forEach(function (key) {
      var marked = key.charAt(0) === titleKey;
      if (marked !== Boolean(mark)) return;
      if ((marked ? key.slice(1) : key).indexOf(req.prefix) !== 0) return;
      decode(shard[key], pages).forEach(function (i) { seen[i] = true; });
    });
    return Object.keys(seen).map(Number);
  }

  function intersect(lists) {
    if (!lists.length) return [];
    var result = lists[0];
    for (var i = 1; i < lists.length; i++) {
      var other = new Set(lists[i]);
      result = result.filter(function (x) { return other.has(x); });
    }
    return result.slice().sort(function (a, b) { return a - b; });
  }

  function search(query) {
    var reqs = requirements(query);
    if (!reqs.length) return Promise.resolve({ ids: [], meta: null });
    return load("meta", 0).then(function (meta) {
      var wanted = {};
      reqs.forEach(function (r) { wanted[shardOf(r.key || r.prefix, meta.shards)] = true; });
      return Promise.all(Object.keys(wanted).map(function (n) { return load("shard", Number(n)); })).then(function () {
        function run(mark) {
          return intersect(reqs.map(function (r) {
            return matches(r, loaded["shard" + shardOf(r.key || r.prefix, meta.shards)], mark, meta.pages);
          }));
        }
        var all = run("");
        var inTitle = new Set(run(meta.title_mark));
        var first = all.filter(function (i) { return inTitle.has(i); });
        var rest = all.filter(function (i) { return !inTitle.has(i); });
        return { ids: first.concat(rest), meta: meta };
      });
    });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(text, query) {
    var terms = query.trim().split(/\s+/).filter(Boolean).sort(function (a, b) { return b.length - a.length; });
    var out = escapeHtml(text);
    terms.forEach(function (term) {
      var safe = escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      out = out.replace(new RegExp("(" + safe + ")(?![^<]*>)", "gi"), "<mark>$1</mark>");
    });
    return out;
  }

  function show(box, list, more, query, found, shown) {
    var meta = found.meta;
    var slice = found.ids.slice(shown, shown + PAGE_SIZE);
    var files = {};
    slice.forEach(function (i) { files[Math.floor(i / meta.per_file)] = true; });
    return Promise.all(Object.keys(files).map(function (n) { return load("pages", Number(n)); })).then(function () {
      if (box.value !== query) return;
      slice.forEach(function (i) {
        var page = loaded["pages" + Math.floor(i / meta.per_file)][i % meta.per_file];
        var item = document.createElement("li");
        item.className = "shard-search__result";
        item.innerHTML = '<a class="shard-search__link" href="' + escapeHtml(root + page[0]) + '">' + highlight(page[1], query) + "</a>" +
          (page[3] ? ' <small class="shard-search__date">' + escapeHtml(page[3]) + "</small>" : "") +
          (page[2] ? '<p class="shard-search__summary">' + highlight(page[2], query) + "</p>" : "");
        list.appendChild(item);
      });
      more.hidden = shown + PAGE_SIZE >= found.ids.length;
    });
  }

  // On every other page: a search box in the header that opens the search page.
  function headerBox() {
    var header = document.querySelector(".md-header__inner");
    // The search page, as the navigation links it (search/ online, search.html offline).
    var pages = [root + "search/", root + "search/index.html", root + "search.html"];
    var link = Array.prototype.find.call(document.querySelectorAll(".md-tabs__link, .md-nav__link"), function (a) {
      return pages.indexOf(a.href) >= 0;
    });
    if (!header || !link || header.querySelector(".shard-search-header")) return;
    var form = document.createElement("form");
    form.className = "shard-search-header";
    form.setAttribute("role", "search");
    form.method = "get";
    form.action = link.href;
    var label = escapeHtml(link.textContent.trim());
    form.innerHTML = '<input type="search" name="q" placeholder="' + label + '" aria-label="' + label + '" autocomplete="off">';
    header.insertBefore(form, header.querySelector(".md-header__source"));
  }

  function start() {
    var form = document.getElementById("shard-search");
    if (!form) { headerBox(); return; }
    var box = form.querySelector("input");
    var list = document.getElementById("shard-search-results");
    var status = document.getElementById("shard-search-status");
    var more = document.getElementById("shard-search-more");
    var found = null, shown = 0, timer = null;

    function run() {
      var query = box.value;
      try {  // the address keeps the query, for the back button and for sharing
        history.replaceState(null, "", query.trim() ? "?q=" + encodeURIComponent(query) : location.pathname);
      } catch (error) { /* some browsers refuse this on file:// */ }
      list.innerHTML = "";
      more.hidden = true;
      if (!query.trim()) { status.textContent = ""; return; }
      status.textContent = "正在搜索…";
      search(query).then(function (result) {
        if (box.value !== query) return;
        found = result; shown = 0;
        status.textContent = result.ids.length ? "找到 " + result.ids.length + " 篇：" + query : "没有找到：" + query;
        return result.ids.length ? show(box, list, more, query, found, 0) : null;
      }).then(function () {
        if (box.value === query) status.setAttribute("data-query", query);  // done: results are on the page
      }).catch(function (error) { status.textContent = "搜索出错：" + error.message; });
    }

    box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 80); });
    form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
    more.addEventListener("click", function () { shown += PAGE_SIZE; show(box, list, more, box.value, found, shown); });
    load("meta", 0).catch(function () {});  // start loading while the reader types
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { box.value = initial; run(); }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
