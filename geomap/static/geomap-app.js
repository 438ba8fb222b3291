/* geomap's pages: the stored event map with its filters, and the article page's map.
 * Data comes from our API (/api/v1); article text enters the page only through textContent. */
(function () {
  "use strict";

  var DAY = 86400000;

  function byId(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function baseMap(node) {
    var map = L.map(node, {maxZoom: 18, minZoom: 2, worldCopyJump: true}).setView([30, 35], 4);
    var attribution = node.getAttribute("data-attribution");
    var tiles = node.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, {maxZoom: 19, attribution: attribution}).addTo(map);
    } else {
      node.classList.add("gm-no-tiles");
      map.attributionControl.addAttribution(attribution);
    }
    var outline = node.getAttribute("data-outline");
    if (outline) {        // our own country outlines: the map with no tile server, or under the tiles when offline
      getJSON(outline).then(function (geojson) {
        var layer = window.geomapOutline(map, geojson, !!tiles);
        if (!tiles) layer.bringToBack();
        map.attributionControl.addAttribution("Outlines: Natural Earth");
      }, function () {});
    }
    return map;
  }

  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (r) {
      if (!r.ok) {
        return r.json().then(function (body) { throw new Error(body.error || r.statusText); },
                             function () { throw new Error(r.status + " " + r.statusText); });
      }
      return r.json();
    });
  }

  // Every page of a query, following the rel=next links.
  function allEvents(url, features) {
    features = features || [];
    return getJSON(url).then(function (fc) {
      Array.prototype.push.apply(features, fc.features);
      var next = (fc.links || []).filter(function (l) { return l.rel === "next"; })[0];
      return next ? allEvents(next.href, features) : features;
    });
  }

  function detailsFrom(api, path) {
    return function (feature) { return getJSON(api + (path || "/events") + "/" + encodeURIComponent(feature.id)); };
  }

  function kindsTable() {
    var node = byId("kinds-data");
    return node ? JSON.parse(node.textContent) : {};
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function debounce(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // -- the map page ---------------------------------------------------------------------

  function mapPage(node) {
    var api = node.getAttribute("data-api");
    var kinds = kindsTable();
    var map = baseMap(node);
    window.geomapMap = map;                   // for the browser tests
    var params = new URLSearchParams(location.search);
    var since = byId("since"), until = byId("until");
    var sinceRange = byId("since-range"), untilRange = byId("until-range");
    var first = since.min ? Date.parse(since.min) : null, last = since.max ? Date.parse(since.max) : null;
    var layer = null, hidden = {}, serial = 0, fitted = false;
    var timings = window.geomapTimings = {scriptStart: performance.now()};   // for the benchmark

    // Date range: two date inputs and two sliders over the stored days.
    if (first !== null && last !== null) {
      var days = Math.round((last - first) / DAY);
      [sinceRange, untilRange].forEach(function (r) { r.max = String(days); });
      sinceRange.value = "0";
      untilRange.value = String(days);
    } else {
      sinceRange.disabled = untilRange.disabled = true;
    }
    since.value = params.get("since") || "";
    until.value = params.get("until") || "";
    function syncSliders() {
      if (first === null) return;
      if (since.value) sinceRange.value = String(Math.round((Date.parse(since.value) - first) / DAY));
      if (until.value) untilRange.value = String(Math.round((Date.parse(until.value) - first) / DAY));
    }
    syncSliders();
    sinceRange.addEventListener("input", function () {
      if (+sinceRange.value > +untilRange.value) untilRange.value = sinceRange.value;
      since.value = +sinceRange.value === 0 ? "" : isoDay(first + sinceRange.value * DAY);
      until.value = +untilRange.value === +untilRange.max ? "" : isoDay(first + untilRange.value * DAY);
      changed();
    });
    untilRange.addEventListener("input", function () {
      if (+untilRange.value < +sinceRange.value) sinceRange.value = untilRange.value;
      since.value = +sinceRange.value === 0 ? "" : isoDay(first + sinceRange.value * DAY);
      until.value = +untilRange.value === +untilRange.max ? "" : isoDay(first + untilRange.value * DAY);
      changed();
    });
    [since, until].forEach(function (input) {
      input.addEventListener("change", function () { syncSliders(); changed(); });
    });

    // Event types: a checkbox per kind, with its icon.
    var wanted = params.get("type") ? params.get("type").split(",") : null;
    var typeBox = byId("type-filter");
    Object.keys(kinds).forEach(function (k) {
      var label = el("label", {"class": "type-option"});
      var box = el("input", {type: "checkbox", "class": "type", value: k});
      box.checked = !wanted || wanted.indexOf(k) >= 0;
      label.appendChild(box);
      label.appendChild(window.geomapIconSvg(kinds[k], 14));
      label.appendChild(el("span", null, " " + kinds[k].label_ar + " · " + kinds[k].label_en));
      typeBox.appendChild(label);
      box.addEventListener("change", changed);
    });
    var precisionWanted = params.get("precision") ? params.get("precision").split(",") : null;
    Array.prototype.forEach.call(document.querySelectorAll("input.precision"), function (box) {
      box.checked = !precisionWanted || precisionWanted.indexOf(box.value) >= 0;
      box.addEventListener("change", changed);
    });
    var collection = window.geomapCollection;          // incidents (default) or raw events
    if (collection) collection.init(params, function () { changed(); });
    var source = byId("source"), article = byId("article");
    source.value = params.get("source") || "";
    source.addEventListener("change", changed);
    article.addEventListener("change", changed);
    getJSON(api + "/articles?limit=500").then(function (body) {
      body.articles.forEach(function (a) {
        article.appendChild(el("option", {value: String(a.id)}, (a.title || "مقال " + a.id) + (a.source ? " — " + a.source : "")));
      });
      var chosen = params.get("article");
      if (chosen && !article.querySelector('option[value="' + CSS.escape(chosen) + '"]')) {
        article.appendChild(el("option", {value: chosen}, "مقال " + chosen));
      }
      article.value = chosen || "";
    });
    if (params.get("article")) {           // the select fills in later; keep the filter meanwhile
      article.appendChild(el("option", {value: params.get("article")}, "مقال " + params.get("article")));
      article.value = params.get("article");
    }

    function filters() {
      var q = new URLSearchParams();
      var types = Array.prototype.filter.call(document.querySelectorAll("input.type"), function (b) { return b.checked; })
        .map(function (b) { return b.value; });
      if (types.length < Object.keys(kinds).length) q.set("type", types.length ? types.join(",") : "none");
      if (since.value) q.set("since", since.value);
      if (until.value) q.set("until", until.value);
      var prec = Array.prototype.filter.call(document.querySelectorAll("input.precision"), function (b) { return b.checked; })
        .map(function (b) { return b.value; });
      if (prec.length < 3) q.set("precision", prec.length ? prec.join(",") : "0");
      if (source.value) q.set("source", source.value);
      if (article.value) q.set("article", article.value);
      return q;
    }

    function refresh() {
      var q = filters();
      var mine = ++serial;
      document.body.setAttribute("data-state", "loading");
      var path = collection ? collection.path() : "/events";
      byId("download-geojson").href = api + path + (q.toString() ? "?" + q : "");
      byId("download-csv").href = collection ? collection.csv(api, q) : api + "/events.csv" + (q.toString() ? "?" + q : "");
      var shown = collection ? collection.pageArgs(q) : q;
      history.replaceState(null, "", location.pathname + (shown.toString() ? "?" + shown : ""));
      if (q.get("type") === "none" || q.get("precision") === "0") {
        return draw(mine, [], 0);
      }
      var query = new URLSearchParams(q);
      query.set("fields", "summary");
      query.set("located", "true");
      query.set("limit", "10000");
      timings.fetchStart = performance.now();
      var unlocated = new URLSearchParams(q);
      unlocated.set("located", "false");
      unlocated.set("limit", "1");
      Promise.all([allEvents(api + path + "?" + query), getJSON(api + path + "?" + unlocated)]).then(function (got) {
        timings.fetched = performance.now();
        draw(mine, got[0], got[1].numberMatched, path);
      }, function (err) {
        if (mine !== serial) return;
        byId("event-count").textContent = "خطأ · error: " + err.message;
        document.body.setAttribute("data-state", "error");
      });
    }

    function draw(mine, features, unlocated, path) {
      if (mine !== serial) return;           // a newer query is on its way
      if (layer) layer.remove();
      timings.drawStart = performance.now();
      layer = window.geomapEventLayer(map, {kinds: kinds, features: features}, {
        articleUrl: node.getAttribute("data-article-url"), incidentUrl: node.getAttribute("data-incident-url"),
        details: detailsFrom(api, path), hidden: hidden, fit: !fitted});
      fitted = fitted || layer.count > 0;
      var located = layer.count;
      var label = collection ? collection.label() : ["حدثاً", "events"];
      byId("event-count").textContent = (features.length + unlocated) + " " + label[0] + " · " + label[1] + " (" + located +
        " على الخريطة · on the map)";
      document.body.setAttribute("data-collection", collection ? collection.current() : "events");
      document.body.setAttribute("data-events", String(located));
      timings.drawn = performance.now();
      if (!window.geomapReadyAt) window.geomapReadyAt = performance.now();   // first render, for the benchmark
      document.body.setAttribute("data-state", "ready");
    }

    var changed = debounce(refresh, 200);
    refresh();
  }

  // -- the article page -----------------------------------------------------------------

  function articlePage(node) {
    var api = node.getAttribute("data-api");
    var map = baseMap(node);
    window.geomapArticleMap = map;            // for the browser tests
    var kinds = kindsTable();
    var spot = null;
    allEvents(api + "/events?fields=summary&located=true&article=" + encodeURIComponent(node.getAttribute("data-article")))
      .then(function (features) {
        var layer = window.geomapEventLayer(map, {kinds: kinds, features: features},
                                            {details: detailsFrom(api), collapsed: true});
        if (!layer.count) map.setView([30, 35], 3);
        document.body.setAttribute("data-events", String(layer.count));
        document.body.setAttribute("data-state", "ready");
      });

    // A recognised place in the text: the map flies there.
    var ZOOM = {1: 10, 2: 9, 3: 6};
    Array.prototype.forEach.call(document.querySelectorAll("#article-text mark.place.resolved"), function (mark) {
      function fly() {
        var lat = parseFloat(mark.getAttribute("data-lat")), lon = parseFloat(mark.getAttribute("data-lon"));
        map.flyTo([lat, lon], ZOOM[mark.getAttribute("data-precision")] || 8, {duration: 0.8});
        if (spot) map.removeLayer(spot);
        spot = L.circleMarker([lat, lon], {radius: 14, color: "#1565c0", weight: 3, fill: false}).addTo(map);
        Array.prototype.forEach.call(document.querySelectorAll("mark.place.active"), function (m) { m.classList.remove("active"); });
        mark.classList.add("active");
      }
      mark.addEventListener("click", fly);
      mark.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); fly(); } });
    });

    // Fixing an unresolved name: gazetteer suggestions as you type; a map click fills lat/lon.
    var lastForm = null;
    Array.prototype.forEach.call(document.querySelectorAll("form.fix-place"), function (form) {
      form.addEventListener("focusin", function () { lastForm = form; });
      var input = form.querySelector("input.alias-of");
      var list = byId(input.getAttribute("list"));
      var suggest = debounce(function () {
        var q = input.value.trim() || form.querySelector("input[name=name]").value;
        if (!q || q.indexOf(":") > 0) return;
        getJSON(api + "/gazetteer/search?limit=15&q=" + encodeURIComponent(q)).then(function (body) {
          list.textContent = "";
          body.results.forEach(function (p) {
            list.appendChild(el("option", {value: p.id}, (p.name_ar || "") + " — " + p.name + " (" + (p.country || "") + ", " + p.kind + ")"));
          });
        }, function () {});
      }, 250);
      input.addEventListener("input", suggest);
      input.addEventListener("focus", suggest);
    });
    map.on("click", function (e) {
      var form = lastForm || document.querySelector("form.fix-place");
      if (!form) return;
      form.querySelector("input.lat").value = e.latlng.lat.toFixed(5);
      form.querySelector("input.lon").value = e.latlng.lng.toFixed(5);
    });
  }

  function confirmDeletes() {
    Array.prototype.forEach.call(document.querySelectorAll("form.delete-article"), function (form) {
      form.addEventListener("submit", function (e) {
        if (!window.confirm("احذف هذا المقال وأحداثه؟ · Delete this article and its events?")) e.preventDefault();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var node = byId("map");
    if (node && node.classList.contains("event-map")) mapPage(node);
    else if (node && node.classList.contains("article-map")) articlePage(node);
    confirmDeletes();
  });
})();
