/* geomap's drawing of events on a Leaflet map, shared by the standalone map.html and the
 * service's pages: a marker per event (a shape and colour per kind, larger for violent kinds
 * and for more dead, violent ones on top), clusters that show the mix of kinds they hold,
 * honest uncertainty (a point, a dashed circle, or the area's box), right-to-left popups,
 * a type control and a key. Every piece of article text enters the page through textContent,
 * never innerHTML. No inline style attributes: the pages run under a strict CSP. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  // 24×24 shapes, one per kind (geomap/data/event_kinds.tsv names them)
  var SHAPES = {
    circle: "M12 2.5a9.5 9.5 0 1 0 .001 0z",
    ring: "M12 2a10 10 0 1 0 .001 0zM12 7.5a4.5 4.5 0 1 1-.001 0z",
    square: "M3.5 3.5h17v17h-17z",
    diamond: "M12 1l11 11-11 11L1 12z",
    triangle: "M12 2l10.5 19h-21z",
    triangle_down: "M1.5 3h21L12 22z",
    star: "M12 1.5l3 6.8 7.3.6-5.5 4.9 1.7 7.2L12 17.2l-6.5 3.8 1.7-7.2-5.5-4.9 7.3-.6z",
    burst: "M12 .5L14 7.2 20.1 3.9 16.8 10 23.5 12 16.8 14 20.1 20.1 14 16.8 12 23.5 10 16.8 3.9 20.1 7.2 14 .5 12 7.2 10 3.9 3.9 10 7.2z",
    saltire: "M5 1l7 7 7-7 4 4-7 7 7 7-4 4-7-7-7 7-4-4 7-7-7-7z",
    flag: "M3 1.5h3.5v21H3zM6.5 2.5h15l-4.5 5.5 4.5 5.5h-15z",
    cross: "M8 1.5h8v6.5h6.5v8H16v6.5H8V16H1.5V8H8z",
    hourglass: "M3 1.5h18L13.5 12 21 22.5H3L10.5 12z",
    pentagon: "M12 1.5l10.5 7.8-4 12.7h-13l-4-12.7z",
    hexagon: "M6.5 2h11l5.5 10-5.5 10h-11L1 12z",
    house: "M12 1.5l10.5 9.5H19v11.5H5V11H1.5z",
    arrow: "M1.5 12L11 2.5v5.5h11.5v8H11v5.5z",
    bubble: "M2.5 3h19v13.5H11l-6 5v-5H2.5z",
    check: "M1.5 12.5L5 9l5 5 9.5-9.5 3.5 3.5-13 13z",
    pause: "M3.5 2.5h6.5v19H3.5zM14 2.5h6.5v19H14z"
  };
  var BASE_SIZE = [24, 19, 16];          // by tier: violent, other, diplomatic
  var Z_OFFSET = [2000, 1000, 0];        // violent markers on top
  var FATALITY_STEPS = [1, 5, 20, 100];  // a marker grows one step at each
  var PLURALS = window.Intl && Intl.PluralRules ? new Intl.PluralRules("ar") : null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    return node;
  }

  // -- words ---------------------------------------------------------------------------

  /* Numbers with their nouns and labels for codes, from the page's tables
   * (geomap/data/arabic_plurals.tsv, ui_labels.tsv). */
  function Words(tables) {
    var plurals = tables.plurals || {}, labels = tables.labels || {};
    function category(n) {
      if (PLURALS) return PLURALS.select(n);
      var m = n % 100;
      return n === 0 ? "zero" : n === 1 ? "one" : n === 2 ? "two" : m >= 3 && m <= 10 ? "few" : m >= 11 ? "many" : "other";
    }
    return {
      ar: function (n, noun) {
        var forms = plurals[noun];
        return forms ? forms[category(n)].replace("{n}", String(n)) : String(n);
      },
      en: function (n, noun) {
        var forms = plurals[noun];
        return forms ? forms[n === 1 ? "en_one" : "en_other"].replace("{n}", String(n)) : String(n);
      },
      label: function (group, code) {
        var g = labels[group] || {};
        return g[String(code)] || null;
      }
    };
  }

  /* Arabic, then its English in a span of its own (isolated: the two never mix mid-phrase). */
  function bilingual(ar, en, tag, extra) {
    var node = el(tag || "span", {"class": "gm-bi"});
    node.appendChild(el("span", {lang: "ar"}, ar));
    if (extra) node.appendChild(extra);
    if (en) {             // the dot in the right-to-left flow, between the two; the English isolated
      var tail = el("span", {"class": "gm-en"});
      tail.appendChild(el("span", {"class": "gm-sep"}, " · "));
      tail.appendChild(el("span", {dir: "ltr", lang: "en"}, en));
      node.appendChild(tail);
    }
    return node;
  }

  // -- markers -------------------------------------------------------------------------

  function iconSvg(kind, size) {
    var svg = svgEl("svg", {viewBox: "0 0 24 24", width: size, height: size, "aria-hidden": "true"});
    svg.appendChild(svgEl("path", {d: SHAPES[kind.shape] || SHAPES.circle, fill: kind.colour, stroke: "#1b1b1b",
                                   "stroke-width": kind.colour === "#000000" ? "0" : "1.1",
                                   "fill-rule": "evenodd", "stroke-linejoin": "round"}));
    return svg;
  }

  function fatalityStep(fatalities) {
    var n = typeof fatalities === "number" ? fatalities : null;
    if (n === null && fatalities && typeof fatalities === "object") n = fatalities.count || fatalities.min || null;
    var step = 0;
    FATALITY_STEPS.forEach(function (s) { if (n !== null && n >= s) step += 1; });
    return step;
  }

  function tier(kind) { return kind.tier === undefined ? 1 : kind.tier; }

  var iconCache = {};

  function icon(kind, fatalities) {
    // One icon object per kind and size, shared by its markers: thousands of events draw fast.
    var step = fatalityStep(fatalities), key = kind.kind + "/" + step;
    if (!iconCache[key]) {
      var size = BASE_SIZE[tier(kind)] + 5 * step;
      var wrap = el("div");
      wrap.appendChild(iconSvg(kind, size));
      iconCache[key] = L.divIcon({html: wrap.innerHTML, iconSize: [size, size], iconAnchor: [size / 2, size / 2],
                                  popupAnchor: [0, -size / 2 + 2],
                                  className: "gm-icon gm-icon-" + kind.kind + " gm-tier-" + tier(kind) + " gm-dead-" + step});
    }
    return iconCache[key];
  }

  /* A cluster: a ring of the kinds it holds (violent first, each kind its share), the count inside. */
  function clusterIconFor(kinds, order) {
    return function (cluster) {
      var counts = {}, n = 0, violent = 0;
      cluster.getAllChildMarkers().forEach(function (m) {
        var k = m.options.gmKind;
        counts[k] = (counts[k] || 0) + 1;
        n += 1;
        if (kinds[k] && tier(kinds[k]) === 0) violent += 1;
      });
      var size = n < 10 ? 36 : n < 100 ? 42 : n < 1000 ? 48 : 54;
      var svg = svgEl("svg", {viewBox: "0 0 36 36", width: size, height: size, "aria-hidden": "true"});
      svg.appendChild(svgEl("circle", {cx: 18, cy: 18, r: 17, fill: "#fff", "fill-opacity": "0.92",
                                       stroke: "#444", "stroke-width": "0.8"}));
      var C = 2 * Math.PI * 13, at = 0, title = [];
      order.forEach(function (k) {
        if (!counts[k]) return;
        var len = C * counts[k] / n;
        svg.appendChild(svgEl("circle", {cx: 18, cy: 18, r: 13, fill: "none", stroke: kinds[k].colour,
                                         "stroke-width": 7, "stroke-dasharray": len + " " + (C - len),
                                         "stroke-dashoffset": String(-at), transform: "rotate(-90 18 18)"}));
        at += len;
        title.push(counts[k] + " " + kinds[k].label_ar);
      });
      var wrap = el("div");
      var box = el("div", {"class": "gm-cluster-box", title: title.join("، ")});
      box.appendChild(svg);
      box.appendChild(el("span", {"class": "gm-cluster-n"}, n));
      wrap.appendChild(box);
      return L.divIcon({html: wrap.innerHTML, iconSize: [size, size],
                        className: "gm-cluster gm-cluster-" + (size) + (violent ? " gm-cluster-violent" : "")});
    };
  }

  // -- popups --------------------------------------------------------------------------

  function sentenceWithMarks(p) {
    var q = el("blockquote", {"class": "gm-sentence"});
    var text = p.sentence || "";
    var marks = (p.highlights || []).filter(function (h) {
      return h[0] >= 0 && h[1] <= text.length && h[0] < h[1];
    }).sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (h) {
      if (h[0] < pos) return;
      q.appendChild(document.createTextNode(text.slice(pos, h[0])));
      q.appendChild(el("mark", {"class": "gm-" + h[2]}, text.slice(h[0], h[1])));
      pos = h[1];
    });
    q.appendChild(document.createTextNode(text.slice(pos)));
    return q;
  }

  function row(box, label, value) {
    if (value === null || value === undefined || value === "") return null;
    var r = el("div", {"class": "gm-row"});
    r.appendChild(el("span", {"class": "gm-label"}, label + ": "));
    if (value.nodeType) r.appendChild(value); else r.appendChild(el("span", null, value));
    box.appendChild(r);
    return r;
  }

  // The actors, read defensively: strings, or objects with a name/text and a role.
  function actorsText(actors) {
    if (!actors) return null;
    if (!Array.isArray(actors)) actors = [actors];
    var names = actors.map(function (a) {
      if (a === null || a === undefined) return null;
      if (typeof a !== "object") return String(a);
      var name = a.name_ar || a.name || a.text || a.label || null;
      return name && a.role ? name + " (" + a.role + ")" : name;
    }).filter(Boolean);
    return names.length ? names.join("، ") : null;
  }

  function fatalitiesText(p) {
    var f = p.fatalities;
    if (f === null || f === undefined || f === "") return null;
    if (typeof f !== "object") return String(f) + (p.fatalities_max && p.fatalities_max !== f ? "–" + p.fatalities_max : "");
    var n = f.count !== undefined ? f.count : (f.value !== undefined ? f.value : f.min);
    if (n === undefined || n === null) return null;
    return String(n) + (f.max !== undefined && f.max !== n ? "–" + f.max : "");
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  /* The model's probability that the event is right (geomap/events/confidence.py): below LIKELY
   * (geomap.model.LIKELY) it is more likely wrong than right. */
  var LIKELY = 0.5;

  function confidenceText(c) {
    if (typeof c !== "number") return null;
    var span = el("span", {"class": c >= LIKELY ? "gm-confidence" : "gm-confidence gm-uncertain"});
    span.appendChild(el("span", {dir: "ltr"}, (Math.floor(c * 100) / 100).toFixed(2)));   // 0.499 is no 0.50
    span.appendChild(document.createTextNode(c >= LIKELY ? " — مرجّح" : " — غير مؤكد"));
    return span;
  }

  function placeNode(p) {
    var span = el("span");
    var ar = [p.location_text, p.place_ar && p.place_ar !== p.location_text ? p.place_ar : null].filter(Boolean).join(" — ");
    if (ar) span.appendChild(el("span", {lang: "ar"}, ar));
    if (p.place) {
      if (ar) span.appendChild(document.createTextNode(" "));
      span.appendChild(el("span", {dir: "ltr", lang: "en", "class": "gm-en"}, p.place + (p.country ? " (" + p.country + ")" : "")));
    }
    return span.childNodes.length ? span : null;
  }

  function labelText(words, group, code) {
    var l = words.label(group, code);
    return l ? bilingual(l.ar, l.en) : (code === null || code === undefined ? null : String(code));
  }

  /* The popup (or an unplaced event's details) of one event: what, when, where, how sure, who,
   * the sentence it was read from, and where it was read. */
  function popupContent(feature, kind, words, options) {
    var p = feature.properties;
    var box = el("div", {dir: "rtl", lang: "ar", "class": "gm-popup"});
    var head = el("div", {"class": "gm-title"});
    head.appendChild(iconSvg(kind, 18));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(bilingual(p.label_ar || kind.label_ar, p.label_en || kind.label_en, "strong"));
    box.appendChild(head);
    if (p.event_type) {
      box.appendChild(el("div", {"class": "gm-acled", dir: "ltr", lang: "en"},
                         "ACLED: " + [p.event_type, p.sub_event_type].filter(Boolean).join(" — ")));
    }
    var date = p.date ? el("span") : "غير معروف";
    if (p.date) {
      date.appendChild(el("span", {dir: "ltr"}, p.date));
      if (p.date_text) date.appendChild(document.createTextNode(" («" + p.date_text + "»)"));
      var tp = words.label("time_precision", p.time_precision || p.date_precision);
      if (tp) date.appendChild(document.createTextNode(" — " + tp.ar));
    }
    row(box, "التاريخ", date);
    row(box, "المكان", placeNode(p));
    row(box, "دقة المكان", p.geo_precision ? labelText(words, "geo_precision", p.geo_precision) : null);
    row(box, "الحالة", labelText(words, "status", p.status));
    if (p.report === "background" || p.report === "planned") row(box, "الخبر", labelText(words, "report", p.report));
    row(box, "الثقة", confidenceText(p.confidence));
    row(box, "الأطراف", actorsText(p.actors));
    row(box, "القتلى", fatalitiesText(p));
    if (p.sources && window.geomapIncidentSources) {        // an incident: every source, each with its sentence
      window.geomapIncidentSources(box, p, sentenceWithMarks, options);
      return box;
    }
    if (p.sentence !== undefined) box.appendChild(sentenceWithMarks(p));
    var src = el("div", {"class": "gm-source"});
    var url = safeUrl(p.url);
    var label = p.source || p.article_title || url;
    if (url) {
      src.appendChild(el("a", {href: url, target: "_blank", rel: "noopener noreferrer"}, label));
    } else if (label) {
      src.appendChild(el("span", null, label));
    }
    if (p.article_title && p.source) src.appendChild(el("span", null, " — " + p.article_title));
    if (options.articleUrl && p.article_id) {
      src.appendChild(el("span", null, " · "));
      src.appendChild(el("a", {href: options.articleUrl.replace("{id}", encodeURIComponent(p.article_id))}, "المقال"));
    }
    box.appendChild(src);
    return box;
  }

  // -- uncertainty ---------------------------------------------------------------------

  // The key of an event's uncertainty shape: events at the same place share one shape.
  function uncertaintyKey(feature) {
    var p = feature.properties;
    if (!(p.geo_precision >= 2)) return null;
    return [p.geo_precision, feature.geometry.coordinates.join(","), p.radius_km, p.bbox ? p.bbox.join(",") : ""].join("|");
  }

  function uncertainty(feature, kind, renderer) {
    var p = feature.properties;
    var c = feature.geometry.coordinates;
    var style = {color: kind.colour === "#F0E442" ? "#8a7f00" : kind.colour, weight: 1.6, fillOpacity: 0.1,
                 dashArray: "5 4", interactive: false, renderer: renderer};
    if (p.geo_precision === 3 && p.bbox) {
      // a country's box is drawn as lightly as it says little; a governorate's as a circle's
      if (p.bbox[2] - p.bbox[0] > 8 || p.bbox[3] - p.bbox[1] > 8) style.fillOpacity = 0.03;
      return L.rectangle([[p.bbox[1], p.bbox[0]], [p.bbox[3], p.bbox[2]]], style);
    }
    return L.circle([c[1], c[0]], L.extend({radius: 1000 * (p.radius_km || (p.geo_precision === 3 ? 50 : 15))}, style));
  }

  // -- controls ------------------------------------------------------------------------

  function precisionSvg(shape) {
    var svg = svgEl("svg", {viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true"});
    if (shape === "point") {
      svg.appendChild(svgEl("circle", {cx: 8, cy: 8, r: 4, fill: "#555"}));
    } else if (shape === "circle") {
      svg.appendChild(svgEl("circle", {cx: 8, cy: 8, r: 6.5, fill: "rgba(85,85,85,0.12)", stroke: "#555", "stroke-dasharray": "2 2"}));
    } else {
      svg.appendChild(svgEl("rect", {x: 1.5, y: 3, width: 13, height: 10, fill: "rgba(85,85,85,0.12)", stroke: "#555", "stroke-dasharray": "2 2"}));
    }
    return svg;
  }

  /* The key: how sure we are of where, what a marker's size says, what a cluster's ring says. */
  function legend(map, words) {
    var control = L.control({position: "bottomright"});
    control.onAdd = function () {
      var box = el("details", {"class": "gm-legend leaflet-bar", dir: "rtl", lang: "ar"});
      if (map.getSize().x >= 900) box.open = true;          // a small map keeps its key folded
      var summary = el("summary");
      summary.appendChild(bilingual("مفتاح الخريطة", "key"));
      box.appendChild(summary);
      [["point", 1], ["circle", 2], ["box", 3]].forEach(function (r) {
        var line = el("div", {"class": "gm-legend-row"});
        var l = words.label("geo_precision", r[1]) || {ar: "", en: ""};
        line.appendChild(precisionSvg(r[0]));
        line.appendChild(bilingual(" " + ["نقطة", "دائرة متقطعة", "مستطيل"][r[1] - 1] + ": " + l.ar, l.en));
        box.appendChild(line);
      });
      box.appendChild(el("div", {"class": "gm-legend-note"},
                         "الحجم: عدد القتلى (1، 5، 20، 100+)؛ الحلقة: أنواع الأحداث في المجموعة"));
      box.appendChild(el("div", {"class": "gm-legend-note gm-en", dir: "ltr", lang: "en"},
                         "size: the dead counted (1, 5, 20, 100+) · ring: the kinds a cluster holds"));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
    return control;
  }

  /* A folded box on the map with a checkbox per kind (its icon, name and count): one view of
   * the page's type filter, the sidebar is another; onToggle(kind, on) changes the state. */
  function typeControl(map, kinds, order, onToggle) {
    var boxes = {}, counts = {}, rows = {};
    var control = L.control({position: "topright"});
    var details = el("details", {"class": "gm-types leaflet-bar", dir: "rtl", lang: "ar"});
    var summary = el("summary", {"class": "gm-types-summary"});
    summary.appendChild(bilingual("الأنواع", "types"));
    details.appendChild(summary);
    var list = el("div", {"class": "gm-types-list"});
    details.appendChild(list);
    order.forEach(function (k) {
      var label = el("label", {"class": "gm-type-row", "data-kind": k});
      var box = el("input", {type: "checkbox", "class": "gm-type", value: k});
      box.checked = true;
      box.addEventListener("change", function () { onToggle(k, box.checked); });
      label.appendChild(box);
      label.appendChild(iconSvg(kinds[k], 16));
      counts[k] = el("span", {"class": "gm-count"});
      label.appendChild(bilingual(" " + kinds[k].label_ar, kinds[k].label_en, "span", counts[k]));
      list.appendChild(label);
      boxes[k] = box;
      rows[k] = label;
    });
    control.onAdd = function () {
      L.DomEvent.disableClickPropagation(details);
      L.DomEvent.disableScrollPropagation(details);
      return details;
    };
    control.addTo(map);
    return {
      control: control, node: details,
      /* on: {kind: bool}; n: {kind: count}; present: {kind: true} for the kinds to list */
      sync: function (on, n, present) {
        Object.keys(boxes).forEach(function (k) {
          boxes[k].checked = !!on[k];
          counts[k].textContent = " (" + (n[k] || 0) + ")";
          rows[k].hidden = !!present && !present[k];
        });
        details.hidden = !!present && !Object.keys(present).length;      // no events: no empty box
      }
    };
  }

  /* Country outlines (Natural Earth, public domain) in a pane of their own under everything
   * else we draw (the tiles at 200, the shapes and markers at 400 and up): the basemap with no
   * tile server, or what shows while tiles load or when they cannot be reached. */
  window.geomapOutline = function (map, geojson) {
    if (!map.getPane("gmOutline")) {
      var pane = map.createPane("gmOutline");
      pane.style.zIndex = 150;
      pane.style.pointerEvents = "none";
    }
    return L.geoJSON(geojson, {interactive: false, pane: "gmOutline",
                               style: {color: "#9aa5ab", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1}}).addTo(map);
  };

  function kindOrder(kinds) {
    return Object.keys(kinds).sort(function (a, b) {
      return tier(kinds[a]) - tier(kinds[b]) || Object.keys(kinds).indexOf(a) - Object.keys(kinds).indexOf(b);
    });
  }

  /* The events layer of a map: show(features) draws exactly these (adding and removing only
   * what changed), open(id) zooms to an event and opens its popup, fit(features) frames them,
   * inView() lists the drawn events inside the view. options: details(feature) → Promise of
   * the full record (the popup shows what it has at once, then the rest); articleUrl. */
  window.geomapEventView = function (map, tables, options) {
    options = options || {};
    var kinds = tables.kinds, words = Words(tables), order = kindOrder(kinds);
    var renderer = L.canvas({padding: 0.2});     // uncertainty shapes on one canvas, not one SVG path each
    var cluster = L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false,
                                        disableClusteringAtZoom: 10, iconCreateFunction: clusterIconFor(kinds, order)});
    var shapes = L.featureGroup();
    shapes.addTo(map);
    cluster.addTo(map);
    var markers = {}, shown = {}, shapeRefs = {}, count = 0;

    function bindPopup(marker, f, kind) {
      var full = null;
      marker.bindPopup(function () {
        if (full || !options.details) return popupContent(full || f, kind, words, options);
        options.details(f).then(function (feature) {
          full = feature;
          marker.setPopupContent(popupContent(full, kind, words, options));
        }, function () { full = f; });
        return popupContent(f, kind, words, options);
      }, {maxWidth: 380, minWidth: 240, autoPanPadding: [20, 20]});
    }

    function markerFor(f) {
      if (markers[f.id]) return markers[f.id];
      var kind = kinds[f.properties.kind], c = f.geometry.coordinates;
      var marker = L.marker([c[1], c[0]], {icon: icon(kind, f.properties.fatalities), title: kind.label_ar + " · " + kind.label_en,
                                           zIndexOffset: Z_OFFSET[tier(kind)], gmKind: kind.kind, keyboard: true});
      marker.feature = f;
      markers[f.id] = marker;
      return marker;
    }

    // A popup is made for a marker when it is first opened, not for each of 100,000 up front.
    function popupOf(marker) {
      if (!marker.getPopup()) bindPopup(marker, marker.feature, kinds[marker.feature.properties.kind]);
      return marker;
    }
    cluster.on("click", function (e) { popupOf(e.layer).openPopup(); });     // Enter on a marker clicks it too

    function addShape(f) {
      var key = uncertaintyKey(f);
      if (!key) return;
      var ref = shapeRefs[key];
      if (!ref) {
        ref = shapeRefs[key] = {n: 0, layer: uncertainty(f, kinds[f.properties.kind], renderer)};
        shapes.addLayer(ref.layer);
      }
      ref.n += 1;
    }

    function removeShape(f) {
      var key = uncertaintyKey(f), ref = key && shapeRefs[key];
      if (!ref) return;
      ref.n -= 1;
      if (ref.n <= 0) { shapes.removeLayer(ref.layer); delete shapeRefs[key]; }
    }

    function show(features) {
      var next = {}, adds = [], removes = [], first = !count && features.length > 1000;
      if (first) map.removeLayer(shapes);     // thousands of shapes: into the group first, then onto the map
      features.forEach(function (f) {
        if (!f.geometry || !kinds[f.properties.kind] || next[f.id]) return;
        next[f.id] = true;
        if (!shown[f.id]) { adds.push(markerFor(f)); addShape(f); }
      });
      Object.keys(shown).forEach(function (id) {
        if (!next[id]) { removes.push(markers[id]); removeShape(markers[id].feature); }
      });
      if (removes.length) cluster.removeLayers(removes);
      if (adds.length) cluster.addLayers(adds);
      if (first) map.addLayer(shapes);
      shown = next;
      count = Object.keys(next).length;
      return count;
    }

    function fit(features, maxZoom) {
      var points = [];
      features.forEach(function (f) { if (f.geometry) points.push([f.geometry.coordinates[1], f.geometry.coordinates[0]]); });
      if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.15), {maxZoom: maxZoom || 8, animate: false});
      return points.length;
    }

    function open(id) {
      var marker = markers[id];
      if (!marker || !shown[id]) return false;
      cluster.zoomToShowLayer(marker, function () { popupOf(marker).openPopup(); });
      return true;
    }

    function inView() {
      var bounds = map.getBounds();
      return Object.keys(shown).map(function (id) { return markers[id]; })
        .filter(function (m) { return bounds.contains(m.getLatLng()); })
        .map(function (m) { return m.feature; });
    }

    return {show: show, fit: fit, open: open, inView: inView, words: words, order: order, kinds: kinds,
            cluster: cluster, shapes: shapes, legend: legend(map, words),
            count: function () { return count; },
            popup: function (feature) { return popupContent(feature, kinds[feature.properties.kind], words, options); }};
  };

  /* The standalone map (geomap map → map.html): its events, a type control that filters them,
   * the key. data: {kinds, labels, plurals, features}; options: articleUrl. */
  window.geomapEventLayer = function (map, data, options) {
    var view = window.geomapEventView(map, data, options || {});
    var on = {}, present = {}, counts = {}, uncertain = 0, likelyOnly = false;
    var others = {background: 0, planned: 0}, withOther = {background: false, planned: false};
    data.features.forEach(function (f) {
      var k = f.properties.kind, report = f.properties.report || "new";
      present[k] = on[k] = true;
      counts[k] = (counts[k] || 0) + 1;
      if (report in others) others[report] += 1;
      else if (f.geometry && !likely(f)) uncertain += 1;
    });
    var empty = el("div", {"class": "gm-empty", dir: "rtl", lang: "ar", role: "status"});
    empty.appendChild(bilingual("لا أحداث على الخريطة", "No mapped events"));
    map.getContainer().appendChild(empty);
    function likely(f) { return typeof f.properties.confidence !== "number" || f.properties.confidence >= LIKELY; }
    function wanted(f) {          // the news, as the service's map shows by default; background and plans on request
      var report = f.properties.report || "new";
      return on[f.properties.kind] && (report === "new" || withOther[report] === true) && (!likelyOnly || likely(f));
    }
    function draw() {
      var n = view.show(data.features.filter(wanted));
      empty.hidden = n > 0;
      document.body.setAttribute("data-events", String(n));
    }
    var types = typeControl(map, view.kinds, view.order, function (k, checked) {
      on[k] = checked;
      types.sync(on, counts, present);
      draw();
    });
    var OTHER_REPORTS = [["background", " والخلفية: أحداث سابقة يذكّر بها", "and background it recalls"],
                         ["planned", " وما سيأتي: أحداث لم تقع بعد", "and what is still to come"]];
    OTHER_REPORTS.forEach(function (r) {
      if (!others[r[0]]) return;
      var label = el("label", {"class": "gm-type-row gm-" + r[0] + "-row"});
      var box = el("input", {type: "checkbox", "class": "gm-" + r[0], value: r[0]});
      box.addEventListener("change", function () { withOther[r[0]] = box.checked; draw(); });
      label.appendChild(box);
      label.appendChild(bilingual(r[1], r[2], "span", el("span", {"class": "gm-count"}, " (" + others[r[0]] + ")")));
      types.node.querySelector(".gm-types-list").appendChild(label);
    });
    if (uncertain) {              // events the confidence model finds more likely wrong than right
      var row = el("label", {"class": "gm-type-row gm-likely-row"});
      var only = el("input", {type: "checkbox", "class": "gm-likely", value: "likely"});
      only.addEventListener("change", function () { likelyOnly = only.checked; draw(); });
      row.appendChild(only);
      row.appendChild(bilingual(" المرجّحة فقط، دون غير المؤكدة", "likely events only, without the uncertain",
                                "span", el("span", {"class": "gm-count"}, " (" + uncertain + ")")));
      types.node.querySelector(".gm-types-list").appendChild(row);
    }
    if (map.getSize().x >= 700) types.node.open = true;
    types.sync(on, counts, present);
    view.fit(data.features.filter(wanted));
    draw();
    window.geomapView = view;                 // for the browser tests
    return view;
  };

  window.geomapIconSvg = iconSvg;
  window.geomapWords = Words;
  window.geomapBilingual = bilingual;
  window.geomapTypeControl = typeControl;
})();
