"""What the store writes for one article, the same for every backend.

A parsed :class:`~geomap.model.Document` becomes a :class:`PreparedArticle`
(plain rows, picklable: built in a parser process or on a Dask worker), and each
of its events an :class:`EventRow` once the article has its id. A backend only
decides how these rows go into its tables; a later module (incidents) that
needs what an article wrote reads these same rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from ..export import to_features
from ..incidents.facts import Facts, facts_of, word_signature
from ..model import Document

# The properties the map needs to draw, filter and list; the popup fetches the rest.
SUMMARY_PROPERTIES = ("kind", "date", "geo_precision", "radius_km", "bbox", "location_text", "place",
                      "article_id", "fatalities", "source", "status", "report", "incident_id", "confidence")

ARTICLE_KEYS = ("id", "text_hash", "url", "title", "source", "published", "chars", "event_count",
                "mention_count", "unresolved_count", "created_at", "updated_at")
MENTION_KEYS = ("start", "end", "text", "area_start", "area_end", "area_text", "place_id", "lat",
                "lon", "geo_precision", "radius_km", "confidence")
PLACE_KEYS = ("id", "name", "name_ar", "kind", "country", "admin1", "lat", "lon")


@dataclass
class Saved:
    """What :meth:`EventStore.save` did with one article."""

    article_id: int
    created: bool              # False: an earlier copy (same text or URL) was replaced
    events: int
    mentions: int
    places: frozenset[str]
    unresolved: frozenset[str]


@dataclass
class PreparedArticle:
    """A parsed article as plain rows, ready to write (built in a parser process, written in one)."""

    text_hash: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    text: str
    places: list[tuple]                     # PLACE_KEYS
    mentions: list[tuple]                   # MENTION_KEYS
    events: list[dict]                      # GeoJSON Features
    unresolved: frozenset[str]
    facts: list[Facts] | None = None        # what incident matching compares (made where it is parsed)
    facts_json: list[str] | None = None     # the same as stored (the article's id is the row's)
    #: each event's word count and signature as the SQLite store indexes them (made where it is parsed)
    words: list[tuple[int, int, int]] | None = None

    def article_row(self) -> tuple:
        """text_hash, url, title, source, published, text, chars, events, mentions, unresolved."""
        return (self.text_hash, self.url, self.title, self.source, self.published, self.text,
                len(self.text), len(self.events), len(self.mentions), len(self.unresolved))

    def saved(self, article_id: int, created: bool) -> Saved:
        # the places its mentions name, as the store's stats count them (a name the gazetteer lacks,
        # placed from its context, names none; its context's place is written for the events)
        return Saved(article_id, created, len(self.events), len(self.mentions),
                     frozenset(m[6] for m in self.mentions if m[6] is not None), self.unresolved)


def prepare(doc: Document) -> PreparedArticle:
    """The rows the store writes for *doc* (no database needed)."""
    art = doc.article
    places = {m.place.id: m.place for m in doc.mentions if m.place is not None}
    return PreparedArticle(
        art.id, art.url, art.title, art.source,
        art.published.isoformat() if art.published else None, art.text,
        [(p.id, p.name, p.name_ar, p.kind, p.country, p.admin1_name or p.admin1, p.lat, p.lon)
         for p in places.values()],
        [_mention_row(m) for m in doc.mentions],
        features := to_features([doc]),
        frozenset(m.text for m in doc.mentions if not m.resolved or m.role == "unresolved"),
        *_made_ahead(features))


def _mention_row(m) -> tuple:
    """A mention's row (MENTION_KEYS)."""
    # a name the gazetteer lacks keeps no place id even when drawn from its context
    # (قرية X بريف إدلب), so that fixing the name still finds it
    return (m.start, m.end, m.text, m.area_start, m.area_end, m.area_text,
            m.place.id if m.place and m.role != "unresolved" else None, m.lat if m.resolved else None,
            m.lon if m.resolved else None, m.geo_precision if m.resolved else None,
            m.radius_km if m.resolved else None, round(m.confidence, 3))


def _made_ahead(features: list[dict]) -> tuple[list, list, list]:
    """What the store would otherwise make for each event while it writes (the one process that
    cannot run in parallel): its facts (and their text) and word signature."""
    facts = [facts_of(f, 0) for f in features]
    return facts, [dumps(f.to_json()) for f in facts], [word_signature(f.words) for f in facts]


@dataclass(frozen=True)
class Area:
    """The area an event is placed in, beyond its point: a governorate's box
    (``box``: west, south, east, north) or a relative area around a place such as
    ريف حلب الجنوبي (``circle``: lon, lat, radius in km)."""

    shape: str
    values: tuple[float, ...]


@dataclass
class EventRow:
    """One event as the store keeps it: the columns filters use, the map's summary and the
    whole Feature (both JSON text), and its area."""

    key: str
    article_id: int
    kind: str
    event_type: str
    date: str | None
    geo_precision: int | None
    lat: float | None
    lon: float | None
    place_id: str | None
    source: str | None
    status: str | None
    fatalities: int | None
    report: str                             # new | background
    summary: str
    feature: str
    area: Area | None
    incident_id: int | None = None
    facts: Facts | None = None
    link: dict | None = None                # the scores that put the event in its incident
    record: dict | None = None              # the Feature as stored (``feature`` is its text)
    facts_text: str | None = None           # ``facts`` as stored, when made beforehand
    words: tuple[int, int, int] | None = None   # ``facts``' word signature, when made beforehand

    def columns(self) -> tuple:
        """event_key … summary, in the order of the events table's columns."""
        return (self.key, self.article_id, self.kind, self.event_type, self.date, self.geo_precision,
                self.lat, self.lon, self.place_id, self.source, self.status, self.fatalities, self.report,
                self.summary)

    def incident_columns(self) -> tuple:
        """incident_id, facts, incident_link: the columns incident matching adds."""
        facts = self.facts_text or (dumps(self.facts.to_json()) if self.facts else None)
        return (self.incident_id, facts, dumps(self.link) if self.link is not None else None)

    def word_columns(self) -> tuple:
        """word_count, word_bits_lo, word_bits_hi: the sentence's words as the SQLite store indexes
        them (:func:`~geomap.incidents.facts.word_signature`)."""
        if self.words is not None:
            return self.words
        return word_signature(self.facts.words) if self.facts is not None else (None, None, None)


def event_facts(art: PreparedArticle, article_id: int) -> list[Facts]:
    """What incident matching needs of *art*'s events, before they are written."""
    if art.facts is not None and len(art.facts) == len(art.events):
        return [replace(f, article=article_id) for f in art.facts]
    return [facts_of(f, article_id) for f in art.events]


def event_rows(art: PreparedArticle, article_id: int, decisions=None) -> list[EventRow]:
    """The rows of *art*'s events, stored under *article_id*, each with the incident that
    *decisions* (from :func:`geomap.incidents.match_article`, in the same order) gave it."""
    if decisions is None:
        rows = [event_row(f, article_id) for f in art.events]
    else:
        rows = [event_row(f, article_id, d.incident, d.link, d.facts) for f, d in zip(art.events, decisions)]
        for row, text in zip(rows, _made(art.facts_json, rows)):
            row.facts_text = text
    for row, words in zip(rows, _made(art.words, rows)):
        row.words = words
    return rows


def _made(values: list | None, rows: list) -> list:
    """What the parser process made for each event (one per event), else none for any."""
    return values if values and len(values) == len(rows) else [None] * len(rows)


def event_row(feature: dict, article_id: int, incident_id: int | None = None, link: dict | None = None,
              facts: Facts | None = None) -> EventRow:
    props = dict(feature["properties"])
    props["article_hash"] = props.get("article_id")
    props["article_id"] = article_id
    props["incident_id"] = incident_id
    feature = {**feature, "properties": props}
    geometry = feature["geometry"]
    lon, lat = geometry["coordinates"] if geometry else (None, None)
    summary = {"type": "Feature", "id": feature["id"], "geometry": geometry,
               "properties": {k: props.get(k) for k in SUMMARY_PROPERTIES}}
    summary["properties"]["report"] = report = props.get("report") or "new"
    fatalities = props.get("fatalities")
    return EventRow(feature["id"], article_id, props["kind"], props["event_type"], props.get("date"),
                    props.get("geo_precision"), lat, lon, props.get("gazetteer_id"), props.get("source"),
                    props.get("status"), fatalities if isinstance(fatalities, int) else None, report,
                    dumps(summary), dumps(feature), event_area(props, lon, lat),
                    incident_id, facts or facts_of(feature, article_id), link, feature)


def event_area(props: dict, lon: float | None, lat: float | None) -> Area | None:
    """A governorate's box (events placed in an admin area), else the circle of a relative area.

    >>> event_area({"bbox": [36.5, 35.7, 38.4, 36.9]}, 37.4, 36.3)
    Area(shape='box', values=(36.5, 35.7, 38.4, 36.9))
    >>> event_area({"radius_km": 25, "area": {"qualifier": "ريف"}}, 37.16, 36.2)
    Area(shape='circle', values=(37.16, 36.2, 25.0))
    """
    if lon is None or lat is None:
        return None
    box = props.get("bbox")
    if box and len(box) == 4:
        return Area("box", tuple(float(v) for v in box))
    radius = props.get("radius_km")
    if radius and props.get("area"):
        return Area("circle", (float(lon), float(lat), float(radius)))
    return None


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
