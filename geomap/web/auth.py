"""Writes need ``Authorization: Bearer <token>`` when ``GEOMAP_API_TOKEN`` is set; reads stay open."""

from __future__ import annotations

import hmac

from flask import current_app, request
from werkzeug.exceptions import Unauthorized


def check_write() -> None:
    """Raise 401 unless this request may write. Call it before reading the body: nothing is written."""
    token = current_app.config.get("GEOMAP_API_TOKEN")
    if not token:
        return
    header = request.headers.get("Authorization", "")
    given = header[7:].strip() if header[:7].lower() == "bearer " else None
    if given is None and not request.path.startswith("/api/"):
        given = request.form.get("token")          # the HTML forms send it as a field
    if not given or not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise Unauthorized("this server needs a token for writes: send Authorization: Bearer <token> "
                           "(the value of GEOMAP_API_TOKEN)")


def writes_need_token() -> bool:
    return bool(current_app.config.get("GEOMAP_API_TOKEN"))
