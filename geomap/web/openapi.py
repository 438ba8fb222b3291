"""The API's OpenAPI 3.1 description, served at ``/api/v1/openapi.json`` (tests check responses against it)."""

from __future__ import annotations

from gazetteer.once import once

from .. import __version__
from ..store import MAX_LIMIT

_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_INT = {"type": ["integer", "null"]}
_NULLABLE_NUMBER = {"type": ["number", "null"]}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


def _geojson(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/geo+json": {"schema": schema}}}


def _query(name: str, description: str, schema: dict | None = None, **extra) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}, **extra}


_ARTICLE_ID = {"name": "article_id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
_WRITE = [{"bearer": []}, {}]       # a token when the server has GEOMAP_API_TOKEN set

_EVENT_FILTERS = [
    _query("type", "Comma-separated event kinds (airstrike, shelling, explosion, suicide_bomb, battle, "
                   "killing, talks, agreement, ceasefire) or ACLED event types."),
    _query("since", "Events on or after this date.", {"type": "string", "format": "date"}),
    _query("until", "Events on or before this date.", {"type": "string", "format": "date"}),
    _query("bbox", "west,south,east,north in degrees (WGS 84).",
           {"type": "string", "pattern": r"^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$"}),
    _query("article", "Comma-separated article ids.", {"type": "string", "pattern": r"^[0-9]+(,[0-9]+)*$"}),
    _query("source", "Comma-separated source names."),
    _query("precision", "Comma-separated ACLED geo-precision codes: 1 the place itself, 2 near a place "
                        "or part of a region, 3 a larger region.",
           {"type": "string", "pattern": r"^[123](,[123])*$"}),
    _query("status", "Comma-separated statuses (occurred, proposed, planned, called_for, denied)."),
    _query("located", "true: only events with a place on the map; false: only those without.",
           {"type": "string", "enum": ["true", "false", "1", "0", "yes", "no"]}),
    _query("report", "new (told as news), background (history, context, a campaign or a running total), "
                     "planned (told as still to come), or several comma-separated. Default: all for GeoJSON; "
                     "new for the CSV.",
           {"type": "string", "pattern": r"^(new|background|planned)(,(new|background|planned)){0,2}$"}),
    _query("min_confidence", "Only events (incidents) at least this likely to be right, from 0 to 1: each "
                             "event's confidence is a model's probability that a hand-labelled event of its "
                             "type lies within 50 km (0.5: more likely right than wrong).",
           {"type": "number", "minimum": 0, "maximum": 1}),
]
_PAGING = [
    _query("limit", f"Page size (default 1000, at most {MAX_LIMIT:,}).",
           {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}),
    _query("offset", "How many matching events to skip.", {"type": "integer", "minimum": 0}),
    _query("max_id", "Only rows stored up to this id: the snapshot a paged walk keeps (the rel=next "
           "links carry it).", {"type": "integer", "minimum": 0}),
]

_SCHEMAS = {
    "Error": {"type": "object", "required": ["error", "status"], "properties": {
        "error": {"type": "string", "description": "What went wrong, in words a user can act on."},
        "status": {"type": "integer"}}},
    "ArticleIn": {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string", "description": "The article in Arabic (at most 500,000 characters)."},
        "title": {"type": ["string", "null"], "maxLength": 500, "description": "Bidi controls are dropped."},
        "source": {"type": ["string", "null"], "maxLength": 200},
        "url": {"type": ["string", "null"], "maxLength": 2048,
                "description": "http(s) URL; the same URL again replaces the article."},
        "published": {"type": ["string", "null"], "description": "YYYY-MM-DD; relative dates are read against it."}}},
    "Geometry": {"oneOf": [
        {"type": "null"},
        {"type": "object", "required": ["type", "coordinates"], "properties": {
            "type": {"const": "Point"},
            "coordinates": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}}}]},
    "EventProperties": {
        "type": "object",
        "description": "The event's fields. Fields added by newer parsers (actors, fatalities, place role…) "
                       "appear here without a schema change.",
        "required": ["event_id", "kind", "event_type", "date", "geo_precision", "article_id"],
        "additionalProperties": True,
        "properties": {
            "event_id": {"type": "string"}, "kind": {"type": "string"}, "event_type": {"type": "string"},
            "sub_event_type": {"type": "string"}, "label_ar": {"type": "string"}, "label_en": {"type": "string"},
            "status": _NULLABLE_STRING, "date": {"type": ["string", "null"], "format": "date"},
            "report": {"type": "string", "enum": ["new", "background", "planned"]},
            "date_precision": _NULLABLE_INT, "place": _NULLABLE_STRING, "place_ar": _NULLABLE_STRING,
            "location_text": _NULLABLE_STRING, "gazetteer_id": _NULLABLE_STRING,
            "country": _NULLABLE_STRING, "admin1": _NULLABLE_STRING,
            "geo_precision": {"type": ["integer", "null"], "enum": [1, 2, 3, None]},
            "radius_km": _NULLABLE_NUMBER,
            "bbox": {"type": ["array", "null"], "items": {"type": "number"}},
            "sentence": {"type": "string"}, "trigger": {"type": "string"},
            "highlights": {"type": "array", "items": {"type": "array"}},
            "confidence": {"type": "number"},
            "article_id": {"type": "integer", "description": "The stored article's id."},
            "article_hash": _NULLABLE_STRING, "article_title": _NULLABLE_STRING,
            "source": _NULLABLE_STRING, "url": _NULLABLE_STRING, "published": _NULLABLE_STRING}},
    "Event": {"type": "object", "required": ["type", "id", "geometry", "properties"], "properties": {
        "type": {"const": "Feature"}, "id": {"type": "string"},
        "geometry": _ref("Geometry"), "properties": _ref("EventProperties")}},
    "EventSummary": {"type": "object", "required": ["type", "id", "geometry", "properties"],
                     "description": "An event with only what a map draws (fields=summary).",
                     "properties": {
        "type": {"const": "Feature"}, "id": {"type": "string"}, "geometry": _ref("Geometry"),
        "properties": {"type": "object", "required": ["kind", "date", "geo_precision", "article_id"],
                       "properties": {
            "kind": {"type": "string"}, "date": {"type": ["string", "null"], "format": "date"},
            "geo_precision": {"type": ["integer", "null"]}, "radius_km": _NULLABLE_NUMBER,
            "bbox": {"type": ["array", "null"], "items": {"type": "number"}},
            "location_text": _NULLABLE_STRING, "place": _NULLABLE_STRING,
            "article_id": {"type": "integer"}, "fatalities": _NULLABLE_INT, "source": _NULLABLE_STRING,
            "status": _NULLABLE_STRING, "report": {"type": "string", "enum": ["new", "background", "planned"]}}}}},
    "Source": {"type": "object", "required": ["source", "url", "title", "article_id", "published"],
               "description": "One report of an incident: the article, its event and sentence, and the scores "
                              "that put the event in the incident (match).",
               "properties": {
        "source": _NULLABLE_STRING, "url": _NULLABLE_STRING, "title": _NULLABLE_STRING,
        "article_id": {"type": "integer"}, "published": {"type": ["string", "null"], "format": "date"},
        "event_id": {"type": "string"}, "date": {"type": ["string", "null"], "format": "date"},
        "location_text": _NULLABLE_STRING, "sentence": _NULLABLE_STRING, "trigger": _NULLABLE_STRING,
        "fatalities": _NULLABLE_INT, "match": {"type": ["object", "null"]}}},
    "Incident": {"type": "object", "required": ["type", "id", "geometry", "properties"],
                 "description": "One happening, however many articles and outlets report it.",
                 "properties": {
        "type": {"const": "Feature"}, "id": {"type": "integer"}, "geometry": _ref("Geometry"),
        "properties": {"type": "object",
                       "required": ["incident_id", "event_ids", "sources", "n_sources", "kind", "date"],
                       "properties": {
            "incident_id": {"type": "integer"}, "event_ids": {"type": "array", "items": {"type": "string"}},
            "sources": {"type": "array", "items": _ref("Source")}, "n_sources": {"type": "integer"},
            "n_outlets": {"type": "integer"}, "kind": {"type": "string"},
            "date": {"type": ["string", "null"], "format": "date"}, "time_precision": _NULLABLE_INT,
            "geo_precision": _NULLABLE_INT, "place": _NULLABLE_STRING, "fatalities": _NULLABLE_INT,
            "fatalities_max": _NULLABLE_INT,
            "fatalities_range": {"type": ["array", "null"], "items": {"type": "integer"}},
            "confidence": {"type": "number"}}}}},
    "IncidentCollection": {"type": "object", "required": ["type", "features", "numberMatched", "numberReturned"],
                           "properties": {
        "type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": {"type": "object"}},
        "numberMatched": {"type": "integer"}, "numberReturned": {"type": "integer"},
        "links": {"type": "array", "items": _ref("Link")}}},
    "Link": {"type": "object", "required": ["rel", "href"], "properties": {
        "rel": {"type": "string"}, "type": {"type": "string"}, "href": {"type": "string"}}},
    "EventCollection": {"type": "object", "required": ["type", "features", "numberMatched", "numberReturned"],
                        "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {"anyOf": [_ref("Event"), _ref("EventSummary")]}},
        "numberMatched": {"type": "integer"}, "numberReturned": {"type": "integer"},
        "links": {"type": "array", "items": _ref("Link")}}},
    "ParseResult": {"type": "object", "required": ["type", "features"], "properties": {
        "type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"]}}}},
    "Place": {"type": ["object", "null"], "properties": {
        "id": {"type": "string"}, "name": _NULLABLE_STRING, "name_ar": _NULLABLE_STRING,
        "kind": _NULLABLE_STRING, "country": _NULLABLE_STRING}},
    "Mention": {"type": "object", "required": ["start", "end", "text", "resolved"], "properties": {
        "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"},
        "area_start": _NULLABLE_INT, "area_end": _NULLABLE_INT, "area_text": _NULLABLE_STRING,
        "place_id": _NULLABLE_STRING, "lat": _NULLABLE_NUMBER, "lon": _NULLABLE_NUMBER,
        "geo_precision": _NULLABLE_INT, "radius_km": _NULLABLE_NUMBER, "confidence": _NULLABLE_NUMBER,
        "resolved": {"type": "boolean"}, "place": _ref("Place")}},
    "ArticleSummary": {"type": "object", "required": ["id", "text_hash", "event_count"], "properties": {
        "id": {"type": "integer"}, "text_hash": {"type": "string"}, "url": _NULLABLE_STRING,
        "title": _NULLABLE_STRING, "source": _NULLABLE_STRING,
        "published": {"type": ["string", "null"], "format": "date"}, "chars": {"type": "integer"},
        "event_count": {"type": "integer"}, "mention_count": {"type": "integer"},
        "unresolved_count": {"type": "integer"}, "created_at": {"type": "string"},
        "updated_at": {"type": "string"}}},
    "Article": {"allOf": [_ref("ArticleSummary"), {
        "type": "object", "required": ["mentions", "events", "links"], "properties": {
            "text": {"type": "string"}, "created": {"type": "boolean"},
            "mentions": {"type": "array", "items": _ref("Mention")},
            "events": {"type": "array", "items": _ref("Event")},
            "links": {"type": "object", "additionalProperties": {"type": "string"}}}}]},
    "ArticleList": {"type": "object", "required": ["articles", "total", "limit", "offset"], "properties": {
        "articles": {"type": "array", "items": _ref("ArticleSummary")},
        "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"},
        "links": {"type": "object", "additionalProperties": {"type": "string"}}}},
    "Facets": {"type": "object", "required": ["kinds", "sources", "events", "articles"], "properties": {
        "kinds": {"type": "object", "additionalProperties": {"type": "integer"}},
        "sources": {"type": "array", "items": {"type": "string"}},
        "first_date": _NULLABLE_STRING, "last_date": _NULLABLE_STRING,
        "events": {"type": "integer"}, "articles": {"type": "integer"},
        "precision": {"type": "object", "additionalProperties": {"type": "integer"}},
        "reports": {"type": "object", "additionalProperties": {"type": "integer"}}}},
    "GazetteerResults": {"type": "object", "required": ["query", "results"], "properties": {
        "query": {"type": "string"},
        "results": {"type": "array", "items": {"type": "object", "required": ["id", "name", "lat", "lon"],
                                               "properties": {
            "id": {"type": "string"}, "name": {"type": "string"}, "name_ar": _NULLABLE_STRING,
            "lat": {"type": "number"}, "lon": {"type": "number"}, "kind": {"type": "string"},
            "country": _NULLABLE_STRING, "admin1": _NULLABLE_STRING, "population": {"type": "integer"},
            "source": {"type": "string"}, "matched_name": {"type": "string"},
            "trusted": {"type": "boolean"}}}}}},
    "UserPlaceIn": {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string", "description": "The name as the article writes it."},
        "alias_of": {"type": ["string", "null"], "description": "A gazetteer id: the name is another name of it."},
        "lat": _NULLABLE_NUMBER, "lon": _NULLABLE_NUMBER,
        "kind": {"type": "string", "default": "village"},
        "country": _NULLABLE_STRING, "admin1": _NULLABLE_STRING}},
}


@once
def document() -> dict:
    """The OpenAPI 3.1 document of ``/api/v1``."""
    events_params = _EVENT_FILTERS + _PAGING + [
        _query("fields", "'summary' for only what a map draws (the popup fetches the rest).",
               {"type": "string", "enum": ["all", "summary"]})]
    bad_request = _error("A parameter is malformed; the message names it.")
    other_site = _error("A browser's request from another site (Origin, Referer or Sec-Fetch-Site): refused.")
    too_large = _error("The body is larger than this route takes (4 MB for an article; 256 KB and "
                       "20,000 characters for /parse without the token on a server that has one).")
    return {
        "openapi": "3.1.0",
        "info": {"title": "geomap", "version": __version__,
                 "description": "Events geoparsed from Arabic news: store articles, query events as "
                                "GeoJSON or ACLED-style CSV."},
        "servers": [{"url": "/"}],
        "components": {
            "schemas": _SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "Needed for writes when the server sets GEOMAP_API_TOKEN."}},
        },
        "paths": {
            "/api/v1/parse": {"post": {
                "summary": "Parse an article without storing it",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ArticleIn")}}},
                "responses": {"200": _geojson(_ref("ParseResult"), "The events as GeoJSON."),
                              "400": bad_request, "403": other_site, "413": too_large,
                              "415": _error("The body is not JSON."),
                              "422": _error("The text cannot be parsed (empty, not Arabic, too long, bad date).")}}},
            "/api/v1/articles": {
                "get": {"summary": "Stored articles, most recently updated first",
                        "parameters": [_query("limit", "Page size (at most 500).", {"type": "integer", "minimum": 1}),
                                       _query("offset", "Articles to skip.", {"type": "integer", "minimum": 0}),
                                       _query("source", "Only this source.")],
                        "responses": {"200": _json(_ref("ArticleList"), "A page of articles."),
                                      "400": bad_request}},
                "post": {"summary": "Parse and store an article",
                         "security": _WRITE,
                         "requestBody": {"required": True,
                                         "content": {"application/json": {"schema": _ref("ArticleIn")}}},
                         "responses": {
                             "201": _json(_ref("Article"), "Stored as a new article."),
                             "200": _json(_ref("Article"), "Replaced the article with the same text or URL."),
                             "400": bad_request, "401": _error("A token is needed."),
                             "403": other_site, "413": too_large, "415": _error("The body is not JSON."),
                             "422": _error("The text cannot be parsed.")}}},
            "/api/v1/articles/{article_id}": {
                "parameters": [_ARTICLE_ID],
                "get": {"summary": "One article with its text, place mentions and events",
                        "responses": {"200": _json(_ref("Article"), "The article."),
                                      "404": _error("No such article.")}},
                "delete": {"summary": "Delete an article and its events", "security": _WRITE,
                           "responses": {"204": {"description": "Deleted."},
                                         "401": _error("A token is needed."), "403": other_site,
                                         "404": _error("No such article.")}}},
            "/api/v1/events": {"get": {
                "summary": "Stored events as GeoJSON (attachment geomap-events.geojson)",
                "parameters": events_params,
                "responses": {"200": _geojson(_ref("EventCollection"),
                                              "Matching events, newest first; links has rel=next while more remain."),
                              "400": bad_request}}},
            "/api/v1/incidents": {"get": {
                "summary": "Stored incidents — one per happening, with every source — as GeoJSON "
                           "(attachment geomap-incidents.geojson); the events' filters and paging",
                "parameters": events_params,
                "responses": {"200": _geojson(_ref("IncidentCollection"),
                                              "Matching incidents, newest first; links has rel=next while more remain."),
                              "400": bad_request}}},
            "/api/v1/incidents/{incident_id}": {"get": {
                "summary": "One incident: its events and sources",
                "parameters": [{"name": "incident_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": _geojson(_ref("Incident"), "The incident."), "404": _error("No such incident.")}}},
            "/api/v1/events/{event_id}": {"get": {
                "summary": "One event",
                "parameters": [{"name": "event_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _geojson(_ref("Event"), "The event."), "404": _error("No such event.")}}},
            "/api/v1/events.csv": {"get": {
                "summary": "Stored events as ACLED-style CSV (attachment geomap-events.csv); news only unless "
                           "report says otherwise (report=new,background for everything); mode=incidents: "
                           "one row per incident, every source in source",
                "parameters": _EVENT_FILTERS + _PAGING + [
                    _query("mode", "events (one row per event) or incidents (one row per incident).",
                           {"type": "string", "enum": ["events", "incidents"]})],
                "responses": {"200": {"description": "One row per event.",
                                      "content": {"text/csv": {"schema": {"type": "string"}}}},
                              "400": bad_request}}},
            "/api/v1/facets": {"get": {
                "summary": "Event kinds, sources, date range and counts (for filters)",
                "responses": {"200": _json(_ref("Facets"), "The facets.")}}},
            "/api/v1/gazetteer/search": {"get": {
                "summary": "Places with this name (Arabic or English)",
                "parameters": [_query("q", "The name.", required=True),
                               _query("country", "ISO 3166-1 alpha-2 code."),
                               _query("limit", "At most 50.", {"type": "integer", "minimum": 1})],
                "responses": {"200": _json(_ref("GazetteerResults"), "Matching places, largest first."),
                              "400": bad_request}}},
            "/api/v1/gazetteer/places": {"post": {
                "summary": "Add a name to the gazetteer's user layer and re-parse the articles where it was unresolved",
                "security": _WRITE,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("UserPlaceIn")}}},
                "responses": {
                    "201": _json({"type": "object", "required": ["place", "reparsed_articles"], "properties": {
                        "place": {"type": "object"},
                        "reparsed_articles": {"type": "array", "items": {"type": "integer"}}}}, "Added."),
                    "400": bad_request, "401": _error("A token is needed."), "403": other_site,
                    "413": too_large, "415": _error("The body is not JSON."), "422": _error("The place is not valid."),
                    "501": _error("This gazetteer has no user layer.")}}},
            "/api/v1/openapi.json": {"get": {
                "summary": "This document",
                "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1.")}}},
        },
    }
