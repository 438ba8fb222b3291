"""Parsing speed on the first N SaudiNewsNet articles: ``python bench/parse_speed.py [N]``.

Prints articles/s and characters/s for the whole pipeline (gazetteer already built and opened
before timing). Reads ``../shared/corpora/saudinewsnet.jsonl.gz`` beside the checkout.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet.jsonl.gz"


def main(n: int = 300) -> None:
    from gazetteer import open_default

    import geomap
    from geomap.errors import InputError

    articles = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            articles.append(json.loads(line))
            if len(articles) == n:
                break
    gaz = open_default()
    geomap.parse("قصفت الطائرات مدينة حلب أمس", published="2015-08-01", gazetteer=gaz)   # warm-up
    events = skipped = 0
    chars = sum(len(a["content"]) for a in articles)
    t0 = time.perf_counter()
    for a in articles:
        try:
            doc = geomap.parse(a["content"], published=a["date_extracted"][:10], gazetteer=gaz)
        except InputError:
            skipped += 1
            continue
        events += len(doc.events)
    took = time.perf_counter() - t0
    print(f"{len(articles)} articles ({chars:,} chars, {skipped} rejected) in {took:.2f} s: "
          f"{len(articles) / took:.1f} articles/s, {chars / took / 1e6:.2f} M chars/s, {events} events")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
