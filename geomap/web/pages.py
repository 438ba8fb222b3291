"""HTML pages: the paste form, the result (map, events, downloads) and its files."""

from __future__ import annotations

import base64
import hashlib
import re

from flask import (Blueprint, Response, abort, current_app, redirect, render_template, request,
                   send_file, url_for)

from ..errors import InputError
from ..export import GEOJSON_MEDIA_TYPE, dumps_geojson, to_csv, to_feature_collection
from ..maps import map_html, vendor_files
from ..pipeline import parse
from . import gazetteer_for

bp = Blueprint("pages", __name__)

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def render_error(message: str, status: int):
    return render_template("error.html", message=message), status


def _results():
    return current_app.extensions["geomap_results"]


def _document_or_404(key: str):
    doc = _results().get(key)
    if doc is None:
        abort(404)
    return doc


@bp.get("/")
def index():
    return render_template("index.html", form={}, error=None)


@bp.post("/")
def submit():
    form = {k: (request.form.get(k) or "").strip() for k in ("text", "title", "source", "url", "published")}
    upload = request.files.get("file")
    text = form["text"]
    if upload and upload.filename:
        text = upload.read()
    try:
        doc = parse(text, published=form["published"] or None, title=form["title"],
                    source=form["source"], url=form["url"], gazetteer=gazetteer_for(current_app))
    except (InputError, ValueError) as exc:
        return render_template("index.html", form=form, error=str(exc)), 422
    key = _results().add(doc)
    return redirect(url_for("pages.result", key=key), code=303)


@bp.get("/results/<key>")
def result(key):
    doc = _document_or_404(key)
    return render_template("result.html", doc=doc, key=key)


@bp.get("/results/<key>/map.html")
def result_map(key):
    doc = _document_or_404(key)
    html = map_html(doc, assets=url_for("static", filename="").rstrip("/"),
                    tiles=current_app.config["GEOMAP_TILES"], title=doc.article.title or "geomap")
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'"
        for s in _INLINE_SCRIPT.findall(html))
    response = Response(html, mimetype="text/html")
    # The map's own inline scripts are allowed by hash; nothing else inline runs.
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: https:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
    return response


@bp.get("/results/<key>/events.geojson")
def result_geojson(key):
    doc = _document_or_404(key)
    body = dumps_geojson(to_feature_collection([doc]), indent=1)
    return Response(body, mimetype=GEOJSON_MEDIA_TYPE, headers={
        "Content-Disposition": f'attachment; filename="events-{doc.article.id}.geojson"'})


@bp.get("/results/<key>/events.csv")
def result_csv(key):
    doc = _document_or_404(key)
    return Response(to_csv([doc]), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="events-{doc.article.id}.csv"'})


@bp.get("/static/vendor/<path:name>")
def vendor(name):
    path = vendor_files().get(name)
    if path is None:
        abort(404)
    return send_file(path, max_age=86400)
