/*
 * The search box in the header of every page (overrides/partials/search.html),
 * over the sharded index written by the news/search plugin
 * (generator/plugins/search/shards.py).
 *
 * A query is cut the way pages were indexed: Chinese runs into overlapping
 * character pairs (a lone character is its own key), Latin words
 * lower-cased and matched as prefixes. A page matches when it holds every
 * key of every word; headline matches come first, then tag matches, then
 * the rest, newest first within each. Only the shards of the query's own
 * keys are loaded, and for the results shown, their entries and texts (for
 * the snippet around the match), all as <script> files, which works over
 * http(s) and from file://. Typing through an input method searches when the
 * composition ends, not on every pinyin letter; pasting searches at once.
 */
(function () {
  "use strict";
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  var LATIN = /[A-Za-z0-9]+/g;
  var PAGE_SIZE = 10;
  var SNIPPET_BEFORE = 24, SNIPPET_LENGTH = 96;
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

  var FOLDERS = { shard: "shards/", pages: "pages/", text: "text/" };

  function load(kind, n) {
    var id = kind + n;
    if (id in loaded) return Promise.resolve(loaded[id]);
    return new Promise(function (resolve, reject) {
      if (waiting[id]) { waiting[id].push(resolve); return; }
      waiting[id] = [resolve];
      var tag = document.createElement("script");
      tag.src = root + "search/" + (kind === "meta" ? "meta.js" : FOLDERS[kind] + n + ".js");
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

  function terms(query) {
    return query.trim().split(/\s+/).filter(Boolean);
  }

  // A word's requirements: exact keys (character pairs, or a lone Chinese
  // character) and prefixes (a Latin word: any key that starts with it).
  function requirements(query) {
    var reqs = [];
    terms(query).forEach(function (term) {
      (term.match(HAN) || []).forEach(function (run) {
        if (run.length === 1) reqs.push({ key: run });
        for (var i = 0; i + 1 < run.length; i++) reqs.push({ key: run.slice(i, i + 2) });
      });
      (term.match(LATIN) || []).forEach(function (word) { reqs.push({ prefix: word.toLowerCase() }); });
    });
    return reqs;
  }

  // The same hash as shards.key_hash; Latin words go by their first letter.
  function shardOf(text, shards) {
    var bare = text.charCodeAt(0) < 128 ? text.charAt(0) : text;
    var h = 0;
    for (var i = 0; i < bare.length; i++) h = (Math.imul(h, 31) + bare.charCodeAt(i)) >>> 0;
    return h % shards;
  }

  function matches(req, shard, mark, pages) {
    if (req.key) {
      var entry = shard[mark + req.key];
      return entry === undefined ? [] : decode(entry, pages);
    }
    var seen = {};
    Object.keys(shard).forEach(function (key) {
      if (mark ? key.charAt(0) !== mark : key.charAt(0) === "^" || key.charAt(0) === "#") return;
      if (key.slice(mark.length).indexOf(req.prefix) !== 0) return;
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

  // Page numbers holding the query: headline matches, then tag matches, then the rest.
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
        var inTags = new Set(run(meta.tag_mark));
        function rank(i) { return inTitle.has(i) ? 0 : inTags.has(i) ? 1 : 2; }
        all.sort(function (a, b) { return rank(a) - rank(b) || a - b; });
        return { ids: all, meta: meta };
      });
    });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // The text with every word of the query marked (longest words first).
  function highlight(text, words) {
    if (!words.length) return escapeHtml(text);
    var pattern = new RegExp("(" + words.slice().sort(function (a, b) { return b.length - a.length; })
      .map(escapeRegExp).join("|") + ")", "gi");
    return String(text).split(pattern).map(function (part, k) {
      return k % 2 ? "<mark>" + escapeHtml(part) + "</mark>" : escapeHtml(part);
    }).join("");
  }

  // A stretch of the text around the first place where a word of the query
  // occurs (the beginning of the text when only the headline or tags hold it).
  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = -1;
    words.forEach(function (w) {
      var i = lower.indexOf(w.toLowerCase());
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    var start = Math.max(0, at - SNIPPET_BEFORE);
    var newline = text.lastIndexOf("\n", at);
    if (at >= 0 && newline >= start) start = newline + 1;  // start with the paragraph, when it starts near
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    var piece = text.slice(start, end).replace(/\s*\n\s*/g, " ");
    return (start > 0 ? "…" : "") + piece + (end < text.length ? "…" : "");
  }

  // Whether a page holds every word as typed (its headline, text, tags or
  // authors): a page can hold all the character pairs of a word but not the word.
  function holds(page, text, words) {
    var all = [page[1], text].concat(page[4], page[5]).join("\n").toLowerCase();
    return words.every(function (w) { return all.indexOf(w.toLowerCase()) >= 0; });
  }

  function SearchBox(root) {
    this.el = root;
    this.form = root.querySelector("form");
    this.box = root.querySelector("[data-news-search-query]");
    this.list = root.querySelector("[data-news-search-results]");
    this.status = root.querySelector("[data-news-search-status]");
    this.more = root.querySelector("[data-news-search-more]");
    this.toggle = document.getElementById("__search");
    this.hint = this.status.textContent;
    this.found = null;
    this.shown = 0;
    this.timer = null;
    this.composing = false;
    this.bind();
  }

  SearchBox.prototype.open = function (on) {
    if (this.toggle && this.toggle.checked !== on) {
      this.toggle.checked = on;
      this.toggle.dispatchEvent(new Event("change"));
    }
  };

  SearchBox.prototype.schedule = function (delay) {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.run(); }, delay);
  };

  SearchBox.prototype.bind = function () {
    var self = this, box = this.box;
    // Input methods: the box holds pinyin letters while a word is being
    // composed; search when the composition ends (Chrome fires the last
    // input event before compositionend, Firefox after it).
    box.addEventListener("compositionstart", function () { self.composing = true; });
    box.addEventListener("compositionend", function () { self.composing = false; self.schedule(60); });
    box.addEventListener("input", function (event) {
      if (event.isComposing || self.composing) return;
      self.schedule(event.inputType === "insertFromPaste" ? 0 : 80);
    });
    box.addEventListener("paste", function () { self.schedule(0); });
    box.addEventListener("focus", function () { self.open(true); });
    box.addEventListener("keydown", function (event) {
      if (event.isComposing) return;
      if (event.key === "Escape") { self.open(false); box.blur(); }
      else if (event.key === "ArrowDown") { event.preventDefault(); self.step(1); }
    });
    this.list.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        self.step(event.key === "ArrowDown" ? 1 : -1);
      } else if (event.key === "Escape") { self.open(false); }
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(self.timer);
      self.run();
    });
    this.form.addEventListener("reset", function () {
      setTimeout(function () { self.run(); box.focus(); }, 0);
    });
    this.more.addEventListener("click", function () { self.show(self.shown); });
    if (this.toggle) {
      this.toggle.addEventListener("change", function () {
        if (self.toggle.checked && document.activeElement !== box) box.focus();
      });
    }
  };

  // Arrow keys move between the results and back to the box.
  SearchBox.prototype.step = function (by) {
    var links = Array.prototype.slice.call(this.list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    var next = at + by;
    if (next < 0) { this.box.focus(); return; }
    if (next < links.length) links[next].focus();
  };

  SearchBox.prototype.run = function () {
    var self = this, query = this.box.value;
    if (query === this.query) return;
    this.query = query;
    this.list.innerHTML = "";
    this.more.hidden = true;
    this.status.removeAttribute("data-query");
    if (!query.trim()) { this.status.textContent = this.hint; return; }
    this.status.textContent = "正在搜索…";
    search(query).then(function (found) {
      if (self.query !== query) return null;
      self.found = found;
      self.total = found.ids.length;
      return self.show(0);
    }).catch(function (error) {
      if (self.query === query) self.status.textContent = "搜索出错：" + error.message;
    });
  };

  SearchBox.prototype.report = function () {
    var query = this.query.trim();
    this.status.textContent = this.total ? "找到 " + this.total + " 篇含有“" + query + "”的文章" :
      "没有找到含有“" + query + "”的文章";
  };

  // Results from `from` on, PAGE_SIZE of them: their entries and texts are
  // loaded, each is checked to hold every word as typed (character pairs
  // can all be on a page without the word itself), then shown.
  SearchBox.prototype.show = function (from) {
    var self = this, query = this.query, found = this.found, meta = found.meta;
    var words = terms(query);
    var slice = found.ids.slice(from, from + PAGE_SIZE);
    var files = {};
    slice.forEach(function (i) { files[Math.floor(i / meta.per_file)] = true; });
    var loads = Object.keys(files).map(function (n) { return load("pages", Number(n)); })
      .concat(slice.map(function (i) { return load("text", i); }));
    return Promise.all(loads).then(function () {
      if (self.query !== query) return;
      slice.forEach(function (i) {
        var page = loaded["pages" + Math.floor(i / meta.per_file)][i % meta.per_file];
        var text = loaded["text" + i];
        if (!holds(page, text, words)) { self.total -= 1; return; }
        self.list.appendChild(self.item(page, text, words));
      });
      self.shown = from + slice.length;
      self.more.hidden = self.shown >= found.ids.length;
      self.report();
      self.status.setAttribute("data-query", query);  // done: the results are on the page
    });
  };

  SearchBox.prototype.item = function (page, text, words) {
    var item = document.createElement("li");
    item.className = "md-search-result__item news-search__result";
    var tags = page[4].filter(function (tag) {
      return words.some(function (w) { return tag.toLowerCase().indexOf(w.toLowerCase()) >= 0; });
    });
    item.innerHTML = '<a class="md-search-result__link" href="' + escapeHtml(root + page[0]) + '">' +
      '<article class="md-search-result__article md-typeset">' +
      "<h1>" + highlight(page[1], words) + "</h1>" +
      (page[3] ? '<p class="news-search__source">' + escapeHtml(page[3]) + "</p>" : "") +
      '<p class="news-search__snippet">' + highlight(snippet(text, words), words) + "</p>" +
      (tags.length ? '<p class="news-search__tags">' + tags.map(function (t) {
        return '<span class="md-tag">' + highlight(t, words) + "</span>";
      }).join(" ") + "</p>" : "") +
      "</article></a>";
    return item;
  };

  function start() {
    var el = document.querySelector("[data-news-search]");
    if (!el) return;
    var box = new SearchBox(el);
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) {  // a link to a search: ?q=新质生产力
      box.box.value = initial;
      box.open(true);
      box.run();
    } else {
      // Start loading the index's description while the reader reads.
      load("meta", 0).catch(function () {});
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
