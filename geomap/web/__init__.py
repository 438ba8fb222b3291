"""The web service: ingest articles, browse the stored event map, the API and the downloads.

``create_app(test_config=None)`` as in Flask's tutorial; one blueprint for the
pages, one for the JSON API. Only this package imports Flask.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask

from ..pipeline import MAX_CHARS
from ..store import EventStore, default_db_path
from ..tiles import tile_url

MAX_UPLOAD_BYTES = 16 * 1024 * 1024       # one request: several files, or a .jsonl of many articles
MAX_FORM_FIELD_BYTES = 6 * MAX_CHARS + 64 * 1024   # one pasted text field (see create_app)


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
        # a pasted article is one form field: room for MAX_CHARS Arabic characters, percent-encoded
        # (6 bytes each), so that a longer one gets the parser's own "characters long" message
        MAX_FORM_MEMORY_SIZE=MAX_FORM_FIELD_BYTES,
        GEOMAP_TILES=os.environ.get("GEOMAP_TILES", "osm"),
        GEOMAP_DB=os.environ.get("GEOMAP_DB") or str(default_db_path()),
        GEOMAP_API_TOKEN=os.environ.get("GEOMAP_API_TOKEN") or None,
        GEOMAP_ALLOWED_HOSTS=os.environ.get("GEOMAP_ALLOWED_HOSTS") or None,
        GEOMAP_HOST=None,                    # the address `geomap serve` binds: an allowed host
        GAZETTEER_PATH=None,
    )
    if test_config:
        app.config.update({k: v for k, v in test_config.items() if v is not None})
    app.config["TILE_URL"] = tile_url(app.config["GEOMAP_TILES"])
    app.extensions["geomap_store"] = EventStore(app.config["GEOMAP_DB"])
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from . import api, errors, pages, security

    security.init_app(app)                   # before the blueprints: their routes use its int converter
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    errors.register(app)

    csp = content_security_policy(app.config["TILE_URL"])

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with our
        # own forms, which the cross-site check must refuse; other sites still get no referrer.
        response.headers.setdefault("Referrer-Policy", "same-origin")
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


from .db import gazetteer_for, store  # noqa: E402,F401  (where the views get them; kept importable here)
