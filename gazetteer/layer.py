"""One gazetteer file (a *layer*): its SQLite schema, a writer for builders, a read-only reader.

A layer is one SQLite file with a ``places`` table (one row per place), a ``names``
table (one row per normalised name of a place) and a ``packed`` table, written by
:meth:`GazetteerWriter.finish`, holding the Arabic index in a few blobs: the sorted
names, the candidates of each name packed one after another, their offsets, and the
first words of the names. Opening a layer reads those blobs (no row per name), and a
lookup is a dictionary hit and a slice. The embedded default, each downloaded GeoNames country, each
imported P-coded gazetteer and the user's own entries are separate layers that
:class:`gazetteer.store.Gazetteer` combines.
"""

from __future__ import annotations

import datetime as _dt
from array import array
import os
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .arabic import normalize
from .errors import GazetteerBuildError, GazetteerCorrupt, GazetteerNotFound
from .places import VARIANT_SCRIPT, Candidate, Place, make_candidate, make_place

SCHEMA_VERSION = 3

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
    admin2 TEXT, admin2_name TEXT, admin3 TEXT, admin3_name TEXT,
    geonameid INTEGER,
    pcode TEXT,
    same_as TEXT);
CREATE TABLE names(
    norm TEXT NOT NULL,
    place_id TEXT NOT NULL,
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(norm, place_id)) WITHOUT ROWID;
CREATE TABLE packed(part TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""

INDEXES = """
CREATE INDEX places_admin ON places(country, admin1, kind);
CREATE INDEX places_lat ON places(lat);
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_pcode ON places(pcode);
CREATE INDEX places_same_as ON places(same_as);
CREATE INDEX names_place ON names(place_id);
"""

# Place columns after the id, in the order of the packed candidate rows.
_FIELDS = ("source, name, name_ar, kind, feature_code, country, admin1, admin1_name, lat, lon, "
           "population, west, south, east, north, admin2, admin2_name, admin3, admin3_name, "
           "geonameid, pcode, same_as")
PLACE_COLUMNS = "id, " + _FIELDS
N_PLACE_COLUMNS = PLACE_COLUMNS.count(",") + 1


# Packed candidates: rows split by RS, fields by US (control characters no name has);
# decoding them is several times faster than JSON, and safe.
_ROW, _FIELD = "\x1e", "\x1f"
_CONTROL = str.maketrans({_ROW: " ", _FIELD: " "})


def _pack_row(pid: str, name: str, flags: int, fields: list | None) -> str:
    parts = [pid, name, str(flags)]
    if fields is not None:
        parts += ["" if v is None else repr(v) if isinstance(v, float) else str(v) for v in fields]
    return _FIELD.join(p.translate(_CONTROL) for p in parts)


def _read_place(pid: str, packed_fields: str, places: dict[str, Place], same: dict[str, str]) -> Place:
    """The place *pid* from its packed fields, kept in *places* (a place has several names),
    and the id of the place it duplicates, if any, in *same*."""
    (source, pname, name_ar, kind, fcode, country, admin1, admin1_name, lat, lon, pop,
     w, s, e, n, admin2, admin2_name, admin3, admin3_name, gid, pcode,
     same_as) = packed_fields.split(_FIELD)
    place = places[pid] = make_place(
        pid, pname, name_ar or None, kind, float(lat), float(lon), country or None,
        admin1 or None, admin1_name or None, int(pop) if pop else 0, source,
        fcode or None, (float(w), float(s), float(e), float(n)) if w else None,
        admin2 or None, admin2_name or None, admin3 or None, admin3_name or None,
        int(gid) if gid else None, pcode or None)
    if same_as:
        same[pid] = same_as
    return place


def unpack(packed: bytes, places: dict[str, Place] | None = None, same: dict[str, str] | None = None
           ) -> list[tuple[Place | str, str | None, str, int]]:
    """(place, same_as, name, flags) of one packed Arabic name; the place is an id (str)
    when it lives in another layer (see :meth:`GazetteerWriter._pack_arabic`). *places*
    keeps the places already read (a place has several names), by id, and *same* the ids
    of the places they duplicate."""
    if places is None:
        places = {}
    if same is None:
        same = {}
    out = []
    append, known_place = out.append, places.get
    for row in packed.decode().split(_ROW):
        parts = row.split(_FIELD, 3)
        if len(parts) == 3:
            append((parts[0], None, parts[1], int(parts[2])))
            continue
        pid = parts[0]
        place = known_place(pid) or _read_place(pid, parts[3], places, same)
        append((place, same.get(pid), parts[1], int(parts[2])))
    return out


def unpack_own(packed: bytes, places: dict[str, Place], same: dict[str, str]) -> tuple[Candidate, ...]:
    """The candidates of one packed Arabic name whose place this layer holds (see :func:`unpack`),
    made straight into :class:`Candidate` objects: the lookup of a gazetteer of one layer."""
    out = []
    append, known_place = out.append, places.get
    for row in packed.decode().split(_ROW):
        parts = row.split(_FIELD, 3)
        if len(parts) == 3:
            continue                    # a place of another layer: none with one layer
        pid = parts[0]
        place = known_place(pid) or _read_place(pid, parts[3], places, same)
        append(make_candidate(place, parts[1], int(parts[2])))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Record:
    """A place as one layer stores it, with the id of a place it duplicates (``same_as``)."""

    place: Place
    same_as: str | None = None


def record_from_row(row) -> Record:
    (pid, source, name, name_ar, kind, fcode, country, admin1, admin1_name, lat, lon, pop,
     w, s, e, n, admin2, admin2_name, admin3, admin3_name, gid, pcode, same_as) = row
    bbox = (w, s, e, n) if w is not None else None
    return Record(Place(pid, name, name_ar, kind, lat, lon, country, admin1, admin1_name,
                        pop or 0, source, fcode, bbox, admin2, admin2_name, admin3, admin3_name,
                        gid, pcode), same_as)


def place_from_row(row) -> Place:
    return record_from_row(row).place


class LayerFile:
    """One layer, opened read-only: its Arabic names in memory, everything else by query."""

    def __init__(self, path: str | os.PathLike, *, rank: int = 0, name: str | None = None):
        self.path = Path(path)
        self.rank = rank
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
                    f"{SCHEMA_VERSION}. {self._remedy()}")
            if self.meta.get("complete") != "1":
                raise GazetteerCorrupt(f"{self.path} is an unfinished build. {self._remedy()}")
            self._load_index(dict(self._db.execute(
                "SELECT part, data FROM packed WHERE part IN "
                "('norms', 'offsets', 'candidates', 'first_words', 'longest')")))
        except sqlite3.DatabaseError as exc:
            raise GazetteerCorrupt(
                f"{self.path} is not a readable gazetteer ({exc}). {self._remedy()}") from exc
        self.name = name or self.meta.get("layer", self.path.stem)
        self._lock = threading.Lock()

    def _load_index(self, parts: dict[str, bytes]) -> None:
        """The Arabic index from its blobs; packed candidates stay bytes until looked up."""
        missing = {"norms", "offsets", "candidates", "first_words", "longest"} - parts.keys()
        if missing:
            raise GazetteerCorrupt(f"{self.path}: its Arabic index lacks {', '.join(sorted(missing))}. "
                                   f"{self._remedy()}")
        norms = parts["norms"].decode().split("\n") if parts["norms"] else []
        self.index: dict[str, int] = dict(zip(norms, range(len(norms))))
        self._offsets = array("Q", parts["offsets"])
        self._candidates = parts["candidates"]
        self._places: dict[str, Place] = {}       # read so far, by id
        self._same: dict[str, str] = {}           # their same_as, when they have one
        words = parts["first_words"].decode().split("\n") if parts["first_words"] else []
        # first word of every Arabic name → the most words a name starting with it has
        self.first_words: dict[str, int] = dict(zip(words, array("B", parts["longest"])))
        if len(self._offsets) != len(norms) + 1 or len(self.first_words) != len(words):
            raise GazetteerCorrupt(f"{self.path}: its Arabic index is damaged. {self._remedy()}")

    def _remedy(self) -> str:
        if self.rank > 0:                  # a downloaded, imported or user layer
            return (f"Download or import it again, or remove it with "
                    f"`geomap gazetteer remove {self.path.stem}`.")
        return "Delete it or rebuild it with `geomap gazetteer build --force`."

    def close(self) -> None:
        self._db.close()

    def query(self, sql: str, args: Iterable = ()) -> list:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def candidates(self, norm: str) -> list[tuple[Place | str, str | None, str, int]]:
        """(place, same_as, name, flags) of the Arabic name *norm*; the place is an id (str)
        when it lives in another layer (an alias the user gave a place of the default, say)."""
        return self._read(norm, unpack, [])

    def own_candidates(self, norm: str) -> tuple[Candidate, ...]:
        """The Arabic name *norm*'s candidates among this layer's own places, as Candidates."""
        return self._read(norm, unpack_own, ())

    def _read(self, norm: str, reader, none):
        """*reader* (:func:`unpack` or :func:`unpack_own`) over the packed rows of *norm*, or *none*."""
        i = self.index.get(norm)
        if i is None:
            return none
        if len(self._places) > 200_000:
            self._places.clear()
            self._same.clear()
        try:
            return reader(self._candidates[self._offsets[i]:self._offsets[i + 1]], self._places, self._same)
        except (ValueError, UnicodeDecodeError) as exc:
            raise GazetteerCorrupt(f"{self.path}: damaged entry for {norm!r}. {self._remedy()}") from exc

    def variant_forms(self) -> dict[str, tuple[str, str]] | None:
        """norm → (folded, key) as written at build time, or None when built with other rules."""
        from .variants import rules_fingerprint

        if self.meta.get("variant_rules") != rules_fingerprint():
            return None
        parts = dict(self.query("SELECT part, data FROM packed WHERE part IN ('folded', 'keys')"))
        if len(parts) != 2 or not self.index:
            return None
        folded, keys = parts["folded"].decode().split("\n"), parts["keys"].decode().split("\n")
        return dict(zip(self.index, zip(folded, keys)))

    def geonameids(self) -> set[int]:
        """The GeoNames ids of this layer's places."""
        rows = self.query("SELECT data FROM packed WHERE part = 'geonameids'")
        if rows:
            return set(array("q", rows[0][0]))
        return {r[0] for r in self.query("SELECT geonameid FROM places WHERE geonameid IS NOT NULL")}

    def records(self, where: str, args: Iterable = (), limit: int | None = None) -> list[Record]:
        sql = f"SELECT {PLACE_COLUMNS} FROM places WHERE {where}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [record_from_row(r) for r in self.query(sql, args)]

    def latin(self, norm: str) -> list[tuple[Record, str, int]]:
        """Places with this Latin-script name (lower case)."""
        cols = ", ".join("p." + c.strip() for c in PLACE_COLUMNS.split(","))
        rows = self.query(f"SELECT {cols}, n.name, n.flags FROM names n JOIN places p "
                          "ON p.id = n.place_id WHERE n.norm = ? AND n.lang != 'ar' LIMIT 500", (norm,))
        return [(record_from_row(r[:N_PLACE_COLUMNS]), r[-2], r[-1]) for r in rows]

    def sources(self) -> list[dict]:
        cols = ("name", "description", "license", "attribution", "url", "built_at", "places", "names")
        rows = self.query(f"SELECT {', '.join(cols)} FROM sources ORDER BY name")
        return [dict(zip(cols, r), layer=self.name) for r in rows]

    def count(self, what: str = "places") -> int:
        table = {"places": "places", "names": "names"}[what]
        return self.query(f"SELECT count(*) FROM {table}")[0][0]


def cannot_write(path: Path, exc: BaseException) -> GazetteerBuildError:
    """A build that cannot write its file: say where, why, and what to do."""
    full = "full" in str(exc).lower() or getattr(exc, "errno", None) == 28
    why = "the disk is full: free some space" if full else (
        "choose a writable place with $GEOMAP_GAZETTEER (a file path), or fix the folder's permissions")
    return GazetteerBuildError(f"cannot build the gazetteer at {path} ({exc}); {why}, then run "
                               "`geomap gazetteer build --force`")


@dataclass
class GazetteerWriter:
    """Writes a new gazetteer layer; nothing is visible at *path* until :meth:`finish`.

    Builders add places and names, then call :meth:`finish`, which indexes the
    file, packs the Arabic names and moves it into place atomically, so a crash
    never leaves half a file.
    """

    path: Path
    _tmp: Path = field(init=False)
    _db: sqlite3.Connection = field(init=False)

    def __post_init__(self):
        self.path = Path(self.path)
        self._tmp = self.path.with_name(self.path.name + f".building-{os.getpid()}-{threading.get_ident()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._tmp.unlink(missing_ok=True)
            self._db = sqlite3.connect(self._tmp)
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.execute("PRAGMA synchronous = OFF")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise cannot_write(self.path, exc) from None
        self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def add_places(self, places: Iterable[Place], *, geonameid: bool = False,
                   same_as: dict[str, str] | None = None) -> None:
        """Add places; with *geonameid*, ids ``geonames:N`` also fill the GeoNames id."""
        same_as = same_as or {}
        rows = []
        for p in places:
            bbox = p.bbox or (None, None, None, None)
            gid = p.geonameid
            if gid is None and geonameid and p.id.startswith("geonames:"):
                gid = int(p.id.split(":", 1)[1])
            rows.append((p.id, p.source, p.name, p.name_ar, p.kind, p.feature_code, p.country,
                         p.admin1, p.admin1_name, p.lat, p.lon, p.population, *bbox,
                         p.admin2, p.admin2_name, p.admin3, p.admin3_name, gid, p.pcode,
                         same_as.get(p.id)))
        self._db.executemany(
            f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * N_PLACE_COLUMNS)})", rows)

    def add_place_rows(self, rows: Iterable[tuple]) -> None:
        """Add places as rows of :data:`PLACE_COLUMNS` (copying another layer)."""
        self._db.executemany(
            f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * N_PLACE_COLUMNS)})", list(rows))

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
        for row in self._db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE {sql_where}",
                                    tuple(args)):
            yield place_from_row(row)

    def _pack_arabic(self) -> None:
        """One row per Arabic name holding its candidates, most populous first."""
        cols = ", ".join("p." + c.strip() for c in _FIELDS.split(","))
        rows = self._db.execute(
            f"SELECT n.norm, n.place_id, n.name, n.flags, p.id IS NOT NULL, {cols} "
            "FROM names n LEFT JOIN places p ON p.id = n.place_id WHERE n.lang = 'ar' "
            "ORDER BY n.norm, coalesce(p.population, 0) DESC, n.place_id")
        packed: dict[str, list[str]] = defaultdict(list)
        for norm, pid, name, flags, present, *fields in rows:
            packed[norm].append(_pack_row(pid, name, flags, fields if present else None))
        norms = sorted(packed)
        offsets, chunks, size = array("Q", [0]), [], 0
        for norm in norms:
            chunk = _ROW.join(packed[norm]).encode()
            chunks.append(chunk)
            size += len(chunk)
            offsets.append(size)
        first_words: dict[str, int] = {}
        for norm in norms:
            first, _, _ = norm.partition(" ")
            first_words[first] = min(255, max(first_words.get(first, 0), norm.count(" ") + 1))
        self._db.executemany("INSERT INTO packed VALUES (?, ?)", [
            ("norms", "\n".join(norms).encode()), ("offsets", offsets.tobytes()),
            ("candidates", b"".join(chunks)), ("first_words", "\n".join(first_words).encode()),
            ("longest", bytes(first_words.values()))])
        from .variants import fold, rules_fingerprint, variant_key

        # every GeoNames id, for combining layers without asking this one about each place
        gids = array("q", (r[0] for r in self._db.execute(
            "SELECT geonameid FROM places WHERE geonameid IS NOT NULL ORDER BY geonameid")))
        self._db.execute("INSERT INTO packed VALUES ('geonameids', ?)", (gids.tobytes(),))
        # the spelling-variant forms of each name, in the order of the names
        self._db.executemany("INSERT INTO packed VALUES (?, ?)", [
            ("folded", "\n".join(fold(n) for n in norms).encode()),
            ("keys", "\n".join(variant_key(n) for n in norms).encode())])
        self.set_meta("variant_rules", rules_fingerprint())

    def finish(self) -> Path:
        self._db.executescript(INDEXES)
        self._pack_arabic()
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
