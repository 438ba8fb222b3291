"""What incident matching needs to know of one event, read from its GeoJSON Feature.

:class:`Facts` is small, plain and JSON-serialisable: each backend keeps it beside the
event (so candidates are compared without reading their whole records) and indexes the
event's *extent* — the box it may lie in, widened by how sure we are of where — and its
*days* — the days it may have happened on, widened by how sure we are of when.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import zlib
from dataclasses import dataclass, fields

from gazetteer.arabic import normalize

KM_PER_DEGREE = 111.32
# How far from its point an event may lie, by ACLED geo-precision, when it has no radius or box.
PRECISION_KM = {1: 5.0, 2: 25.0, 3: 50.0}
# The days an event may have happened on around its date, by ACLED time precision:
# 1 the day itself; 2 within the week (a report's own date when the text gives none: the
# happening was on that day or just before); 3 the month.
DAYS_BEFORE = {1: 0, 2: 2, 3: 31}
DAYS_AFTER = {1: 0, 2: 1, 3: 31}
# Every event is indexed at least this many days either side of its date, so that two retellings
# of one report dated up to twice this apart meet in the index (rules.TWIN_DAYS decides).
INDEX_DAYS = 2


@dataclass(frozen=True)
class ActorKey:
    """An actor as matching compares it: its organisation (the actor's id or ACLED name), the
    person who stands for it (folded Arabic, or the curated Latin name), and its role in the
    event (``1`` acted, ``2`` was hit or met, ``a`` associated, ``""`` named)."""

    org: str
    person: str | None
    role: str
    kind: str | None = None
    country: str | None = None

    def same(self, other: "ActorKey") -> bool:
        """One actor: the same person, or the same organisation where at most one names a person.

        >>> a = ActorKey("gov-SA", "سلمان", "1"); b = ActorKey("gov-SA", None, "2")
        >>> a.same(b), a.same(ActorKey("gov-SA", "الجبير", "1"))
        (True, False)
        """
        if self.person and other.person:
            return self.person == other.person or _contains(self.person, other.person)
        return bool(self.org) and self.org == other.org


def _contains(a: str, b: str) -> bool:
    """One person's name written in full and in part (سلمان بن عبدالعزيز, سلمان)."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and (long.startswith(short + " ") or long.endswith(" " + short))


@dataclass(frozen=True)
class Facts:
    """One event, as incident matching sees it."""

    key: str                          # the event's id (ARTICLEHASH-N)
    article: int                      # the store's article id
    source: str | None
    kind: str
    status: str | None
    report: str
    day: int | None                   # the date as a proleptic ordinal
    time_precision: int
    lat: float | None
    lon: float | None
    geo_precision: int | None
    radius_km: float | None
    bbox: tuple[float, float, float, float] | None
    place_id: str | None
    country: str | None
    actors: tuple[ActorKey, ...] = ()
    confidence: float = 0.5
    #: placed only in a whole country, a sea, a continent or a region of the world: too vague to
    #: put two reports together unless both name the same one
    country_wide: bool = False
    #: the words of the sentence the event was read from (folded, three letters or more)
    words: frozenset[str] = frozenset()

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def matchable(self) -> bool:
        """Whether the event may be put with others at all: it has a place and a date."""
        return self.located and self.day is not None

    # -- the index's view ---------------------------------------------------------------

    def reach_km(self) -> float:
        """How far from its point the event may lie."""
        if self.radius_km:
            return float(self.radius_km)
        return PRECISION_KM.get(self.geo_precision or 3, 50.0)

    def extent(self) -> tuple[float, float, float, float] | None:
        """west, south, east, north: the box the event may lie in (its area's box, or its point
        widened by its reach); None when it may not be put with others (see :attr:`matchable`).

        >>> f = Facts("x-1", 1, None, "airstrike", None, "new", 1, 1, 15.35, 44.2, 1, None, None, None, None)
        >>> [round(v, 3) for v in f.extent()]
        [44.153, 15.305, 44.247, 15.395]
        """
        if not self.matchable:
            return None
        if self.country_wide:         # it may only be put with the same country: its point will do
            return (self.lon - 1e-6, self.lat - 1e-6, self.lon + 1e-6, self.lat + 1e-6)
        if self.bbox:
            w, s, e, n = self.bbox
            return (min(w, self.lon), min(s, self.lat), max(e, self.lon), max(n, self.lat))
        dlat = self.reach_km() / KM_PER_DEGREE
        dlon = dlat / max(math.cos(math.radians(self.lat)), 0.05)
        return (self.lon - dlon, self.lat - dlat, self.lon + dlon, self.lat + dlat)

    def days(self) -> tuple[int, int] | None:
        """The first and last day the event may have happened on (proleptic ordinals)."""
        if self.day is None:
            return None
        tp = self.time_precision if self.time_precision in DAYS_BEFORE else 2
        return self.day - DAYS_BEFORE[tp], self.day + DAYS_AFTER[tp]

    @property
    def kind_code(self) -> int:
        """The kind as a number the index can range over (exact in a 32-bit float)."""
        return kind_code(self.kind)

    def indexed_days(self) -> tuple[int, int] | None:
        """The days the index keeps the event under: its own days, or a few days either side
        (a report told again word for word may be dated a few days off), whichever is
        narrower for a month."""
        days = self.days()
        if days is None:
            return None
        if self.time_precision == 3:
            return self.day - INDEX_DAYS, self.day + INDEX_DAYS
        return min(days[0], self.day - INDEX_DAYS), max(days[1], self.day + INDEX_DAYS)

    # -- storage -------------------------------------------------------------------------

    def to_json(self) -> dict:
        out = {f: getattr(self, f) for f in FIELDS}
        out["actors"] = [[a.org, a.person, a.role, a.kind, a.country] for a in self.actors]
        out["words"] = sorted(self.words)
        return out

    @classmethod
    def from_json(cls, data: dict) -> "Facts":
        data = dict(data)
        data["actors"] = tuple(ActorKey(*a) for a in data.get("actors") or ())
        data["bbox"] = tuple(data["bbox"]) if data.get("bbox") else None
        data["words"] = frozenset(data.get("words") or ())
        return cls(**data)


FIELDS = tuple(f.name for f in fields(Facts))


def kind_code(kind: str) -> int:
    """A stable number for an event kind (the index's fourth dimension).

    >>> kind_code("airstrike") == kind_code("airstrike") != kind_code("shelling")
    True
    """
    return zlib.crc32(kind.encode("utf-8")) & 0xFFFFF


@functools.lru_cache(maxsize=65_536)
def facts_from_text(text: str, article_id: int) -> Facts:
    """The :class:`Facts` stored as JSON *text* for an event of *article_id* (the stored text may
    carry none: it is made before the article has its id). Read back often — the same events
    are the candidates of many new ones — and immutable, so one object serves every caller."""
    data = json.loads(text)
    data["article"] = article_id
    return Facts.from_json(data)


def facts_of(feature: dict, article_id: int) -> Facts:
    """The :class:`Facts` of a stored event Feature (properties as :mod:`geomap.export` writes them)."""
    p = feature["properties"]
    geometry = feature.get("geometry")
    lon, lat = geometry["coordinates"] if geometry else (None, None)
    day = None
    if p.get("date"):
        try:
            day = dt.date.fromisoformat(p["date"]).toordinal()
        except ValueError:
            day = None
    bbox = p.get("bbox")
    return Facts(
        key=feature["id"], article=article_id, source=p.get("source"), kind=p["kind"],
        status=p.get("status"), report=p.get("report") or "new", day=day,
        time_precision=p.get("time_precision") or 2, lat=lat, lon=lon,
        geo_precision=p.get("geo_precision") if geometry else None,
        radius_km=p.get("radius_km") if geometry else None,
        bbox=tuple(float(v) for v in bbox) if geometry and bbox and len(bbox) == 4 else None,
        place_id=p.get("gazetteer_id"), country=p.get("country"), actors=actor_keys(p),
        confidence=float(p.get("confidence") or 0.5), country_wide=_country_wide(p),
        words=sentence_words(p.get("sentence")))


WORD = re.compile(r"\w{3,}")


def sentence_words(sentence: str | None) -> frozenset[str]:
    """The words of a sentence as text similarity compares them: folded, three letters or more.

    >>> sorted(sentence_words("شنّت طائرات التحالف غارات على صعدة"))
    ['التحالف', 'شنت', 'صعده', 'طائرات', 'علي', 'غارات']
    """
    return frozenset(WORD.findall(normalize(sentence or "")))


# A sentence's words as a store can index them: how many, and a signature of WORD_BITS bits (two
# signed 64-bit integers), one bit set per word. Two sentences share at most as many words as one
# has words whose bit is set in the other's signature: enough to rule most pairs out by their
# signatures alone (see geomap.store.sqlite_incidents.SQLiteIncidents.unplaced).
WORD_BITS = 128


def word_bit(word: str) -> int:
    """The bit of *word* in a signature (the same in every process and run).

    >>> word_bit("غارات") == word_bit("غارات") < WORD_BITS
    True
    """
    return zlib.crc32(word.encode("utf-8")) % WORD_BITS


def word_signature(words: frozenset[str] | list[str]) -> tuple[int, int, int]:
    """The number of words and the signature's low and high 64 bits, as signed integers.

    >>> count, low, high = word_signature(["غارات", "صعده"])
    >>> count, bin(low & 0xFFFFFFFFFFFFFFFF).count("1") + bin(high & 0xFFFFFFFFFFFFFFFF).count("1") <= 2
    (2, True)
    """
    bits = 0
    for word in words:
        bits |= 1 << (zlib.crc32(word.encode("utf-8")) % WORD_BITS)     # word_bit(), inlined: a hot loop
    return len(words), _signed(bits & 0xFFFFFFFFFFFFFFFF), _signed(bits >> 64)


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def stored_word_signature(facts_text: str | None, part: int) -> int | None:
    """Part *part* (0 the count, 1 the low bits, 2 the high bits) of the signature of the words in
    stored facts (JSON text; None for none): what a store that kept no signatures fills in."""
    if not facts_text:
        return None
    return word_signature(json.loads(facts_text).get("words") or ())[part]


def _country_wide(props: dict) -> bool:
    """A region with no admin-1 area of a country: the country itself, a sea, a continent."""
    place = props.get("gazetteer_id") or ""
    return place.startswith(("area:", "country:", "continent:", "sea:")) or (
        props.get("geo_precision") == 3 and not props.get("admin1"))


def actor_keys(props: dict) -> tuple[ActorKey, ...]:
    """The event's actors with their roles (actor1, actor2, associated), as matching compares them."""
    roles = {}
    if props.get("actor1"):
        roles[props["actor1"]] = "1"
    if props.get("actor2"):
        roles.setdefault(props["actor2"], "2")
    for label in (props.get("assoc_actor_1") or "").split("; "):
        if label:
            roles.setdefault(label, "a")
    keys, seen = [], set()
    for a in props.get("actors") or ():
        person = a.get("person_en") or (normalize(a["person"]) if a.get("person") else None)
        key = ActorKey(a.get("id") or a.get("name") or "", person, roles.get(a.get("label"), ""),
                       a.get("kind"), a.get("country"))
        if (key.org, key.person, key.role) not in seen:
            seen.add((key.org, key.person, key.role))
            keys.append(key)
    return tuple(keys)
