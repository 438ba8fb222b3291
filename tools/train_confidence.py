"""Train the event confidence model (``geomap/data/event_confidence.tsv``) on the dev halves of the
events gold, and print how well it does on halves it was not trained on.

    python tools/train_confidence.py [--data ../shared] [--write]

Every event the map would draw (placed, told as news) in a dev half of ``tests/gold/events_2015*``
is one example: right (1) when a gold event of its ACLED type lies within 50 km — the test of
``geomap eval events`` — else wrong (0). A logistic regression (L2, ``--l2``) is fitted by Newton's
method on :func:`geomap.events.confidence.features`. Test halves are never opened.

It prints, pooled over the dev halves, precision and recall of the map with every event and with
only the events the model finds likely (confidence ≥ 0.5), each batch's events scored by a model
trained on the other batches (leave one batch out), and the ranking's AUC. ``--write`` stores the
weights fitted on all the dev halves. Retrain after a change to the parser: the features are what
it says of an event.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.evaluation import probes, trust  # noqa: E402
from geomap.evaluation.gold2015 import load_gold  # noqa: E402
from geomap.events.confidence import ArticleContext, features  # noqa: E402
from geomap.model import LIKELY  # noqa: E402

BATCHES = sorted(p.name for p in (ROOT / "tests/gold").glob("events_2015*") if p.is_dir())
PROBES = ROOT / "tests/gold/probes"
OUT = ROOT / "geomap/data/event_confidence.tsv"


def examples(data: Path, gaz) -> tuple[list[dict], dict[str, int]]:
    """One row per drawn event of the dev halves and of the probe sets; the number of gold events on
    the map per article."""
    from geomap.parser import Parser

    parser = Parser(gaz)
    rows, gold = [], {}
    for batch in BATCHES:
        for a in load_gold(ROOT / "tests/gold" / batch, data / "corpora/saudinewsnet.jsonl.gz", "dev"):
            doc = parser.parse(a.text, published=a.published, title=a.title or None, source=a.source or None)
            ctx = ArticleContext(doc.events, doc.mentions, a.text)
            placed = [g for g in a.events if g.get("report", "new") == "new" and trust._gold_point(g) is not None]
            gold[a.id] = len(placed)
            for e in ctx.drawn:
                covers = {n for n, g in enumerate(placed) if trust._same_type(e, g) and trust._near(e, g, trust.MAP_KM)}
                rows.append({"batch": batch, "article": a.id, "y": 1.0 if covers else 0.0, "covers": covers,
                             "f": features(e, ctx, dt.date.fromisoformat(a.published))})
    for r in probes.load(PROBES):
        doc = parser.parse(r.text, published=r.published)
        ctx = ArticleContext(doc.events, doc.mentions, r.text)
        key = f"{r.probe}/{r.name}"
        gold[key] = len(r.events)
        for e in ctx.drawn:
            covers = {n for n, g in enumerate(r.events) if probes.covers(e, g)}
            rows.append({"batch": r.probe, "article": key, "y": 1.0 if covers else 0.0, "covers": covers,
                         "f": features(e, ctx, dt.date.fromisoformat(r.published))})
    return rows, gold


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 30) -> np.ndarray:
    """Logistic regression by Newton's method; the bias (column 0) is not penalised."""
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        w -= np.linalg.solve(hess, grad)
    return w


def map_scores(rows: list[dict], gold: dict[str, int], keep: np.ndarray) -> tuple[float, float, int, int]:
    tp = fp = 0
    covered: dict[str, set] = defaultdict(set)
    for r, k in zip(rows, keep):
        if not k:
            continue
        tp += r["y"] == 1.0
        fp += r["y"] == 0.0
        covered[r["article"]] |= r["covers"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = sum(len(c) for c in covered.values()) / (sum(gold.values()) or 1)
    return precision, recall, tp, fp


def auc(score: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(score)
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    pos, neg = y.sum(), len(y) - y.sum()
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def _matrix(rows: list[dict]) -> tuple[list[str], np.ndarray]:
    names = ["bias"] + sorted({k for r in rows for k in r["f"]} - {"bias"})
    col = {k: n for n, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for n, r in enumerate(rows):
        for k, v in r["f"].items():
            x[n, col[k]] = v
    return names, x


def held_out_scores(x: np.ndarray, y: np.ndarray, batch: np.ndarray, l2: float) -> np.ndarray:
    """Each batch's events scored by a model fitted on the other batches."""
    out = np.zeros(len(y))
    for b in sorted(set(batch)):
        w = fit(x[batch != b], y[batch != b], l2)
        out[batch == b] = 1.0 / (1.0 + np.exp(-x[batch == b] @ w))
    return out


def print_views(label: str, rows: list[dict], gold: dict[str, int], scores: np.ndarray, y: np.ndarray) -> None:
    """Precision and recall of the map with every event and with the held-out likely ones."""
    articles = {r["article"] for r in rows} | {a for a in gold if a.split("/")[0] in {r["batch"] for r in rows}}
    sub_gold = {a: n for a, n in gold.items() if a in articles}
    print(f"\n{label}: {len(rows)} drawn events, {int(y.sum())} right, AUC (held out) {auc(scores, y):.3f}")
    print(f"{'map view':32s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'right':>6s} {'wrong':>6s}")
    views = [("every event", np.ones(len(rows), bool))]
    views += [(f"confidence >= {t} (held out)", scores >= t) for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, LIKELY, 0.6)]
    for name, keep in views:
        p, r, tp, fp = map_scores(rows, sub_gold, keep)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:32s} {p:9.3f} {r:7.3f} {f1:6.3f} {tp:6d} {fp:6d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help=f"store the weights in {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    from gazetteer import open_default

    rows, gold = examples(args.data, open_default())
    names, x = _matrix(rows)
    y = np.array([r["y"] for r in rows])
    batch = np.array([r["batch"] for r in rows])
    scores = held_out_scores(x, y, batch, args.l2)
    probe = np.array([b.startswith("probe") for b in batch])
    print("each batch scored by a model fitted on the others (leave one batch out)")
    for label, part in ((f"dev halves of {', '.join(BATCHES)}", ~probe), ("probe sets", probe),
                        ("all", np.ones(len(rows), bool))):
        print_views(label, [r for r, k in zip(rows, part) if k], gold, scores[part], y[part])
    if args.write:
        write(names, fit(x, y, args.l2), len(rows), args.l2)


def write(names: list[str], w: np.ndarray, n: int, l2: float) -> None:
    source = "tools/train_confidence.py on the dev halves of the gold batches in tests/gold/ and the probe sets in tests/gold/probes/"
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Weights of the event confidence model (geomap/events/confidence.py): a logistic regression\n"
                f"# fitted by tools/train_confidence.py --l2 {l2} on the {n} events geomap drew in the dev\n"
                "# halves of tests/gold/events_2015* (test halves never opened) and in the probe sets of\n"
                "# tests/gold/probes (our labels).\n")
        f.write("feature\tweight\tsource\n")
        for k, v in zip(names, w):
            f.write(f"{k}\t{v:.4f}\t{source}\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(names)} weights)")


if __name__ == "__main__":
    main()
