"""The JSON API (``/api/v1``). Errors are JSON ``{"error": message, "status": code}``."""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import replace
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from werkzeug.exceptions import BadRequest, NotImplemented as HTTPNotImplemented
from werkzeug.exceptions import UnprocessableEntity, UnsupportedMediaType

from ..errors import InputError, NotFound
from ..export import GEOJSON_MEDIA_TYPE, dumps_geojson, features_to_csv, incidents_to_csv
from ..ingest.fixes import GazetteerEditsUnavailable, add_place, reparse
from ..metadata import META_FIELDS, clean_metadata
from ..parser import parse
from ..store import EventFilter
from .db import gazetteer_for, store
from .auth import check_write
from .security import check_public_parse

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def _json_body() -> dict:
    if not request.is_json:
        raise UnsupportedMediaType("send JSON with Content-Type: application/json")
    try:
        body = request.get_json(silent=True)
    except RecursionError:
        raise BadRequest("the JSON is nested too deeply") from None
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    _check_unicode(body)
    return body


def _check_unicode(body: dict) -> None:
    """JSON may escape half a character (\\ud800), which is no text: refuse it before it is stored."""
    try:
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest("the JSON holds half a character (a lone \\ud800-\\udfff escape): "
                         "send text as valid Unicode") from None


def _article_body() -> tuple[str, dict]:
    body = _json_body()
    text = body.get("text")
    if not isinstance(text, str):
        raise BadRequest("'text' is required and must be a string")
    for key in META_FIELDS:
        if body.get(key) is not None and not isinstance(body[key], str):
            raise BadRequest(f"'{key}' must be a string")
    try:
        meta = clean_metadata(title=body.get("title"), source=body.get("source"), url=body.get("url"))
    except InputError as exc:
        raise UnprocessableEntity(str(exc)) from None
    meta["published"] = body.get("published")
    return text, meta


def _parse(text: str, meta: dict):
    try:
        return parse(text, gazetteer=gazetteer_for(current_app), **meta)
    except InputError as exc:
        raise UnprocessableEntity(str(exc)) from None


@bp.post("/parse")
def parse_article():
    """Stateless: an article in (JSON: text, title, source, url, published), GeoJSON out; nothing stored."""
    text, meta = _article_body()
    check_public_parse(text)
    doc = _parse(text, meta)
    return Response(dumps_geojson(doc.to_geojson()), mimetype=GEOJSON_MEDIA_TYPE)


@bp.post("/articles")
def create_article():
    """Parse and store an article; 201 when new, 200 when it replaced the same text or URL."""
    check_write()
    text, meta = _article_body()
    saved = store().save(_parse(text, meta))
    body = _article_response(saved.article_id)
    body["created"] = saved.created
    response = jsonify(body)
    response.status_code = 201 if saved.created else 200
    response.headers["Location"] = url_for("api.get_article", article_id=saved.article_id)
    return response


def _article_response(article_id: int, *, text: bool = False) -> dict:
    record = store().article(article_id, text=text)
    if not text:
        record["mentions"] = store().mentions(article_id)
    record["links"] = {"self": url_for("api.get_article", article_id=article_id),
                       "page": url_for("pages.article", article_id=article_id),
                       "events": url_for("api.events", article=article_id)}
    record["events"] = store().events(EventFilter(articles=(article_id,), limit=10_000))
    return record


@bp.get("/articles")
def list_articles():
    try:
        flt = EventFilter.from_args({k: v for k, v in request.args.items() if k in ("limit", "offset")})
    except InputError as exc:
        raise BadRequest(str(exc)) from None
    limit = min(flt.limit, 500) if "limit" in request.args else 50
    articles, total = store().articles(limit=limit, offset=flt.offset,
                                       source=request.args.get("source") or None)
    body = {"articles": articles, "total": total, "limit": limit, "offset": flt.offset, "links": {}}
    if flt.offset + len(articles) < total:
        body["links"]["next"] = url_for("api.list_articles", limit=limit, offset=flt.offset + limit,
                                        **({"source": request.args["source"]} if request.args.get("source") else {}))
    return jsonify(body)


@bp.get("/articles/<int:article_id>")
def get_article(article_id: int):
    return jsonify(_article_response(article_id, text=True))


@bp.delete("/articles/<int:article_id>")
def delete_article(article_id: int):
    check_write()
    store().delete(article_id)
    return Response(status=204)


def _event_filter() -> EventFilter:
    try:
        return EventFilter.from_args(request.args)
    except InputError as exc:
        raise BadRequest(str(exc)) from None


@bp.get("/events")
def events():
    """Stored events as GeoJSON, filtered and paged."""
    flt, fields = _snapshot(_event_filter(), "events"), _fields()
    features, total = store().events_json(flt, summary=fields == "summary")
    # The stored Feature texts go out as they are: no decoding and re-encoding per request.
    return _collection(features, total, flt, "api.events", fields, "events")


def _fields() -> str:
    """?fields=: the whole Features (all) or only what the map draws and filters on (summary)."""
    fields = request.args.get("fields", "all")
    if fields not in ("all", "summary"):
        raise BadRequest("'fields' must be 'all' or 'summary'")
    return fields


def _snapshot(flt: EventFilter, table: str) -> EventFilter:
    """A paged walk sees the rows stored when it began: its first page reads the newest id and its
    rel=next links carry it (max_id), so events stored meanwhile do not shift later pages (a
    deletion still does, by one row)."""
    if flt.max_id is not None:
        return flt
    return replace(flt, max_id=store().newest_id(table))


def _collection(features: list[bytes], total: int, flt: EventFilter, endpoint: str, fields: str,
                name: str) -> Response:
    """A page of stored Features as a GeoJSON FeatureCollection with paging links."""
    links = [{"rel": "self", "type": GEOJSON_MEDIA_TYPE, "href": request.full_path.rstrip("?")}]
    if flt.offset + len(features) < total:
        args = {**flt.query_args(), "limit": flt.limit, "offset": flt.offset + flt.limit}
        if fields != "all":
            args["fields"] = fields
        links.append({"rel": "next", "type": GEOJSON_MEDIA_TYPE, "href": url_for(endpoint) + "?" + urlencode(args)})
    head = dumps_geojson({"numberMatched": total, "numberReturned": len(features), "links": links})
    body = b'{"type":"FeatureCollection","features":[' + b",".join(features) + b"]," + head[1:].encode()
    return Response(body, mimetype=GEOJSON_MEDIA_TYPE, headers={
        "Content-Disposition": f'attachment; filename="geomap-{name}.geojson"'})


@bp.get("/incidents")
def incidents():
    """Stored incidents (one per happening, with every source) as GeoJSON: the events' filters
    and paging; an incident matches an article or a source when one of its events does."""
    flt, fields = _snapshot(_event_filter(), "incidents"), _fields()
    features, total = store().incidents_json(flt, summary=fields == "summary")
    return _collection(features, total, flt, "api.incidents", fields, "incidents")


@bp.get("/incidents/<int:incident_id>")
def get_incident(incident_id: int):
    """One incident: its place, date, fatalities, actors, its events and every source with its sentence."""
    return Response(dumps_geojson(store().incident(incident_id)), mimetype=GEOJSON_MEDIA_TYPE)


@bp.get("/events/<event_id>")
def get_event(event_id: str):
    return Response(dumps_geojson(store().event(event_id)), mimetype=GEOJSON_MEDIA_TYPE)


@bp.get("/events.csv")
def events_csv():
    """The same events as ACLED-style CSV, streamed (a download is everything that matches).
    News only unless ``report`` asks otherwise: ACLED codes what happened, once, when it is news.
    ``mode=incidents``: one row per incident, every source in ``source``."""
    flt = _event_filter()
    mode = request.args.get("mode", "events")
    if mode not in ("events", "incidents"):
        raise BadRequest("'mode' must be 'events' or 'incidents'")
    if not flt.report:
        flt = replace(flt, report=("new",))
    if "limit" not in request.args:
        flt = replace(flt, limit=-1)                 # SQLite: no limit
    batches = store().iter_incidents(flt) if mode == "incidents" else store().iter_events(flt)
    write = incidents_to_csv if mode == "incidents" else features_to_csv
    # The first batch is read before the headers go out, so a query that fails says so with its
    # status code instead of a 200 with a cut body.
    first = next(batches, [])

    def rows():
        numbering: dict[str, int] = {}
        yield "\ufeff" + write([])       # a BOM: spreadsheet programs then read UTF-8, not mojibake
        for batch in itertools.chain([first], batches):
            yield write(batch, header=False, numbering=numbering)

    return Response(rows(), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="geomap-{mode}.csv"'})


@bp.get("/facets")
def facets():
    """What the map's filters offer: event kinds, sources, the date range, counts."""
    return jsonify(store().facets())


@bp.get("/gazetteer/search")
def gazetteer_search():
    query = (request.args.get("q") or "").strip()
    if not query:
        raise BadRequest("'q' is required: a place name in Arabic or English")
    if len(query) > 200:
        raise BadRequest("'q' is longer than 200 characters")
    try:
        limit = min(max(int(request.args.get("limit", 10)), 1), 50)
    except ValueError:
        raise BadRequest("'limit' must be a whole number") from None
    found = gazetteer_for(current_app).suggest(query, country=request.args.get("country") or None,
                                               limit=limit)
    return jsonify({"query": query, "results": [
        {**c.place.to_dict(), "matched_name": c.name, "trusted": c.trusted} for c in found]})


@bp.post("/gazetteer/places")
def gazetteer_add_place():
    """Add a name to the gazetteer's user layer, then re-parse the stored articles where it was unresolved."""
    check_write()
    body = _json_body()
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise BadRequest("'name' is required: the place name as written in the article")
    for key in ("kind", "country", "admin1", "alias_of"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise BadRequest(f"'{key}' must be a string")
    try:
        lat = _number(body.get("lat"), "lat")
        lon = _number(body.get("lon"), "lon")
        place = add_place(name, lat=lat, lon=lon, kind=body.get("kind") or "village",
                          country=body.get("country"), admin1=body.get("admin1"),
                          alias_of=body.get("alias_of"), gazetteer_path=current_app.config.get("GAZETTEER_PATH"))
    except GazetteerEditsUnavailable as exc:
        raise HTTPNotImplemented(str(exc)) from None
    except InputError as exc:
        raise UnprocessableEntity(str(exc)) from None
    ids = store().articles_with_unresolved(name.strip())
    reparsed = reparse(store(), ids, gazetteer=gazetteer_for(current_app))
    response = jsonify({"place": place.to_dict() if hasattr(place, "to_dict") else str(place),
                        "reparsed_articles": reparsed})
    response.status_code = 201
    return response


def _number(value, name: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number):
        raise InputError(f"'{name}' must be a number in degrees, not {str(value)[:40]!r}")
    return number


@bp.get("/openapi.json")
def openapi():
    from .openapi import document

    return jsonify(document())


@bp.errorhandler(NotFound)
def not_found(error: NotFound):
    response = jsonify(error=str(error), status=404)
    response.status_code = 404
    return response
