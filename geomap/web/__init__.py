"""The web service: ingest articles, browse the stored event map, the API and the downloads.

``create_app(test_config=None)`` as in Flask's tutorial; one blueprint for the
pages, one for the JSON API. Only this package imports Flask.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from ..errors import GazetteerError, StoreError
from ..store import EventStore, default_db_path
from ..tiles import tile_url

MAX_UPLOAD_BYTES = 16 * 1024 * 1024       # one request: several files, or a .jsonl of many articles


def templates_dir() -> Path:
    """The Jinja templates: ``geomap/templates`` in a wheel, ``templates/`` in a checkout."""
    try:
        path = Path(str(resources.files("geomap.templates")))
        if (path / "base.html").is_file():
            return path
    except ModuleNotFoundError:  # pragma: no cover - depends on how geomap was installed
        pass
    return Path(__file__).resolve().parents[2] / "templates"


def create_app(test_config: dict | None = None) -> Flask:
    static = Path(str(resources.files("geomap").joinpath("static")))
    app = Flask(__name__, template_folder=str(templates_dir()), static_folder=str(static),
                static_url_path="/static")
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES,
        GEOMAP_TILES=os.environ.get("GEOMAP_TILES", "osm"),
        GEOMAP_DB=os.environ.get("GEOMAP_DB") or str(default_db_path()),
        GEOMAP_API_TOKEN=os.environ.get("GEOMAP_API_TOKEN") or None,
        GAZETTEER_PATH=None,
    )
    if test_config:
        app.config.update({k: v for k, v in test_config.items() if v is not None})
    app.config["TILE_URL"] = tile_url(app.config["GEOMAP_TILES"])
    app.extensions["geomap_store"] = EventStore(app.config["GEOMAP_DB"])
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from . import api, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        message = error.description or error.name
        if error.code == 413:
            message = (f"the upload is larger than {app.config['MAX_CONTENT_LENGTH'] // (1024 * 1024)} MB; "
                       "send fewer or smaller files")
        if error.code == 404:
            message = "not found"
        if request.path.startswith("/api/"):
            response = jsonify(error=message, status=error.code)
            response.status_code = error.code
            if error.code == 401:
                response.headers["WWW-Authenticate"] = 'Bearer realm="geomap"'
            return response
        if error.code == 404:
            message = "الصفحة غير موجودة · page not found"
        return pages.render_error(message, error.code)

    @app.errorhandler(StoreError)
    @app.errorhandler(GazetteerError)
    def service_unavailable(error: Exception):
        # The store or the gazetteer cannot serve (full disk, read-only, damaged file): say so
        # and how to fix it, instead of a bare 500; nothing was half-written.
        current_app.logger.error("%s", error)
        if request.path.startswith("/api/"):
            response = jsonify(error=str(error), status=503)
            response.status_code = 503
            return response
        return pages.render_error(str(error), 503)

    csp = content_security_policy(app.config["TILE_URL"])

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        response.headers.setdefault("Content-Security-Policy", csp)
        return response

    return app


def content_security_policy(tiles: str | None) -> str:
    """Nothing inline, nothing from elsewhere but the tile server's images."""
    img = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "a"))
        origin = f"{parts.scheme}://{parts.netloc}"
        img += " " + (origin if "{s}" not in tiles else f"{parts.scheme}://*.{parts.netloc.split('.', 1)[1]}")
    return (f"default-src 'self'; img-src {img}; style-src 'self'; script-src 'self'; "
            "connect-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'; "
            "base-uri 'none'")


def store() -> EventStore:
    return current_app.extensions["geomap_store"]


def gazetteer_for(app: Flask):
    from gazetteer import open_default

    return open_default(app.config.get("GAZETTEER_PATH"))
