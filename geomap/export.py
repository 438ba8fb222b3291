"""Outputs: RFC 7946 GeoJSON, a GeoPandas GeoDataFrame, and ACLED-style CSV.

GeoJSON follows RFC 7946: [lon, lat] order, WGS 84, no ``crs`` member, UTF-8
text (not ``\\u`` escapes). Events that have no place keep ``"geometry": null``
so that nothing the text says is lost.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .countries import country_name
from .metadata import strip_bidi_controls

if TYPE_CHECKING:
    from .model import Document, Event

GEOJSON_MEDIA_TYPE = "application/geo+json"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")     # what spreadsheets read as a formula (OWASP)

# ACLED's columns first (same names, same order), then ours.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "country", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "source", "notes", "fatalities",
]
OUR_COLUMNS = [
    "event_id", "kind", "status", "place_role", "topic", "location_ar", "gazetteer_id",
    "fatalities_max", "trigger", "mentions_in_text", "confidence", "source_url", "article_title",
]
CSV_COLUMNS = ACLED_COLUMNS + OUR_COLUMNS


def event_properties(event: Event, document: Document) -> dict:
    """The properties of an event's GeoJSON Feature."""
    return {**_what_and_when(event), **_where(event), **_what_was_said(event), **_who(event),
            **_article_fields(document)}


def _what_and_when(event: Event) -> dict:
    return {
        "event_id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "kind": event.kind,
        "label_ar": event.label_ar,
        "label_en": event.label_en,
        "status": event.status,
        "report": event.report,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "time_precision": event.time_precision,
        "date_text": event.date_text,
    }


def _where(event: Event) -> dict:
    m = event.mention
    place = event.place
    return {
        **_named_place(event),
        "geo_precision": event.geo_precision,
        "place_role": event.place_role,
        "topic": event.topic,
        "radius_km": m.radius_km if event.located else None,
        "area": _area(event),
        "bbox": ([round(v, 4) for v in place.bbox]
                 if event.located and place.bbox and event.geo_precision == 3 else None),
    }


def _named_place(event: Event) -> dict:
    m = event.mention
    place = event.place
    return {
        "place": place.name if place else None,
        "place_ar": (place.name_ar if place and place.name_ar else (m.text if m else None)),
        "location_text": (m.area_text or m.text) if m else None,
        "gazetteer_id": place.id if place else None,
        "country": place.country if place else None,
        "country_name": country_name(place.country) if place else None,
        "admin1": (place.admin1_name or place.admin1) if place else None,
    }


def _area(event: Event) -> dict | None:
    """The anchor place and qualifier of an area ("north of Aleppo"), or None."""
    m = event.mention
    if not (event.located and m.qualifier):
        return None
    place = event.place
    return {"anchor": place.name, "anchor_id": place.id, "anchor_lat": round(place.lat, 5),
            "anchor_lon": round(place.lon, 5), "qualifier": m.qualifier, "direction": m.direction,
            "radius_km": m.radius_km}


def _what_was_said(event: Event) -> dict:
    return {
        "sentence": event.sentence,
        "trigger": event.trigger,
        "highlights": _highlights(event),
        "mentions_in_text": len(event.evidence),
        "evidence": event.evidence,
        "fatalities": event.fatalities,
        "fatalities_max": event.fatalities_max,
    }


def _highlights(event: Event) -> list[list]:
    """The trigger's and the place's spans in the event's sentence."""
    m = event.mention
    sentence_start = event.sentence_start
    highlights = [[event.trigger_start - sentence_start, event.trigger_end - sentence_start, "trigger"]]
    if m is not None and not m.in_title and event.sentence_start <= m.start < event.sentence_end:
        s = m.area_start if m.area_start is not None else m.start
        e = m.area_end if m.area_end is not None else m.end
        highlights.append([s - sentence_start, e - sentence_start, "place"])
    return highlights


def _who(event: Event) -> dict:
    return {
        "actor1": event.actor1.label if event.actor1 else None,
        "actor2": event.actor2.label if event.actor2 else None,
        "assoc_actor_1": "; ".join(a.label for a in event.assoc_actors) or None,
        "actors": [a.to_dict() for a in event.actors],
        "confidence": round(event.confidence, 3),
    }


def _article_fields(document: Document) -> dict:
    art = document.article
    return {
        "article_id": art.id,
        "article_title": art.title,
        "source": art.source,
        "url": art.url,
        "published": art.published.isoformat() if art.published else None,
    }


def to_features(documents: Iterable[Document], *, located_only: bool = False) -> list[dict]:
    features = []
    for doc in documents:
        for event in doc.events:
            if located_only and not event.located:
                continue
            geometry = None
            if event.located:
                geometry = {"type": "Point",
                            "coordinates": [round(event.mention.lon, 5), round(event.mention.lat, 5)]}
            features.append({"type": "Feature", "id": event.id, "geometry": geometry,
                             "properties": event_properties(event, doc)})
    return features


def to_feature_collection(documents: Iterable[Document], *, located_only: bool = False) -> dict:
    """An RFC 7946 FeatureCollection with one Feature per event."""
    return {"type": "FeatureCollection", "features": to_features(documents, located_only=located_only)}


def dumps_geojson(collection: dict, *, indent: int | None = None) -> str:
    """GeoJSON text: UTF-8 characters, not ``\\u`` escapes."""
    return json.dumps(collection, ensure_ascii=False, indent=indent)


def to_geodataframe(documents: Iterable[Document]):
    """The events as a GeoDataFrame (EPSG:4326); unlocated events have an empty geometry."""
    import geopandas as gpd
    from shapely.geometry import Point

    features = to_features(documents)
    rows = []
    geometries = []
    for f in features:
        props = dict(f["properties"])
        props.pop("highlights", None)
        for key in ("bbox", "evidence", "actors", "area"):      # nested values as JSON text in a table
            props[key] = json.dumps(props[key], ensure_ascii=False) if props[key] else None
        rows.append(props)
        g = f["geometry"]
        geometries.append(Point(g["coordinates"]) if g else None)
    if not rows:
        return gpd.GeoDataFrame({"event_id": []}, geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(rows, geometry=geometries, crs="EPSG:4326")


def to_csv(documents: Iterable[Document]) -> str:
    """ACLED-compatible CSV (ACLED's columns, then ours; one row per event; UTF-8).

    ``event_id_cnty`` is the country code and a running number, as ACLED writes it;
    ``notes`` is the evidence sentence; ``source`` the outlet. Events told as background
    or as still to come (``report`` = background, planned) are not rows: ACLED codes what happened,
    once, when it is news.
    """
    features = [f for f in to_features(documents) if f["properties"].get("report", "new") == "new"]
    return features_to_csv(features)


def features_to_csv(features: Iterable[dict], *, header: bool = True,
                    numbering: dict[str, int] | None = None) -> str:
    """ACLED-compatible CSV from event Features (as :func:`to_features` makes them, or as stored).

    Pass the same *numbering* dict to successive calls (pages of one download) so that
    ``event_id_cnty`` keeps counting.
    """
    return _write_csv(features, CSV_COLUMNS, _csv_row, header, numbering)


def _write_csv(features: Iterable[dict], columns: list[str], row_of, header: bool,
               numbering: dict[str, int] | None) -> str:
    """The CSV of *features*, one row each by *row_of(feature, numbering)*, every cell made safe
    for a spreadsheet (:func:`csv_cell`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    if header:
        writer.writeheader()
    per_country: dict[str, int] = numbering if numbering is not None else {}
    for f in features:
        writer.writerow({k: csv_cell(v) for k, v in row_of(f, per_country).items()})
    return out.getvalue()


def _event_id_cnty(cc: str, per_country: dict[str, int]) -> str:
    """ACLED's event id: the country code and the row's number within that country."""
    per_country[cc] = per_country.get(cc, 0) + 1
    return f"{cc}{per_country[cc]}"


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: a string that starts like a formula (= + - @, a tab
    or a carriage return) gets a leading apostrophe, and bidi controls are dropped.

    >>> csv_cell("=1+2"), csv_cell("@SUM(A1)"), csv_cell("-5"), csv_cell(-5.2), csv_cell("حلب")
    ("'=1+2", "'@SUM(A1)", "'-5", -5.2, 'حلب')
    """
    if not isinstance(value, str):
        return value
    value = strip_bidi_controls(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _csv_row(f: dict, per_country: dict[str, int]) -> dict:
    p = f["properties"]
    lon, lat = f["geometry"]["coordinates"] if f["geometry"] else (None, None)
    return {
        "event_id_cnty": _event_id_cnty(p["country"] or "XX", per_country), "event_date": p["date"],
        "year": p["date"][:4] if p["date"] else None, "time_precision": p["time_precision"],
        "event_type": p["event_type"], "sub_event_type": p["sub_event_type"],
        "actor1": p["actor1"], "assoc_actor_1": p["assoc_actor_1"], "actor2": p["actor2"],
        "country": p["country_name"], "admin1": p["admin1"], "admin2": None,
        "location": p["place"], "latitude": lat, "longitude": lon,
        "geo_precision": p["geo_precision"], "source": p["source"], "notes": p["sentence"],
        "fatalities": p["fatalities"],
        "event_id": p["event_id"], "kind": p["kind"], "status": p["status"],
        "place_role": p["place_role"], "topic": p["topic"], "location_ar": p["location_text"],
        "gazetteer_id": p["gazetteer_id"], "fatalities_max": p["fatalities_max"],
        "trigger": p["trigger"], "mentions_in_text": p["mentions_in_text"],
        "confidence": p["confidence"], "source_url": p["url"], "article_title": p["article_title"],
    }


# The incidents CSV: ACLED's columns (every source in ``source``, each source's sentence in
# ``notes``), then ours.
INCIDENT_COLUMNS = ACLED_COLUMNS + [
    "incident_id", "event_ids", "n_sources", "kind", "status", "place_role", "location_ar", "gazetteer_id",
    "fatalities_max", "confidence", "source_url"]


def incidents_to_csv(features: Iterable[dict], *, header: bool = True,
                     numbering: dict[str, int] | None = None) -> str:
    """ACLED-compatible CSV with one row per incident (as the store keeps them): ``source``
    lists every outlet, ``notes`` every source's sentence, ``source_url`` every URL."""
    return _write_csv(features, INCIDENT_COLUMNS, _incident_row, header, numbering)


def _incident_row(f: dict, per_country: dict[str, int]) -> dict:
    p = f["properties"]
    lon, lat = f["geometry"]["coordinates"] if f["geometry"] else (None, None)
    sources = p.get("sources") or []
    return {
        "event_id_cnty": _event_id_cnty(p.get("country") or "XX", per_country), "event_date": p.get("date"),
        "year": p["date"][:4] if p.get("date") else None, "time_precision": p.get("time_precision"),
        "event_type": p.get("event_type"), "sub_event_type": p.get("sub_event_type"),
        "actor1": p.get("actor1"), "assoc_actor_1": p.get("assoc_actor_1"), "actor2": p.get("actor2"),
        "country": p.get("country_name"), "admin1": p.get("admin1"), "admin2": None,
        "location": p.get("place"), "latitude": lat, "longitude": lon, "geo_precision": p.get("geo_precision"),
        "source": "; ".join(dict.fromkeys(s["source"] or s["url"] or "" for s in sources)),
        "notes": " | ".join(f"{s['source'] or ''}: {s['sentence'] or ''}" for s in sources),
        "fatalities": p.get("fatalities"),
        "incident_id": p.get("incident_id"), "event_ids": " ".join(p.get("event_ids") or []),
        "n_sources": p.get("n_sources"), "kind": p.get("kind"), "status": p.get("status"),
        "place_role": p.get("place_role"), "location_ar": p.get("location_text"),
        "gazetteer_id": p.get("gazetteer_id"), "fatalities_max": p.get("fatalities_max"),
        "confidence": p.get("confidence"), "source_url": " ".join(s["url"] for s in sources if s.get("url")),
    }
