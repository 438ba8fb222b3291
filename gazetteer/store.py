"""The gazetteer as one lookup over its layers.

:class:`Gazetteer` opens a base file (the embedded default) and any number of
further layers (downloaded GeoNames countries, imported P-coded gazetteers, the
user's own entries), keeps the union of their Arabic names in memory for the
text matcher, and merges the records of one place found in several layers:
the same GeoNames id, the same P-code, the same admin-1 code, or an explicit
``same_as`` link make one place. Fields come from the highest layer that has
them (user > imported > downloaded > default); the id stays that of the lowest,
so ids are stable when a layer is added.
"""

from __future__ import annotations

import bisect
import math
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from .arabic import normalize
from .distance import great_circle_km
from .errors import GazetteerError
from .skeleton import MIN_KEY, latin_key
from .layer import (PLACE_COLUMNS, SCHEMA, SCHEMA_VERSION, GazetteerWriter, LayerFile, Record,
                    place_from_row)
from .places import (AREA_KINDS, CURATED, DERIVED, IMPORTED, KINDS, PREFERRED, TRUSTED, USER,
                     VARIANT_SCRIPT, Candidate, Place)

__all__ = [
    "CURATED", "DERIVED", "IMPORTED", "KINDS", "PLACE_COLUMNS", "PREFERRED", "SCHEMA",
    "SCHEMA_VERSION", "TRUSTED", "USER", "VARIANT_SCRIPT", "Candidate", "Gazetteer",
    "GazetteerWriter", "Place", "place_from_row",
]

# Layers with more places than this are searched by SQL instead of an in-memory key set.
_KEYSET_MAX_PLACES = 2_000_000
_MERGE_ROUNDS = 3


def _keys(record: Record) -> list[tuple]:
    """The identities of a record that another layer may share."""
    p = record.place
    keys: list[tuple] = [("id", p.id)]
    if record.same_as:
        keys.append(("id", record.same_as))
    gid = p.geonameid
    if gid is None and p.id.startswith("geonames:"):
        gid = int(p.id.split(":", 1)[1])
    if gid:
        keys.append(("gn", int(gid)))
        keys.append(("id", f"geonames:{int(gid)}"))
    if p.pcode:
        keys.append(("pc", p.pcode))
    if p.kind == "admin1" and p.country and p.admin1:
        keys.append(("a1", p.country, p.admin1))
    return keys


def merge_records(records: Sequence[tuple[int, Record]]) -> Place:
    """One place from its records in several layers, given as (layer rank, record).

    The highest layer's value wins each field; the id is the lowest layer's.
    """
    if len(records) == 1:
        return records[0][1].place
    ordered = sorted(records, key=lambda r: -r[0])
    places = [r.place for _, r in ordered]
    canonical = min(records, key=lambda r: r[0])[1].place

    def first(attr, empty=(None, "")):
        for p in places:
            value = getattr(p, attr)
            if value not in empty:
                return value
        return None

    top = places[0]
    return Place(
        canonical.id, first("name") or top.name, first("name_ar"), top.kind, top.lat, top.lon,
        first("country"), first("admin1"), first("admin1_name"), first("population", (None, 0)) or 0,
        "+".join(dict.fromkeys(s for p in places for s in p.source.split("+") if s)),
        first("feature_code"), first("bbox"), first("admin2"), first("admin2_name"),
        first("admin3"), first("admin3_name"), first("geonameid"), first("pcode"))


class Gazetteer:
    """A read-only gazetteer: a base file and, optionally, further layers above it.

    >>> from gazetteer import default_path
    >>> gaz = Gazetteer(default_path())
    >>> [c.place.name for c in gaz.lookup("حلب")]
    ['Aleppo', 'Aleppo Governorate']
    """

    def __init__(self, path: str | os.PathLike, layers: Iterable[str | os.PathLike] = ()):
        self.path = Path(path)
        self.layers: list[LayerFile] = []
        try:
            self.layers.append(LayerFile(self.path, rank=0))
            for rank, layer_path in enumerate(layers, 1):
                self.layers.append(LayerFile(layer_path, rank=rank))
        except GazetteerError:
            self.close()
            raise
        self.meta = self.layers[0].meta
        if len(self.layers) == 1:
            self.names = frozenset(self.layers[0].index)
        else:
            self.names = frozenset().union(*(layer.index for layer in self.layers))
        # first word of every name → the most words a name starting with it has
        self.first_words: dict[str, int] = dict(self.layers[0].first_words)
        for layer in self.layers[1:]:
            for word, longest in layer.first_words.items():
                if self.first_words.get(word, 0) < longest:
                    self.first_words[word] = longest
        self.max_name_tokens = max(self.first_words.values(), default=1)
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._keysets: dict[int, _KeySet | None] = {}
        self._variants = None
        self._sorted_names: list[str] | None = None
        self._skeletons: dict[tuple[str, int], dict[str, set[str]]] = {}

    # -- life cycle -------------------------------------------------------------------------

    def close(self) -> None:
        for layer in self.layers:
            layer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __contains__(self, norm: str) -> bool:
        return norm in self.names

    # -- exact lookup -----------------------------------------------------------------------

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Places with this Arabic name (normalised first), most populous first;
        on a tie, the user's own entries first."""
        hit = self._cache.get(name)
        if hit is not None:
            return hit
        # names of the index are normalised already (the text matcher passes those)
        if name in self.names:
            norm = name
        else:
            norm = normalize(name)
            hit = self._cache.get(norm)
            if hit is not None:
                return hit
        if len(self.layers) == 1:
            result = self.layers[0].own_candidates(norm)
        else:
            hits = [(layer.rank, place if place.__class__ is str else Record(place, same_as), n, flags)
                    for layer in self.layers for place, same_as, n, flags in layer.candidates(norm)]
            result = self._merge_hits(hits)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[norm] = result
        return result

    def lookup_latin(self, name: str) -> tuple[Candidate, ...]:
        """Places with this Latin-script name (any case), most populous first."""
        norm = name.strip().lower()
        hits = [(layer.rank, rec, n, flags) for layer in self.layers for rec, n, flags in layer.latin(norm)]
        return self._merge_hits(hits)

    def _merge_hits(self, hits: list[tuple[int, Record | str, str, int]]) -> tuple[Candidate, ...]:
        if not hits:
            return ()
        if self._alone(hits):
            # no other layer holds these places: each hit is a place of its own
            ordered = sorted(hits, key=lambda h: (-h[1].place.population, -h[0], h[1].place.id))
            return tuple([Candidate(rec.place, name, flags) for _, rec, name, flags in ordered])
        refs = {rec for _, rec, _, _ in hits if isinstance(rec, str)}
        seeds = [(rank, rec) for rank, rec, _, _ in hits if isinstance(rec, Record)]
        if refs:
            seeds += self._records_with_ids(refs)
        groups = self._groups(seeds)
        by_id: dict[str, int] = {}
        for gi, group in enumerate(groups):
            for _, rec in group:
                by_id[rec.place.id] = gi
        best: dict[int, list] = {}
        for rank, rec, name, flags in hits:
            gi = by_id.get(rec if isinstance(rec, str) else rec.place.id)
            if gi is None:
                continue                       # an alias of a place no layer has any more
            entry = best.setdefault(gi, [rank, name, flags, flags])
            if rank > entry[0]:
                entry[0], entry[1] = rank, name
            entry[2] |= flags
            entry[3] &= flags
        out = []
        for gi, (rank, name, flags, common) in best.items():
            flags = (flags & ~VARIANT_SCRIPT) | (common & VARIANT_SCRIPT)
            top_rank = max(r for r, _ in groups[gi])
            out.append((merge_records(groups[gi]), name, flags, top_rank))
        out.sort(key=lambda x: (-x[0].population, -x[3], x[0].id))
        return tuple(Candidate(place, name, flags) for place, name, flags, _ in out)

    # -- merging across layers --------------------------------------------------------------

    def _alone(self, hits) -> bool:
        """No hit is an alias into another layer, and no other layer may hold a hit's place."""
        for rank, rec, _, _ in hits:
            if rec.__class__ is str:
                return False
            for layer in self.layers:
                if layer.rank == rank:
                    continue
                keyset = self._keyset(layer)
                if keyset is None or keyset.holds(rec):
                    return False
        return True

    def _keyset(self, layer: LayerFile) -> "_KeySet | None":
        """The identities a layer's places carry, loaded on first use (None for a huge layer:
        it is asked by query every time)."""
        if layer.rank not in self._keysets:
            with self._lock:
                if layer.rank not in self._keysets:
                    self._keysets[layer.rank] = (_KeySet(layer) if layer.count() <= _KEYSET_MAX_PLACES
                                                 else None)
        return self._keysets[layer.rank]

    def _records_with_keys(self, layer: LayerFile, keys: set[tuple]) -> list[Record]:
        ids = [k[1] for k in keys if k[0] == "id"]
        gids = [k[1] for k in keys if k[0] == "gn"]
        pcodes = [k[1] for k in keys if k[0] == "pc"]
        a1 = [k for k in keys if k[0] == "a1"]
        clauses, args = [], []
        if ids:
            marks = ",".join("?" * len(ids))
            clauses.append(f"id IN ({marks}) OR same_as IN ({marks})")
            args += ids + ids
        if gids:
            clauses.append(f"geonameid IN ({','.join('?' * len(gids))})")
            args += gids
        if pcodes:
            clauses.append(f"pcode IN ({','.join('?' * len(pcodes))})")
            args += pcodes
        for _, cc, code in a1:
            clauses.append("(country = ? AND admin1 = ? AND kind = 'admin1')")
            args += [cc, code]
        if not clauses:
            return []
        return layer.records(" OR ".join(f"({c})" for c in clauses), args)

    def _records_with_ids(self, ids: Iterable[str]) -> list[tuple[int, Record]]:
        keys = {("id", i) for i in ids}
        return [(layer.rank, rec) for layer in self.layers for rec in self._records_with_keys(layer, keys)]

    def _groups(self, seeds: list[tuple[int, Record]]) -> list[list[tuple[int, Record]]]:
        """The seeds and the records of the same places in other layers, grouped by place."""
        known: dict[tuple[int, str], tuple[int, Record]] = {}
        keys_of: dict[tuple[int, str], list[tuple]] = {}
        for rank, rec in seeds:
            known[(rank, rec.place.id)] = (rank, rec)
            keys_of[(rank, rec.place.id)] = _keys(rec)
        if len(self.layers) > 1:
            asked: dict[int, set[tuple]] = {layer.rank: set() for layer in self.layers}
            for _ in range(_MERGE_ROUNDS):
                found = False
                for layer in self.layers:
                    # what records of the other layers say about a place this layer may hold too
                    keys = {k for (rank, pid), ks in keys_of.items() if rank != layer.rank
                            for k in ks} - asked[layer.rank]
                    if not keys:
                        continue
                    asked[layer.rank] |= keys
                    keyset = self._keyset(layer)
                    wanted = [k for k in keys if k in keyset] if keyset is not None else keys
                    if not wanted:
                        continue
                    for rec in self._records_with_keys(layer, set(wanted)):
                        if (layer.rank, rec.place.id) not in known:
                            known[(layer.rank, rec.place.id)] = (layer.rank, rec)
                            keys_of[(layer.rank, rec.place.id)] = _keys(rec)
                            found = True
                if not found:
                    break
        if len(known) == 1:
            return [list(known.values())]
        # union-find over shared keys
        parent: dict[tuple, tuple] = {}

        def find(k):
            while parent.setdefault(k, k) != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for ks in keys_of.values():
            root = find(ks[0])
            for k in ks[1:]:
                parent[find(k)] = root
        groups: dict[tuple, list] = {}
        for item_key, item in known.items():
            groups.setdefault(find(keys_of[item_key][0]), []).append(item)
        return list(groups.values())

    # -- places by id, admin code, country ----------------------------------------------------

    def _merged(self, where: str, args: Iterable = (), *, limit: int | None = None) -> list[Place]:
        seeds = [(layer.rank, rec) for layer in self.layers
                 for rec in layer.records(where, args, limit=limit)]
        if not seeds:
            return []
        groups = self._groups(seeds)
        places = [merge_records(g) for g in groups]
        places.sort(key=lambda p: (-p.population, p.id))
        return places

    def get(self, place_id: str) -> Place | None:
        """The place with this id (or the id of one of its records in any layer)."""
        found = self._merged("id = ?", (place_id,))
        return found[0] if found else None

    def admin1_area(self, country: str | None, admin1: str | None) -> Place | None:
        """The admin-1 area (governorate, province, state) with this code."""
        if not country or not admin1:
            return None
        found = self._merged("country = ? AND admin1 = ? AND kind = 'admin1'", (country, admin1))
        return found[0] if found else None

    def admin_area(self, place: Place, kind: str) -> Place | None:
        """The admin area of *kind* (admin1, admin2, admin3) that contains *place*."""
        if kind == "admin1":
            return self.admin1_area(place.country, place.admin1)
        if kind == "admin2" and place.admin2:
            found = self._merged("country = ? AND admin1 = ? AND admin2 = ? AND kind = 'admin2'",
                                 (place.country, place.admin1, place.admin2))
            return found[0] if found else None
        if kind == "admin3" and place.admin3:
            found = self._merged("country = ? AND admin2 = ? AND admin3 = ? AND kind = 'admin3'",
                                 (place.country, place.admin2, place.admin3))
            return found[0] if found else None
        return None

    def admin_areas(self, country: str, kind: str = "admin1") -> list[Place]:
        """Every admin area of *kind* in *country*, largest first."""
        return self._merged("country = ? AND kind = ?", (country.upper(), kind))

    def country_area(self, country: str | None) -> Place | None:
        if not country:
            return None
        found = self._merged("country = ? AND kind = 'country'", (country.upper(),))
        return found[0] if found else None

    def capital(self, country: str | None) -> Place | None:
        """The capital city of *country* (GeoNames' feature code PPLC), or None."""
        if not country:
            return None
        found = self._merged("country = ? AND feature_code = 'PPLC'", (country.upper(),), limit=3)
        return found[0] if found else None

    def spelled_like(self, key: str, country: str, min_population: int = 0) -> list[Place]:
        """The towns and villages of *country* (of *min_population* or more) whose Latin name has
        the consonant key *key* (:mod:`gazetteer.skeleton`), largest first. Each country's keys are
        built once, on first use, from the names alone (the places are read only for a key asked for)."""
        index = self._skeletons.get((country, min_population))
        if index is None:
            built: dict[str, set[str]] = {}
            for layer in self.layers:
                for pid, name in layer.query("SELECT id, name FROM places WHERE country = ? AND population >= ? "
                                             "AND kind IN ('city', 'town', 'village')", (country.upper(), min_population)):
                    k = latin_key(name)
                    if len(k) >= MIN_KEY:
                        built.setdefault(k, set()).add(pid)
            with self._lock:
                index = self._skeletons.setdefault((country, min_population), built)
        places = {p.id: p for p in (self.get(pid) for pid in sorted(index.get(key, ()))) if p is not None}
        return sorted(places.values(), key=lambda p: (-p.population, p.id))

    def names_of_kind(self, kind: str) -> dict[str, str]:
        """Normalised Arabic name → place id, for the places of one kind (e.g. every country)."""
        out: dict[str, str] = {}
        for layer in self.layers:                          # a higher layer's entry wins
            out.update(layer.query("SELECT n.norm, n.place_id FROM names n JOIN places p "
                                   "ON p.id = n.place_id WHERE p.kind = ? AND n.lang = 'ar'", (kind,)))
        return out

    # -- search, reverse ----------------------------------------------------------------------

    def search(self, query: str, *, country: str | None = None, limit: int = 10) -> list[Candidate]:
        """Exact-name search (Arabic or Latin), largest places first."""
        found = list(self.lookup(query)) or list(self.lookup_latin(query))
        if country:
            found = [c for c in found if c.place.country == country.upper()]
        return found[:limit]

    def suggest(self, query: str, *, country: str | None = None, limit: int = 10) -> list[Candidate]:
        """What a search box offers as one types: the exact name first, then the places whose
        Arabic name starts with *query* ("كفر نا" → كفر ناها), largest first."""
        found = {c.place.id: c for c in self.search(query, country=country, limit=limit)}
        prefix = normalize(query)
        if len(found) >= limit or not prefix:
            return list(found.values())[:limit]
        more = [c for name in self._names_starting(prefix, 200) if name != prefix for c in self.lookup(name)
                if (not country or c.place.country == country.upper()) and c.place.id not in found]
        more.sort(key=lambda c: (-c.place.population, len(c.name), c.place.id))
        for c in more:
            found.setdefault(c.place.id, c)
        return list(found.values())[:limit]

    def _names_starting(self, prefix: str, most: int) -> list[str]:
        if self._sorted_names is None:
            with self._lock:
                if self._sorted_names is None:
                    self._sorted_names = sorted(self.names)
        names = self._sorted_names
        start = bisect.bisect_left(names, prefix)
        out = []
        for name in names[start:start + most]:
            if not name.startswith(prefix):
                break
            out.append(name)
        return out

    def find(self, query: str, **kwargs):
        """Ranked matches of a free-text query; see :func:`gazetteer.search.find`."""
        from .search import find

        return find(self, query, **kwargs)

    def lookup_variants(self, name: str, **kwargs):
        """Places whose name is a spelling variant of *name*; see :mod:`gazetteer.variants`."""
        from .variants import VariantIndex

        if self._variants is None:
            with self._lock:
                if self._variants is None:
                    self._variants = VariantIndex(self.names, self.layers)
        return self._variants.lookup(self, name, **kwargs)

    def nearest(self, lat: float, lon: float, *, limit: int = 1, kinds: Iterable[str] | None = None,
                max_km: float = 50.0) -> list[tuple[Place, float]]:
        """Places nearest to (lat, lon) within *max_km*, with their distance in km.

        Admin areas and regions count only when *kinds* asks for them: their point
        is a centroid, not a place one is at.
        """
        kinds = tuple(kinds) if kinds else tuple(k for k in KINDS if k not in AREA_KINDS)
        marks = ",".join("?" * len(kinds))
        radius = 0.05
        found: dict[str, tuple[Place, float]] = {}
        while radius <= max_km / 111.0 * 2 + 0.05:
            dlon = radius / max(math.cos(math.radians(lat)), 0.01)
            where = (f"lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND kind IN ({marks})")
            args = (lat - radius, lat + radius, lon - dlon, lon + dlon, *kinds)
            for place in self._merged(where, args, limit=2000):
                d = great_circle_km(lat, lon, place.lat, place.lon)
                if d <= max_km:
                    found[place.id] = (place, d)
            if len(found) >= limit:
                break
            radius *= 3
        return sorted(found.values(), key=lambda x: (x[1], -x[0].population))[:limit]

    # -- description --------------------------------------------------------------------------

    def sources(self) -> list[dict]:
        return [s for layer in self.layers for s in layer.sources()]

    def count(self, what: str = "places") -> int:
        return sum(layer.count(what) for layer in self.layers)

    def layer_info(self) -> list[dict]:
        return [{"name": layer.name, "path": str(layer.path), "built_at": layer.meta.get("built_at"),
                 "places": layer.count("places"), "names": layer.count("names"),
                 "arabic_names": len(layer.index), "bytes": layer.path.stat().st_size}
                for layer in self.layers]


class _KeySet:
    """Which identities a layer's places carry (see :func:`_keys`), to ask it only when it
    may hold a second record of a place. GeoNames ids are kept as integers: the default
    has a quarter of a million of them."""

    def __init__(self, layer: LayerFile):
        self.gids = layer.geonameids()
        self.keys: set[tuple] = set()
        for pid, same_as, pcode, kind, country, admin1 in layer.query(
                "SELECT id, same_as, pcode, kind, country, admin1 FROM places WHERE id NOT LIKE "
                "'geonames:%' OR geonameid IS NULL OR same_as IS NOT NULL OR pcode IS NOT NULL OR kind = 'admin1'"):
            self.keys.add(("id", pid))
            if same_as:
                self.keys.add(("id", same_as))
            if pcode:
                self.keys.add(("pc", pcode))
            if kind == "admin1" and country and admin1:
                self.keys.add(("a1", country, admin1))

    def holds(self, record: Record) -> bool:
        """This layer may hold another record of *record*'s place (the fast form of
        ``any(k in keyset for k in _keys(record))``)."""
        p = record.place
        gid = p.geonameid
        if gid is not None:
            if gid in self.gids:
                return True
        elif p.id.startswith("geonames:") and ("id", p.id) in self:
            return True
        if not p.id.startswith("geonames:") and ("id", p.id) in self.keys:
            return True
        if record.same_as and ("id", record.same_as) in self:
            return True
        if p.pcode and ("pc", p.pcode) in self.keys:
            return True
        return p.kind == "admin1" and ("a1", p.country, p.admin1) in self.keys

    def __contains__(self, key: tuple) -> bool:
        if key[0] == "gn":
            return key[1] in self.gids
        if key[0] == "id" and key[1].startswith("geonames:"):
            tail = key[1][9:]
            return (tail.isdigit() and int(tail) in self.gids) or key in self.keys
        return key in self.keys
