"""``geomap bench parse``: parse throughput on one core, the time of each stage, and the raw
multi-pattern scan of the gazetteer's names over the same text (the limit of a design that
must at least find every name once).

Every figure is measured twice: by the wall clock, and by this process's CPU time (the
machine may be shared: the wall clock also counts other people's work).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time

from .corpus import BenchArticle

# The stages of geomap.parse, in order (geomap.pipeline.StageClock's names).
STAGES = ("check", "tokenise", "match", "resolve", "tagger", "dates", "actors", "events")
STAGE_LABELS = {
    "check": "input checks (encoding, size, Arabic ratio)",
    "tokenise": "normalise, tokenise, sentences",
    "match": "match: gazetteer names, cues, filters",
    "resolve": "resolve: candidates, ranking",
    "tagger": "statistical tagger",
    "dates": "dates",
    "actors": "actors",
    "events": "events: triggers, places, merging",
}
TARGET_ARTICLES_PER_S = 500
TARGET_SCAN_FACTOR = 7.0


def machine() -> dict:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"python": sys.version.split()[0], "cpu": cpu, "cpus": os.cpu_count(),
            "load_average": [round(x, 2) for x in load] if load else None}


def measure_parse(articles: list[BenchArticle], gaz) -> dict:
    """Parse every article once, in one process on one core; stage times from the pipeline's clock."""
    import geomap
    from geomap.errors import InputError
    from geomap.pipeline import StageClock

    clock = StageClock()
    parsed = rejected = events = mentions = 0
    chars = size = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for a in articles:
        try:
            doc = geomap.parse(a.text, published=a.published or None, gazetteer=gaz, clock=clock)
        except InputError:
            rejected += 1
            continue
        parsed += 1
        events += len(doc.events)
        mentions += len(doc.mentions)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    for a in articles:
        chars += len(a.text)
        size += len(a.text.encode("utf-8"))
    n = len(articles)
    return {
        "articles": n, "parsed": parsed, "rejected": rejected, "events": events, "mentions": mentions,
        "chars": chars, "mb": size / 1e6,
        "median_article_kb": statistics.median(len(a.text.encode("utf-8")) for a in articles) / 1000 if n else 0,
        "median_article_chars": statistics.median(len(a.text) for a in articles) if n else 0,
        "wall_s": wall, "cpu_s": cpu,
        "articles_per_s_wall": n / wall if wall else 0.0, "articles_per_s_cpu": n / cpu if cpu else 0.0,
        "mb_per_s_wall": size / 1e6 / wall if wall else 0.0, "mb_per_s_cpu": size / 1e6 / cpu if cpu else 0.0,
        "stages_ms_wall": {s: clock.wall.get(s, 0.0) * 1000 / max(n, 1) for s in STAGES if s in clock.wall},
        "stages_ms_cpu": {s: clock.cpu.get(s, 0.0) * 1000 / max(n, 1) for s in STAGES if s in clock.cpu},
    }


def measure_scan(articles: list[BenchArticle], gaz) -> dict:
    """The raw Aho–Corasick scan (pyahocorasick) of every gazetteer name over the same articles,
    normalised beforehand (as the names are): every occurrence, even inside a word, is reported."""
    import ahocorasick

    from gazetteer.arabic import normalize

    t0 = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for name in gaz.names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    build = time.perf_counter() - t0
    texts = [normalize(a.text) for a in articles]
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    hits = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for text in texts:
        for _ in automaton.iter(text):
            hits += 1
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    n = len(articles)
    return {"names": len(gaz.names), "build_s": build, "hits": hits, "wall_s": wall, "cpu_s": cpu,
            "articles_per_s_wall": n / wall if wall else 0.0, "articles_per_s_cpu": n / cpu if cpu else 0.0,
            "mb_per_s_wall": size / 1e6 / wall if wall else 0.0, "mb_per_s_cpu": size / 1e6 / cpu if cpu else 0.0}


def run(articles: list[BenchArticle], gaz, *, warmup: list[BenchArticle] = ()) -> dict:
    """All the figures of ``geomap bench parse``."""
    import geomap
    from geomap.errors import InputError
    from geomap.tagger import default_tagger

    wall0, cpu0 = time.perf_counter(), time.process_time()
    for a in warmup:            # the first parse loads the tables and builds the matchers
        try:
            geomap.parse(a.text, published=a.published or None, gazetteer=gaz)
        except InputError:
            pass
    first = {"wall_s": time.perf_counter() - wall0, "cpu_s": time.process_time() - cpu0, "articles": len(warmup)}
    tagger = default_tagger("news")
    parse = measure_parse(articles, gaz)
    scan = measure_scan(articles, gaz)
    factor_cpu = parse["cpu_s"] / scan["cpu_s"] if scan["cpu_s"] else None
    return {
        "machine": machine(), "tagger": f"on ({tagger.path})" if tagger is not None else "off",
        "warmup": first, "parse": parse, "scan": scan,
        "parse_over_scan_cpu": factor_cpu,
        "targets": {"articles_per_s": TARGET_ARTICLES_PER_S, "scan_factor": TARGET_SCAN_FACTOR},
    }


def report(fig: dict) -> str:
    """The figures as a table a person reads."""
    m, p, s = fig["machine"], fig["parse"], fig["scan"]
    load = " ".join(f"{x:.1f}" for x in m["load_average"]) if m["load_average"] else "?"
    lines = [
        f"geomap bench parse — {m['cpu']}, {m['cpus']} CPUs, load average {load}; Python {m['python']}; "
        f"tagger {fig['tagger']}",
        f"{p['articles']:,} SaudiNewsNet articles ({p['mb']:.1f} MB UTF-8, median {p['median_article_kb']:.1f} KB / "
        f"{p['median_article_chars']:,.0f} characters), {p['rejected']} rejected by the input checks; "
        f"{p['mentions']:,} place mentions, {p['events']:,} events",
        f"first {fig['warmup']['articles']} parse(s) of the process (tables loaded, matchers built): "
        f"{fig['warmup']['cpu_s']:.2f} s CPU",
        "",
        f"{'':<46}{'wall':>12}{'CPU':>12}",
        f"{'parse: articles/s (one core)':<46}{p['articles_per_s_wall']:>12,.0f}{p['articles_per_s_cpu']:>12,.0f}"
        f"   target ≥ {fig['targets']['articles_per_s']}: "
        f"{'met' if p['articles_per_s_cpu'] >= fig['targets']['articles_per_s'] else 'NOT met'} (CPU)",
        f"{'parse: MB/s':<46}{p['mb_per_s_wall']:>12.2f}{p['mb_per_s_cpu']:>12.2f}",
        f"{'parse: ms per article':<46}{1000 * p['wall_s'] / max(p['articles'], 1):>12.2f}"
        f"{1000 * p['cpu_s'] / max(p['articles'], 1):>12.2f}",
    ]
    total_cpu = sum(p["stages_ms_cpu"].values()) or 1.0
    for stage in STAGES:
        if stage in p["stages_ms_cpu"]:
            cpu = p["stages_ms_cpu"][stage]
            lines.append(f"{'  ' + STAGE_LABELS[stage]:<46}{p['stages_ms_wall'][stage]:>12.3f}{cpu:>12.3f}"
                         f"   {100 * cpu / total_cpu:4.0f} %")
    factor = fig["parse_over_scan_cpu"]
    scan_label = f"raw scan of {s['names']:,} names: articles/s"
    lines += [
        f"{scan_label:<46}{s['articles_per_s_wall']:>12,.0f}"
        f"{s['articles_per_s_cpu']:>12,.0f}",
        f"{'raw scan: MB/s':<46}{s['mb_per_s_wall']:>12.2f}{s['mb_per_s_cpu']:>12.2f}",
        f"{'raw scan: automaton build (s)':<46}{s['build_s']:>12.2f}",
        f"parse takes {factor:.1f}× the raw scan's CPU time   target ≤ {fig['targets']['scan_factor']:.0f}×: "
        f"{'met' if factor is not None and factor <= fig['targets']['scan_factor'] else 'NOT met'}"
        if factor else "raw scan too fast to time",
        "(stage times in ms per article; the raw scan runs pyahocorasick over the normalised text, "
        "reporting every occurrence)",
    ]
    return "\n".join(lines)
