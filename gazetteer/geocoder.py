"""The gazetteer as a geopy geocoder: code written for Nominatim switches to ours offline.

>>> from gazetteer import ArabicGazetteer
>>> geocoder = ArabicGazetteer()
>>> geocoder.geocode("حلب").raw["id"]
'geonames:170063'
>>> geocoder.reverse((36.2, 37.16)).address
'حلب، حلب، سوريا'

It never touches the network: it is a :class:`geopy.geocoders.base.Geocoder`
subclass whose adapter refuses any request, so ``RateLimiter``, ``with geocoder:``
and geopy's error handling work as they do with an online service.
"""

from __future__ import annotations

import os
from pathlib import Path

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderQueryError, GeocoderServiceError, GeocoderUnavailable
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .errors import GazetteerCorrupt, GazetteerError, GazetteerNotFound
from .places import AREA_KINDS, Place

__all__ = ["ArabicGazetteer"]


class _NoNetwork(BaseSyncAdapter):
    """The adapter of an offline geocoder: any HTTP request is a bug."""

    def get_text(self, url, *, timeout, headers):
        raise GeocoderServiceError(f"ArabicGazetteer is offline and makes no requests (asked for {url})")

    def get_json(self, url, *, timeout, headers):
        return self.get_text(url, timeout=timeout, headers=headers)


class ArabicGazetteer(Geocoder):
    """geopy geocoder over the Arabic gazetteer (the default with all its layers).

    :param path: the default gazetteer file (default: ``$GEOMAP_GAZETTEER`` or the
        user data directory); the layers beside it are used too.
    :param gazetteer: an open :class:`gazetteer.Gazetteer` to use instead.
    :param variants: accept spelling variants that have evidence beyond the spelling
        (see :mod:`gazetteer.variants`) when no name matches exactly.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, gazetteer=None,
                 variants: bool = True, timeout=DEFAULT_SENTINEL, user_agent: str | None = None):
        super().__init__(timeout=timeout, user_agent=user_agent, adapter_factory=_NoNetwork)
        self.path = Path(path) if path else None
        self._gazetteer = gazetteer
        self.variants = variants

    @property
    def gazetteer(self):
        if self._gazetteer is not None:
            return self._gazetteer
        from .default import open_default

        try:
            return open_default(self.path)
        except (GazetteerNotFound, GazetteerCorrupt) as exc:
            raise GeocoderUnavailable(str(exc)) from exc
        except GazetteerError as exc:
            raise GeocoderServiceError(str(exc)) from exc

    # -- geocode ------------------------------------------------------------------------------

    def geocode(self, query, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL,
                limit: int | None = None, country_codes=None, featuretype: str | None = None,
                language: str = "ar"):
        """Places named by *query*: a name, ``محافظة X``, or ``name، context، country``.

        :param country_codes: ISO 3166 code(s) to restrict to (a string or a list).
        :param featuretype: ``country``, ``state`` (admin-1), ``city`` (populated places),
            ``settlement`` — Nominatim's values — or one of our kinds (``village``, ``admin3``…).
        :param language: ``ar`` (default) or ``en`` for the address.
        Returns a :class:`geopy.location.Location` (None when nothing matches), or a
        list of them without *exactly_one*.
        """
        if isinstance(query, dict):
            query = "، ".join(str(query[k]) for k in ("city", "county", "state", "country")
                              if query.get(k))
        if not isinstance(query, str) or not query.strip():
            raise GeocoderQueryError("the query is empty: give a place name, e.g. حلب")
        if len(query) > 500:
            raise GeocoderQueryError(f"the query is {len(query)} characters long; 500 at most")
        countries = _countries(country_codes)
        kinds = _kinds(featuretype)
        if limit is not None and (not isinstance(limit, int) or limit < 1):
            raise GeocoderQueryError(f"limit must be a positive integer, got {limit!r}")
        gaz = self.gazetteer
        wanted = 1 if exactly_one else (limit or 10)
        matches = []
        for cc in countries or [None]:
            matches += [m for m in gaz.find(query, country=cc, kinds=kinds, limit=max(wanted, 10),
                                            variants=self.variants) if m.accepted]
        if len(countries) > 1:
            matches.sort(key=lambda m: (-m.score, m.how != "admin", -m.place.population))
        locations = [self._location(m.place, language, match=m) for m in matches[:wanted]]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    # -- reverse ------------------------------------------------------------------------------

    def reverse(self, query, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL,
                limit: int | None = None, max_km: float = 50.0, kinds=None, language: str = "ar"):
        """The places nearest to a point (``"36.2, 37.16"``, a (lat, lon) pair or a Point)."""
        if isinstance(query, (tuple, list)) and len(query) == 2:
            try:
                lat, lon = float(query[0]), float(query[1])
            except (TypeError, ValueError):
                raise GeocoderQueryError(f"not a point: {query!r}") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GeocoderQueryError(f"({lat}, {lon}) is not a (latitude, longitude) point")
        try:
            point = Point(query)
        except (ValueError, TypeError) as exc:
            raise GeocoderQueryError(f"not a point: {query!r} ({exc})") from None
        if not -90 <= point.latitude <= 90:
            raise GeocoderQueryError(f"latitude {point.latitude} is outside -90..90")
        kinds = _kinds(kinds) if isinstance(kinds, str) else kinds
        wanted = 1 if exactly_one else (limit or 10)
        near = self.gazetteer.nearest(point.latitude, point.longitude, limit=wanted, kinds=kinds,
                                      max_km=max_km)
        locations = [self._location(place, language, distance_km=d) for place, d in near]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    # -- results ------------------------------------------------------------------------------

    def _address(self, place: Place, language: str) -> str:
        gaz = self.gazetteer
        if language == "en":
            parts = [place.name]
            for kind in ("admin3", "admin2", "admin1"):
                if place.kind != kind and (area := gaz.admin_area(place, kind)) and area.name:
                    parts.append(area.name)
            country = gaz.country_area(place.country)
            if country and place.kind != "country":
                parts.append(country.name)
            return ", ".join(dict.fromkeys(parts))
        parts = [place.name_ar or place.name]
        chain = [place.admin3_name, place.admin2_name, place.admin1_name]
        own = {"admin1": place.admin1_name, "admin2": place.admin2_name, "admin3": place.admin3_name}
        parts += [n for n in chain if n and n != own.get(place.kind)]
        country = gaz.country_area(place.country)
        if country and place.kind != "country":
            parts.append(country.name_ar or country.name)
        return "، ".join(parts)

    def _location(self, place: Place, language: str, *, match=None,
                  distance_km: float | None = None) -> Location:
        raw = place.to_dict()
        raw["admin_chain"] = list(place.admin_chain)
        raw["is_area"] = place.kind in AREA_KINDS
        if match is not None:
            raw.update(matched=match.name, score=match.score, match=match.how)
        if distance_km is not None:
            raw["distance_km"] = round(distance_km, 3)
        return Location(self._address(place, language), Point(place.lat, place.lon), raw)


_FEATURETYPES = {
    "country": ("country",), "state": ("admin1",), "county": ("admin2",),
    "city": ("city", "town", "village"), "settlement": ("city", "town", "village", "neighbourhood", "camp"),
}


def _kinds(featuretype):
    from .places import KINDS

    if featuretype is None:
        return None
    if featuretype in _FEATURETYPES:
        return _FEATURETYPES[featuretype]
    if featuretype in KINDS:
        return (featuretype,)
    raise GeocoderQueryError(f"unknown featuretype {featuretype!r}: one of "
                             f"{', '.join([*_FEATURETYPES, *KINDS])}")


def _countries(codes) -> list[str]:
    if codes is None:
        return []
    if isinstance(codes, str):
        codes = [codes]
    out = []
    for code in codes:
        if not isinstance(code, str) or len(code.strip()) != 2 or not code.strip().isalpha():
            raise GeocoderQueryError(f"{code!r} is not an ISO 3166 two-letter country code")
        out.append(code.strip().upper())
    return out
