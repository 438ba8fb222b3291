/* geomap incidents on the map: the toggle between incidents (one marker per happening, the
 * default) and raw events (one per report), and the popup section that lists every source of an
 * incident with its own sentence. Kept apart from the map and page scripts, which call in here
 * only where an incident differs from an event. Article text enters the page through textContent. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }

  var LABELS = {incidents: ["حادثة", "incidents"], events: ["حدثاً", "events"]};

  /* What the map shows, from the radio buttons of #collection-toggle (and ?show=events). */
  window.geomapCollection = {
    current: function () {
      var checked = document.querySelector('input[name="collection"]:checked');
      return checked ? checked.value : "events";
    },
    init: function (params, onChange) {
      var wanted = params.get("show");
      Array.prototype.forEach.call(document.querySelectorAll('input[name="collection"]'), function (radio) {
        if (wanted) radio.checked = radio.value === wanted;
        radio.addEventListener("change", function () { onChange(); });
      });
    },
    path: function () { return "/" + this.current(); },
    csv: function (api, query) {
      var q = new URLSearchParams(query);
      if (this.current() === "incidents") q.set("mode", "incidents");
      return api + "/events.csv" + (q.toString() ? "?" + q : "");
    },
    pageArgs: function (query) {
      var q = new URLSearchParams(query);
      if (this.current() !== "incidents") q.set("show", this.current());
      return q;
    },
    label: function () { return LABELS[this.current()] || LABELS.events; }
  };

  /* The popup's list of an incident's sources: each outlet, its article, and its own sentence. */
  window.geomapIncidentSources = function (box, p, sentenceWithMarks, options) {
    var sources = p.sources || [];
    var section = el("div", {"class": "gm-sources"});
    section.appendChild(el("div", {"class": "gm-label"}, "المصادر · sources (" + sources.length + ")"));
    var list = el("ol", {"class": "gm-source-list"});
    sources.forEach(function (s) {
      var item = el("li", {"class": "gm-source-item"});
      var head = el("div", {"class": "gm-source"});
      var url = safeUrl(s.url);
      var name = s.source || s.title || url || "—";
      head.appendChild(url ? el("a", {href: url, target: "_blank", rel: "noopener noreferrer"}, name) : el("span", null, name));
      if (s.published) head.appendChild(el("span", {dir: "ltr"}, " " + s.published));
      if (options && options.articleUrl && s.article_id) {
        head.appendChild(el("span", null, " · "));
        head.appendChild(el("a", {href: options.articleUrl.replace("{id}", encodeURIComponent(s.article_id))}, "المقال"));
      }
      item.appendChild(head);
      if (s.sentence) item.appendChild(sentenceWithMarks({sentence: s.sentence, highlights: s.highlights}));
      list.appendChild(item);
    });
    section.appendChild(list);
    if (options && options.incidentUrl && p.incident_id !== undefined) {
      section.appendChild(el("a", {"class": "gm-incident-page",
                                   href: options.incidentUrl.replace("{id}", encodeURIComponent(p.incident_id))},
                             "صفحة الحادثة · incident page"));
    }
    box.appendChild(section);
  };
})();
