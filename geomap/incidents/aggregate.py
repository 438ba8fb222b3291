"""An incident's record, made from its member events' Features (a pure function).

The incident takes the most precise place, the best-supported date, the fatalities the
sources support (the range when they differ), the union of the actors, and a confidence
that grows with independent sources (outlets). Each source keeps its own sentence and the
scores that put its event in the incident.
"""

from __future__ import annotations

import json
from collections import Counter

# What an incident copies from the member event that gives it its place.
PLACE_FIELDS = ("place", "place_ar", "location_text", "gazetteer_id", "country", "country_name", "admin1",
                "geo_precision", "place_role", "radius_km", "area", "bbox")
KIND_FIELDS = ("kind", "event_type", "sub_event_type", "label_ar", "label_en")
# What the map draws and filters on for an incident (the popup fetches the rest).
SUMMARY_PROPERTIES = ("kind", "date", "geo_precision", "radius_km", "bbox", "location_text", "place",
                      "fatalities", "source", "status", "report", "n_sources", "incident_id", "outlets",
                      "article_ids", "confidence")


def _place_rank(f: dict) -> tuple:
    p = f["properties"]
    return (f.get("geometry") is None, p.get("geo_precision") or 4, -(p.get("confidence") or 0))


def best_place(members: list[dict]) -> dict:
    """The member with the most precise place; among equals, the place most members give,
    then the most confident."""
    votes = Counter(m["properties"].get("gazetteer_id") for m in members)
    return min(members, key=lambda f: (_place_rank(f)[:2], -votes[f["properties"].get("gazetteer_id")],
                                       _place_rank(f)[2]))


def best_date(members: list[dict]) -> tuple[str | None, int | None, str | None]:
    """The date the most precise reports agree on most (the earliest on a tie): date, time
    precision and the words it was read from.

    >>> f = lambda d, tp: {"properties": {"date": d, "time_precision": tp, "date_text": None}}
    >>> best_date([f("2015-07-21", 2), f("2015-07-20", 1), f("2015-07-20", 1), f("2015-07-19", 1)])
    ('2015-07-20', 1, None)
    """
    dated = [m["properties"] for m in members if m["properties"].get("date")]
    if not dated:
        return None, None, None
    top = min(p.get("time_precision") or 2 for p in dated)
    votes = Counter(p["date"] for p in dated if (p.get("time_precision") or 2) == top)
    date = min(votes, key=lambda d: (-votes[d], d))
    text = next((p.get("date_text") for p in dated if p["date"] == date and p.get("date_text")), None)
    return date, top, text


def fatalities(members: list[dict]) -> dict:
    """The dead the sources count: the lowest figure (as ACLED codes: the most conservative),
    the highest, and the range when they differ."""
    low = [m["properties"]["fatalities"] for m in members if isinstance(m["properties"].get("fatalities"), int)]
    high = [m["properties"].get("fatalities_max") or m["properties"].get("fatalities")
            for m in members if isinstance(m["properties"].get("fatalities"), int)]
    if not low:
        return {"fatalities": None, "fatalities_max": None, "fatalities_range": None}
    lo, hi = min(low), max(h for h in high if isinstance(h, int))
    return {"fatalities": lo, "fatalities_max": hi if hi != lo else None,
            "fatalities_range": [lo, hi] if hi != lo else None}


def actors(members: list[dict]) -> dict:
    """Every actor any source names (once), and the roles most sources give."""
    seen, union = set(), []
    for m in members:
        for a in m["properties"].get("actors") or ():
            key = (a.get("id") or a.get("name"), a.get("person"))
            if key not in seen:
                seen.add(key)
                union.append(a)
    out = {"actors": union}
    for role in ("actor1", "actor2", "assoc_actor_1"):
        votes = Counter(m["properties"].get(role) for m in members if m["properties"].get(role))
        out[role] = min(votes, key=lambda v: (-votes[v], v)) if votes else None
    return out


def confidence(members: list[dict]) -> float:
    """1 − ∏(1 − cᵢ) over independent outlets, cᵢ the most confident report of each: one
    outlet's confidence stands alone, and every other outlet that reports it adds to it.

    >>> m = lambda s, c: {"properties": {"source": s, "confidence": c}}
    >>> confidence([m("a", 0.6)]), confidence([m("a", 0.6), m("a", 0.5)]), confidence([m("a", 0.6), m("b", 0.5)])
    (0.6, 0.6, 0.8)
    """
    best: dict = {}
    for m in members:
        p = m["properties"]
        outlet = p.get("source") or p.get("url") or p.get("article_id")
        best[outlet] = max(best.get(outlet, 0.0), float(p.get("confidence") or 0.0))
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    return round(1.0 - doubt, 3)


#: comparisons a source's ``match`` keeps in the incident's record, the best scores first; the
#: event's own row keeps them all, and :func:`with_full_matches` puts them back for one incident.
#: (A story a hundred outlets tell compares its hundredth report with every member: whole, the
#: record grows with the square of its sources — 4 MB for the Asir mosque bombing — and is
#: rewritten whenever a report joins.)
BRIEF_COMPARED = 5


def brief_match(link: dict | None) -> dict | None:
    """*link* with its best BRIEF_COMPARED comparisons only (and ``n_compared``, how many)."""
    if isinstance(link, StoredLink):
        return link.brief or link
    return _brief(link)


def _brief(link: dict | None) -> dict | None:
    compared = (link or {}).get("compared") or ()
    if len(compared) <= BRIEF_COMPARED:
        return link
    best = sorted(compared, key=lambda c: -(c.get("score") or 0.0))[:BRIEF_COMPARED]
    return {**link, "compared": best, "n_compared": len(compared)}


def with_full_matches(feature: dict, links: dict[str, str | None]) -> dict:
    """The incident *feature* with each source's whole ``match`` from *links* (event id → the
    stored link text of its event row)."""
    for source in feature["properties"].get("sources") or ():
        text = links.get(source.get("event_id"))
        if text:
            source["match"] = json.loads(text)
    return feature


def source_entry(f: dict, link: dict | None) -> dict:
    p = f["properties"]
    return {"source": p.get("source"), "url": p.get("url"), "title": p.get("article_title"),
            "article_id": p.get("article_id"), "published": p.get("published"), "event_id": f["id"],
            "date": p.get("date"), "location_text": p.get("location_text"), "sentence": p.get("sentence"),
            "trigger": p.get("trigger"), "highlights": p.get("highlights"), "fatalities": p.get("fatalities"),
            "match": brief_match(link)}


def _majority(members: list[dict], name: str):
    votes = Counter(m["properties"].get(name) for m in members)
    return max(votes, key=lambda v: (votes[v], v is not None))


def incident_feature(incident_id: int, members: list[tuple[dict, dict | None]]) -> dict:
    """The incident's GeoJSON Feature from its members (each a Feature and the scores that
    put it in), oldest report first."""
    members = sorted(members, key=lambda m: (m[0]["properties"].get("published") or "", m[0]["id"]))
    features = [f for f, _ in members]
    place = best_place(features)
    kind = Counter(f["properties"]["kind"] for f in features).most_common(1)[0][0]
    typed = next(f for f in features if f["properties"]["kind"] == kind)
    date, precision, date_text = best_date(features)
    sources = [source_entry(f, link) for f, link in members]
    outlets = {s["source"] or s["url"] or s["article_id"] for s in sources}
    props = {
        "incident_id": incident_id,
        **{k: typed["properties"].get(k) for k in KIND_FIELDS},
        "status": _majority(features, "status"),
        # a meeting two outlets announce is one incident still to come (the status keeps it from the one held)
        "report": "planned" if all(f["properties"].get("report") == "planned" for f in features) else "new",
        "date": date, "time_precision": precision, "date_precision": precision, "date_text": date_text,
        **{k: place["properties"].get(k) for k in PLACE_FIELDS},
        **fatalities(features),
        **actors(features),
        "sentence": place["properties"].get("sentence"), "trigger": place["properties"].get("trigger"),
        "highlights": place["properties"].get("highlights"),
        "confidence": confidence(features),
        "event_ids": [f["id"] for f in features],
        "n_events": len(features),
        "sources": sources,
        "n_sources": len({s["article_id"] for s in sources}),
        "n_outlets": len(outlets),
        "article_ids": sorted({s["article_id"] for s in sources}),
        "source": "; ".join(sorted({s["source"] for s in sources if s["source"]})) or None,
        "outlets": sorted({s["source"] for s in sources if s["source"]}),
        "published": min((s["published"] for s in sources if s["published"]), default=None),
    }
    return {"type": "Feature", "id": incident_id, "geometry": place.get("geometry"), "properties": props}


def incident_summary(feature: dict) -> dict:
    """The map's short form of an incident."""
    return {"type": "Feature", "id": feature["id"], "geometry": feature["geometry"],
            "properties": {k: feature["properties"].get(k) for k in SUMMARY_PROPERTIES}}


INCIDENT_COLUMNS = ("kind", "event_type", "date", "geo_precision", "lat", "lon", "status", "fatalities",
                    "report", "n_events", "n_sources")


def incident_columns(feature: dict) -> tuple:
    """The values of the incidents table's filter columns (:data:`INCIDENT_COLUMNS`), as every
    backend stores them."""
    p = feature["properties"]
    lon, lat = feature["geometry"]["coordinates"] if feature.get("geometry") else (None, None)
    values = {**p, "lat": lat, "lon": lon}
    return tuple(values.get(k) for k in INCIDENT_COLUMNS)


class StoredLink(dict):
    """The scores that put an event in its incident, as read back from the store, with the JSON
    text they were read from (``text``): the key of the member's source entry in
    :class:`FeatureCache`. Read only."""

    __slots__ = ("text", "brief")

    def __init__(self, text: str):
        super().__init__(json.loads(text))
        self.text = text
        brief = _brief(self)             # what the incident's record keeps of it, made once
        self.brief = None if brief is self else brief      # None: all of it (no cycle to itself)


# Stands for the sources in an incident's record while the rest is written as JSON (a string no
# text of ours holds: it begins with a NUL)
_SOURCES_MARK = "\x00geomap:sources\x00"
_SOURCES_JSON = json.dumps(_SOURCES_MARK)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class FeatureCache:
    """Member Features read back from the store, decoded once: an incident's record is remade
    from all its members whenever one joins, and a story a hundred outlets tell would otherwise
    decode a hundred Features per report. Keyed by (event id, article id): an event's Feature
    never changes but for its incident_id, which the record does not read. Safe under threads.

    It keeps each member's link (the scores that put it in) and its source entry as JSON text too,
    keyed by the link's stored text: a big incident's record is then spliced from texts made once
    (:meth:`record_text`) rather than decoded and encoded whole on every join (the Asir mosque
    bombing's record holds 178 sources, 3 MB)."""

    def __init__(self, size: int = 20_000):
        import threading
        from collections import OrderedDict

        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, feature) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = feature
            if len(self._items) > self.size:
                self._items.popitem(last=False)

    def link(self, text: str | None) -> StoredLink | None:
        """The link stored as *text*, decoded once (shared: callers copy it before changing it)."""
        if not text:
            return None
        key = ("link", text)
        link = self.get(key)
        if link is None:
            link = StoredLink(text)
            self.put(key, link)
        return link

    def source_text(self, feature: dict, link: dict | None) -> str:
        """``source_entry(feature, link)`` as JSON text, made once per stored link."""
        if not isinstance(link, StoredLink):
            return _dumps(source_entry(feature, link))
        key = ("source", feature["id"], feature["properties"].get("article_id"), link.text)
        text = self.get(key)
        if text is None:
            text = _dumps(source_entry(feature, link))
            self.put(key, text)
        return text

    def record_text(self, feature: dict, members: list[tuple[dict, dict | None]]) -> str:
        """The incident Feature made by :func:`incident_feature` from *members*, as JSON text:
        the same text as dumping it whole, its sources spliced in from :meth:`source_text`."""
        props = feature["properties"]
        if not any(isinstance(link, StoredLink) for _, link in members):
            return _dumps(feature)              # nothing read back, nothing cached: one encoding (a new incident)
        texts = {f["id"]: self.source_text(f, link) for f, link in members}
        if len(texts) != len(members) or len(props["sources"]) != len(members):
            return _dumps(feature)              # not one source per event: nothing to splice safely
        text = _dumps({**feature, "properties": {**props, "sources": _SOURCES_MARK}})
        if text.count(_SOURCES_JSON) != 1:
            return _dumps(feature)
        return text.replace(_SOURCES_JSON, "[" + ",".join(texts[s["event_id"]] for s in props["sources"]) + "]")
