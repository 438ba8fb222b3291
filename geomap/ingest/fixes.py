"""Fixing an unresolved name: add it to the gazetteer's user layer, then re-parse the articles."""

from __future__ import annotations

from gazetteer.errors import InvalidEntry

from ..errors import GeomapError, InputError
from ..store import EventStore

PLACE_KINDS = ("village", "town", "city", "neighbourhood", "camp", "landmark", "region", "admin2")


class GazetteerEditsUnavailable(GeomapError):
    """This gazetteer has no user layer to add places to."""


def can_add_places() -> bool:
    import gazetteer

    return hasattr(gazetteer, "add_user_place")


def add_place(name: str, *, lat: float | None = None, lon: float | None = None, kind: str = "village",
              country: str | None = None, admin1: str | None = None, alias_of: str | None = None,
              gazetteer_path=None):
    """Add *name* to the user layer: as another name of the place *alias_of*, or a new place at lat/lon."""
    import gazetteer

    if not can_add_places():
        raise GazetteerEditsUnavailable(
            "this geomap's gazetteer has no user layer yet (gazetteer.add_user_place); "
            "update geomap to add places")
    name = (name or "").strip()
    if not name:
        raise InputError("the name to add is empty")
    if kind not in PLACE_KINDS:
        raise InputError(f"kind must be one of {', '.join(PLACE_KINDS)}, not {kind!r}")
    if alias_of:     # another name of a known place: it takes that place's point and kind
        target = gazetteer.open_default(gazetteer_path).get(alias_of)
        if target is None:
            raise InputError(f"no place {alias_of!r} in the gazetteer to add {name!r} to")
        lat, lon = target.lat, target.lon
        kind = target.kind if target.kind in PLACE_KINDS + ("country", "admin1") else kind
        country = country or target.country
        admin1 = admin1 or target.admin1
    if lat is None or lon is None:
        raise InputError("give the place's latitude and longitude, or the gazetteer id it is another name of")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{lat}, {lon} is not a latitude, longitude on Earth")
    try:
        place = gazetteer.add_user_place(name, lat=lat, lon=lon, kind=kind, country=country or None,
                                         admin1=admin1 or None, alias_of=alias_of or None,
                                         path=gazetteer_path)
    except InvalidEntry as exc:          # the user's entry, not the gazetteer, is at fault: 4xx, not 503
        raise InputError(str(exc)) from None
    gazetteer.invalidate()
    return place


def reparse(store: EventStore, article_ids, *, gazetteer=None) -> list[int]:
    """Parse stored articles again (after a gazetteer edit) and store the new results."""
    from ..parser import parse

    if gazetteer is None:
        from gazetteer import open_default

        gazetteer = open_default()
    done = []
    for article_id in article_ids:
        a = store.article(article_id)
        doc = parse(a["text"], published=a["published"], title=a["title"], source=a["source"],
                    url=a["url"], gazetteer=gazetteer)
        done.append(store.save(doc).article_id)
    return done
