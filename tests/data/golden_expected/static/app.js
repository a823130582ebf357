// dateline: progressive enhancement only. Every page works without this file.
// The page's words when it is not in English: a JSON block the theme writes (`#dateline-ui`,
// from lang/ui.toml); English pages have none and the words below are used as they are.
var datelineUi = (function () {
  var words = {};
  var el = document.getElementById("dateline-ui");
  if (el) { try { words = JSON.parse(el.textContent) || {}; } catch (e) { words = {}; } }
  // the language's plural rule as the page states it (`plural_zero`: "one" where CLDR counts 0 as one,
  // as French and Brazil's Portuguese do; the browser's Intl would read `pt` as Brazil's for Portugal too)
  function one(n) { return n === 1 || (n === 0 && words.plural_zero === "one"); }
  // `ui(key, english, {n: 3})`: the page's word for `key`, else `english`; "{n}" filled in; a
  // "many|one" pair is chosen by `n`
  return function (key, english, args) {
    var text = typeof words[key] === "string" ? words[key] : english;
    args = args || {};
    if (text.indexOf("|") !== -1 && "n" in args) { text = text.split("|")[one(args.n) ? 1 : 0]; }
    Object.keys(args).forEach(function (k) { text = text.split("{" + k + "}").join(String(args[k])); });
    return text;
  };
})();

// 1. On the timeline, topic links filter the list in place (the topic pages are the no-JS filter).
(function () {
  "use strict";
  var filters = document.querySelectorAll(".filters a[data-topic]");
  var cards = document.querySelectorAll(".timeline .quote-card");
  if (!filters.length || !cards.length) { return; }
  var active = null;
  function apply() {
    cards.forEach(function (card) {
      var topics = (card.getAttribute("data-topics") || "").split(" ");
      card.hidden = active !== null && topics.indexOf(active) === -1;
    });
    document.querySelectorAll(".timeline .month, .timeline .year").forEach(function (sec) {
      sec.hidden = !sec.querySelector(".quote-card:not([hidden])");
    });
    filters.forEach(function (a) { a.setAttribute("aria-pressed", String(a.getAttribute("data-topic") === active)); });
    var status = document.getElementById("filter-status");
    if (status) {
      var shown = document.querySelectorAll(".timeline .quote-card:not([hidden])").length;
      var label = "";
      filters.forEach(function (a) { if (a.getAttribute("data-topic") === active) { label = a.textContent; } });
      status.textContent = active === null ? datelineUi("showing_all", "Showing all {n} statements.", {n: shown})
        : datelineUi("showing_on", "Showing {n} statements on {label}.", {n: shown, label: label});
    }
  }
  filters.forEach(function (a) {
    a.setAttribute("role", "button");
    a.setAttribute("aria-pressed", "false");
    a.addEventListener("click", function (ev) {
      if (ev.metaKey || ev.ctrlKey || ev.shiftKey) { return; }
      ev.preventDefault();
      var t = a.getAttribute("data-topic");
      active = active === t ? null : t;
      apply();
    });
    // role="button" promises Space as well as Enter (links only answer Enter).
    a.addEventListener("keydown", function (ev) {
      if (ev.key === " " && !ev.metaKey && !ev.ctrlKey && !ev.shiftKey && !ev.altKey) { ev.preventDefault(); a.click(); }
    });
  });
})();

// 2. Quote cards get "Copy link" and "Cite" buttons (without JS the card's links do the same job).
(function () {
  "use strict";
  var cards = document.querySelectorAll(".quote-card[data-url]");
  if (!cards.length) { return; }
  function copy(text, button, done) {
    var label = button.textContent;
    var status = button.parentNode.querySelector("[role=status]");
    function ok() {
      button.textContent = done;
      if (status) { status.textContent = done + "."; }  // announced by screen readers
      setTimeout(function () { button.textContent = label; if (status) { status.textContent = ""; } }, 2000);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(ok, function () { window.prompt(label, text); });
    } else {
      window.prompt(label, text);
    }
  }
  function text(el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; }
  cards.forEach(function (card) {
    var foot = card.querySelector(".card-foot");
    if (!foot) { return; }
    var url = new URL(card.getAttribute("data-url"), document.baseURI).href;
    var tools = document.createElement("span");
    tools.className = "card-tools";
    var link = document.createElement("button");
    link.type = "button";
    link.textContent = datelineUi("copy_link", "Copy link");
    link.addEventListener("click", function () { copy(url, link, datelineUi("link_copied", "Link copied")); });
    var cite = document.createElement("button");
    cite.type = "button";
    cite.textContent = datelineUi("cite", "Cite");
    cite.addEventListener("click", function () {
      var words = text(card.querySelector("blockquote"));
      var who = text(card.querySelector(".meta .speaker"));
      var when = text(card.querySelector(".meta time"));
      var where = text(card.querySelector(".source a"));
      copy(who + ", " + words + " (" + where + ", " + when + "). " + url, cite, datelineUi("citation_copied", "Citation copied"));
    });
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    tools.appendChild(link);
    tools.appendChild(cite);
    tools.appendChild(status);
    foot.appendChild(tools);
  });
})();
