/* geomap event layer: one toggleable, clustered layer per event kind, a legend,
 * honest uncertainty (a point, a circle, or the area's box), right-to-left popups.
 * Every piece of article text enters the page through textContent, never innerHTML. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var SHAPES = {
    circle: "M12 3a9 9 0 1 0 0.001 0z",
    square: "M4 4h16v16H4z",
    diamond: "M12 2l10 10-10 10L2 12z",
    triangle: "M12 2l10 19H2z",
    star: "M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7L12 17.3 5.8 20.9l1.6-7L2 9.2l7.1-.6z",
    hexagon: "M7 3h10l5 9-5 9H7l-5-9z",
    pentagon: "M12 2l10 7.5-3.8 12.5H5.8L2 9.5z",
    cross: "M8 2h8v6h6v8h-6v6H8v-6H2V8h6z"
  };
  var PRECISION = {1: "المكان نفسه", 2: "قرب المكان أو جزء من منطقة", 3: "منطقة أوسع"};
  var DATE_PRECISION = {1: "اليوم محدد", 2: "تقريبي (تاريخ النشر أو أسبوع)", 3: "الشهر"};
  var STATUS = {occurred: "وقع", ongoing: "جارٍ", proposed: "مقترح", planned: "مخطط له",
                called_for: "مطالب به", denied: "منفي"};

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function iconSvg(kind, size) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", SHAPES[kind.shape] || SHAPES.circle);
    path.setAttribute("fill", kind.colour);
    path.setAttribute("stroke", "#fff");
    path.setAttribute("stroke-width", "1.5");
    svg.appendChild(path);
    return svg;
  }

  var iconCache = {};

  function icon(kind) {
    // One icon object per kind, shared by its markers: thousands of events draw fast.
    if (!iconCache[kind.kind]) {
      var wrap = el("div");
      wrap.appendChild(iconSvg(kind, 24));
      iconCache[kind.kind] = L.divIcon({html: wrap.innerHTML, className: "gm-icon gm-icon-" + kind.kind,
                                        iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -10]});
    }
    return iconCache[kind.kind];
  }

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
    if (value === null || value === undefined || value === "") return;
    var r = el("div", {"class": "gm-row"});
    r.appendChild(el("span", {"class": "gm-label"}, label + ": "));
    r.appendChild(el("span", null, value));
    box.appendChild(r);
  }

  // Issue 5's fields, read defensively: strings, or objects with a name/text and a role.
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

  function fatalitiesText(f) {
    if (f === null || f === undefined || f === "") return null;
    if (typeof f !== "object") return String(f);
    var n = f.count !== undefined ? f.count : (f.value !== undefined ? f.value : f.min);
    if (n === undefined || n === null) return null;
    return String(n) + (f.max !== undefined && f.max !== n ? "–" + f.max : "") + (f.text ? " («" + f.text + "»)" : "");
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  function popup(feature, kind, options) {
    var p = feature.properties;
    var box = el("div", {dir: "rtl", lang: "ar", "class": "gm-popup"});
    var head = el("div", {"class": "gm-title"});
    head.appendChild(iconSvg(kind, 16));
    head.appendChild(el("strong", null, " " + (p.label_ar || kind.label_ar) + " "));
    head.appendChild(el("span", {dir: "ltr", lang: "en"}, [p.label_en || kind.label_en,
      [p.event_type, p.sub_event_type].filter(Boolean).join(" / ")].filter(Boolean).join(" · ")));
    box.appendChild(head);
    row(box, "التاريخ", p.date ? p.date + (p.date_text ? " («" + p.date_text + "»)" : "") + " — " + (DATE_PRECISION[p.date_precision] || "") : "غير معروف");
    row(box, "المكان", [p.location_text, p.place_ar !== p.location_text ? p.place_ar : null].filter(Boolean).join(" — "));
    if (p.place) {
      var en = el("span", {dir: "ltr", lang: "en"}, p.place + (p.country ? " (" + p.country + ")" : ""));
      var r = el("div", {"class": "gm-row"});
      r.appendChild(el("span", {"class": "gm-label"}, "Place: "));
      r.appendChild(en);
      box.appendChild(r);
    }
    row(box, "الدقة الجغرافية", p.geo_precision ? p.geo_precision + " — " + PRECISION[p.geo_precision] : null);
    row(box, "الحالة", STATUS[p.status] || p.status);
    row(box, "الأطراف", actorsText(p.actors));
    row(box, "الضحايا", fatalitiesText(p.fatalities_range ? {min: p.fatalities_range[0], max: p.fatalities_range[1]}
                                                          : p.fatalities));    // an incident's sources may differ
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

  // The key of an event's uncertainty shape: events at the same place share one shape.
  function uncertaintyKey(feature) {
    var p = feature.properties;
    if (!(p.geo_precision >= 2)) return null;
    return [p.geo_precision, feature.geometry.coordinates.join(","), p.radius_km, p.bbox ? p.bbox.join(",") : ""].join("|");
  }

  function uncertainty(feature, kind, renderer) {
    var p = feature.properties;
    var c = feature.geometry.coordinates;
    var style = {color: kind.colour, weight: 1.5, fillOpacity: 0.08, dashArray: "4 4", interactive: false,
                 renderer: renderer};
    if (p.geo_precision === 3 && p.bbox) {
      return L.rectangle([[p.bbox[1], p.bbox[0]], [p.bbox[3], p.bbox[2]]], style);
    }
    if (p.geo_precision >= 2) {
      return L.circle([c[1], c[0]], L.extend({radius: 1000 * (p.radius_km || (p.geo_precision === 3 ? 50 : 15))}, style));
    }
    return null;
  }

  // The layer switcher already shows each type with its icon and count; the legend explains the
  // rest of the drawing: how sure we are of where.
  function legend(map) {
    var control = L.control({position: "bottomright"});
    control.onAdd = function () {
      var box = el("div", {"class": "gm-legend leaflet-bar", dir: "rtl", lang: "ar"});
      box.appendChild(el("div", {"class": "gm-legend-title"}, "دقة المكان · Where"));
      [["point", "نقطة: المكان نفسه · the place itself (1)"],
       ["circle", "دائرة متقطعة: قرب مكان أو جزء من منطقة · near a place, part of a region (2)"],
       ["box", "مستطيل: منطقة أوسع · a larger region (3)"]].forEach(function (row) {
        var line = el("div", {"class": "gm-legend-row"});
        line.appendChild(precisionSvg(row[0]));
        line.appendChild(el("span", null, " " + row[1]));
        box.appendChild(line);
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
    return control;
  }

  function precisionSvg(shape) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("width", 14);
    svg.setAttribute("height", 14);
    var node;
    if (shape === "point") {
      node = document.createElementNS(SVG_NS, "circle");
      node.setAttribute("cx", 8); node.setAttribute("cy", 8); node.setAttribute("r", 4);
      node.setAttribute("fill", "#555");
    } else {
      node = document.createElementNS(SVG_NS, shape === "circle" ? "circle" : "rect");
      if (shape === "circle") {
        node.setAttribute("cx", 8); node.setAttribute("cy", 8); node.setAttribute("r", 6.5);
      } else {
        node.setAttribute("x", 1.5); node.setAttribute("y", 3); node.setAttribute("width", 13); node.setAttribute("height", 10);
      }
      node.setAttribute("fill", "rgba(85,85,85,0.12)");
      node.setAttribute("stroke", "#555");
      node.setAttribute("stroke-dasharray", "2 2");
    }
    svg.appendChild(node);
    return svg;
  }

  // Country outlines for maps without a tile server (Natural Earth, public domain).
  /* Natural Earth country outlines. With *under*, in a pane below the tiles: what the map shows
   * while the tiles load, or for good when no tile server can be reached (offline). */
  window.geomapOutline = function (map, geojson, under) {
    var options = {interactive: false, style: {color: "#9aa5ab", weight: 0.8, fillColor: "#f4f1ea",
                                               fillOpacity: 1}};
    if (under) {
      if (!map.getPane("gmOutline")) {
        var pane = map.createPane("gmOutline");
        pane.style.zIndex = 150;          // Leaflet's tile pane is at 200
        pane.style.pointerEvents = "none";
      }
      options.pane = "gmOutline";
    }
    return L.geoJSON(geojson, options).addTo(map);
  };

  window.geomapIconSvg = iconSvg;

  // With options.details, the popup shows what the map has at once, then the full record.
  function bindPopup(marker, f, kind, options) {
    var full = null;
    marker.bindPopup(function () {
      if (full || !options.details) return popup(full || f, kind, options);
      options.details(f).then(function (feature) {
        full = feature;
        marker.setPopupContent(popup(full, kind, options));
      }, function () { full = f; });
      return popup(f, kind, options);
    }, {maxWidth: 380, minWidth: 240});
  }

  /* Draw *data* ({kinds, features}) on *map*; returns a controller with remove().
   * options: articleUrl ("/articles/{id}"), details(feature) → Promise of the full feature,
   * hidden ({kind: true} for layers switched off), fit (default true), collapsed (a folded layer switcher). */
  window.geomapEventLayer = function (map, data, options) {
    options = options || {};
    var kinds = data.kinds;
    var hidden = options.hidden || {};
    var renderer = L.canvas({padding: 0.2});     // uncertainty shapes on one canvas, not one SVG path each
    var groups = {};
    var counts = {};
    var all = [];
    (data.features || []).forEach(function (f) {
      if (!f.geometry) return;
      var kind = kinds[f.properties.kind];
      if (!kind) return;
      if (!groups[kind.kind]) {
        var cluster = L.markerClusterGroup ? L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false,
                                                                   disableClusteringAtZoom: 10})
                                           : L.featureGroup();
        groups[kind.kind] = {markers: cluster, shapes: L.featureGroup(), layer: L.layerGroup(), markerList: [],
                             shapeKeys: {}};
        groups[kind.kind].layer.addLayer(groups[kind.kind].shapes).addLayer(cluster);
        counts[kind.kind] = 0;
      }
      var g = groups[kind.kind];
      var c = f.geometry.coordinates;
      var marker = L.marker([c[1], c[0]], {icon: icon(kind), title: kind.label_en});
      bindPopup(marker, f, kind, options);
      marker.bindTooltip(function () {          // built when shown, not for every marker up front
        return el("span", {dir: "rtl", lang: "ar"}, kind.label_ar + " — " + (f.properties.location_text || ""));
      }, {direction: "top"});
      g.markerList.push(marker);
      var key = uncertaintyKey(f);
      if (key && !g.shapeKeys[key]) {
        g.shapeKeys[key] = true;
        g.shapes.addLayer(uncertainty(f, kind, renderer));
      }
      counts[kind.kind] += 1;
      all.push([c[1], c[0]]);
    });
    // Fit the view before the layers go on: clusters then build once, with no zoom animation.
    if (all.length && options.fit !== false) {
      map.fitBounds(L.latLngBounds(all).pad(0.2), {maxZoom: 8, animate: false});
    }
    var overlays = {};
    Object.keys(kinds).forEach(function (k) {
      if (!groups[k]) return;
      groups[k].markers.addLayers ? groups[k].markers.addLayers(groups[k].markerList)
                                  : groups[k].markerList.forEach(function (m) { groups[k].markers.addLayer(m); });
      var label = el("span", {"class": "gm-layer-label", "data-kind": k});
      label.appendChild(iconSvg(kinds[k], 14));
      label.appendChild(el("span", null, " " + kinds[k].label_ar + " · " + kinds[k].label_en + " (" + counts[k] + ")"));
      overlays[label.outerHTML] = hidden[k] ? groups[k].layer : groups[k].layer.addTo(map);
    });
    var control = L.control.layers(null, overlays, {collapsed: !!options.collapsed, position: "topright"}).addTo(map);
    var legendControl = legend(map);
    function toggled(e) {
      Object.keys(groups).forEach(function (k) {
        if (groups[k].layer === e.layer) hidden[k] = e.type === "overlayremove";
      });
    }
    map.on("overlayadd overlayremove", toggled);
    return {
      groups: groups, counts: counts, hidden: hidden, count: all.length,
      remove: function () {
        map.off("overlayadd overlayremove", toggled);
        Object.keys(groups).forEach(function (k) { map.removeLayer(groups[k].layer); });
        map.removeControl(control);
        map.removeControl(legendControl);
      }
    };
  };
})();
