"""What the service answers when something goes wrong: JSON under ``/api/``, a page elsewhere.

User errors are 4xx and say what to change: :class:`~geomap.errors.InputError` is 400,
:class:`~geomap.errors.LimitExceeded` 413, a gazetteer entry the gazetteer refuses 422. Only
a store or gazetteer that cannot serve is 503 ("unavailable"), and its message names files,
never their folders.
"""

from __future__ import annotations

from flask import Flask, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from gazetteer.errors import InvalidEntry

from ..errors import GazetteerError, InputError, LimitExceeded, NotFound, StoreError
from ..pipeline import MAX_CHARS
from .security import public_message


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(InputError, input_error)
    app.register_error_handler(InvalidEntry, input_error)
    app.register_error_handler(NotFound, lambda error: respond(str(error), 404))
    app.register_error_handler(StoreError, unavailable)
    app.register_error_handler(GazetteerError, unavailable)


def respond(message: str, status: int):
    """The error as JSON for the API, as a page for the rest."""
    if request.path.startswith("/api/"):
        response = jsonify(error=message, status=status)
        response.status_code = status
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="geomap"'
        return response
    from .pages import render_error

    return render_error(message, status)


def http_error(error: HTTPException):
    message = error.description or error.name
    if error.code == 413:
        message = _too_large()
    if error.code == 404:
        message = "not found" if request.path.startswith("/api/") else "الصفحة غير موجودة · page not found"
    return respond(message, error.code or 500)


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):.1f} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"


def _too_large() -> str:
    """Which limit a request broke: the whole request's, or, within it, a form's (one pasted text
    field's size, or how many files one form may carry)."""
    limit = request.max_content_length or current_app.config["MAX_CONTENT_LENGTH"]
    field = current_app.config.get("MAX_FORM_MEMORY_SIZE")
    if request.content_length is not None and request.content_length <= limit and field:
        parts = current_app.config.get("MAX_FORM_PARTS") or 1000
        return (f"the form is over a limit of this server: a pasted text of {_size(field)} "
                f"(an article may have {MAX_CHARS:,} characters), or {parts:,} files in one upload; "
                "upload a long text as a file, or send fewer files at a time")
    return f"the request is larger than {_size(limit)}, the limit here; send fewer or smaller files"


def input_error(error: Exception):
    if isinstance(error, LimitExceeded):
        return respond(str(error), 413)
    return respond(str(error), 422 if isinstance(error, InvalidEntry) else 400)


def unavailable(error: Exception):
    # The store or the gazetteer cannot serve (full disk, read-only, locked, damaged file): say so
    # and how to fix it, instead of a bare 500; nothing was half-written. The log keeps the paths.
    current_app.logger.error("%s", error)
    return respond(public_message(str(error)), 503)
