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

from geomap.evaluation import trust  # noqa: E402
from geomap.evaluation.gold2015 import load_gold  # noqa: E402
from geomap.events.confidence import ArticleContext, features  # noqa: E402
from geomap.model import LIKELY  # noqa: E402

BATCHES = sorted(p.name for p in (ROOT / "tests/gold").glob("events_2015*") if p.is_dir())
OUT = ROOT / "geomap/data/event_confidence.tsv"


def examples(data: Path, gaz) -> tuple[list[dict], dict[str, int]]:
    """One row per drawn event of the dev halves; the number of gold events on the map per article."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help=f"store the weights in {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    from gazetteer import open_default

    rows, gold = examples(args.data, open_default())
    names = ["bias"] + sorted({k for r in rows for k in r["f"]} - {"bias"})
    col = {k: n for n, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for n, r in enumerate(rows):
        for k, v in r["f"].items():
            x[n, col[k]] = v
    y = np.array([r["y"] for r in rows])
    batch = np.array([r["batch"] for r in rows])
    held_out = np.zeros(len(rows))
    for b in BATCHES:
        w = fit(x[batch != b], y[batch != b], args.l2)
        held_out[batch == b] = 1.0 / (1.0 + np.exp(-x[batch == b] @ w))
    print(f"dev halves of {', '.join(BATCHES)}: {len(rows)} drawn events, {int(y.sum())} right")
    print(f"{'map view':32s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'right':>6s} {'wrong':>6s}")
    for label, keep in (("every event", np.ones(len(rows), bool)),
                        (f"confidence >= {LIKELY} (held out)", held_out >= LIKELY)):
        p, r, tp, fp = map_scores(rows, gold, keep)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:32s} {p:9.3f} {r:7.3f} {f1:6.3f} {tp:6d} {fp:6d}")
    print(f"AUC (held out, leave one batch out): {auc(held_out, y):.3f}")
    if args.write:
        w = fit(x, y, args.l2)
        with OUT.open("w", encoding="utf-8") as f:
            f.write("# Weights of the event confidence model (geomap/events/confidence.py): a logistic regression\n"
                    f"# fitted by tools/train_confidence.py --l2 {args.l2} on the {len(rows)} events geomap drew in\n"
                    "# the dev halves of tests/gold/events_2015* (our labels; test halves never opened).\n")
            f.write("feature\tweight\tsource\n")
            for k, v in zip(names, w):
                f.write(f"{k}\t{v:.4f}\ttools/train_confidence.py on the dev halves of the gold batches in tests/gold/\n")
        print(f"wrote {OUT.relative_to(ROOT)} ({len(names)} weights)")


if __name__ == "__main__":
    main()
