"""``geomap eval far-places``: the places outside the Middle East and North Africa that got the
most events drawn (reported as news) in an event store — where foreign namesakes (Mesquite for
موسكو, Pápa for بابا عمرو) and sport or culture news would show up after ingesting a corpus of
Arabic news."""

from __future__ import annotations

from collections import Counter

from ..regions import mena
from ..store import EventFilter


def far_places(store, top: int = 40) -> dict:
    """The *top* places outside the region with the most drawn news events, with their kinds and
    one sentence each, and the totals."""
    counts: Counter = Counter()
    kinds: dict[str, Counter] = {}
    example: dict[str, dict] = {}
    drawn = far = 0
    for batch in store.iter_events(EventFilter(located=True, report=("new",), limit=-1)):
        for f in batch:
            p = f["properties"]
            drawn += 1
            if not p.get("country") or p["country"] in mena():
                continue
            far += 1
            key = p.get("gazetteer_id") or p.get("place")
            counts[key] += 1
            kinds.setdefault(key, Counter())[p["kind"]] += 1
            example.setdefault(key, {"place": p.get("place"), "place_ar": p.get("place_ar"),
                                     "country": p.get("country"), "location_text": p.get("location_text"),
                                     "sentence": p.get("sentence"), "event_id": p.get("event_id")})
    rows = [{**example[k], "gazetteer_id": k, "events": n, "kinds": dict(kinds[k])}
            for k, n in counts.most_common(top)]
    return {"drawn": drawn, "outside_mena": far, "places": rows}
