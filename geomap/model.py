"""The plain data that flows through the pipeline: articles, mentions, events, documents."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from gazetteer import Place

__all__ = ["Actor", "Article", "Mention", "DateMention", "Event", "Document", "Place"]


@dataclass
class Article:
    """An article as submitted: the text and what is known about it."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @property
    def id(self) -> str:
        """A stable id: the first 16 hex digits of the SHA-256 of the text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "title": self.title, "source": self.source, "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "chars": len(self.text),
        }


@dataclass
class Mention:
    """A place name found in the text, and where we put it.

    ``place`` is the gazetteer entry the name resolves to (the anchor of a
    relative area such as ريف حلب الجنوبي), or None when the name is unknown.
    ``lat``/``lon`` are where the mention is drawn: the place itself, or a point
    offset from it for a relative area. ``geo_precision`` follows ACLED:
    1 the place itself, 2 near a place or part of a region, 3 a larger region.

    ``role`` is ``place`` (a place the gazetteer knows), ``unresolved`` (a name it
    lacks; when the words next to it say where it lies, ``placed_by`` is "context" and
    ``place``/``lat``/``lon`` are that area's) or ``demonym`` (اللبنانية: its country, an
    actor). ``kind`` says what is named; a continent, a sea or a region larger than a
    country (``continent``, ``sea``, ``supranational``) is a place but never an event's site.
    """

    start: int
    end: int
    text: str
    name: str                      # the normalised gazetteer name that matched
    sentence: int
    role: str = "place"            # place | unresolved | demonym (see above)
    cue: str | None = None         # feature cue before the name: محافظة, مدينة, قرية…
    cue_kind: str | None = None    # admin1, city, village, …
    qualifier: str | None = None   # countryside | near | direction
    direction: str | None = None   # N, NE, E, … for ريف X الجنوبي / شمال X
    place: Place | None = None
    candidates: int = 0
    confidence: float = 0.0
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    radius_km: float | None = None
    area_text: str | None = None   # the whole phrase with its cue words: "ريف حلب الجنوبي", "محافظة حلب"
    area_start: int | None = None  # its offsets (None when the phrase is just the name)
    area_end: int | None = None
    hashtag: str | None = None     # "single" (#بيروت) or "compound" (#انفجار_بيروت)
    evidence: str = "rules"        # rules | model (found by the statistical tagger)
    metonymy: str | None = None    # "government" when the name stands for it (موسكو تساند)
    kind: str | None = None        # what is named: country, admin1, city, town, village, neighbourhood,
                                   # natural, facility, region; continent, sea, supranational
    placed_by: str | None = None   # "context" when an unresolved name is drawn where the words
                                   # next to it say (قرية X بريف إدلب): place is then that area
    link: str | None = None        # how it is tied to the next mention: "in" (the next says where
                                   # it lies: X بريف إدلب، X التركية), "at" (at a part of the next:
                                   # X عند المدخل الشمالي لـY), "seat" (the capital of the next, alone
                                   # of its list: وباكو عاصمة أذربيجان), "border" or "and" (a list: بلدات X وY)
    in_title: bool = False         # found in the headline: offsets are into the title, not the text
    office: bool = False           # named in an office's title (أمير منطقة نجران، محافظ الأنبار): no
                                   # context for the names around it

    @property
    def resolved(self) -> bool:
        return self.place is not None and self.lat is not None

    def spans(self) -> list[tuple[int, int]]:
        """The location spans this mention stands for: the name (and, later, a POI phrase)."""
        return [(self.start, self.end)]

    def to_dict(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "role": self.role,
            "cue": self.cue, "qualifier": self.qualifier, "direction": self.direction,
            "area_text": self.area_text,
            "place": self.place.to_dict() if self.place else None,
            "lat": _round(self.lat), "lon": _round(self.lon),
            "geo_precision": self.geo_precision, "radius_km": self.radius_km,
            "confidence": round(self.confidence, 3), "candidates": self.candidates,
            "metonymy": self.metonymy, "hashtag": self.hashtag, "evidence": self.evidence,
            "kind": self.kind, "placed_by": self.placed_by, "link": self.link,
            "in_title": self.in_title,
        }


@dataclass
class DateMention:
    """A date expression in the text and the calendar date it stands for."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: int                 # 1 day, 2 week or approximate day, 3 month
    rule: str
    since: bool = False            # after منذ: when something began (منذ آذار 2011), not when it happened
    ahead: bool = False            # غدا، بعد غد: after the day the text was written, whatever the date

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "date": self.date.isoformat(), "precision": self.precision, "rule": self.rule,
                "since": self.since, "ahead": self.ahead}


@dataclass
class Actor:
    """An actor named in the text: an armed group, a state's forces or government, a person.

    ``name`` is the ACLED-style name (Military Forces of Syria, Islamic State (ISIS));
    ``name_ar`` the canonical Arabic name; ``person`` the person's name as written
    with ``title`` (وزير الخارجية) when a person stands for the actor.
    """

    start: int
    end: int
    text: str
    name: str
    name_ar: str
    kind: str                      # rebel_group, political_militia, coalition, state_forces, police, government, person, organisation
    country: str | None = None
    person: str | None = None
    title: str | None = None
    id: str = ""
    person_en: str | None = None   # a curated person's name in Latin script

    @property
    def label(self) -> str:
        """How the actor reads in a table: the name, with the person and title when there is one."""
        if self.person:
            who = " ".join(x for x in (self.title, self.person) if x)
            if self.person_en:
                who += f" ({self.person_en})"
            return f"{self.name}: {who}" if self.name and self.name != self.person else who
        return self.name

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "name_ar": self.name_ar, "kind": self.kind,
                "country": self.country, "person": self.person, "person_en": self.person_en,
                "title": self.title, "label": self.label,
                "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Event:
    """Something that happened (or is proposed, called for, denied) somewhere, with its evidence.

    ``place_role`` says what the place is to the event: ``site`` (where it
    happened: the strike, the meeting venue), ``about`` (what it concerns: the
    city a ceasefire is for) or None (no place: a phone call). ``status`` is
    occurred, ongoing, proposed, planned, called_for or denied. ``fatalities``
    is None when the text gives no number; ``fatalities_max`` is the top of a
    range (عشرات). ``evidence`` lists every sentence that tells of the event.
    """

    kind: str                      # see geomap/data/event_kinds.tsv
    event_type: str                # ACLED event type
    sub_event_type: str            # ACLED sub-event type (or ours for diplomacy)
    label_ar: str
    label_en: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    mention: Mention | None = None
    date: dt.date | None = None
    date_precision: int | None = None
    date_text: str | None = None
    status: str = "occurred"
    confidence: float = 0.5
    evidence: list[dict] = field(default_factory=list)
    id: str = ""
    place_role: str | None = None
    topic: str | None = None       # the kind a diplomatic event is about (talks about a ceasefire)
    fatalities: int | None = None
    fatalities_max: int | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = field(default_factory=list)
    report: str = "new"            # new | background (history, context, a campaign or a running total)
    #                                | planned (told as still to come: a meeting set for next week)

    @property
    def place(self) -> Place | None:
        return self.mention.place if self.mention else None

    @property
    def located(self) -> bool:
        """The event has a site to draw: a resolved place smaller than a country (an event said
        to happen only "in Syria", or on a sea or a continent, is listed, not drawn)."""
        return self.mention is not None and self.mention.resolved and is_site(self.mention.place)

    @property
    def geo_precision(self) -> int | None:
        return self.mention.geo_precision if self.located else None

    @property
    def likely(self) -> bool:
        """More likely right than wrong (``confidence`` ≥ :data:`LIKELY`, see
        :mod:`geomap.events.confidence`): what the maps' "likely" choices keep."""
        return self.confidence >= LIKELY

    @property
    def time_precision(self) -> int | None:
        """ACLED's time precision: 1 the day, 2 within a week (or the report's date), 3 the month."""
        return self.date_precision

    @property
    def actors(self) -> list[Actor]:
        return [a for a in (self.actor1, self.actor2, *self.assoc_actors) if a is not None]

    def to_dict(self) -> dict:
        m = self.mention
        return {
            "id": self.id, "kind": self.kind, "event_type": self.event_type,
            "sub_event_type": self.sub_event_type, "label_ar": self.label_ar,
            "label_en": self.label_en, "status": self.status,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision, "time_precision": self.time_precision,
            "date_text": self.date_text,
            "trigger": self.trigger, "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end, "sentence": self.sentence,
            "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
            "location_text": (m.area_text or m.text) if m else None,
            "place_role": self.place_role, "topic": self.topic,
            "place": m.place.to_dict() if m and m.place else None,
            "lat": _round(m.lat) if self.located else None,
            "lon": _round(m.lon) if self.located else None,
            "geo_precision": self.geo_precision,
            "radius_km": m.radius_km if self.located else None,
            "fatalities": self.fatalities, "fatalities_max": self.fatalities_max,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "assoc_actors": [a.to_dict() for a in self.assoc_actors],
            "confidence": round(self.confidence, 3),
            "report": self.report,
            "evidence": self.evidence,
        }


LIKELY = 0.5      # an event's confidence from which it is more likely right than wrong

NOT_SITE_KINDS = frozenset(["country", "continent", "sea", "ocean", "supranational"])
AREA_KINDS = frozenset(["admin1", "admin2", "region"])     # places that are areas below a country


def is_site(place: Place) -> bool:
    """A place an event can be drawn at: smaller than a country (a region must lie in one)."""
    if place.kind in NOT_SITE_KINDS:
        return False
    return place.kind != "region" or bool(place.country)


@dataclass
class Document:
    """The result of parsing one article: its mentions, dates and events."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "article": self.article.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "dates": [d.to_dict() for d in self.dates],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
        }

    def to_geojson(self) -> dict:
        """The events as an RFC 7946 FeatureCollection (a dict; see :mod:`geomap.export`)."""
        # imported here, not at the top: geomap.export builds on this module (one way at import time)
        from .export import to_feature_collection

        return to_feature_collection([self])

    def to_geodataframe(self):
        """The events as a GeoPandas GeoDataFrame in EPSG:4326."""
        from .export import to_geodataframe

        return to_geodataframe([self])

    def to_csv(self) -> str:
        from .export import to_csv

        return to_csv([self])


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 5)
