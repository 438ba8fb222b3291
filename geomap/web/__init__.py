"""The web app: paste an Arabic article, get its event map, its events and the GeoJSON.

``create_app(test_config=None)`` as in Flask's tutorial; one blueprint for the
pages, one for the JSON API. Only this package imports Flask.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from flask import Flask, jsonify, request

from .results import ResultCache

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


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
        RESULT_CACHE_SIZE=64,
        GEOMAP_TILES=os.environ.get("GEOMAP_TILES", "osm"),
        GAZETTEER_PATH=None,
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["geomap_results"] = ResultCache(app.config["RESULT_CACHE_SIZE"])

    from . import api, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    @app.errorhandler(413)
    def too_large(error):
        message = f"the upload is larger than {app.config['MAX_CONTENT_LENGTH'] // 1024:,} KB"
        if request.path.startswith("/api/"):
            return jsonify(error=message), 413
        return pages.render_error(message, 413)

    @app.errorhandler(404)
    def not_found(error):
        if request.path.startswith("/api/"):
            return jsonify(error="not found"), 404
        return pages.render_error("الصفحة غير موجودة · page not found", 404)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'")
        return response

    return app


def gazetteer_for(app: Flask):
    from gazetteer import open_default

    return open_default(app.config.get("GAZETTEER_PATH"))
