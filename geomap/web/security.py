"""What every request passes before a view runs: the host, the origin of a write, the body's size.

- **Hosts** (against DNS rebinding): the ``Host`` header must name an allowed host —
  ``GEOMAP_ALLOWED_HOSTS`` (comma-separated; ``*`` allows any), by default localhost,
  127.0.0.1, ::1 and the address the server is bound to. Anything else: 400.
- **Cross-site writes** (POST, PUT, PATCH, DELETE), with or without a token: a browser names
  the page a request comes from (``Sec-Fetch-Site``, ``Origin``, ``Referer``); a write from
  another origin, or from an opaque one (``Origin: null``), is refused with 403 before its body
  is read. A request that names no origin at all is not a browser's cross-site form (every
  browser sends ``Origin`` with a POST) and passes: curl, scripts and the tests.
- **Body sizes**, checked against ``Content-Length`` before the body is read (413): 4 MB for
  an article as JSON, 64 KB for the small forms and the gazetteer edit, 16 MB for the upload
  form. On a server with a token, ``/api/v1/parse`` without it takes 256 KB and 20,000
  characters (one news article); with the token, what ``POST /articles`` takes.
- **Form tokens**: a form without an ``Authorization`` header must send its ``token`` field
  within the first 64 KB of its body (the upload form sends it first): the server reads no
  further before refusing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import Flask, current_app, request
from werkzeug.exceptions import BadRequest, Forbidden, RequestEntityTooLarge
from werkzeug.routing import IntegerConverter

from ..errors import ConfigurationError, LimitExceeded

MAX_JSON_BODY = 4 * 1024 * 1024            # an article of 500,000 characters as JSON, \u-escaped too
MAX_SMALL_BODY = 64 * 1024                 # delete, add a place: a few fields
PUBLIC_PARSE_BODY = 256 * 1024             # /parse without the token, on a server that has one
PUBLIC_PARSE_CHARS = 20_000
MAX_SQL_INTEGER = 2**63 - 1
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::", "")
BODY_LIMITS = {"api.parse_article": MAX_JSON_BODY, "api.create_article": MAX_JSON_BODY,
               "api.gazetteer_add_place": MAX_SMALL_BODY, "pages.delete_article": MAX_SMALL_BODY,
               "pages.fix_place": MAX_SMALL_BODY, "api.delete_article": MAX_SMALL_BODY}


class SqlInteger(IntegerConverter):
    """``<int:…>`` in a route, no larger than SQLite's largest integer (a larger id is a 404)."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_SQL_INTEGER, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def init_app(app: Flask) -> None:
    """Set the checks up on *app*; call it before the blueprints are registered."""
    app.url_map.converters["int"] = SqlInteger
    app.config["ALLOWED_HOSTS"] = allowed_hosts(app.config.get("GEOMAP_ALLOWED_HOSTS"),
                                                app.config.get("GEOMAP_HOST"))
    app.before_request(guard)


def allowed_hosts(setting: str | None, bound: str | None = None) -> frozenset[str] | None:
    """The host names a request may name (lower case, no port); None allows any.

    >>> sorted(allowed_hosts(None, "192.0.2.7"))
    ['127.0.0.1', '192.0.2.7', '::1', 'localhost']
    >>> sorted(allowed_hosts("geomap.example.org, 10.1.2.3"))
    ['10.1.2.3', 'geomap.example.org']
    >>> allowed_hosts("*") is None
    True
    """
    if setting and setting.strip():
        names = {h.strip().lower().strip("[]") for h in setting.split(",") if h.strip()}
        if "*" in names:
            return None
        bad = [h for h in names if not re.fullmatch(r"[a-z0-9.:_-]+", h)]
        if bad:
            raise ConfigurationError(f"GEOMAP_ALLOWED_HOSTS: {bad[0]!r} is not a host name or address "
                                     "(give names or addresses without a port, separated by commas)")
        return frozenset(names)
    names = set(LOCAL_HOSTS)
    if bound and bound.strip("[]") not in WILDCARD_ADDRESSES:
        names.add(bound.strip("[]").lower())
    return frozenset(names)


def guard() -> None:
    """The checks every request passes before its view (a ``before_request`` hook)."""
    _check_host()
    if request.method in UNSAFE_METHODS:
        _check_same_origin()
        _limit_body()


def _host_name(netloc: str) -> str:
    """``example.org:5000`` → ``example.org``; ``[::1]:5000`` → ``::1``."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def _check_host() -> None:
    allowed = current_app.config["ALLOWED_HOSTS"]
    if allowed is None:
        return
    host = request.headers.get("Host", "")
    if _host_name(host) not in allowed:
        raise BadRequest(f"this server does not answer for the host {host[:100]!r}; "
                         "add it to GEOMAP_ALLOWED_HOSTS if it is this server's name")


def _check_same_origin() -> None:
    fetch_site = request.headers.get("Sec-Fetch-Site", "").lower()
    if fetch_site in ("cross-site", "same-site"):
        raise Forbidden(f"refused: a write from another site (Sec-Fetch-Site: {fetch_site}); "
                        "geomap takes writes only from its own pages or from clients that are not browsers")
    origin = request.headers.get("Origin")
    if origin is None and request.headers.get("Referer"):
        parts = urlsplit(request.headers["Referer"])
        origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "null"
    if origin is None:
        return                                    # not a browser's form or script: nothing to forge
    parts = urlsplit(origin.strip())
    if origin.strip().lower() == "null" or parts.netloc.lower() != request.host.lower():
        raise Forbidden(f"refused: a write from another origin ({origin[:100]}); geomap takes writes "
                        "only from its own pages or from clients that are not browsers")


def _limit_body() -> None:
    limit = BODY_LIMITS.get(request.endpoint or "")
    if request.endpoint == "api.parse_article" and _public_parse():
        limit = PUBLIC_PARSE_BODY
    if limit is not None:
        request.max_content_length = limit
        if (request.content_length or 0) > limit:
            raise RequestEntityTooLarge()


def _public_parse() -> bool:
    from .auth import bearer_token_valid, writes_need_token

    return writes_need_token() and not bearer_token_valid()


def check_public_parse(text: str) -> None:
    """Without the token on a server that has one, /parse takes one article of a news article's size."""
    if _public_parse() and len(text) > PUBLIC_PARSE_CHARS:
        raise LimitExceeded(f"without the write token /api/v1/parse takes at most {PUBLIC_PARSE_CHARS:,} "
                            f"characters, not {len(text):,}; send the token for longer texts")


# -- what an error may say ---------------------------------------------------------------------

_ABSOLUTE_PATH = re.compile(r"(?<![\w:/.~-])/(?:[^\s/'\"]+/)+([^\s/'\"]+)")


def public_message(message: str) -> str:
    """*message* with each absolute file path cut to its last part (the file's name).

    >>> public_message("the event store /srv/data/events.sqlite stayed locked")
    'the event store events.sqlite stayed locked'
    >>> public_message("see https://example.org/a/b")
    'see https://example.org/a/b'
    """
    return _ABSOLUTE_PATH.sub(r"\1", message)
