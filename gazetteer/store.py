"""The gazetteer's SQLite file: schema, a writer for builders, a read-only reader.

A gazetteer is one SQLite file with a ``places`` table (one row per place) and a
``names`` table (one row per normalised name of a place). It is written once by
a builder (:class:`GazetteerWriter`) and opened read-only by :class:`Gazetteer`,
which keeps the set of Arabic names in memory for the text matcher.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .arabic import normalize
from .errors import GazetteerCorrupt, GazetteerNotFound

SCHEMA_VERSION = 1

# Flags of a name row.
PREFERRED = 1
VARIANT_SCRIPT = 2   # written with Persian/Urdu/Kurdish letters, folded
CURATED = 4          # from one of our curated alias tables
DERIVED = 8          # derived by us (a cue word stripped, ...)
USER = 16            # the user's own entry or alias (user layer)
IMPORTED = 32        # from a gazetteer the user imported (P-coded humanitarian data)
TRUSTED = CURATED | USER | IMPORTED

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources(
    name TEXT PRIMARY KEY, description TEXT, license TEXT, attribution TEXT,
    url TEXT, built_at TEXT, places INTEGER DEFAULT 0, names INTEGER DEFAULT 0);
CREATE TABLE places(
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    name_ar TEXT,
    kind TEXT NOT NULL,
    feature_code TEXT,
    country TEXT,
    admin1 TEXT,
    admin1_name TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    west REAL, south REAL, east REAL, north REAL,
    geonameid INTEGER,
    pcode TEXT);
CREATE TABLE names(
    norm TEXT NOT NULL,
    place_id TEXT NOT NULL,
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(norm, place_id)) WITHOUT ROWID;
"""

INDEXES = """
CREATE INDEX places_admin ON places(country, admin1, kind);
CREATE INDEX places_lat ON places(lat);
CREATE INDEX names_place ON names(place_id);
"""

_PLACE_COLUMNS = ("id, source, name, name_ar, kind, feature_code, country, admin1, admin1_name, "
                  "lat, lon, population, west, south, east, north")


@dataclass(frozen=True, slots=True)
class Place:
    """A place of the gazetteer.

    ``kind`` is one of country, admin1, admin2, city, town, village, region,
    neighbourhood, camp, landmark. ``bbox`` is (west, south, east, north) or None.
    """

    id: str
    name: str
    name_ar: str | None
    kind: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    admin1_name: str | None = None
    population: int = 0
    source: str = ""
    feature_code: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "name_ar": self.name_ar,
            "lat": round(self.lat, 5), "lon": round(self.lon, 5), "kind": self.kind,
            "country": self.country, "admin1": self.admin1_name or self.admin1,
            "population": self.population, "source": self.source,
        }

    @property
    def is_area(self) -> bool:
        return self.kind in ("country", "admin1", "admin2", "region")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how the name is attached to it."""

    place: Place
    name: str
    flags: int = 0

    @property
    def variant_script(self) -> bool:
        return bool(self.flags & VARIANT_SCRIPT)

    @property
    def trusted(self) -> bool:
        """Curated by us, added by the user or imported: no population evidence needed."""
        return bool(self.flags & TRUSTED)


def _place_from_row(row) -> Place:
    (pid, source, name, name_ar, kind, fcode, country, admin1, admin1_name,
     lat, lon, pop, w, s, e, n) = row
    bbox = (w, s, e, n) if w is not None else None
    return Place(pid, name, name_ar, kind, lat, lon, country, admin1, admin1_name,
                 pop or 0, source, fcode, bbox)


class Gazetteer:
    """A read-only gazetteer file.

    >>> gaz = Gazetteer(path)                      # doctest: +SKIP
    >>> [c.place.name for c in gaz.lookup("حلب")]  # doctest: +SKIP
    ['Aleppo', 'Aleppo Governorate']
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerNotFound(
                f"No gazetteer at {self.path}. Build it with `geomap gazetteer build`.")
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                       check_same_thread=False)
            self.meta = dict(self._db.execute("SELECT key, value FROM meta"))
            version = int(self.meta.get("schema_version", "-1"))
            if version != SCHEMA_VERSION:
                raise GazetteerCorrupt(
                    f"{self.path} has gazetteer schema {version}, this geomap needs "
                    f"{SCHEMA_VERSION}. Rebuild it with `geomap gazetteer build --force`.")
            if self.meta.get("complete") != "1":
                raise GazetteerCorrupt(
                    f"{self.path} is an unfinished build. Rebuild it with "
                    "`geomap gazetteer build --force`.")
            self.names = frozenset(
                r[0] for r in self._db.execute("SELECT DISTINCT norm FROM names WHERE lang = 'ar'"))
        except sqlite3.DatabaseError as exc:
            raise GazetteerCorrupt(
                f"{self.path} is not a readable gazetteer ({exc}). Delete it or rebuild it "
                "with `geomap gazetteer build --force`.") from exc
        self.max_name_tokens = max((n.count(" ") + 1 for n in self.names), default=1)
        # first word of every name → the most words a name starting with it has
        self.first_words: dict[str, int] = {}
        for n in self.names:
            first, _, _ = n.partition(" ")
            length = n.count(" ") + 1
            if self.first_words.get(first, 0) < length:
                self.first_words[first] = length
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}

    def close(self) -> None:
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __contains__(self, norm: str) -> bool:
        return norm in self.names

    def _query(self, sql: str, args: Iterable = ()) -> list:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Places with this name (normalised first), most populous first."""
        norm = normalize(name)
        hit = self._cache.get(norm)
        if hit is not None:
            return hit
        rows = self._query(
            f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))}, "
            "n.name, n.flags FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.norm = ? ORDER BY p.population DESC, p.id", (norm,))
        result = tuple(Candidate(_place_from_row(r[:16]), r[16], r[17]) for r in rows)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[norm] = result
        return result

    def get(self, place_id: str) -> Place | None:
        rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,))
        return _place_from_row(rows[0]) if rows else None

    def admin1_area(self, country: str | None, admin1: str | None) -> Place | None:
        """The admin-1 area (governorate, province, state) with this code."""
        if not country or not admin1:
            return None
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country = ? AND admin1 = ? "
            "AND kind = 'admin1' LIMIT 1", (country, admin1))
        return _place_from_row(rows[0]) if rows else None

    def country_area(self, country: str | None) -> Place | None:
        if not country:
            return None
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country = ? AND kind = 'country' "
            "LIMIT 1", (country,))
        return _place_from_row(rows[0]) if rows else None

    def search(self, query: str, *, country: str | None = None, limit: int = 10) -> list[Candidate]:
        """Exact-name search (Arabic or Latin), largest places first."""
        found = list(self.lookup(query))
        if not found:
            rows = self._query(
                f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))}, "
                "n.name, n.flags FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.norm = ? ORDER BY p.population DESC LIMIT 200", (query.strip().lower(),))
            found = [Candidate(_place_from_row(r[:16]), r[16], r[17]) for r in rows]
        if country:
            found = [c for c in found if c.place.country == country.upper()]
        return found[:limit]

    def names_of_kind(self, kind: str) -> dict[str, str]:
        """Normalised Arabic name → place id, for the places of one kind (e.g. every country)."""
        rows = self._query("SELECT n.norm, n.place_id FROM names n JOIN places p ON p.id = n.place_id "
                           "WHERE p.kind = ? AND n.lang = 'ar'", (kind,))
        return dict(rows)

    def sources(self) -> list[dict]:
        cols = ("name", "description", "license", "attribution", "url", "built_at", "places", "names")
        rows = self._query(f"SELECT {', '.join(cols)} FROM sources ORDER BY name")
        return [dict(zip(cols, r)) for r in rows]

    def count(self, what: str = "places") -> int:
        table = {"places": "places", "names": "names"}[what]
        return self._query(f"SELECT count(*) FROM {table}")[0][0]


@dataclass
class GazetteerWriter:
    """Writes a new gazetteer file; nothing is visible at *path* until :meth:`finish`.

    Builders add places and names, then call :meth:`finish`, which indexes the
    file and moves it into place atomically, so a crash never leaves half a file.
    """

    path: Path
    _tmp: Path = field(init=False)
    _db: sqlite3.Connection = field(init=False)

    def __post_init__(self):
        self.path = Path(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(self.path.name + f".building-{os.getpid()}")
        self._tmp.unlink(missing_ok=True)
        self._db = sqlite3.connect(self._tmp)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.executescript(SCHEMA)
        self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def add_places(self, places: Iterable[Place], *, geonameid: bool = False) -> None:
        rows = []
        for p in places:
            bbox = p.bbox or (None, None, None, None)
            gid = int(p.id.split(":", 1)[1]) if geonameid and p.id.startswith("geonames:") else None
            rows.append((p.id, p.source, p.name, p.name_ar, p.kind, p.feature_code, p.country,
                         p.admin1, p.admin1_name, p.lat, p.lon, p.population, *bbox, gid, None))
        self._db.executemany(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def add_names(self, names: Iterable[tuple[str, str, str, int]]) -> int:
        """Add (place_id, name, lang, flags) rows; the name is normalised here."""
        rows = []
        for place_id, name, lang, flags in names:
            norm = normalize(name) if lang == "ar" else name.strip().lower()
            if norm:
                rows.append((norm, place_id, name, lang, flags))
        # A name reached twice for one place keeps the strongest flags (curated, preferred),
        # and is a variant-script name only if every spelling of it is.
        self._db.executemany(
            "INSERT INTO names VALUES (?,?,?,?,?) ON CONFLICT(norm, place_id) "
            f"DO UPDATE SET flags = ((flags | excluded.flags) & ~{VARIANT_SCRIPT}) "
            f"| (flags & excluded.flags & {VARIANT_SCRIPT}), "
            f"name = CASE WHEN excluded.flags & {VARIANT_SCRIPT} THEN name ELSE excluded.name END", rows)
        return len(rows)

    def add_source(self, name: str, *, description: str, license: str, attribution: str,
                   url: str = "") -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO sources(name, description, license, attribution, url, built_at) "
            "VALUES (?,?,?,?,?,?)",
            (name, description, license, attribution, url,
             _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")))

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def execute(self, sql: str, args: Iterable = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, tuple(args))

    def places(self, sql_where: str = "1", args: Iterable = ()) -> Iterator[Place]:
        for row in self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE {sql_where}",
                                    tuple(args)):
            yield _place_from_row(row)

    def finish(self) -> Path:
        self._db.executescript(INDEXES)
        self._db.execute(
            "UPDATE sources SET places = (SELECT count(*) FROM places WHERE source = sources.name),"
            " names = (SELECT count(*) FROM names n JOIN places p ON p.id = n.place_id"
            "          WHERE p.source = sources.name)")
        self.set_meta("complete", "1")
        self.set_meta("built_at", _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
        self._db.commit()
        self._db.execute("VACUUM")
        self._db.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        try:
            self._db.close()
        finally:
            self._tmp.unlink(missing_ok=True)
