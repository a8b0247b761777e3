/* Book search: loads MiniSearch and the index with plain script tags on first use, so it works
   from file:// and under any base URL (paths are relative to data-root). */
(function () {
  "use strict";
  var html = document.documentElement;
  html.classList.add("js");
  var root = html.getAttribute("data-root") || "./";
  var input, results, engine = null, loading = false, pending = null;

  function load(src, done) {
    var s = document.createElement("script");
    s.src = root + src;
    s.onload = done;
    s.onerror = function () { results.innerHTML = "<p>Search is unavailable.</p>"; };
    document.head.appendChild(s);
  }

  function ensureEngine(then) {
    if (engine) { then(); return; }
    pending = then;
    if (loading) return;
    loading = true;
    load("assets/minisearch.js", function () {
      load("search-index.js", function () {
        engine = new MiniSearch({
          fields: ["h", "t", "x"],
          storeFields: ["u", "t", "h", "p"],
          searchOptions: { boost: { h: 3, t: 2 }, fuzzy: 0.2, prefix: true, combineWith: "AND" }
        });
        engine.addAll(window.RUG_SEARCH_INDEX.docs);
        if (pending) pending();
      });
    });
  }

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  function show() {
    var q = input.value.trim();
    if (q.length < 2) { results.innerHTML = ""; return; }
    var hits = engine.search(q).slice(0, 12);
    if (hits.length === 0) {
      results.innerHTML = "<p>No results for \u201c" + esc(q) + "\u201d.</p>";
      return;
    }
    results.innerHTML = "<ul>" + hits.map(function (h) {
      var chapter = h.h === h.t ? "" : '<span class="hit-chapter">' + esc(h.t) + "</span>";
      return '<li><a class="search-hit" href="' + esc(root + h.u) + '"><span class="hit-title">' +
        esc(h.h) + "</span>" + chapter + '<span class="hit-preview">' + esc(h.p) + "</span></a></li>";
    }).join("") + "</ul>";
  }

  document.addEventListener("DOMContentLoaded", function () {
    input = document.getElementById("search-input");
    results = document.getElementById("search-results");
    if (!input) return;
    input.addEventListener("focus", function () { ensureEngine(function () {}); });
    input.addEventListener("input", function () { ensureEngine(show); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { input.value = ""; results.innerHTML = ""; }
      if (e.key === "Enter") {
        var first = results.querySelector("a");
        if (first) first.click();
      }
    });
  });
})();
