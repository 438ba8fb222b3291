"""The place names SaudiNewsNet names most that the gazetteer cannot place (issue 17.3): parse
the whole corpus (but the test halves of the events gold's batches, never looked at) and count each
unresolved name, with its cue words and a few contexts, to decide by hand which belong in the
curated tables (``gazetteer/data/places.tsv``).

    python tools/unresolved_names.py --top 150 > unresolved.tsv
    python tools/unresolved_names.py --top 150 --json > unresolved.json

Reads ``corpora/saudinewsnet.jsonl.gz`` from the shared data folder (``--data``, default
``../shared``). Rules only (the tagger is switched off).
"""

import argparse
import gzip
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

os.environ["GEOMAP_TAGGER"] = "off"

import geomap                                                      # noqa: E402
from gazetteer import open_default                                 # noqa: E402
from geomap.errors import InputError                               # noqa: E402
from geomap.evaluation.cli import default_data_dir                 # noqa: E402
from geomap.evaluation.checkout import EVENTS_2015_GOLD, checkout_path  # noqa: E402
from geomap.evaluation.gold2015 import split_of  # noqa: E402


def test_ids() -> set[str]:
    """The ids of the test halves of every batch of the events gold: scored, never parsed here."""
    ids: set[str] = set()
    for selection in checkout_path(EVENTS_2015_GOLD).parent.glob("events_2015*/selection.json"):
        articles = json.loads(selection.read_text(encoding="utf-8"))["articles"]
        ids |= {a["id"] for a in articles if split_of(a["id"]) == "test"}
    return ids


def count(corpus: Path, *, every: int = 1, limit: int | None = None):
    gaz = open_default()
    skip = test_ids()
    names: Counter = Counter()
    cues: dict[str, Counter] = defaultdict(Counter)
    contexts: dict[str, list[str]] = defaultdict(list)
    articles: dict[str, set] = defaultdict(set)
    done = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % every or (limit is not None and done >= limit):
                continue
            a = json.loads(line)
            if a.get("id") in skip:
                continue
            try:
                doc = geomap.parse(a["content"], published=a["date_extracted"][:10], gazetteer=gaz)
            except (InputError, KeyError, TypeError):
                continue
            done += 1
            text = a["content"]
            for m in doc.mentions:
                if m.role != "unresolved":
                    continue
                names[m.text] += 1
                articles[m.text].add(a["id"])
                cues[m.text][m.cue or "-"] += 1
                if len(contexts[m.text]) < 3:
                    contexts[m.text].append(text[max(0, m.start - 50):m.end + 50].replace("\n", " "))
    return done, names, cues, contexts, articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="The shared data folder (default: ../shared).")
    ap.add_argument("--top", type=int, default=100, help="How many names to list.")
    ap.add_argument("--every", type=int, default=1, help="Take one article in N.")
    ap.add_argument("--limit", type=int, default=None, help="Stop after this many articles.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    corpus = (args.data or default_data_dir()) / "corpora" / "saudinewsnet.jsonl.gz"
    done, names, cues, contexts, articles = count(corpus, every=args.every, limit=args.limit)
    rows = [{"name": name, "mentions": k, "articles": len(articles[name]),
             "cues": dict(cues[name].most_common(4)), "contexts": contexts[name]}
            for name, k in names.most_common(args.top)]
    if args.json:
        json.dump({"articles": done, "distinct": len(names), "names": rows}, sys.stdout,
                  ensure_ascii=False, indent=1)
        return
    print(f"# {done} articles parsed, {len(names)} distinct unresolved names, {sum(names.values())} mentions")
    print("name\tmentions\tarticles\tcues\tcontext")
    for r in rows:
        cue = ",".join(f"{c}:{k}" for c, k in r["cues"].items())
        print(f"{r['name']}\t{r['mentions']}\t{r['articles']}\t{cue}\t{r['contexts'][0]}")


if __name__ == "__main__":
    main()
