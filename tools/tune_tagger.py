"""Tune the tagger on the train split only: train on 80 % of it, score the other 20 %.

    python tools/tune_tagger.py --domain tweets [--c1 0.05 --c2 0.01 --iterations 150]

Dev and test splits are never read here.
"""

import argparse
import hashlib
import os
import tempfile
from collections import defaultdict
from pathlib import Path

from gazetteer import open_default
from geomap.evaluation.cli import default_data_dir
from geomap.evaluation.corpora import READERS
from geomap.evaluation.metrics import PRF, spans_prf
from geomap.evaluation.recognition import TOKEN_CORPORA, predicted_spans
from geomap.model_cli import TRAINING
from geomap.tagger import Tagger, train


def held_out(sample) -> bool:
    key = sample.id or sample.text
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 5 == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--domain", default="tweets")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args()
    data = default_data_dir()
    gaz = open_default()
    samples = [(c, s) for c, split in TRAINING[args.domain] for s in READERS[c](data, split)]
    fit = [s for _, s in samples if not held_out(s)]
    hold = [(c, s) for c, s in samples if held_out(s)]
    path = Path(tempfile.mkdtemp()) / "m.crfsuite"
    train(fit, gaz, path, c1=args.c1, c2=args.c2, iterations=args.iterations)
    tagger = Tagger(path)
    for label, tg in (("rules", None), ("rules+model", tagger)):
        total, groups = PRF(), defaultdict(PRF)
        for corpus, s in hold:
            found = predicted_spans(s.text, gaz, whole_tokens=corpus in TOKEN_CORPORA,
                                    idrisi=corpus == "idrisi-r", tagger=tg)
            e = spans_prf(s.gold, found)
            total += e
            groups[s.group or corpus] += e
        mean = sum(g.f1 for g in groups.values()) / len(groups)
        print(f"{label:12} held-out exact F1 {total.f1:.3f} (P {total.precision:.3f} R {total.recall:.3f})"
              f"  mean over groups {mean:.3f}")


if __name__ == "__main__":
    main()
