"""Event filters: what ``GET /api/v1/events`` and the map page ask the store for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import InputError

DEFAULT_LIMIT = 1000
MAX_LIMIT = 10_000
MAX_SQL_INTEGER = 2**63 - 1          # SQLite's largest integer: a larger id or offset is a user error
FILTER_NAMES = ("type", "since", "until", "bbox", "article", "source", "precision", "status", "located",
                "report", "min_confidence")
REPORTS = ("new", "background", "planned")
STATUSES = ("occurred", "ongoing", "planned", "proposed", "called_for", "denied")
NO_TYPE = "none"            # type=none matches nothing (the map's links when no type is ticked)


def _types() -> frozenset[str]:
    """An event's kind (airstrike) or its ACLED event type (Battles), as the store keeps them."""
    from ..events.tables import kinds

    return frozenset(kinds()) | frozenset(k.event_type for k in kinds().values()) | {NO_TYPE}


def _known(values, allowed, name: str) -> None:
    """A typo (type=airstrikes) is an error, not an empty map."""
    bad = [v for v in values if v not in allowed]
    if bad:
        raise InputError(f"unknown {name} {bad[0]!r}; one of: {', '.join(sorted(allowed))}")


@dataclass
class EventFilter:
    """Which stored events to return. Empty fields do not filter.

    >>> EventFilter.from_args({"type": "airstrike,shelling", "since": "2016-09-01",
    ...                        "bbox": "35,32,42,37.5", "precision": "1,2"}).types
    ('airstrike', 'shelling')
    """

    types: tuple[str, ...] = ()          # kinds (airstrike…) or ACLED event types
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None     # west, south, east, north
    articles: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()
    precision: tuple[int, ...] = ()
    status: tuple[str, ...] = ()
    located: bool | None = None          # True: only events on the map; False: only those without a place
    report: tuple[str, ...] = ()         # new (news) and/or background (history, context)
    min_confidence: float | None = None  # only events (incidents) this likely to be right, 0–1
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    max_id: int | None = None            # rows stored up to this id: a paged walk's snapshot
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "EventFilter":
        """Read query-string arguments; an :class:`InputError` names the bad one."""
        f = cls()
        f.types = _list(args.get("type"))
        _known(f.types, _types(), "type")
        f.since = _date(args.get("since"), "since")
        f.until = _date(args.get("until"), "until")
        if f.since and f.until and f.since > f.until:
            raise InputError(f"'since' ({f.since}) is after 'until' ({f.until})")
        f.bbox = _bbox(args.get("bbox"))
        f.articles = tuple(_int(v, "article", 1) for v in _list(args.get("article")))
        f.sources = _list(args.get("source"))
        f.precision = tuple(_int(v, "precision", 1, 3) for v in _list(args.get("precision")))
        f.status = _list(args.get("status"))
        _known(f.status, STATUSES, "status")
        f.located = _bool(args.get("located"), "located")
        f.report = _list(args.get("report"))
        if any(r not in REPORTS for r in f.report):
            raise InputError(f"'report' must be new, background, planned or several of them, not {args.get('report')!r}")
        f.min_confidence = _fraction(args.get("min_confidence"), "min_confidence")
        f.limit = _int(args.get("limit") or DEFAULT_LIMIT, "limit", 1, MAX_LIMIT)
        f.offset = _int(args.get("offset") or 0, "offset", 0)
        if args.get("max_id"):
            f.max_id = _int(args.get("max_id"), "max_id", 0)
        return f

    def where(self, dialect: "Dialect | None" = None, *, table: str = "events") -> tuple[str, list]:
        """The SQL condition over ``events`` (or ``incidents``: an incident matches an article or
        a source when one of its events does) and its parameters, in *dialect* (SQLite's by default)."""
        d = dialect or SQLITE
        clauses, params = [], []
        if self.types:
            marks = d.marks(len(self.types))
            clauses.append(f"(kind IN ({marks}) OR event_type IN ({marks}))")
            params += [*self.types, *self.types]
        if self.since:
            clauses.append(f"date >= {d.mark}")
            params.append(d.date(self.since))
        if self.until:
            clauses.append(f"date <= {d.mark}")
            params.append(d.date(self.until))
        if self.bbox:
            clause, values = d.bbox(*self.bbox)
            clauses.append(clause)
            params += values
        if self.located is not None:
            clauses.append("lat IS NOT NULL" if self.located else "lat IS NULL")
        for column, values in (("article_id", self.articles), ("source", self.sources),
                               ("geo_precision", self.precision), ("status", self.status),
                               ("report", self.report)):
            if values:
                clause = f"{column} IN ({d.marks(len(values))})"
                if table == "incidents" and column in ("article_id", "source"):
                    clause = f"id IN (SELECT incident_id FROM events WHERE {clause})"
                clauses.append(clause)
                params += list(values)
        if self.min_confidence:
            clauses.append(f"{d.confidence(table)} >= {d.mark}")
            params.append(self.min_confidence)
        if self.max_id is not None:
            clauses.append(f"id <= {d.mark}")
            params.append(self.max_id)
        return (" AND ".join(clauses) or d.true), params

    def query_args(self) -> dict[str, str]:
        """The filter back as query-string arguments (for paging links)."""
        out = {}
        if self.types:
            out["type"] = ",".join(self.types)
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if self.bbox:
            out["bbox"] = ",".join(f"{v:g}" for v in self.bbox)
        for name, values in (("article", self.articles), ("source", self.sources),
                             ("precision", self.precision), ("status", self.status),
                             ("report", self.report)):
            if values:
                out[name] = ",".join(map(str, values))
        if self.located is not None:
            out["located"] = "true" if self.located else "false"
        if self.min_confidence:
            out["min_confidence"] = f"{self.min_confidence:g}"
        if self.max_id is not None:
            out["max_id"] = str(self.max_id)
        return out


class Dialect:
    """How one backend writes the filters: SQLite's by default (a subclass per backend).

    The bbox test is exact (the edges are in) on every backend; a spatial backend puts its
    index test in front of it.
    """

    mark = "?"
    true = "1"
    # newest first, events with no date last, then in the order stored
    order = "date DESC, events.id"
    incident_order = "date DESC, incidents.id"

    def marks(self, n: int) -> str:
        return ",".join([self.mark] * n)

    def date(self, value: dt.date):
        return value.isoformat()

    def confidence(self, table: str) -> str:
        """The confidence of a row of *table* (events or incidents), read from its map summary."""
        return f"json_extract({table}.summary, '$.properties.confidence')"

    def bbox(self, west: float, south: float, east: float, north: float) -> tuple[str, list]:
        m = self.mark
        if west <= east:
            return f"lat BETWEEN {m} AND {m} AND lon BETWEEN {m} AND {m}", [south, north, west, east]
        # a box across the antimeridian
        return f"lat BETWEEN {m} AND {m} AND (lon >= {m} OR lon <= {m})", [south, north, west, east]


SQLITE = Dialect()


def _list(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in str(value).split(",") if v.strip())


def _bool(value: str | None, name: str) -> bool | None:
    if value is None or value == "":
        return None
    lowered = str(value).strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise InputError(f"'{name}' must be true or false, not {value!r}")


def _fraction(value: str | None, name: str) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        raise InputError(f"'{name}' must be a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise InputError(f"'{name}' must be a number from 0 to 1, not {value!r}")
    return number


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"'{name}' must be a date in the form YYYY-MM-DD, not {value!r}") from None


def _int(value, name: str, low: int, high: int = MAX_SQL_INTEGER) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InputError(f"'{name}' must be a whole number, not {value!r}") from None
    if number < low or number > high:
        bounds = f"between {low} and {high}" if high != MAX_SQL_INTEGER else f"at least {low} (and below 2**63)"
        raise InputError(f"'{name}' must be {bounds}, not {number}")
    return number


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    parts = value.split(",")
    message = (f"'bbox' must be four numbers west,south,east,north in degrees "
               f"(e.g. 35.5,32.3,42.4,37.3), not {value!r}")
    if len(parts) != 4:
        raise InputError(message)
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise InputError(message) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError(message)
    return west, south, east, north
