"""An article's metadata (title, source, url): bounded, without bidi controls, the url http(s).

Every path that stores or returns an article goes through :func:`clean_metadata` (``parse``
calls it), so the API, the form, uploads and the command line apply one rule. The metadata is
copied into every event of the article, so it is kept short: a 6-million-character title once
made a 1.9 GB response.

>>> clean_metadata(title="  عنوان\\u202e  ", url="https://example.org/a")
{'title': 'عنوان', 'source': None, 'url': 'https://example.org/a'}
"""

from __future__ import annotations

import re

from .errors import InputError

TEXT_FIELDS = ("title", "source", "url")             # what clean_metadata bounds
META_FIELDS = (*TEXT_FIELDS, "published")            # what an article may say about itself
MAX_TITLE_CHARS = 500
MAX_SOURCE_CHARS = 200
MAX_URL_CHARS = 2048
LIMITS = {"title": MAX_TITLE_CHARS, "source": MAX_SOURCE_CHARS, "url": MAX_URL_CHARS}

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text around them:
# U+202E makes "gpj.exe" read "exe.jpg". The marks (U+200E, U+200F, U+061C) only nudge and stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f]")


def strip_bidi_controls(value: str) -> str:
    """*value* without the bidi embedding, override and isolate characters.

    >>> strip_bidi_controls("exe.\\u202egpj")
    'exe.gpj'
    """
    return _BIDI_CONTROLS.sub("", value)


def clean_metadata(*, title: str | None = None, source: str | None = None,
                   url: str | None = None) -> dict[str, str | None]:
    """The metadata as stored: trimmed, bidi controls dropped, empty as None.

    Raises :class:`InputError` for a value that is not a string, is longer than its limit
    (:data:`LIMITS`), or a url that is not an http(s) URL.
    """
    out: dict[str, str | None] = {}
    for key, value in zip(TEXT_FIELDS, (title, source, url)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be a string")
        value = strip_bidi_controls(value).strip() if value else ""
        if len(value) > LIMITS[key]:
            raise InputError(f"'{key}' is {len(value):,} characters long; the limit is {LIMITS[key]:,}")
        out[key] = value or None
    if out["url"]:
        check_url(out["url"])
    return out


def is_http_url(url: str) -> bool:
    """Whether *url* is an http(s) URL with a host and no spaces or control characters.

    >>> is_http_url("https://www.bbc.com/arabic"), is_http_url("javascript:alert(1)"), is_http_url("http:///x")
    (True, False, False)
    """
    return (url.lower().startswith(("http://", "https://")) and not _URL_UNSAFE.search(url)
            and len(url.split("://", 1)[1].split("/", 1)[0]) > 0)


def check_url(url: str) -> str:
    """*url* if it is an http(s) URL (:func:`is_http_url`), else an :class:`InputError`."""
    if not is_http_url(url):
        raise InputError("'url' must be an http(s) URL (http://… or https://…), "
                         f"not {url[:80]!r}")
    return url
