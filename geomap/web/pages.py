"""HTML pages: ingest form and recent articles, the event map, one article."""

from __future__ import annotations

from flask import (Blueprint, abort, current_app, redirect, render_template, request, send_file,
                   url_for)
from markupsafe import Markup, escape
from werkzeug.exceptions import NotImplemented as HTTPNotImplemented

from ..errors import InputError, NotFound
from ..ingest import Failure, ingest, read_bytes
from ..ingest.fixes import PLACE_KINDS, GazetteerEditsUnavailable, add_place, can_add_places, reparse
from ..ingest.limits import Budget
from ..ingest.readers import ArticleInput
from ..labels import count_ar, count_en, labels, ui_tables
from ..maps import json_for_script, offline_outline, vendor_files
from ..metadata import META_FIELDS, TEXT_FIELDS, is_http_url
from ..store import EventFilter
from ..tiles import GEONAMES_ATTRIBUTION, tile_attribution
from .db import gazetteer_for, store
from .auth import check_write, writes_need_token
from .security import MAX_SQL_INTEGER

bp = Blueprint("pages", __name__)
FORM_FIELDS = ("text", *META_FIELDS)
MAX_SHOWN_FAILURES = 100                 # the page lists these; the summary counts them all


def render_error(message: str, status: int):
    return render_template("error.html", message=message), status


@bp.app_context_processor
def site_globals():
    tiles = current_app.config["TILE_URL"]
    attribution = " · ".join(filter(None, [GEONAMES_ATTRIBUTION, tile_attribution(tiles)]))
    return {"tile_url": tiles or "", "attribution": attribution, "writes_need_token": writes_need_token(),
            "outline_url": url_for("pages.outline"), "bi": bilingual, "count_ar": count_ar,
            "count_en": count_en, "label": label, "labels": labels()}


def bilingual(ar: str, en: str | None = None) -> Markup:
    """Arabic, then its English in a span of its own, so that the two never mix mid-phrase."""
    out = Markup('<span lang="ar">') + escape(ar) + Markup("</span>")
    if en:      # the dot in the right-to-left flow, between the two; the English isolated
        out += (Markup('<span class="gm-en"><span class="gm-sep"> · </span><span dir="ltr" lang="en">') + escape(en)
                + Markup("</span></span>"))
    return out


def label(group: str, code) -> dict | None:
    """The Arabic and English words for a code (status called_for → مطالب به, called for)."""
    return labels().get(group, {}).get(str(code)) if code is not None else None


@bp.app_template_filter("tables_json")
def tables_json(tables: dict) -> Markup:
    """The kinds, labels and plurals for the page scripts, safe inside <script type="application/json">."""
    return Markup(json_for_script(tables))


@bp.get("/")
def index():
    return _index_page({}, None, None)


def _index_page(form: dict, error: str | None, report: dict | None, status: int = 200):
    try:
        offset = min(max(int(request.args.get("offset", 0)), 0), MAX_SQL_INTEGER)
    except ValueError:
        offset = 0
    articles, total = store().articles(limit=25, offset=offset)
    return render_template("index.html", form=form, error=error, report=report, articles=articles,
                           total=total, offset=offset, stats=store().stats()), status


@bp.post("/")
def submit():
    """Paste one article, or upload several files (.txt, .html, .json, .jsonl, .gz)."""
    check_write()
    form = {k: (request.form.get(k) or "").strip() for k in FORM_FIELDS}
    inputs: list = []
    budget = Budget()                    # bytes after decompression, articles: LimitExceeded is a 413
    for upload in request.files.getlist("files"):
        if upload and upload.filename:
            inputs.extend(read_bytes(upload.filename, upload.stream, budget=budget))
    if form["text"]:
        from ..pipeline import check_text

        try:
            inputs.append(ArticleInput("النص الملصق · pasted text", check_text(form["text"]), {}))
        except InputError as exc:
            inputs.append(Failure("النص الملصق · pasted text", str(exc)))
    if not inputs:
        return _index_page(form, "الصق نص مقال أو ارفع ملفاً · paste an article's text or upload a file",
                           None, 422)
    # What the form says overrides what the files say.
    overrides = {k: form[k] for k in TEXT_FIELDS if form[k]}
    if form["url"] and not is_http_url(form["url"]):
        return _index_page(form, "الرابط يجب أن يبدأ بـ http:// أو https:// · the URL must be http(s)", None, 422)
    for item in inputs:
        if isinstance(item, ArticleInput):
            item.meta.update(overrides if len(inputs) == 1 else {k: v for k, v in overrides.items() if k != "url"})
    try:
        published = form["published"] or None
        if published:
            from ..dates import parse_published

            published = parse_published(published).isoformat()
    except InputError as exc:
        return _index_page(form, str(exc), None, 422)
    summary = ingest(inputs, store(), gazetteer=gazetteer_for(current_app), published=published)
    if summary.stored == 1 and not summary.failures:
        return redirect(url_for("pages.article", article_id=summary.article_ids[0],
                                stored="new" if summary.to_dict()["new"] else "updated"), code=303)
    report = {"summary": summary.to_dict(), "failures": summary.failures[:MAX_SHOWN_FAILURES],
              "articles": [store().article(i, text=False) for i in summary.article_ids[:200]]}
    error = None if summary.stored else "لم يُحفظ أي مقال · nothing was stored"
    return _index_page(form if not summary.stored else {}, error, report, 200 if summary.stored else 422)


@bp.get("/map")
def map_page():
    return render_template("map.html", tables=ui_tables(), facets=store().facets())


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    try:
        record = store().article(article_id)
    except NotFound:
        abort(404)
    events = store().events(EventFilter(articles=(article_id,), limit=10_000))
    incidents = {i["properties"]["incident_id"]: i["properties"]["n_sources"]
                 for i in store().incidents(EventFilter(articles=(article_id,), limit=10_000))}
    unresolved = sorted({m["text"] for m in record["mentions"] if not m["resolved"]})
    return render_template("article.html", article=record, events=events, unresolved=unresolved, incidents=incidents,
                           marked_text=marked_text(record["text"], record["mentions"]), tables=ui_tables(),
                           place_kinds=PLACE_KINDS, can_add_places=can_add_places(),
                           fixed=request.args.get("fixed"), stored=request.args.get("stored"),
                           undated=sum(1 for f in events if not f["properties"].get("date")))


@bp.post("/articles/<int:article_id>/published")
def set_published(article_id: int):
    """Give a stored article its publication date and parse it again (relative dates then resolve)."""
    check_write()
    from ..dates import parse_published
    from ..parser import parse

    try:
        record = store().article(article_id)
    except NotFound:
        abort(404)
    try:
        published = parse_published(request.form.get("published") or "")
    except InputError as exc:
        return render_error(str(exc), 422)
    if published is None:
        return render_error("أدخل تاريخ النشر · give the publication date (YYYY-MM-DD)", 422)
    doc = parse(record["text"], published=published.isoformat(), title=record["title"], source=record["source"],
                url=record["url"], gazetteer=gazetteer_for(current_app))
    saved = store().save(doc)
    return redirect(url_for("pages.article", article_id=saved.article_id, stored="dated"), code=303)


@bp.get("/incidents/<int:incident_id>")
def incident(incident_id: int):
    """One incident: what happened, where and when, and every source with its own sentence."""
    try:
        record = store().incident(incident_id)
    except NotFound:
        abort(404)
    return render_template("incident.html", incident=record)


@bp.post("/articles/<int:article_id>/delete")
def delete_article(article_id: int):
    check_write()
    try:
        store().delete(article_id)
    except NotFound:
        abort(404)
    return redirect(url_for("pages.index"), code=303)


@bp.post("/articles/<int:article_id>/places")
def fix_place(article_id: int):
    """Add an unresolved name to the gazetteer's user layer, then re-parse the article."""
    check_write()
    try:
        store().article(article_id, text=False)
    except NotFound:
        abort(404)
    name = (request.form.get("name") or "").strip()
    if article_id not in store().articles_with_unresolved(name):
        return render_error(f"«{name[:100]}» is not an unresolved name of this article: only those "
                            "can be added here", 422)
    try:
        lat = _float(request.form.get("lat"), "lat")
        lon = _float(request.form.get("lon"), "lon")
        add_place(name, lat=lat, lon=lon, kind=request.form.get("kind") or "village",
                  country=(request.form.get("country") or "").strip().upper() or None,
                  alias_of=(request.form.get("alias_of") or "").strip() or None,
                  gazetteer_path=current_app.config.get("GAZETTEER_PATH"))
    except GazetteerEditsUnavailable as exc:
        raise HTTPNotImplemented(str(exc)) from None
    except InputError as exc:
        return render_error(str(exc), 422)
    ids = set(store().articles_with_unresolved(name)) | {article_id}
    reparse(store(), sorted(ids), gazetteer=gazetteer_for(current_app))
    return redirect(url_for("pages.article", article_id=article_id, fixed=name), code=303)


def _float(value, name):
    if value is None or not str(value).strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise InputError(f"{name} must be a number in degrees, not {value!r}") from None


def marked_text(text: str, mentions: list[dict]) -> Markup:
    """The article text, escaped, with each place mention wrapped in a clickable <mark>."""
    out, pos = [], 0
    for n, m in enumerate(sorted(mentions, key=lambda m: m["start"])):
        start = m["area_start"] if m["area_start"] is not None else m["start"]
        end = m["area_end"] if m["area_end"] is not None else m["end"]
        if start < pos or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        attrs = {"class": "place " + ("resolved" if m["resolved"] else "unresolved"), "data-mention": n,
                 "tabindex": 0}
        if m["resolved"]:
            attrs.update({"data-lat": m["lat"], "data-lon": m["lon"], "data-precision": m["geo_precision"],
                          "role": "button",
                          "title": f"{m['place']['name']} ({m['place']['country'] or ''})" if m["place"] else ""})
        else:
            attrs["title"] = "غير معروف في المعجم الجغرافي · not in the gazetteer"
        rendered = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items() if v is not None)
        out.append(Markup(f"<mark {rendered}>") + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


@bp.get("/static/vendor/<path:name>")
def vendor(name):
    path = vendor_files().get(name)           # a fixed table: no request path reaches the filesystem
    if path is None:
        abort(404)
    return send_file(path, max_age=86400)


@bp.get("/favicon.ico")
def favicon():
    return "", 204


@bp.get("/static/outline.geojson")
def outline():
    """Country outlines: the basemap without tiles, and under the tiles for when they cannot be
    reached (read once per process, then from memory)."""
    geojson = offline_outline()
    if geojson is None:
        abort(404)
    response = current_app.response_class(json_for_script(geojson), mimetype="application/geo+json")
    response.cache_control.max_age = 86400
    return response
