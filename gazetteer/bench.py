"""``geomap gazetteer bench``: the gazetteer's speed figures, measured on this machine.

Builds the embedded default in a temporary folder, then times opening it, exact
and variant lookups, the memory of a process holding it (in a child process), and
the import of a synthetic GeoNames country dump of the size of Syria's (written in
the official formats, since the real server may be out of reach).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TARGETS = {"build_s": 60.0, "open_s": 0.3, "exact_per_s": 50_000, "exact_cpu_per_s": 50_000,
           "variant_ms": 30.0,
           "rss_mb": 300.0, "import_s": 20.0}

# Run in a fresh process: the figures of a process that holds only the gazetteer.
_PROBE = """
import json, random, statistics, sys, time
from gazetteer.store import Gazetteer
from gazetteer.bench import perturb

base, lookups, layers = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
figures, rng = {}, random.Random(1)
opens = []
for _ in range(5):
    t0 = time.perf_counter()
    gaz = Gazetteer(base, layers)
    opens.append(time.perf_counter() - t0)
    gaz.close()
figures["open_s"] = statistics.median(opens)
gaz = Gazetteer(base, layers)
names = sorted(gaz.names)
distinct = rng.sample(names, min(lookups, len(names)))
t0, c0 = time.perf_counter(), time.process_time()
for n in distinct:
    gaz.lookup(n)
figures["exact_per_s"] = len(distinct) / (time.perf_counter() - t0)
# CPU time: the same work, not counting the time other processes held the CPU
figures["exact_cpu_per_s"] = len(distinct) / max(time.process_time() - c0, 1e-9)
figures["distinct"] = len(distinct)
stream = [rng.choice(distinct) for _ in range(lookups)]
t0 = time.perf_counter()
for n in stream:
    gaz.lookup(n)
figures["exact_warm_per_s"] = len(stream) / (time.perf_counter() - t0)
t0 = time.perf_counter()
gaz.lookup_variants("هانجتشو")
figures["variant_index_s"] = time.perf_counter() - t0
queries = [perturb(n, rng) for n in rng.sample([n for n in names if len(n) >= 4], 200)]
times = []
for q in queries:
    t0 = time.perf_counter()
    gaz.lookup_variants(q)
    times.append((time.perf_counter() - t0) * 1000)
figures["variant_ms"] = statistics.mean(times)
figures["variant_p95_ms"] = sorted(times)[int(len(times) * 0.95)]
figures["names"] = len(names)
# VmHWM: the peak resident memory of this process image (ru_maxrss would count the parent's)
status = open("/proc/self/status").read() if sys.platform.startswith("linux") else ""
hwm = [l for l in status.splitlines() if l.startswith("VmHWM:")]
if hwm:
    figures["rss_mb"] = int(hwm[0].split()[1]) / 1024
else:
    import resource
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
print(json.dumps(figures))
"""

_SYLLABLES = ["كفر", "تل", "عين", "دير", "بيت", "خربة", "ام", "جسر", "مزرعة", "قصر"]
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _arabic_word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 7)))


def write_synthetic_dump(folder: Path, features: int, *, country: str = "SY", seed: int = 7) -> dict:
    """A GeoNames country dump of *features* features, its alternate names and admin codes, in
    the official formats (19 and 10 tab-separated columns), zipped like the server's files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows, alternates, admin1, admin2 = [], [], [], []
    gid, alt_id = 90_000_000, 1
    n_admin1, n_admin2 = 14, 62
    for i in range(features):
        gid += 1
        lat, lon = rng.uniform(32.3, 37.3), rng.uniform(35.7, 42.4)
        a1 = f"{rng.randint(1, n_admin1):02d}"
        a2 = f"SY{int(a1):02d}{rng.randint(0, n_admin2 // n_admin1):02d}"
        if i < n_admin1:
            fclass, fcode, a1, a2 = "A", "ADM1", f"{i + 1:02d}", ""
            admin1.append(f"{country}.{a1}\tSynthetic {a1}\tSynthetic {a1}\t{gid}")
        elif i < n_admin1 + n_admin2:
            fclass, fcode = "A", "ADM2"
            admin2.append(f"{country}.{a1}.{a2}\tDistrict {a2}\tDistrict {a2}\t{gid}")
        else:
            fclass, fcode = rng.choice([("P", "PPL")] * 8 + [("H", "WAD"), ("T", "MT"), ("S", "CMPRF")])
        ar = f"{rng.choice(_SYLLABLES)} {_arabic_word(rng)}" if rng.random() < 0.4 else _arabic_word(rng)
        latin = f"Place {i}"
        pop = rng.choice([0, 0, 0, 120, 800, 2500, 15000])
        rows.append("\t".join([str(gid), latin, latin, f"{latin},{ar}", f"{lat:.5f}", f"{lon:.5f}",
                               fclass, fcode, country, "", a1, a2, "", "", str(pop), "", "400",
                               "Asia/Damascus", "2024-01-01"]))
        alternates.append(f"{alt_id}\t{gid}\tar\t{ar}\t1\t\t\t\t\t")
        alternates.append(f"{alt_id + 1}\t{gid}\ten\t{latin}\t\t\t\t\t\t")
        alt_id += 2
    dump = folder / f"{country}.zip"
    with zipfile.ZipFile(dump, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{country}.txt", "\n".join(rows) + "\n")
        z.writestr("readme.txt", "synthetic GeoNames-format dump for benchmarks\n")
    (folder / "alternatenames").mkdir(exist_ok=True)
    alt = folder / "alternatenames" / f"{country}.zip"
    with zipfile.ZipFile(alt, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{country}.txt", "\n".join(alternates) + "\n")
    (folder / "admin1CodesASCII.txt").write_text("\n".join(admin1) + "\n", encoding="utf-8")
    (folder / "admin2Codes.txt").write_text("\n".join(admin2) + "\n", encoding="utf-8")
    return {"dump": dump, "alternate_names": alt, "admin1_codes": folder / "admin1CodesASCII.txt",
            "admin2_codes": folder / "admin2Codes.txt"}


def perturb(name: str, rng: random.Random) -> str:
    """A misspelling of *name*: a letter dropped, doubled or swapped for a look-alike."""
    swaps = {"ق": "ك", "ك": "ق", "ت": "ط", "س": "ص", "ج": "غ", "ي": "", "و": "", "ا": ""}
    i = rng.randrange(len(name))
    c = name[i]
    if c in swaps:
        return name[:i] + swaps[c] + name[i + 1:]
    return name[:i] + c + name[i:]


def run(*, lookups: int = 100_000, features: int = 15_000, echo=print,
        gazetteer: str | Path | None = None) -> dict:
    """Measure and print the figures; with *gazetteer*, time that built default instead of
    building one (the build is then not measured)."""
    from .sources import embedded
    from .sources.geonames import import_dump

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        base = Path(tmp) / "gazetteer.sqlite"
        if gazetteer:
            shutil.copyfile(gazetteer, base)
        else:
            t0 = time.perf_counter()
            embedded.build(base, progress=False)
            figures["build_s"] = time.perf_counter() - t0

        probe = subprocess.run([sys.executable, "-c", _PROBE, str(base), str(lookups)],
                               capture_output=True, text=True)
        if probe.returncode:
            raise RuntimeError(f"the benchmark probe failed:\n{probe.stderr}")
        figures.update(json.loads(probe.stdout.strip().splitlines()[-1]))

        files = write_synthetic_dump(Path(tmp) / "dump", features)
        t0 = time.perf_counter()
        report = import_dump(files["dump"], alternate_names=files["alternate_names"],
                             admin1_codes=files["admin1_codes"], admin2_codes=files["admin2_codes"],
                             base=base)
        figures["import_s"] = time.perf_counter() - t0
        figures["import_places"] = report.places

        probe = subprocess.run([sys.executable, "-c", _PROBE, str(base), str(lookups), str(report.path)],
                               capture_output=True, text=True)
        if probe.returncode:
            raise RuntimeError(f"the benchmark probe failed:\n{probe.stderr}")
        layered = json.loads(probe.stdout.strip().splitlines()[-1])
        for key in ("open_s", "exact_per_s", "exact_cpu_per_s", "names", "distinct"):
            figures[f"layered_{key}"] = layered[key]

    def line(label, key, unit, fmt, better="lower"):
        if key not in figures:
            echo(f"{label:<44} {'—':>10} (not measured)")
            return
        value, target = figures[key], TARGETS.get(key)
        verdict = ""
        if target is not None:
            ok = value <= target if better == "lower" else value >= target
            verdict = f"  (target {'<' if better == 'lower' else '≥'} {target:,} {unit}: {'ok' if ok else 'MISSED'})"
        echo(f"{label:<44} {format(value, fmt):>10} {unit}{verdict}")

    load = "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""
    echo(f"geomap gazetteer bench — Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {load}; "
         f"{int(figures['names']):,} Arabic names; lookups, variants and memory in a fresh process")
    line("build of the embedded default", "build_s", "s", ".1f")
    line("open (median of 5)", "open_s", "s", ".3f")
    line(f"exact lookups, {int(figures['distinct']):,} distinct names, cold", "exact_per_s", "/s", ",.0f", "higher")
    line("  the same, per second of this process's CPU", "exact_cpu_per_s", "/s", ",.0f", "higher")
    line(f"exact lookups, {lookups:,} repeated names, warm", "exact_warm_per_s", "/s", ",.0f", "higher")
    line("variant index, built on first variant lookup", "variant_index_s", "s", ".2f")
    line("variant lookup, mean of 200 misspellings", "variant_ms", "ms", ".1f")
    line("variant lookup, 95th percentile", "variant_p95_ms", "ms", ".1f")
    line("resident memory of a process holding it", "rss_mb", "MB", ".0f")
    line(f"import of a {features:,}-feature GeoNames dump", "import_s", "s", ".1f")
    echo(f"with that dump as a second layer ({int(figures['layered_names']):,} Arabic names):")
    line("  open", "layered_open_s", "s", ".3f")
    line(f"  exact lookups, {int(figures['layered_distinct']):,} distinct names, cold",
         "layered_exact_per_s", "/s", ",.0f")
    line("  the same, per second of this process's CPU", "layered_exact_cpu_per_s", "/s", ",.0f")
    return figures
