"""An article's text and metadata from a saved web page, without the page chrome."""

from __future__ import annotations

from ..errors import InputError
from ..metadata import is_http_url


def extract_article(data: bytes | str) -> tuple[str, dict]:
    """The main text of the page (trafilatura) and its title, date, canonical URL and site name.

    Raises :class:`InputError` when the page holds no article text.
    """
    import trafilatura

    try:
        found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    except Exception as exc:                    # lxml raises many kinds on broken markup
        raise InputError(f"cannot read the HTML ({type(exc).__name__}: {exc})") from None
    if found is None:
        raise InputError("no article text found in the HTML page")
    record = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = (record.get("text") or "").strip()
    if not text:
        raise InputError("no article text found in the HTML page")
    meta = {}
    for key, field in (("title", "title"), ("url", "url"), ("source", "sitename"), ("published", "date")):
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    if meta.get("url") and not is_http_url(meta["url"]):
        del meta["url"]
    return text, meta
