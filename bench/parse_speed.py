"""Parsing speed on the first N SaudiNewsNet articles: ``python bench/parse_speed.py [N]``.

Prints articles/s (by the wall clock and by CPU time) for the whole pipeline (gazetteer already built and opened
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
    t0, c0 = time.perf_counter(), time.process_time()
    for a in articles:
        try:
            doc = geomap.parse(a["content"], published=a["date_extracted"][:10], gazetteer=gaz)
        except InputError:
            skipped += 1
            continue
        events += len(doc.events)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time too: on a shared machine the wall clock also counts other people's work
    print(f"{len(articles)} articles ({chars:,} chars, {skipped} rejected) in {took:.2f} s wall, "
          f"{cpu:.2f} s CPU: {len(articles) / took:.1f} articles/s wall, {len(articles) / cpu:.1f} articles/s CPU, "
          f"{events} events")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
