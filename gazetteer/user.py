"""The user layer: places and aliases the user adds, kept in their own file.

The layer survives rebuilds of the default and re-imports of other layers, and
its entries outrank the defaults on ties. Each change rewrites the (small) file
atomically under a lock, so concurrent writers in threads or processes never
lose an entry, and readers see either the old layer or the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from .arabic import is_arabic, normalize
from .errors import InvalidEntry
from .layer import GazetteerWriter
from .paths import USER_LAYER, default_path, layer_path
from .places import KINDS, PREFERRED, USER, Place

_lock = threading.Lock()


@contextlib.contextmanager
def _locked(layer: Path):
    """Serialise writers of one user layer across threads and processes."""
    layer.parent.mkdir(parents=True, exist_ok=True)
    with _lock, open(layer.with_suffix(".lock"), "a") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: the thread lock only
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidEntry("the place name is empty")
    name = " ".join(name.split())
    if len(name) > 200:
        raise InvalidEntry(f"the place name is {len(name)} characters long; 200 at most")
    if not any(c.isalpha() for c in name):
        raise InvalidEntry(f"{name!r} has no letters: give the place's name")
    return name


def _check_point(lat, lon) -> tuple[float, float]:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise InvalidEntry(f"latitude and longitude must be numbers, got {lat!r}, {lon!r}") from None
    if not (math.isfinite(lat) and -90 <= lat <= 90):
        raise InvalidEntry(f"latitude {lat} is outside -90..90")
    if not (math.isfinite(lon) and -180 <= lon <= 180):
        raise InvalidEntry(f"longitude {lon} is outside -180..180")
    return lat, lon


def _admin1_of(gaz, country: str, admin1: str) -> Place:
    """The admin-1 area given by its code (``09``) or its name (``حلب``, ``Aleppo``)."""
    area = gaz.admin1_area(country, admin1)
    if area:
        return area
    named = [c.place for c in (gaz.lookup(admin1) if is_arabic(admin1) else gaz.lookup_latin(admin1))
             if c.place.kind == "admin1" and c.place.country == country]
    if not named and not is_arabic(admin1):
        named = [c.place for c in gaz.lookup_latin(f"{admin1} governorate")
                 if c.place.kind == "admin1" and c.place.country == country]
    if named:
        return named[0]
    known = sorted(gaz.admin_areas(country, "admin1"), key=lambda p: p.admin1 or "")
    listing = ", ".join(f"{p.admin1} ({p.name_ar or p.name})" for p in known[:40]) or "none known"
    raise InvalidEntry(f"no admin-1 area {admin1!r} in {country}; known: {listing}")


@dataclass(frozen=True)
class AdminChain:
    """The country and admin areas a point lies in, as far as they are known."""

    country: str | None = None
    admin1: str | None = None
    admin1_name: str | None = None
    admin2: str | None = None
    admin2_name: str | None = None


_NEIGHBOURS = 12            # settled places around a point that vote on its admin areas
_NEIGHBOUR_KM = 60.0


def infer_admin(gaz, lat: float, lon: float, *, country: str | None = None,
                admin1: str | None = None) -> AdminChain:
    """The country, admin-1 and admin-2 area of the point (lat, lon), read from the settled
    places around it (each votes by 1 / (1 + its distance in km)); what the caller gives
    (*country*, *admin1* code) is kept and narrows the vote. Unknown parts stay None.

    A village added at a point takes the governorate and district of its neighbours, so it
    behaves like one downloaded from GeoNames (كفر ناها at 36.165, 36.94 → SY, 09 حلب).
    """
    near = [(p, d) for p, d in gaz.nearest(lat, lon, limit=_NEIGHBOURS, max_km=_NEIGHBOUR_KM)
            if p.country]
    country = country or _vote(near, lambda p: p.country)
    near = [(p, d) for p, d in near if p.country == country]
    admin1 = admin1 or _vote(near, lambda p: p.admin1)
    area = gaz.admin1_area(country, admin1) if admin1 else None
    near = [(p, d) for p, d in near if p.admin1 == admin1]
    admin2 = _vote(near, lambda p: p.admin2)
    admin2_name = None
    if admin2:
        member = next(p for p, _ in near if p.admin2 == admin2)
        area2 = gaz.admin_area(member, "admin2")
        admin2_name = member.admin2_name or ((area2.name_ar or area2.name) if area2 else None)
    return AdminChain(country, admin1, (area.name_ar or area.name) if area else None, admin2, admin2_name)


def _vote(near, key) -> str | None:
    """The value of *key* the places *near* (place, km) vote for, nearer places more."""
    votes: dict[str, float] = {}
    for place, km in near:
        value = key(place)
        if value:
            votes[value] = votes.get(value, 0.0) + 1.0 / (1.0 + km)
    return max(votes, key=votes.get) if votes else None


def _entry_id(norm: str, lat: float, lon: float) -> str:
    digest = hashlib.sha1(f"{norm}|{lat:.5f}|{lon:.5f}".encode()).hexdigest()[:12]
    return f"user:{digest}"


def add_user_place(name: str, *, lat: float, lon: float, kind: str = "village",
                   country: str | None = None, admin1: str | None = None,
                   alias_of: str | None = None, path: str | os.PathLike | None = None,
                   population: int = 0, name_en: str | None = None) -> Place:
    """Add a place (or, with *alias_of* a place id, a name of that place) to the user layer.

    *path* is the default gazetteer's file (the user layer lives beside it). The
    entry is visible to the next :func:`gazetteer.open_default`; the gazetteers of
    this process are invalidated. Returns the new place, or the aliased one.

    >>> add_user_place("كفر ناها", lat=36.14, lon=36.94, country="SY", admin1="09")  # doctest: +SKIP
    Place(id='user:…', name='كفر ناها', name_ar='كفر ناها', kind='village', …)
    """
    from .default import invalidate, open_default

    base = Path(path) if path else default_path()
    name = _check_name(name)
    lang = "ar" if is_arabic(name) else "en"
    gaz = open_default(base)
    if alias_of:
        target = gaz.get(alias_of)
        if target is None:
            raise InvalidEntry(f"no place with id {alias_of!r}: find its id with "
                               "`geomap gazetteer search NAME`")
        _rewrite(base, names=[(target.id, name, lang, USER | PREFERRED)])
        invalidate(base)
        return target

    lat, lon = _check_point(lat, lon)
    if kind not in KINDS:
        raise InvalidEntry(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")
    if population is None or int(population) < 0:
        raise InvalidEntry("population must be 0 or more")
    admin1_code = admin1_name = None
    if country is not None:
        country = country.strip().upper()
        if len(country) != 2 or not country.isalpha():
            raise InvalidEntry(f"{country!r} is not an ISO 3166 two-letter country code (SY, IQ…)")
        if gaz.country_area(country) is None:
            raise InvalidEntry(f"{country!r} is no country the gazetteer knows (SY, IQ, YE…)")
    if admin1:
        if not country:
            raise InvalidEntry("give --country with --admin1 (an admin-1 code is per country)")
        area = _admin1_of(gaz, country, admin1.strip())
        admin1_code, admin1_name = area.admin1, area.name_ar or area.name
    chain = infer_admin(gaz, lat, lon, country=country, admin1=admin1_code)
    place = Place(_entry_id(normalize(name), lat, lon), name_en or name,
                  name if lang == "ar" else None, kind, lat, lon, chain.country,
                  chain.admin1, chain.admin1_name or admin1_name, int(population), "user",
                  admin2=chain.admin2, admin2_name=chain.admin2_name)
    names = [(place.id, name, lang, USER | PREFERRED)]
    if name_en and lang == "ar":
        names.append((place.id, name_en, "en", USER))
    _rewrite(base, places=[place], names=names)
    invalidate(base)
    return place


def remove_user_entry(name_or_id: str, *, path: str | os.PathLike | None = None) -> int:
    """Remove the user's places with this id or name, and aliases with this name; returns how many."""
    from .default import invalidate

    base = Path(path) if path else default_path()
    removed = _rewrite(base, remove=name_or_id)
    invalidate(base)
    return removed


def _rewrite(base: Path, *, places=(), names=(), remove: str | None = None) -> int:
    """Write the user layer anew: its current entries, minus *remove*, plus the new ones."""
    layer = layer_path(USER_LAYER, base)
    with _locked(layer):
        old_places, old_names = _read(layer)
        removed = 0
        if remove:
            norm, latin = normalize(remove), remove.strip().lower()
            gone = {p[0] for p in old_places if p[0] == remove or normalize(p[2]) == norm
                    or (p[3] and normalize(p[3]) == norm)}

            def named(n):
                return (normalize(n[1]) == norm) if n[2] == "ar" else n[1].strip().lower() == latin

            aliases = [n for n in old_names if n[0] not in gone and named(n)]
            removed = len(gone) + len(aliases)
            old_places = [p for p in old_places if p[0] not in gone]
            old_names = [n for n in old_names if n[0] not in gone and not named(n)]
        writer = GazetteerWriter(layer)
        try:
            writer.add_place_rows(old_places)
            writer.add_names(old_names)
            writer.add_places(places)
            writer.add_names(names)
            writer.add_source("user", description="places and aliases added by the user "
                              "(`geomap gazetteer add`)", license="the user's own",
                              attribution="user entries")
            writer.set_meta("layer", USER_LAYER)
            writer.finish()
        except BaseException:
            writer.abort()
            raise
        return removed


def _read(layer: Path) -> tuple[list[tuple], list[tuple]]:
    if not layer.exists():
        return [], []
    db = sqlite3.connect(f"file:{layer}?mode=ro", uri=True)
    try:
        from .layer import PLACE_COLUMNS

        have = {r[1] for r in db.execute("PRAGMA table_info(places)")}
        cols = [c.strip() for c in PLACE_COLUMNS.split(",")]
        select = ", ".join(c if c in have else "NULL" for c in cols)
        places = db.execute(f"SELECT {select} FROM places").fetchall()
        names = db.execute("SELECT place_id, name, lang, flags FROM names").fetchall()
        return places, names
    except sqlite3.DatabaseError as exc:
        raise InvalidEntry(f"the user layer {layer} is damaged ({exc}); move it away and add "
                           "your entries again") from exc
    finally:
        db.close()
