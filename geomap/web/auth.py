"""Writes need ``Authorization: Bearer <token>`` when ``GEOMAP_API_TOKEN`` is set; reads stay open.

The HTML forms send the token as a field instead; the server looks for it in the first 64 KB of
the form (:func:`~geomap.web.forms.peek_form_field`) and refuses without reading the rest.
"""

from __future__ import annotations

import hmac

from flask import current_app, request
from werkzeug.exceptions import Unauthorized

from .forms import peek_form_field


def check_write() -> None:
    """Raise 401 unless this request may write. Call it before reading the body: nothing is written."""
    token = current_app.config.get("GEOMAP_API_TOKEN")
    if not token:
        return
    given = _bearer()
    if given is None and not request.path.startswith("/api/"):
        given = peek_form_field("token")         # the HTML forms send it as a field, first
    if not _same(given, token):
        raise Unauthorized("this server needs a token for writes: send Authorization: Bearer <token> "
                           "(the value of GEOMAP_API_TOKEN)")


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header[:7].lower() == "bearer " else None


def _same(given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def bearer_token_valid() -> bool:
    """This request carries the right token in its Authorization header."""
    token = current_app.config.get("GEOMAP_API_TOKEN")
    return bool(token) and _same(_bearer(), token)


def writes_need_token() -> bool:
    return bool(current_app.config.get("GEOMAP_API_TOKEN"))
