"""What the views share, reached through the application (as in Flask's tutorial): the event
store the app was made with, and the gazetteer it reads."""

from __future__ import annotations

from flask import Flask, current_app

from ..store import EventStore


def store() -> EventStore:
    """The event store of the running app (made once, in :func:`geomap.web.create_app`)."""
    return current_app.extensions["geomap_store"]


def gazetteer_for(app: Flask):
    """The gazetteer the app reads (``GAZETTEER_PATH``, else the default one), opened once."""
    from gazetteer import open_default

    return open_default(app.config.get("GAZETTEER_PATH"))
