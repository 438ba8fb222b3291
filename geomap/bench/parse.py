"""``geomap bench parse``: parse throughput on one core, the time of each stage, and the raw
multi-pattern scan of the gazetteer's names over the same text (the limit of a design that
must at least find every name once).

The articles are parsed twice in one process: the first pass meets every word for the first
time (the matchers classify each new word once; a fresh process on new text), the second
has seen them all (a process that has been running a while). Every figure is measured by
the wall clock and by this process's CPU time (the machine may be shared: the wall clock
also counts other people's work), and the parse and the scan alternate by chunks of
articles, so that a change of load between them does not skew their ratio.
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
    "check": "input checks (encoding, size, Arabic)",
    "tokenise": "normalise, tokenise, sentences",
    "match": "match: names, cues, filters",
    "resolve": "resolve: candidates, ranking",
    "tagger": "statistical tagger",
    "dates": "dates",
    "actors": "actors",
    "events": "events: triggers, places, merging",
}
PASSES = ("first", "second")
TARGET_ARTICLES_PER_S = 500
TARGET_SCAN_FACTOR = 7.0
CHUNK = 50                   # articles parsed, then scanned, in turn


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


def resident_mb() -> float | None:
    """The peak resident memory of this process (VmHWM on Linux), in MB."""
    try:
        with open("/proc/self/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024
    except (ImportError, OSError):
        return None


class _Scanner:
    """The raw Aho–Corasick scan (pyahocorasick) of every gazetteer name over normalised text;
    every occurrence, even inside a word, is reported."""

    def __init__(self, gaz):
        import ahocorasick

        t0 = time.perf_counter()
        self.automaton = ahocorasick.Automaton()
        for name in gaz.names:
            self.automaton.add_word(name, len(name))
        self.automaton.make_automaton()
        self.build_s = time.perf_counter() - t0
        self.names = len(gaz.names)

    def scan(self, texts: list[str]) -> int:
        hits = 0
        for text in texts:
            for _ in self.automaton.iter(text):
                hits += 1
        return hits


def _pass(articles: list[BenchArticle], texts: list[str], gaz, scanner: _Scanner) -> dict:
    """Parse every article once, and scan it, chunk by chunk; stage times from the pipeline's clock."""
    import geomap
    from geomap.errors import InputError
    from geomap.pipeline import StageClock

    clock = StageClock()
    parsed = rejected = events = mentions = hits = 0
    wall = cpu = scan_wall = scan_cpu = 0.0
    for first in range(0, len(articles), CHUNK):
        chunk = articles[first:first + CHUNK]
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for a in chunk:
            try:
                doc = geomap.parse(a.text, published=a.published or None, gazetteer=gaz, clock=clock)
            except InputError:
                rejected += 1
                continue
            parsed += 1
            events += len(doc.events)
            mentions += len(doc.mentions)
        wall1, cpu1 = time.perf_counter(), time.process_time()
        hits += scanner.scan(texts[first:first + CHUNK])
        wall2, cpu2 = time.perf_counter(), time.process_time()
        wall, cpu = wall + wall1 - wall0, cpu + cpu1 - cpu0
        scan_wall, scan_cpu = scan_wall + wall2 - wall1, scan_cpu + cpu2 - cpu1
    n = max(len(articles), 1)
    return {
        "parsed": parsed, "rejected": rejected, "events": events, "mentions": mentions,
        "wall_s": wall, "cpu_s": cpu,
        "articles_per_s_wall": n / wall if wall else 0.0, "articles_per_s_cpu": n / cpu if cpu else 0.0,
        "stages_ms_wall": {s: clock.wall[s] * 1000 / n for s in STAGES if s in clock.wall},
        "stages_ms_cpu": {s: clock.cpu[s] * 1000 / n for s in STAGES if s in clock.cpu},
        "scan": {"hits": hits, "wall_s": scan_wall, "cpu_s": scan_cpu,
                 "articles_per_s_wall": n / scan_wall if scan_wall else 0.0,
                 "articles_per_s_cpu": n / scan_cpu if scan_cpu else 0.0},
        "parse_over_scan_cpu": cpu / scan_cpu if scan_cpu else None,
    }


def run(articles: list[BenchArticle], gaz, *, warmup: list[BenchArticle] = ()) -> dict:
    """All the figures of ``geomap bench parse``."""
    import geomap
    from gazetteer.arabic import normalize
    from geomap.errors import InputError
    from geomap.parser import default_parser

    wall0, cpu0 = time.perf_counter(), time.process_time()
    for a in warmup:            # the first parse loads the tables and builds the matchers
        try:
            geomap.parse(a.text, published=a.published or None, gazetteer=gaz)
        except InputError:
            pass
    first_parse = {"wall_s": time.perf_counter() - wall0, "cpu_s": time.process_time() - cpu0,
                   "articles": len(warmup)}
    tagger = default_parser(gaz).tagger          # the tagger geomap.parse used above
    scanner = _Scanner(gaz)
    texts = [normalize(a.text) for a in articles]
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    passes = {name: _pass(articles, texts, gaz, scanner) for name in PASSES}
    for figures in passes.values():
        for key in ("wall", "cpu"):
            seconds = figures[f"{key}_s"]
            figures[f"mb_per_s_{key}"] = size / 1e6 / seconds if seconds else 0.0
            scan_s = figures["scan"][f"{key}_s"]
            figures["scan"][f"mb_per_s_{key}"] = size / 1e6 / scan_s if scan_s else 0.0
    n = len(articles)
    return {
        "machine": machine(), "tagger": f"on ({tagger.path})" if tagger is not None else "off",
        "corpus": {"articles": n, "chars": sum(len(a.text) for a in articles), "mb": size / 1e6,
                   "median_article_kb": statistics.median(len(a.text.encode("utf-8")) for a in articles) / 1000
                   if n else 0.0,
                   "median_article_chars": statistics.median(len(a.text) for a in articles) if n else 0},
        "first_parse": first_parse,
        "scan_automaton": {"names": scanner.names, "build_s": scanner.build_s},
        "passes": passes,
        "resident_mb": resident_mb(),
        "targets": {"articles_per_s": TARGET_ARTICLES_PER_S, "scan_factor": TARGET_SCAN_FACTOR},
    }


def profile(articles: list[BenchArticle], gaz, *, top: int = 25) -> str:
    """A profile of one more pass over *articles* (every word known: the second pass's state),
    by cProfile: the functions with the most time of their own, and that time summed by module.
    cProfile's own cost falls on each Python call, so the figures overstate Python against C."""
    import cProfile
    import pstats
    from collections import defaultdict

    import geomap
    from geomap.errors import InputError

    def one_pass():
        for a in articles:
            try:
                geomap.parse(a.text, published=a.published or None, gazetteer=gaz)
            except InputError:
                pass

    profiler = cProfile.Profile()
    profiler.enable()
    one_pass()
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values()) or 1e-9     # the own time of every function
    by_module: dict[str, float] = defaultdict(float)
    rows = []
    for (path, line, name), (_, calls, own, cumulative, _) in stats.stats.items():
        module = _module_of(path, name)
        by_module[module] += own
        rows.append((own, calls, cumulative, f"{module}:{name}" + (f":{line}" if line else "")))
    n = max(len(articles), 1)
    lines = [f"PROFILE (cProfile) of a third pass over the {len(articles):,} articles: "
             f"{total * 1000 / n:.2f} ms per article under the profiler",
             "", "own time by module                      ms/article   share"]
    for module, own in sorted(by_module.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {module:<38}{own * 1000 / n:>9.3f}  {own / total:>6.1%}")
    lines += ["", f"the {top} functions with the most own time          calls/article  own ms  cumulative ms (per article)"]
    for own, calls, cumulative, where in sorted(rows, reverse=True)[:top]:
        lines.append(f"  {where[:52]:<52}{calls / n:>9.1f}  {own * 1000 / n:>6.3f}  {cumulative * 1000 / n:>8.3f}")
    return "\n".join(lines)


def _module_of(path: str, name: str) -> str:
    """geomap.toponyms, gazetteer.arabic, … for our code; "C: builtins and methods" for the rest
    run in C (str.split, dict.get, re…); the standard library's Python files by name."""
    if path == "~":
        return "C: builtins and methods"
    parts = path.replace("\\", "/").split("/")
    for root in ("geomap", "gazetteer"):
        if root in parts:
            i = len(parts) - 1 - parts[::-1].index(root)
            return ".".join(parts[i:]).removesuffix(".py")
    return "stdlib/other: " + parts[-1].removesuffix(".py")


def report(fig: dict) -> str:
    """The figures as a table a person reads."""
    m, c, first, second = fig["machine"], fig["corpus"], fig["passes"]["first"], fig["passes"]["second"]
    load = " ".join(f"{x:.1f}" for x in m["load_average"]) if m["load_average"] else "?"
    target, factor_target = fig["targets"]["articles_per_s"], fig["targets"]["scan_factor"]
    n = max(c["articles"], 1)

    def row(label, a, b, c_, d, fmt):
        return f"{label:<42}" + "".join(format(v, fmt).rjust(10) for v in (a, b, c_, d))

    lines = [
        f"geomap bench parse — {m['cpu']}, {m['cpus']} CPUs, load average {load}; Python {m['python']}; "
        f"tagger {fig['tagger']}",
        f"{c['articles']:,} SaudiNewsNet articles ({c['mb']:.1f} MB UTF-8, median {c['median_article_kb']:.1f} KB / "
        f"{c['median_article_chars']:,.0f} characters), {first['rejected']} rejected by the input checks; "
        f"{first['mentions']:,} place mentions, {first['events']:,} events",
        f"first parse of the process ({fig['first_parse']['articles']} other articles: tables loaded, matchers "
        f"built): {fig['first_parse']['cpu_s']:.2f} s CPU; peak resident memory {fig['resident_mb'] or 0:.0f} MB",
        "one core; first pass: every word new to the process; second: the same articles again",
        "",
        f"{'':<42}{'first pass':>20}{'second pass':>20}",
        f"{'':<42}{'wall':>10}{'CPU':>10}{'wall':>10}{'CPU':>10}",
        row("parse: articles/s", first["articles_per_s_wall"], first["articles_per_s_cpu"],
            second["articles_per_s_wall"], second["articles_per_s_cpu"], ",.0f"),
        row("parse: MB/s", first["mb_per_s_wall"], first["mb_per_s_cpu"], second["mb_per_s_wall"],
            second["mb_per_s_cpu"], ".2f"),
        row("parse: ms per article", 1000 * first["wall_s"] / n, 1000 * first["cpu_s"] / n,
            1000 * second["wall_s"] / n, 1000 * second["cpu_s"] / n, ".2f"),
    ]
    for stage in STAGES:
        if stage in first["stages_ms_cpu"]:
            lines.append(row(f"  {STAGE_LABELS[stage]}", first["stages_ms_wall"][stage],
                             first["stages_ms_cpu"][stage], second["stages_ms_wall"][stage],
                             second["stages_ms_cpu"][stage], ".3f"))
    fs, ss = first["scan"], second["scan"]
    lines += [
        row(f"raw scan of {fig['scan_automaton']['names']:,} names: articles/s", fs["articles_per_s_wall"],
            fs["articles_per_s_cpu"], ss["articles_per_s_wall"], ss["articles_per_s_cpu"], ",.0f"),
        row("raw scan: MB/s", fs["mb_per_s_wall"], fs["mb_per_s_cpu"], ss["mb_per_s_wall"], ss["mb_per_s_cpu"],
            ".2f"),
        f"{'parse CPU time ÷ raw scan CPU time':<42}{'':>10}{first['parse_over_scan_cpu'] or 0:>9.1f}×"
        f"{'':>10}{second['parse_over_scan_cpu'] or 0:>9.1f}×",
        "",
        f"target ≥ {target} articles/s on one core: first pass "
        f"{'met' if first['articles_per_s_cpu'] >= target else 'NOT met'}, second pass "
        f"{'met' if second['articles_per_s_cpu'] >= target else 'NOT met'} (CPU)",
        f"target ≤ {factor_target:.0f}× the raw scan: first pass "
        f"{'met' if (first['parse_over_scan_cpu'] or 1e9) <= factor_target else 'NOT met'}, second pass "
        f"{'met' if (second['parse_over_scan_cpu'] or 1e9) <= factor_target else 'NOT met'}",
        f"(stage times in ms per article; the raw scan runs pyahocorasick, automaton built in "
        f"{fig['scan_automaton']['build_s']:.2f} s, over the normalised text and reports every occurrence)",
    ]
    return "\n".join(lines)
