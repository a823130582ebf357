// dateline search page (search/). Two sources, both loaded relative to this page so the site
// works under any subpath (https://user.github.io/repo/):
//  - data/quotes.json: every statement, matched word by word and filtered by speaker, topic and
//    year; each hit deep-links to its #q-… anchor on the article page, one hit per statement (the
//    same words in several outlets are one, its other reports named and linked under it);
//  - Pagefind (pagefind/pagefind.js): full-text search of article pages, filtered through the
//    statements they contain (no data-pagefind-filter: Pagefind's filter index is not
//    byte-stable between builds, and dateline's output must be).
// The URL carries the state (?q=…&speaker=…&topic=…&year=…), so a search can be linked to.
// `datelineUi` (the page's words when it is not in English) is app.js's: base.html loads app.js before
// this file on every page (both deferred: they run in that order).

(function () {
  "use strict";
  var ui = datelineUi;
  var box = document.getElementById("search-results");
  if (!box) { return; }
  var form = box.querySelector("form.search-page");
  var input = document.getElementById("sp-q");
  var selects = {
    speaker: document.getElementById("sp-speaker"),
    topic: document.getElementById("sp-topic"),
    year: document.getElementById("sp-year")
  };
  var status = document.getElementById("search-status");
  var quoteSection = document.getElementById("search-quotes");
  var articleSection = document.getElementById("search-articles");
  var rootRel = box.getAttribute("data-root") || "../";
  var rootUrl = new URL(rootRel, document.baseURI);
  var topicLabels = {};
  try {
    var ids = JSON.parse(box.getAttribute("data-topic-ids") || "[]");
    var labels = JSON.parse(box.getAttribute("data-topic-labels") || "[]");
    ids.forEach(function (id, i) { topicLabels[id] = labels[i] || id; });
  } catch (e) { /* labels fall back to ids */ }

  var MAX_QUOTES = 100;
  var quotes = null;          // data/quotes.json
  var byArticle = {};         // article path ("2022/07/10/slug/") → its quotes
  var byStatement = {};       // statement id → its reports, one quote per outlet that printed the words
  var pagefind = null;        // the Pagefind module, or false when unavailable
  var runId = 0;

  // Words as a search compares them: accents off ("Müller" finds "Muller"), "ß" as "ss" ("Straße" finds
  // "Strasse", as a Swiss outlet writes it), curly quotes straight, lower case.
  function norm(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, "\"").toLowerCase()
      .replace(/\u00df/g, "ss");
  }
  function terms(q) { return norm(q).split(/\s+/).filter(function (t) { return t.length > 0; }); }
  function year(q) { return String(q.statement_date || "").slice(0, 4); }
  function articlePath(url) { return String(url || "").split("#")[0]; }

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  function fillFilters() {
    var speakers = {}, topics = {}, years = {};
    quotes.forEach(function (q) {
      if (q.speaker) { speakers[q.speaker] = q.speaker_name || q.speaker; }
      (q.topics || []).forEach(function (t) { topics[t] = topicLabels[t] || t; });
      if (year(q)) { years[year(q)] = true; }
    });
    Object.keys(speakers).sort(function (a, b) { return speakers[a].localeCompare(speakers[b]); })
      .forEach(function (k) { option(selects.speaker, k, speakers[k]); });
    Object.keys(topics).sort(function (a, b) { return topics[a].localeCompare(topics[b]); })
      .forEach(function (k) { option(selects.topic, k, topics[k]); });
    Object.keys(years).sort().forEach(function (y) { option(selects.year, y, y); });
  }

  function filters() {
    return { speaker: selects.speaker.value, topic: selects.topic.value, year: selects.year.value };
  }
  function anyFilter(f) { return !!(f.speaker || f.topic || f.year); }
  function passes(q, f) {
    return (!f.speaker || q.speaker === f.speaker) &&
      (!f.topic || (q.topics || []).indexOf(f.topic) !== -1) &&
      (!f.year || year(q) === f.year);
  }

  // Text with every search term wrapped in <mark>, built as DOM nodes (never innerHTML).
  function highlighted(text, ts) {
    var frag = document.createDocumentFragment();
    var plain = String(text);
    if (!ts.length) { frag.appendChild(document.createTextNode(plain)); return frag; }
    // the folded text, and for each of its characters the one of `plain` it came from ("ß" gives two)
    var low = "", from = [];
    for (var i = 0; i < plain.length; i++) {
      var f = norm(plain[i]);
      for (var k = 0; k < f.length; k++) { low += f[k]; from.push(i); }
    }
    var marks = [];
    ts.forEach(function (t) {
      var at = low.indexOf(t);
      while (at !== -1) {
        marks.push([from[at], from[at + t.length - 1] + 1]);
        at = low.indexOf(t, at + t.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) { return; }
      frag.appendChild(document.createTextNode(plain.slice(pos, m[0])));
      var mk = document.createElement("mark");
      mk.textContent = plain.slice(m[0], m[1]);
      frag.appendChild(mk);
      pos = m[1];
    });
    frag.appendChild(document.createTextNode(plain.slice(pos)));
    return frag;
  }

  // Pagefind excerpts are HTML with <mark>: keep only text and <mark>, parsed in an inert <template>.
  function excerpt(html) {
    var tpl = document.createElement("template");
    tpl.innerHTML = String(html || "");
    var frag = document.createDocumentFragment();
    tpl.content.childNodes.forEach(function (n) {
      if (n.nodeName === "MARK") {
        var mk = document.createElement("mark");
        mk.textContent = n.textContent;
        frag.appendChild(mk);
      } else {
        frag.appendChild(document.createTextNode(n.textContent || ""));
      }
    });
    return frag;
  }

  // One result per statement, however many outlets reported it, as the timeline shows it: the
  // statement's first report when it matched, else its first report that did.
  function statements(hits) {
    var seen = {}, out = [];
    hits.forEach(function (x) {
      var k = x.statement || x.id;
      if (seen[k]) { if (x.id === k) { seen[k].lead = x; } return; }
      seen[k] = { key: k, lead: x };
      out.push(seen[k]);
    });
    return out;
  }

  // "Also in The Harbour Times, Port Daily": the statement's other reports, each linked to its anchor.
  function otherReports(g) {
    var others = (byStatement[g.key] || []).filter(function (o) { return o.id !== g.lead.id; });
    if (!others.length) { return null; }
    var p = document.createElement("p");
    p.className = "reports";
    p.appendChild(document.createTextNode(ui("also_in_js", "Also in ")));
    others.forEach(function (o, i) {
      if (i) { p.appendChild(document.createTextNode(", ")); }
      var a = document.createElement("a");
      a.href = rootRel + o.url;
      a.textContent = o.outlet || o.date_label || o.article;
      p.appendChild(a);
    });
    return p;
  }

  function quoteItem(g, ts) {
    var q = g.lead;
    var li = document.createElement("li");
    var p = document.createElement("p");
    var a = document.createElement("a");
    a.href = rootRel + q.url;
    a.className = "search-quote";
    a.appendChild(document.createTextNode(ui("quote_open", "\u201c")));
    a.appendChild(highlighted(q.text.trim(), ts));
    a.appendChild(document.createTextNode(ui("quote_close", "\u201d")));
    p.appendChild(a);
    li.appendChild(p);
    var meta = document.createElement("p");
    meta.className = "meta";
    var bits = [q.speaker_name || q.speaker, q.date_label || q.statement_date];  // "3 October 2025"
    var tl = (q.topics || []).map(function (t) { return topicLabels[t] || t; });
    if (tl.length) { bits.push(tl.join(", ")); }
    meta.textContent = bits.filter(Boolean).join(" \u00b7 ");
    li.appendChild(meta);
    var also = otherReports(g);
    if (also) { li.appendChild(also); }
    return li;
  }

  function articleItem(d, path) {
    var li = document.createElement("li");
    var p = document.createElement("p");
    var a = document.createElement("a");
    a.href = rootRel + path;
    a.textContent = (d.meta && d.meta.title) || path;
    p.appendChild(a);
    li.appendChild(p);
    var ex = document.createElement("p");
    ex.className = "meta";
    var m = d.meta || {};
    var head = [m.outlet, m.year].filter(Boolean).join(", ");
    if (head) { ex.appendChild(document.createTextNode(head + ": ")); }
    ex.appendChild(excerpt(d.excerpt));
    li.appendChild(ex);
    return li;
  }

  function show(section, items) {
    var ol = section.querySelector("ol");
    ol.textContent = "";
    items.forEach(function (li) { ol.appendChild(li); });
    section.hidden = items.length === 0;
  }

  function loadPagefind() {
    if (pagefind !== null) { return Promise.resolve(pagefind); }
    return import(new URL("pagefind/pagefind.js", rootUrl).href).then(function (mod) {
      return Promise.resolve(mod.options({ baseUrl: rootUrl.pathname })).then(function () {
        pagefind = mod;
        return mod;
      });
    }).catch(function () { pagefind = false; return false; });
  }

  // Pagefind result URLs are absolute paths under the site root: make them site-relative.
  function sitePath(url) {
    var u = new URL(url, rootUrl);
    return u.pathname.indexOf(rootUrl.pathname) === 0 ? u.pathname.slice(rootUrl.pathname.length) : null;
  }

  function searchArticles(q, f) {
    if (!q) { return Promise.resolve([]); }
    return loadPagefind().then(function (pf) {
      if (!pf) { return null; }
      return pf.search(q).then(function (res) {
        var top = res.results.slice(0, anyFilter(f) ? 60 : 20);
        return Promise.all(top.map(function (r) { return r.data(); }));
      }).then(function (datas) {
        var out = [];
        datas.forEach(function (d) {
          var path = sitePath(d.url);
          if (path === null) { return; }
          if (anyFilter(f) && !(byArticle[path] || []).some(function (x) { return passes(x, f); })) { return; }
          out.push(articleItem(d, path));
        });
        return out;
      });
    });
  }

  function run(updateUrl) {
    var mine = ++runId;
    var q = input.value.trim();
    var f = filters();
    if (updateUrl && window.history && history.replaceState) {
      var params = new URLSearchParams();
      if (q) { params.set("q", q); }
      Object.keys(f).forEach(function (k) { if (f[k]) { params.set(k, f[k]); } });
      var qs = params.toString();
      history.replaceState(null, "", qs ? "?" + qs : location.pathname);
    }
    if (!q && !anyFilter(f)) {
      show(quoteSection, []);
      show(articleSection, []);
      status.textContent = ui("search_prompt", "Type a word, or choose a speaker, topic or year.");
      return Promise.resolve();
    }
    var ts = terms(q);
    var hits = quotes.filter(function (x) {
      if (!passes(x, f)) { return false; }
      // Words match the statement, its speaker and its topics ("housing" finds a Housing topic).
      var hay = norm(x.text + " " + (x.speaker_name || "") + " " +
        (x.topics || []).map(function (t) { return t + " " + (topicLabels[t] || ""); }).join(" "));
      return ts.every(function (t) { return hay.indexOf(t) !== -1; });
    });
    var found = statements(hits);
    show(quoteSection, found.slice(0, MAX_QUOTES).map(function (g) { return quoteItem(g, ts); }));
    status.textContent = ui("searching", "Searching\u2026");
    return searchArticles(q, f).then(function (arts) {
      if (mine !== runId) { return; }
      show(articleSection, arts || []);
      var said = ui("n_statements_js", "{n} statements|{n} statement", {n: found.length});
      if (found.length > MAX_QUOTES) { said += ui("first_shown", " (first {n} shown: narrow with the filters)", {n: MAX_QUOTES}); }
      var msg = said;
      if (q) {
        msg += arts === null ? ui("no_fulltext", "; full-text search of articles is not available")
          : ", " + ui("n_articles_js", "{n} articles|{n} article", {n: arts.length});
      }
      var words = ui("quote_open", "\u201c") + q + ui("quote_close", "\u201d");
      status.textContent = msg + (q ? ui("for_words", " for {words}.", {words: words}) : ".");
    });
  }

  function start() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    Object.keys(selects).forEach(function (k) {
      var v = params.get(k) || "";
      if (v && selects[k].querySelector("option[value=\"" + CSS.escape(v) + "\"]")) { selects[k].value = v; }
    });
    form.hidden = false;
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(true); });
    Object.keys(selects).forEach(function (k) { selects[k].addEventListener("change", function () { run(true); }); });
    var header = document.getElementById("search-q");
    if (header && !header.value) { header.value = input.value; }
    return run(false);
  }

  status.textContent = ui("loading", "Loading the statements\u2026");
  fetch(new URL("data/quotes.json", rootUrl).href).then(function (r) {
    if (!r.ok) { throw new Error(String(r.status)); }
    return r.json();
  }).then(function (data) {
    quotes = Array.isArray(data) ? data : [];
    quotes.forEach(function (q) {
      var p = articlePath(q.url);
      (byArticle[p] = byArticle[p] || []).push(q);
      (byStatement[q.statement || q.id] = byStatement[q.statement || q.id] || []).push(q);
    });
    fillFilters();
    return start();
  }).catch(function () {
    status.textContent = ui("search_failed", "Search could not load its data. Browse by topic or speaker instead.");
  });
})();
