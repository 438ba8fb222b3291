"""The JSON API. Errors are JSON: {"error": message} with the fitting status code."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request

from ..errors import InputError
from ..export import GEOJSON_MEDIA_TYPE, dumps_geojson
from ..pipeline import parse
from . import gazetteer_for

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.post("/parse")
def parse_article():
    """Stateless: an article in (JSON: text, title, source, url, published), GeoJSON out."""
    if not request.is_json:
        return jsonify(error="send JSON with Content-Type: application/json"), 415
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return jsonify(error="the body must be a JSON object with a 'text' field"), 400
    text = body.get("text")
    if not isinstance(text, str):
        return jsonify(error="'text' is required and must be a string"), 400
    meta = {}
    for key in ("title", "source", "url", "published"):
        value = body.get(key)
        if value is not None and not isinstance(value, str):
            return jsonify(error=f"'{key}' must be a string"), 400
        meta[key] = value
    try:
        doc = parse(text, gazetteer=gazetteer_for(current_app), **meta)
    except (InputError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    return Response(dumps_geojson(doc.to_geojson()), mimetype=GEOJSON_MEDIA_TYPE)
