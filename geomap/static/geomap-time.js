/* geomap's time histogram under the map, which is also its date filter: the events by day
 * (by week or month over longer spans), violent ones at the foot of each bar; drag across the
 * bars to choose a range, click a bar for its day, arrow keys move the range, ▶ plays through
 * the days. A few far-off dates do not squeeze the rest into a few pixels: the chart spans
 * the bulk of the events and says how many lie before and after (one click shows them all).
 * Drawn with our own SVG; no inline styles (the pages run under a strict CSP). */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var HEIGHT = 64, AXIS = 14, PAD = 2;
  var COLOURS = ["#D55E00", "#0072B2"];        // violent, the rest (Okabe–Ito)

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function ms(isoDate) { return Date.parse(isoDate.slice(0, 10) + "T00:00:00Z"); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }

  function binStart(t, unit) {
    var d = new Date(t);
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;         // from Monday
    return t;
  }

  function nextBin(t, unit) {
    if (unit === "month") { var d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
    return t + (unit === "week" ? 7 : 1) * DAY;
  }

  function unitFor(span) { return span <= 120 * DAY ? "day" : span <= 3 * 366 * DAY ? "week" : "month"; }

  var BULK = 0.85;       // the share of the events the chart must show at least

  /* The span the chart shows: all the dates; or, when the shortest span that holds 85% of them
   * is under a quarter of the whole (350 of 379 events in two months of fifteen years), that
   * span, and the rest are counted before and after it. times: sorted. */
  function domainOf(times, full) {
    var n = times.length, lo = times[0], hi = times[n - 1];
    if (full || n < 20 || hi - lo <= 120 * DAY) return {lo: lo, hi: hi};
    var k = Math.ceil(BULK * n), best = 0;
    for (var i = 1; i + k - 1 < n; i++) {
      if (times[i + k - 1] - times[i] < times[best + k - 1] - times[best]) best = i;
    }
    var a = times[best], b = times[best + k - 1];
    var pad = Math.max(3 * DAY, (b - a) * 0.05);
    if (b - a + 2 * pad >= (hi - lo) / 4) return {lo: lo, hi: hi};
    return {lo: Math.max(lo, a - pad), hi: Math.min(hi, b + pad)};
  }

  function binLabel(bin, unit) {
    return unit === "month" ? iso(bin.start).slice(0, 7) : unit === "week" ? iso(bin.start) + " …" : iso(bin.start);
  }

  /* node: the element to fill; options: words (geomapWords), onChange(since, until, how) with
   * ISO dates or "" and how = "brush" | "play" | "reset"; interval (ms per step of ▶). */
  window.geomapTimeline = function (node, options) {
    var words = options.words, interval = options.interval || 700;
    var st = {dated: [], undated: 0, full: false, bins: [], unit: "day", since: "", until: "",
              before: 0, after: 0, drag: null, timer: null, width: 0};

    var head = el("div", {"class": "gm-tl-head", dir: "rtl", lang: "ar"});
    var play = el("button", {type: "button", "class": "gm-tl-play", id: "timeline-play", "aria-pressed": "false",
                             title: "تشغيل عبر الأيام · play through the days"}, "▶");
    var reset = el("button", {type: "button", "class": "gm-tl-all", id: "timeline-all",
                              title: "كل التواريخ · all dates"}, "✕ كل التواريخ");
    var range = el("span", {"class": "gm-tl-range", id: "timeline-range", "aria-live": "polite"});
    var earlier = el("button", {type: "button", "class": "gm-tl-more", id: "timeline-earlier", hidden: ""});
    var later = el("button", {type: "button", "class": "gm-tl-more", id: "timeline-later", hidden: ""});
    var undated = el("span", {"class": "gm-tl-undated", id: "timeline-undated"});
    [play, range, reset, undated].forEach(function (n) { head.appendChild(n); });
    var chart = el("div", {"class": "gm-tl-chart-box", dir: "ltr"});
    chart.appendChild(earlier);             // at the chart's left end, where the earlier days would be
    chart.appendChild(later);
    var svg = svgEl("svg", {"class": "gm-tl-chart", id: "timeline-chart", tabindex: "0", role: "group",
                            height: HEIGHT, "aria-label": "مدرج الأحداث عبر الزمن: اسحب لاختيار فترة · events over time: drag to choose dates"});
    var empty = el("p", {"class": "gm-tl-empty", hidden: ""});
    chart.appendChild(svg);
    chart.appendChild(empty);
    node.appendChild(head);
    node.appendChild(chart);

    function rebin() {
      st.bins = [];
      st.before = st.after = 0;
      if (!st.dated.length) return;
      var times = st.dated.map(function (d) { return d[0]; });
      var dom = domainOf(times, st.full);
      if (st.since) dom.lo = Math.min(dom.lo, ms(st.since));
      if (st.until) dom.hi = Math.max(dom.hi, ms(st.until));
      st.unit = unitFor(dom.hi - dom.lo);
      for (var t = binStart(dom.lo, st.unit); t <= dom.hi; t = nextBin(t, st.unit)) {
        st.bins.push({start: t, end: nextBin(t, st.unit) - DAY, n: [0, 0]});
      }
      var first = st.bins[0].start, last = st.bins[st.bins.length - 1].end, i = 0;
      st.dated.forEach(function (d) {            // sorted by date: one pass
        if (d[0] < first) { st.before += 1; return; }
        if (d[0] > last) { st.after += 1; return; }
        while (d[0] > st.bins[i].end) i += 1;
        st.bins[i].n[d[1] === 0 ? 0 : 1] += 1;
      });
    }

    function selection() {
      if (!st.bins.length || (!st.since && !st.until)) return null;
      var lo = st.since ? ms(st.since) : -Infinity, hi = st.until ? ms(st.until) : Infinity, a = -1, b = -1;
      st.bins.forEach(function (bin, i) {
        if (bin.end >= lo && bin.start <= hi) { if (a < 0) a = i; b = i; }
      });
      return a < 0 ? null : [a, b];
    }

    function render() {
      while (svg.firstChild) svg.removeChild(svg.firstChild);
      var width = Math.max(svg.getBoundingClientRect().width || chart.clientWidth || 300, 120);
      st.width = width;
      svg.setAttribute("viewBox", "0 0 " + width + " " + HEIGHT);
      svg.setAttribute("width", width);
      empty.hidden = st.bins.length > 0;
      svg.classList.toggle("gm-hidden", !st.bins.length);
      if (!st.bins.length) empty.textContent = "لا أحداث مؤرخة تطابق المرشحات · no dated events match the filters";
      renderHead();
      if (!st.bins.length) return;
      var bw = (width - 2 * PAD) / st.bins.length, top = HEIGHT - AXIS, most = 1;
      st.bins.forEach(function (b) { most = Math.max(most, b.n[0] + b.n[1]); });
      var sel = selection();
      if (sel) {
        svg.appendChild(svgEl("rect", {"class": "gm-tl-selection", x: PAD + sel[0] * bw, y: 0,
                                       width: (sel[1] - sel[0] + 1) * bw, height: top}));
      }
      st.bins.forEach(function (b, i) {
        var x = PAD + i * bw, y = top, inside = !sel || (i >= sel[0] && i <= sel[1]);
        var g = svgEl("g", {"class": "gm-tl-bin" + (inside ? "" : " gm-tl-out"), "data-start": iso(b.start),
                            "data-end": iso(b.end), "data-count": b.n[0] + b.n[1]});
        [0, 1].forEach(function (t) {
          if (!b.n[t]) return;
          var h = Math.max(1.5, (top - 4) * b.n[t] / most);
          y -= h;
          g.appendChild(svgEl("rect", {x: x + (bw > 3 ? 0.5 : 0), y: y, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.8), height: h,
                                       fill: COLOURS[t]}));
        });
        g.appendChild(svgEl("rect", {"class": "gm-tl-hit", x: x, y: 0, width: bw, height: top, fill: "transparent"}));
        var total = b.n[0] + b.n[1];
        g.appendChild(svgEl("title", {}, binLabel(b, st.unit) + ": " + words.ar(total, "event") + " · " + words.en(total, "event")));
        svg.appendChild(g);
      });
      axis(bw);
    }

    function axis(bw) {
      var every = Math.max(1, Math.ceil(st.bins.length / Math.max(2, Math.floor(st.width / 80)))), year = null;
      st.bins.forEach(function (b, i) {
        if (i % every) return;
        var text = iso(b.start), y = text.slice(0, 4);
        var label = st.unit === "month" ? text.slice(0, 7) : (y !== year ? text : text.slice(5));
        year = y;
        svg.appendChild(svgEl("text", {x: PAD + i * bw + 1, y: HEIGHT - 3, "font-size": 10, fill: "#555",
                                       "class": "gm-tl-tick"}, label));
      });
    }

    function renderHead() {
      var sel = st.since || st.until;
      range.textContent = sel ? (st.since || "…") + " – " + (st.until || "…") : "كل التواريخ · all dates";
      range.setAttribute("dir", sel ? "ltr" : "rtl");
      reset.hidden = !sel;
      play.disabled = st.bins.length < 2;
      earlier.hidden = !st.before;
      later.hidden = !st.after;
      if (st.before) earlier.textContent = "← " + st.before;
      if (st.after) later.textContent = st.after + " →";
      earlier.title = st.before ? words.ar(st.before, "event") + " قبل هذه الفترة: انقر لعرضها · " + words.en(st.before, "event") + " earlier: click to show" : "";
      later.title = st.after ? words.ar(st.after, "event") + " بعد هذه الفترة: انقر لعرضها · " + words.en(st.after, "event") + " later: click to show" : "";
      undated.textContent = st.undated ? words.ar(st.undated, "event") + " بلا تاريخ · " + words.en(st.undated, "event") + " undated" : "";
    }

    function choose(a, b, how) {
      a = Math.max(0, Math.min(a, b));
      b = Math.min(st.bins.length - 1, Math.max(a, b));
      st.since = iso(st.bins[a].start);
      st.until = iso(st.bins[b].end);
      render();
      options.onChange(st.since, st.until, how);
    }

    function binAt(e) {
      var box = svg.getBoundingClientRect();
      var i = Math.floor((e.clientX - box.left - PAD) / ((box.width - 2 * PAD) / st.bins.length));
      return Math.max(0, Math.min(st.bins.length - 1, i));
    }

    function stop() {
      if (st.timer) clearInterval(st.timer);
      st.timer = null;
      play.textContent = "▶";
      play.setAttribute("aria-pressed", "false");
    }

    svg.addEventListener("pointerdown", function (e) {
      if (!st.bins.length) return;
      stop();
      st.drag = {from: binAt(e)};
      st.drag.to = st.drag.from;
      svg.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    svg.addEventListener("pointermove", function (e) {
      if (!st.drag) return;
      var to = binAt(e);
      if (to === st.drag.to) return;
      st.drag.to = to;
      st.since = iso(st.bins[Math.min(st.drag.from, to)].start);     // a preview: the filter follows on release
      st.until = iso(st.bins[Math.max(st.drag.from, to)].end);
      render();
    });
    function release() {
      if (!st.drag) return;
      var d = st.drag;
      st.drag = null;
      choose(d.from, d.to, "brush");
    }
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", release);
    svg.addEventListener("keydown", function (e) {
      if (!st.bins.length) return;
      var sel = selection() || [-1, -1], w = sel[1] - sel[0], last = st.bins.length - 1;
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        var step = e.key === "ArrowRight" ? 1 : -1;
        if (sel[0] < 0) { sel = step > 0 ? [0, 0] : [last, last]; w = 0; step = 0; }
        var a = Math.max(0, Math.min(last - w, sel[0] + step));
        if (e.shiftKey) choose(sel[0], Math.max(sel[0], Math.min(last, sel[1] + step)), "brush");
        else choose(a, a + w, "brush");
      } else if (e.key === "Escape") {
        clear();
      } else {
        return;
      }
      stop();
      e.preventDefault();
    });

    function clear() {
      st.since = st.until = "";
      rebin();
      render();
      options.onChange("", "", "reset");
    }

    reset.addEventListener("click", function () { stop(); clear(); });
    earlier.addEventListener("click", function () { st.full = true; rebin(); render(); });
    later.addEventListener("click", function () { st.full = true; rebin(); render(); });
    play.addEventListener("click", function () {
      if (st.timer) { stop(); return; }
      var sel = selection(), last = st.bins.length - 1;
      var w = sel ? sel[1] - sel[0] : 0, pos = sel && sel[1] < last ? sel[0] : 0;
      if (sel && sel[0] === 0 && sel[1] === last) w = 0;
      play.textContent = "⏸";
      play.setAttribute("aria-pressed", "true");
      function tick() {
        choose(pos, pos + w, "play");
        pos += 1;
        if (pos + w > last) stop();
      }
      tick();
      if (pos + w <= last) st.timer = setInterval(tick, interval);
    });
    var resized = null;
    window.addEventListener("resize", function () {
      clearTimeout(resized);
      resized = setTimeout(render, 150);
    });

    return {
      /* the events the other filters let through (each with properties.date and a tier) */
      setData: function (features, tierOf) {
        var dated = [], none = 0;
        features.forEach(function (f) {
          var d = f.properties.date;
          if (d) dated.push([ms(d), tierOf(f)]); else none += 1;
        });
        dated.sort(function (a, b) { return a[0] - b[0]; });
        st.dated = dated;
        st.undated = none;
        rebin();
        render();
      },
      setRange: function (since, until) {
        if (since === st.since && until === st.until) return;
        st.since = since || "";
        st.until = until || "";
        rebin();
        render();
      },
      stop: stop,
      playing: function () { return !!st.timer; }
    };
  };
})();
