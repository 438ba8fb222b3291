/* geomap's pages: the stored event map with its filters, time histogram and event list, and
 * the article page's map. Data comes from our API (/api/v1); article text enters the page only
 * through textContent.
 *
 * The map page keeps one state (types, precision, source, article, report, dates); every
 * control — the sidebar, the type box on the map, the histogram, the URL — shows it and
 * changes it, and the markers, the counts, the list, the URL and the download links all
 * follow it. The events are loaded once (loadEvents) and filtered here, as the API filters
 * them: the download links carry the same filters to the API. */
(function () {
  "use strict";

  var PRECISIONS = ["1", "2", "3"];
  var REPORTS = ["new", "background", "planned"];
  var CONFIDENCES = ["0.5", "0.7"];     // the confidence filter's choices (besides all)
  var LIST_MAX = 150;
  // The changes after which the map frames what it shows (a type or precision toggle, a brush
  // or a play step keep the view: they declutter or step through what one is looking at).
  var FIT_ON = {article: true, source: true, report: true, dates: true};

  function byId(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

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
  function allPages(url, features) {
    features = features || [];
    return getJSON(url).then(function (fc) {
      Array.prototype.push.apply(features, fc.features);
      var next = (fc.links || []).filter(function (l) { return l.rel === "next"; })[0];
      return next ? allPages(next.href, features) : features;
    });
  }

  /* The map's data: every event's summary from *endpoint* (the events, or later the
   * incidents), placed and unplaced, fetched side by side. */
  function loadEvents(endpoint) {
    var base = endpoint + (endpoint.indexOf("?") < 0 ? "?" : "&") + "fields=summary&limit=10000&located=";
    return Promise.all([allPages(base + "true"), allPages(base + "false")]).then(function (got) {
      return got[0].concat(got[1]);
    });
  }

  function detailsFrom(api, path) {
    return function (feature) { return getJSON(api + (path || "/events") + "/" + encodeURIComponent(feature.id)); };
  }

  function readTables() {
    var node = byId("geomap-tables");
    return node ? JSON.parse(node.textContent) : {kinds: {}, labels: {}, plurals: {}};
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
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
    L.control.scale({position: "bottomleft"}).addTo(map);
    var outline = node.getAttribute("data-outline");
    if (outline) {        // our own country outlines: the basemap with no tile server, under the tiles otherwise
      getJSON(outline).then(function (geojson) {
        window.geomapOutline(map, geojson);
        map.attributionControl.addAttribution("Outlines: Natural Earth");
      }, function () {});
    }
    return map;
  }

  // -- the map page: state ---------------------------------------------------------------

  /* A list from the URL; values it cannot be are noted in *bad* (shown, then left out). A list
   * with none it can be is no filter: a misspelt link shows everything, not nothing. */
  function listParam(params, name, all, bad) {
    var value = params.get(name);
    if (value === null) return null;
    if (value === "none") return {};   // the API's "nothing" (the download links when nothing is ticked)
    var out = {}, any = false;
    value.split(",").forEach(function (v) {
      if (all.indexOf(v) >= 0) { out[v] = true; any = true; } else if (v) bad.push(name + "=" + v);
    });
    return any || !value ? out : null;
  }

  var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

  /* A day from the URL (YYYY-MM-DD that is a real date), else "" and a note in *bad*. */
  function dayParam(params, name, bad) {
    var value = params.get(name) || "";
    if (!value) return "";
    var t = Date.parse(value + "T00:00:00Z");
    if (ISO_DAY.test(value) && value.slice(0, 4) !== "0000" && !isNaN(t) &&
        new Date(t).toISOString().slice(0, 10) === value) return value;
    bad.push(name + "=" + value);
    return "";
  }

  function setOf(list) {
    var out = {};
    list.forEach(function (v) { out[v] = true; });
    return out;
  }

  function stateFromUrl(params, kinds) {
    var bad = [];
    var state = {
      types: listParam(params, "type", Object.keys(kinds), bad) || setOf(Object.keys(kinds)),
      precision: listParam(params, "precision", PRECISIONS, bad) || setOf(PRECISIONS),
      reports: listParam(params, "report", REPORTS, bad) || {"new": true},
      source: params.get("source") || "",
      article: params.get("article") || "",
      since: dayParam(params, "since", bad),
      until: dayParam(params, "until", bad),
      confidence: CONFIDENCES.indexOf(params.get("min_confidence")) >= 0 ? params.get("min_confidence") : ""
    };
    if (params.get("min_confidence") && !state.confidence) bad.push("min_confidence=" + params.get("min_confidence"));
    if (state.since && state.until && state.since > state.until) {
      bad.push("since=" + state.since + " > until=" + state.until);
      state.since = state.until = "";
    }
    state.bad = bad;
    return state;
  }

  function chosen(set, all) { return all.filter(function (v) { return set[v]; }); }

  /* The state as the page's URL says it (what a reload or a shared link restores). */
  function pageQuery(state, kinds) {
    var q = new URLSearchParams(), types = chosen(state.types, Object.keys(kinds));
    var prec = chosen(state.precision, PRECISIONS), reports = chosen(state.reports, REPORTS);
    if (types.length < Object.keys(kinds).length) q.set("type", types.join(","));
    if (prec.length < PRECISIONS.length) q.set("precision", prec.join(","));
    if (!(reports.length === 1 && reports[0] === "new")) q.set("report", reports.join(","));
    ["source", "article", "since", "until"].forEach(function (k) { if (state[k]) q.set(k, state[k]); });
    if (state.confidence) q.set("min_confidence", state.confidence);
    return q;
  }

  /* The same state as the API's filters (the download links): nothing chosen matches nothing. */
  function apiQuery(state, kinds) {
    var q = new URLSearchParams(), types = chosen(state.types, Object.keys(kinds));
    var prec = chosen(state.precision, PRECISIONS), reports = chosen(state.reports, REPORTS);
    if (!types.length || !prec.length || !reports.length) {
      q.set("type", "none");
      return q;
    }
    if (types.length < Object.keys(kinds).length) q.set("type", types.join(","));
    if (prec.length < PRECISIONS.length) q.set("precision", prec.join(","));
    q.set("report", reports.join(","));        // always: the CSV alone would give news only
    ["source", "article", "since", "until"].forEach(function (k) { if (state[k]) q.set(k, state[k]); });
    if (state.confidence) q.set("min_confidence", state.confidence);
    return q;
  }

  /* Does event f pass the filters (all of them, or all but *skip*: "type" or "date")? As the
   * API decides: a precision filter leaves out the events with no place, a date filter the
   * undated ones, a missing report is news. */
  function passes(f, state, skip) {
    var p = f.properties;
    if (skip !== "type" && !state.types[p.kind]) return false;
    if (!state.allPrecision && !state.precision[String(p.geo_precision)]) return false;
    if (!state.reports[p.report || "new"]) return false;
    if (state.confidence && !(typeof p.confidence === "number" && p.confidence >= Number(state.confidence))) return false;
    // an incident matches a source or an article when one of its reports does
    if (state.source && p.source !== state.source && (p.outlets || []).indexOf(state.source) < 0) return false;
    if (state.article && String(p.article_id) !== state.article &&
        (p.article_ids || []).map(String).indexOf(state.article) < 0) return false;
    if (skip !== "date" && (state.since || state.until)) {
      if (!p.date || (state.since && p.date < state.since) || (state.until && p.date > state.until)) return false;
    }
    return true;
  }

  function byDateThenTier(kinds) {
    return function (a, b) {
      var da = a.properties.date || "", db = b.properties.date || "";
      if (da !== db) return da < db ? 1 : -1;
      return (kinds[a.properties.kind] || {}).tier - (kinds[b.properties.kind] || {}).tier;
    };
  }

  // -- the map page ---------------------------------------------------------------------

  function mapPage(node) {
    var api = node.getAttribute("data-api");
    var tables = readTables(), kinds = tables.kinds;
    var map = baseMap(node);
    window.geomapMap = map;                   // for the browser tests
    var timings = window.geomapTimings = {scriptStart: performance.now()};   // for the benchmark
    var collection = window.geomapCollection;          // incidents (the default) or raw events
    function path() { return collection ? collection.path() : "/events"; }
    var view = window.geomapEventView(map, tables, {
      details: function (f) { return detailsFrom(api, path())(f); },
      articleUrl: node.getAttribute("data-article-url"), incidentUrl: node.getAttribute("data-incident-url")});
    window.geomapView = view;
    var words = view.words;
    var state = stateFromUrl(new URLSearchParams(location.search), kinds);
    var all = [], present = {}, loaded = false, fitNext = true;

    var sidebar = sidebarTypes(kinds, view.order, toggleType);
    var onMap = window.geomapTypeControl(map, kinds, view.order, toggleType);
    function toggleType(kind, on) {
      state.types[kind] = on;
      changed("type");
    }
    var timeline = window.geomapTimeline(byId("timeline"), {words: words, onChange: function (since, until, how) {
      state.since = since;
      state.until = until;
      changed(how === "play" ? "play" : "time");
    }});
    var list = eventList(view, kinds, words);
    var empty = el("div", {"class": "gm-empty", id: "map-empty", role: "status", hidden: ""});
    node.appendChild(empty);
    bindFilters();

    function bindFilters() {
      Array.prototype.forEach.call(document.querySelectorAll("input.precision"), function (box) {
        box.addEventListener("change", function () { state.precision[box.value] = box.checked; changed("precision"); });
      });
      Array.prototype.forEach.call(document.querySelectorAll("input.report"), function (box) {
        box.addEventListener("change", function () { state.reports[box.value] = box.checked; changed("report"); });
      });
      byId("source").addEventListener("change", function () { state.source = byId("source").value; changed("source"); });
      byId("confidence").addEventListener("change", function () {
        state.confidence = byId("confidence").value;
        changed("confidence");
      });
      byId("article").addEventListener("change", function () { state.article = byId("article").value; changed("article"); });
      ["since", "until"].forEach(function (k) {
        byId(k).addEventListener("change", function () {
          state[k] = byId(k).value;
          if (state.since && state.until && state.since > state.until) state[k === "since" ? "until" : "since"] = state[k];
          changed("dates");
        });
      });
      byId("fit-results").addEventListener("click", function () { view.fit(current.located); });
      fillArticles();
    }

    function fillArticles() {
      var select = byId("article");
      if (state.article) select.appendChild(el("option", {value: state.article}, "مقال " + state.article));
      getJSON(api + "/articles?limit=500").then(function (body) {
        body.articles.forEach(function (a) {
          var name = (a.title || "مقال " + a.id) + (a.source ? " — " + a.source : "");
          var option = select.querySelector('option[value="' + CSS.escape(String(a.id)) + '"]');
          if (option) option.textContent = name;
          else select.appendChild(el("option", {value: String(a.id)}, name));
        });
        select.value = state.article;
      }, function () {});
    }

    // Every control shows the state.
    function syncControls() {
      var counts = {};
      all.forEach(function (f) { if (passes(f, state, "type")) counts[f.properties.kind] = (counts[f.properties.kind] || 0) + 1; });
      sidebar.sync(state.types, counts, present);
      onMap.sync(state.types, counts, present);
      Array.prototype.forEach.call(document.querySelectorAll("input.precision"), function (b) { b.checked = !!state.precision[b.value]; });
      Array.prototype.forEach.call(document.querySelectorAll("input.report"), function (b) { b.checked = !!state.reports[b.value]; });
      byId("source").value = state.source;
      byId("confidence").value = state.confidence;
      if (byId("article").querySelector('option[value="' + CSS.escape(state.article) + '"]')) byId("article").value = state.article;
      byId("since").value = state.since;
      byId("until").value = state.until;
      timeline.setRange(state.since, state.until);
    }

    var current = {located: [], unplaced: []};

    function changed(how) {
      if (how !== "play") timeline.stop();
      state.bad = [];                // the link's leftovers are said until the user changes a filter
      if (!loaded) return;
      apply(how);
    }

    function apply(how) {
      var t0 = performance.now();
      state.allPrecision = chosen(state.precision, PRECISIONS).length === PRECISIONS.length;
      var page = pageQuery(state, kinds), q = apiQuery(state, kinds);
      if (collection) page = collection.pageArgs(page);
      history.replaceState(null, "", location.pathname + (page.toString() ? "?" + page : ""));
      byId("download-geojson").href = api + path() + (q.toString() ? "?" + q : "");
      byId("download-csv").href = collection ? collection.csv(api, q) : api + "/events.csv" + (q.toString() ? "?" + q : "");
      var rest = all.filter(function (f) { return passes(f, state, "date"); });
      var shown = rest.filter(function (f) { return passes(f, state); });
      current.located = shown.filter(function (f) { return f.geometry; });
      current.unplaced = shown.filter(function (f) { return !f.geometry; });
      if (how !== "time" && how !== "play") timeline.setData(rest, function (f) { return (kinds[f.properties.kind] || {}).tier; });
      syncControls();
      timings.drawStart = performance.now();
      // frame first, then draw: the clusters are then built once, for the zoom they are seen at
      if (fitNext || FIT_ON[how]) view.fit(current.located);
      fitNext = fitNext && !current.located.length;
      view.show(current.located);
      timings.markers = performance.now();
      showCounts(shown.length, current.located.length);
      list.update(current.unplaced);
      timings.drawn = performance.now();
      timings.applyMs = timings.drawn - t0;
      timings.stages = {filters: timings.drawStart - t0, markers: timings.markers - timings.drawStart,
                        list: timings.drawn - timings.markers};
    }

    function showCounts(total, located) {
      var count = byId("event-count"), incidents = collection && collection.current() === "incidents";
      var noun = incidents ? "incident" : "event";
      clear(count);
      count.appendChild(el("span", {lang: "ar"}, words.ar(total, noun) + (total ? "، على الخريطة " + located : "")));
      count.appendChild(el("span", {"class": "gm-en", dir: "ltr", lang: "en"},
                           words.en(total, noun) + (total ? ", " + located + " on the map" : "")));
      if (incidents) {
        count.insertBefore(window.geomapBilingual("الحوادث: ", "incidents (one per happening): ", "span"), count.firstChild);
      }
      if (state.bad.length) {       // what the link asked for that is no filter: said, and left out
        count.insertBefore(el("span", {"class": "gm-url-note", dir: "auto", role: "status"},
                              "تجاهلنا في الرابط ما لا يُقرأ · ignored in the link: " + state.bad.join(", ")),
                           count.firstChild);
      }
      document.body.setAttribute("data-collection", collection ? collection.current() : "events");
      document.body.setAttribute("data-events", String(located));
      document.body.setAttribute("data-total", String(total));
      empty.hidden = located > 0;
      clear(empty);
      empty.appendChild(window.geomapBilingual(
        total ? "لا حدث له مكان على الخريطة بهذه المرشحات" : all.length ? "لا أحداث تطابق المرشحات" : "لا أحداث محفوظة بعد",
        total ? "none of these events has a place" : all.length ? "no events match the filters" : "no events stored yet"));
    }

    timings.fetchStart = performance.now();
    function load() {
      return loadEvents(api + path()).then(function (features) {
        timings.fetched = performance.now();
        all = features;
        present = {};
        all.forEach(function (f) { present[f.properties.kind] = true; });
        loaded = true;
        apply("init");
      });
    }
    if (collection) {
      collection.init(new URLSearchParams(location.search), function () {
        loaded = false;
        document.body.setAttribute("data-state", "loading");
        load().then(function () { document.body.setAttribute("data-state", "ready"); });
      });
    }
    load().then(function () {
      if (!window.geomapReadyAt) window.geomapReadyAt = performance.now();   // first render, for the benchmark
      document.body.setAttribute("data-state", "ready");
    }, function (err) {
      byId("event-count").textContent = "خطأ · error: " + err.message;
      document.body.setAttribute("data-state", "error");
    });
    map.on("moveend", debounce(function () { list.update(current.unplaced); }, 120));
  }

  /* The sidebar's type checkboxes: the other view of the type filter (the map has one too). */
  function sidebarTypes(kinds, order, onToggle) {
    var box = byId("type-filter"), boxes = {}, counts = {}, rows = {};
    order.forEach(function (k) {
      var label = el("label", {"class": "type-option", "data-kind": k});
      var input = el("input", {type: "checkbox", "class": "type", value: k});
      input.checked = true;
      input.addEventListener("change", function () { onToggle(k, input.checked); });
      label.appendChild(input);
      label.appendChild(window.geomapIconSvg(kinds[k], 16));
      counts[k] = el("span", {"class": "gm-count"});
      label.appendChild(window.geomapBilingual(" " + kinds[k].label_ar, kinds[k].label_en, "span", counts[k]));
      box.appendChild(label);
      boxes[k] = input;
      rows[k] = label;
    });
    return {
      sync: function (on, n, present) {
        Object.keys(boxes).forEach(function (k) {
          boxes[k].checked = !!on[k];
          counts[k].textContent = " (" + (n[k] || 0) + ")";
          rows[k].classList.toggle("gm-absent", !present[k]);
        });
      }
    };
  }

  /* The list beside the map: the events in the view (as filtered), newest first, violent
   * before the rest on a day; click one and the map opens it. And the one place for the
   * events with no place: a tab of their own, each opening its details in place. */
  function eventList(view, kinds, words) {
    var tabs = {view: byId("tab-in-view"), unplaced: byId("tab-unplaced")};
    var panels = {view: byId("list-in-view"), unplaced: byId("list-unplaced")};
    var notes = {view: byId("list-in-view-note"), unplaced: byId("list-unplaced-note")};
    var active = "view", lastUnplaced = [];
    Object.keys(tabs).forEach(function (name) {
      tabs[name].addEventListener("click", function () { select(name); });
    });
    function select(name) {
      active = name;
      Object.keys(tabs).forEach(function (n) {
        tabs[n].setAttribute("aria-selected", String(n === name));
        panels[n].parentNode.hidden = n !== name;
      });
    }

    function item(f, onClick) {
      var kind = kinds[f.properties.kind], p = f.properties;
      var li = el("li", {"class": "gm-item gm-tier-" + kind.tier, "data-id": f.id});
      var button = el("button", {type: "button", "class": "gm-item-button"});
      button.appendChild(window.geomapIconSvg(kind, 16));
      button.appendChild(el("strong", {lang: "ar"}, " " + kind.label_ar));
      button.appendChild(el("span", {"class": "gm-item-date", dir: "ltr"}, p.date || "?"));
      if (p.location_text) button.appendChild(el("span", {"class": "gm-item-place", lang: "ar"}, p.location_text));
      if (p.place) button.appendChild(el("span", {"class": "gm-item-place gm-en", dir: "ltr", lang: "en"}, p.place));
      if (typeof p.fatalities === "number" && p.fatalities > 0) {
        button.appendChild(el("span", {"class": "gm-item-dead"}, "قتلى: " + p.fatalities));
      }
      button.addEventListener("click", function () { onClick(f, li); });
      li.appendChild(button);
      return li;
    }

    function fill(panel, note, features, onClick, more) {
      clear(panel);
      features.slice(0, LIST_MAX).forEach(function (f) { panel.appendChild(item(f, onClick)); });
      note.textContent = features.length > LIST_MAX ? more(features.length - LIST_MAX) : features.length ? "" :
        "لا أحداث هنا · none here";
    }

    function tab(button, ar, n, en) {
      clear(button);
      button.appendChild(el("span", {lang: "ar"}, ar + " (" + n + ")"));
      button.appendChild(el("span", {"class": "gm-en", dir: "ltr", lang: "en"}, en));
    }

    function openOnMap(f) { view.open(f.id); }

    function openInPlace(f, li) {
      var open = li.querySelector(".gm-popup");
      if (open) { li.removeChild(open); return; }
      var box = view.popup(f);
      li.appendChild(box);
      fetch(byId("map").getAttribute("data-api") + "/events/" + encodeURIComponent(f.id)).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(function (full) {
        if (full && box.parentNode === li) li.replaceChild(view.popup(full), box);
      }, function () {});
    }

    return {
      update: function (unplaced) {
        var inView = view.inView().sort(byDateThenTier(kinds));
        if (unplaced) lastUnplaced = unplaced.slice().sort(byDateThenTier(kinds));
        tab(tabs.view, "على الخريطة هنا", inView.length, "in this view");
        tab(tabs.unplaced, "بلا مكان", lastUnplaced.length, "without a place");
        fill(panels.view, notes.view, inView, openOnMap, function (n) {
          return "و" + words.ar(n, "event") + " أخرى: قرّب الخريطة · " + words.en(n, "event") + " more: zoom in";
        });
        fill(panels.unplaced, notes.unplaced, lastUnplaced, openInPlace, function (n) {
          return "و" + words.ar(n, "event") + " أخرى: نزّل CSV · " + words.en(n, "event") + " more: download the CSV";
        });
        document.body.setAttribute("data-listed", String(Math.min(inView.length, LIST_MAX)));
        document.body.setAttribute("data-unplaced", String(lastUnplaced.length));
      },
      select: select,
      active: function () { return active; }
    };
  }

  // -- the article page -----------------------------------------------------------------

  function articlePage(node) {
    var api = node.getAttribute("data-api");
    var map = baseMap(node);
    window.geomapArticleMap = map;            // for the browser tests
    var tables = readTables();
    var view = window.geomapEventView(map, tables, {details: detailsFrom(api)});
    var spot = null, pin = null;
    allPages(api + "/events?fields=summary&located=true&limit=10000&article=" + encodeURIComponent(node.getAttribute("data-article")))
      .then(function (features) {
        var n = view.show(features);
        if (!view.fit(features, 9)) map.setView([30, 35], 3);
        document.body.setAttribute("data-events", String(n));
        document.body.setAttribute("data-state", "ready");
      });

    // A recognised place in the text: the map flies there.
    var ZOOM = {1: 10, 2: 9, 3: 6};
    Array.prototype.forEach.call(document.querySelectorAll("#article-text mark.place.resolved"), function (mark) {
      function fly() {
        var lat = parseFloat(mark.getAttribute("data-lat")), lon = parseFloat(mark.getAttribute("data-lon"));
        map.flyTo([lat, lon], ZOOM[mark.getAttribute("data-precision")] || 8, {duration: 0.8});
        if (spot) map.removeLayer(spot);
        spot = L.circleMarker([lat, lon], {radius: 14, color: "#0072B2", weight: 3, fill: false}).addTo(map);
        Array.prototype.forEach.call(document.querySelectorAll("mark.place.active"), function (m) { m.classList.remove("active"); });
        mark.classList.add("active");
      }
      mark.addEventListener("click", fly);
      mark.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); fly(); } });
    });

    // Fixing an unresolved name: gazetteer suggestions as you type (names that start so too);
    // a click on the map drops a pin there and fills lat/lon of the form last touched.
    var lastForm = null;
    Array.prototype.forEach.call(document.querySelectorAll("form.fix-place"), function (form) {
      form.addEventListener("focusin", function () { lastForm = form; });
      var input = form.querySelector("input.alias-of");
      var list = byId(input.getAttribute("list"));
      var suggest = debounce(function () {
        var q = input.value.trim() || form.querySelector("input[name=name]").value;
        if (!q || q.indexOf(":") > 0) return;
        getJSON(api + "/gazetteer/search?limit=15&q=" + encodeURIComponent(q)).then(function (body) {
          clear(list);
          body.results.forEach(function (p) {
            var name = p.matched_name && p.matched_name !== p.name_ar ? p.matched_name + " ← " + (p.name_ar || "") : (p.name_ar || "");
            list.appendChild(el("option", {value: p.id}, name + " — " + p.name + " (" + (p.country || "") + ", " + p.kind + ")"));
          });
          form.setAttribute("data-suggestions", String(body.results.length));
        }, function () {});
      }, 250);
      input.addEventListener("input", suggest);
      input.addEventListener("focus", suggest);
      ["lat", "lon"].forEach(function (name) {
        form.querySelector("input." + name).addEventListener("change", function () { placePin(form); });
      });
    });

    function placePin(form) {
      var lat = parseFloat(form.querySelector("input.lat").value), lon = parseFloat(form.querySelector("input.lon").value);
      if (isNaN(lat) || isNaN(lon)) return;
      if (!pin) {
        pin = L.marker([lat, lon], {draggable: true, title: "المكان الجديد · the new place", zIndexOffset: 3000}).addTo(map);
        pin.on("dragend", function () {
          var at = pin.getLatLng(), f = lastForm || document.querySelector("form.fix-place");
          if (!f) return;
          f.querySelector("input.lat").value = at.lat.toFixed(5);
          f.querySelector("input.lon").value = at.lng.toFixed(5);
        });
      }
      pin.setLatLng([lat, lon]);
      pin.bindTooltip(form.querySelector("input[name=name]").value, {permanent: true, direction: "top", offset: [0, -30]});
    }

    map.on("click", function (e) {
      var form = lastForm || document.querySelector("form.fix-place");
      if (!form) return;
      form.querySelector("input.lat").value = e.latlng.lat.toFixed(5);
      form.querySelector("input.lon").value = e.latlng.lng.toFixed(5);
      placePin(form);
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
