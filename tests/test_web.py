"""The web service: pages, ingest form, the API checked against its own OpenAPI document, safety."""

import io
import json
import re

import pytest

from geomap.errors import ConfigurationError

from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
SHORT = "قتل خمسة في غارة جوية على مدينة حلب اليوم الجمعة"
EVIL = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


@pytest.fixture
def openapi(client):
    """The server's own OpenAPI document, ready to validate responses."""
    from openapi_core import OpenAPI
    from openapi_core import Config

    config = Config(extra_media_type_deserializers={
        "application/geo+json": lambda data: json.loads(data),
        "text/csv": lambda data: data.decode("utf-8") if isinstance(data, bytes) else data})
    return OpenAPI.from_dict(client.get("/api/v1/openapi.json").get_json(), config=config)


@pytest.fixture
def checked(client, openapi):
    """A client whose every API response must match the OpenAPI document."""
    from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse

    class Checked:
        def __getattr__(self, method):
            def call(*args, **kwargs):
                from werkzeug.test import EnvironBuilder

                response = getattr(client, method)(*args, **kwargs)
                sent = response.request               # its body is spent: describe it again without one
                request = EnvironBuilder(method=sent.method, path=sent.path,
                                         query_string=sent.query_string.decode("latin-1"),
                                         headers={"Content-Type": sent.content_type or ""}).get_request()
                openapi.validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response))
                return response
            return call

    return Checked()


def post_seed(client, **fields):
    body = {"text": SEED_TEXT, "published": "2016-09-09", "title": "كيري في جنيف", "source": "BBC Arabic",
            "url": "https://www.bbc.com/arabic/middleeast-37319211"}
    body.update(fields)
    return client.post("/api/v1/articles", json=body)


# -- the API -----------------------------------------------------------------------------

def test_openapi_document_is_valid(client):
    from openapi_spec_validator import validate

    validate(client.get("/api/v1/openapi.json").get_json())


def test_post_article_answers_201_with_id_and_events(checked):
    r = post_seed(checked)
    assert r.status_code == 201
    body = r.get_json()
    assert body["created"] is True and isinstance(body["id"], int)
    assert r.headers["Location"] == f"/api/v1/articles/{body['id']}"
    assert len(body["events"]) >= 5
    assert {e["properties"]["kind"] for e in body["events"]} >= {"talks", "airstrike", "ceasefire"}
    again = post_seed(checked)
    assert again.status_code == 200 and again.get_json()["id"] == body["id"] and not again.get_json()["created"]


def test_articles_list_get_and_delete(checked):
    article_id = post_seed(checked).get_json()["id"]
    listing = checked.get("/api/v1/articles").get_json()
    assert listing["total"] == 1 and listing["articles"][0]["id"] == article_id
    one = checked.get(f"/api/v1/articles/{article_id}").get_json()
    assert one["text"] == SEED_TEXT and any(not m["resolved"] for m in one["mentions"])
    assert checked.delete(f"/api/v1/articles/{article_id}").status_code == 204
    assert checked.get(f"/api/v1/articles/{article_id}").status_code == 404
    assert checked.delete(f"/api/v1/articles/{article_id}").status_code == 404
    fc = checked.get("/api/v1/events").get_json(force=True)
    assert fc["features"] == [] and fc["numberMatched"] == 0


def test_events_geojson_is_a_download(checked):
    post_seed(checked)
    r = checked.get("/api/v1/events")
    assert r.status_code == 200 and r.mimetype == "application/geo+json"
    assert 'filename="geomap-events.geojson"' in r.headers["Content-Disposition"]
    text = r.get_data(as_text=True)
    assert "\\u06" not in text                         # UTF-8, not \\u escapes
    fc = json.loads(text)
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    located = [f for f in fc["features"] if f["geometry"]]
    lon, lat = next(f["geometry"]["coordinates"] for f in located if f["properties"]["place"] == "Geneva")
    assert (round(lon), round(lat)) == (6, 46)         # [lon, lat] order


@pytest.mark.parametrize("query, check", [
    ("type=talks", lambda p: p["kind"] == "talks"),
    ("since=2016-09-06&until=2016-09-08", lambda p: "2016-09-06" <= p["date"] <= "2016-09-08"),
    ("bbox=35.5,32.3,42.4,37.3", lambda p: p["country"] == "SY"),
    ("precision=3", lambda p: p["geo_precision"] == 3),
    ("bbox=35.5,32.3,42.4,37.3&since=2016-09-09&until=2016-09-09", lambda p: p["date"] == "2016-09-09"),
    ("fields=summary", lambda p: "sentence" not in p and "kind" in p),
])
def test_event_filters_over_http(checked, query, check):
    post_seed(checked)
    features = checked.get("/api/v1/events?" + query).get_json(force=True)["features"]
    assert features and all(check(f["properties"]) for f in features)


def test_event_paging_follows_next_links(checked):
    post_seed(checked)
    total = checked.get("/api/v1/events").get_json(force=True)["numberMatched"]
    url, seen = "/api/v1/events?limit=4", []
    while url:
        page = checked.get(url).get_json(force=True)
        seen += [f["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    assert len(seen) == len(set(seen)) == total


def test_one_event(checked):
    post_seed(checked)
    first = checked.get("/api/v1/events?limit=1").get_json(force=True)["features"][0]
    r = checked.get(f"/api/v1/events/{first['id']}")
    assert r.status_code == 200 and r.get_json(force=True) == first
    assert checked.get("/api/v1/events/nope").status_code == 404


def test_events_csv(checked):
    post_seed(checked)
    r = checked.get("/api/v1/events.csv?type=airstrike")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert 'filename="geomap-events.csv"' in r.headers["Content-Disposition"]
    assert r.get_data().startswith(b"\xef\xbb\xbf")        # a BOM: spreadsheet programs read UTF-8
    lines = r.get_data(as_text=True).lstrip("\ufeff").splitlines()
    assert lines[0].startswith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type")
    ids = [line.split(",")[0] for line in lines[1:]]
    assert len(ids) == len(set(ids))                  # ACLED-style ids keep counting across pages
    assert len(lines) > 1 and all(",airstrike," in line for line in lines[1:])
    everything = checked.get("/api/v1/events.csv").get_data(as_text=True).splitlines()
    news = checked.get("/api/v1/events?report=new").get_json(force=True)["numberMatched"]
    total = checked.get("/api/v1/events").get_json(force=True)["numberMatched"]
    assert len(everything) == news + 1 and news < total          # background is not in the ACLED CSV
    with_background = checked.get("/api/v1/events.csv?report=new,background").get_data(as_text=True)
    assert len(with_background.splitlines()) == total + 1
    assert len(checked.get("/api/v1/events.csv?limit=3&offset=2").get_data(as_text=True).splitlines()) == 4


def test_facets_and_gazetteer_search(checked):
    post_seed(checked)
    facets = checked.get("/api/v1/facets").get_json()
    assert facets["sources"] == ["BBC Arabic"] and facets["kinds"]["talks"] >= 1
    assert sum(facets["reports"].values()) == facets["events"] and facets["reports"]["new"] > 0
    found = checked.get("/api/v1/gazetteer/search?q=جنيف").get_json()["results"]
    assert found[0]["id"] == "geonames:2660646"
    # as one types: the exact name first, then the names that start so (spelling folded: ک ك, أ ا)
    from gazetteer.arabic import normalize

    for prefix in ("كفر", "كفر نا"):
        names = [p["matched_name"] for p in checked.get(f"/api/v1/gazetteer/search?q={prefix}").get_json()["results"]]
        assert names and all(normalize(n).startswith(normalize(prefix)) for n in names), (prefix, names)
    assert checked.get("/api/v1/gazetteer/search?q=").status_code == 400


def test_parse_stays_stateless(checked):
    r = checked.post("/api/v1/parse", json={"text": SEED_TEXT, "published": "2016-09-09"})
    assert r.status_code == 200 and r.mimetype == "application/geo+json"
    assert r.get_json(force=True)["features"]
    assert checked.get("/api/v1/articles").get_json()["total"] == 0


@pytest.mark.parametrize("method, url, kwargs, status, message", [
    ("post", "/api/v1/articles", {"data": "text", "content_type": "text/plain"}, 415, "JSON"),
    ("post", "/api/v1/articles", {"json": ["not", "an", "object"]}, 400, "object"),
    ("post", "/api/v1/articles", {"json": {"title": "no text"}}, 400, "text"),
    ("post", "/api/v1/articles", {"json": {"text": 42}}, 400, "text"),
    ("post", "/api/v1/articles", {"json": {"text": SHORT, "published": "yesterday"}}, 422, "YYYY-MM-DD"),
    ("post", "/api/v1/articles", {"json": {"text": "no Arabic here"}}, 422, "not Arabic"),
    ("post", "/api/v1/articles", {"json": {"text": "ا" * 500_001}}, 422, "the limit is 500,000"),
    ("post", "/api/v1/articles", {"json": {"text": SHORT, "url": "javascript:alert(1)"}}, 422, "http"),
    ("post", "/api/v1/parse", {"json": {"text": ""}}, 422, "empty"),
    ("get", "/api/v1/events?bbox=1,2,3", {}, 400, "bbox"),
    ("get", "/api/v1/events?since=soon", {}, 400, "since"),
    ("get", "/api/v1/events?limit=100001", {}, 400, "limit"),
    ("get", "/api/v1/events?fields=some", {}, 400, "fields"),
    ("get", "/api/v1/events.csv?precision=7", {}, 400, "precision"),
    ("get", "/api/v1/articles/12345", {}, 404, "12345"),
])
def test_api_errors_are_json(checked, method, url, kwargs, status, message):
    r = getattr(checked, method)(url, **kwargs)
    assert r.status_code == status
    body = r.get_json()
    assert body["status"] == status and message in body["error"]


def test_unknown_api_paths_and_methods_are_json(client):
    assert client.get("/api/v1/nothing").get_json() == {"error": "not found", "status": 404}
    r = client.put("/api/v1/events")
    assert r.status_code == 405 and r.get_json()["status"] == 405


# -- writes need the token when one is set -------------------------------------------------

@pytest.fixture
def locked(app):
    app.config["GEOMAP_API_TOKEN"] = "s3cret-token"
    return app.test_client()


@pytest.mark.parametrize("method, url, kwargs", [
    ("post", "/api/v1/articles", {"json": {"text": SHORT}}),
    ("post", "/api/v1/gazetteer/places", {"json": {"name": "كفر ناها", "lat": 36.1, "lon": 36.9}}),
    ("post", "/", {"data": {"text": SHORT}}),
    ("post", "/articles/1/published", {"data": {"published": "2016-09-09"}}),
])
@pytest.mark.parametrize("auth", [None, "Bearer wrong", "Basic czNjcmV0LXRva2Vu"])
def test_writes_without_the_token_are_refused_and_write_nothing(locked, app, method, url, kwargs, auth):
    headers = {"Authorization": auth} if auth else {}
    r = getattr(locked, method)(url, headers=headers, **kwargs)
    assert r.status_code == 401
    if url.startswith("/api/"):
        assert "Bearer" in r.get_json()["error"] and r.headers["WWW-Authenticate"].startswith("Bearer")
    assert app.extensions["geomap_store"].stats()["articles"] == 0


def test_writes_with_the_token(locked, app):
    auth = {"Authorization": "Bearer s3cret-token"}
    r = locked.post("/api/v1/articles", json={"text": SHORT, "published": "2016-09-09"}, headers=auth)
    assert r.status_code == 201
    article_id = r.get_json()["id"]
    assert locked.get("/api/v1/events").status_code == 200           # reads stay open
    assert locked.delete(f"/api/v1/articles/{article_id}").status_code == 401
    assert locked.delete(f"/api/v1/articles/{article_id}", headers=auth).status_code == 204
    page = locked.post("/", data={"text": SHORT, "token": "s3cret-token"})
    assert page.status_code == 303                                     # the HTML form sends it as a field


# -- pages -------------------------------------------------------------------------------

def test_index_has_the_form_and_recent_articles(client):
    post_seed(client)
    html = client.get("/").get_data(as_text=True)
    assert 'dir="rtl"' in html and 'name="text"' in html and 'name="files"' in html and "multiple" in html
    assert "كيري في جنيف" in html and "/articles/1" in html


def test_paste_goes_to_the_article_page(client):
    r = client.post("/", data={"text": SEED_TEXT, "published": "2016-09-09", "title": "عنوان",
                               "url": "https://www.bbc.com/arabic/x"})
    assert r.status_code == 303 and r.headers["Location"] == "/articles/1?stored=new"
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "حُفظ المقال" in html and "the article was stored" in html
    assert "عنوان" in html
    assert re.search(r'<mark class="place resolved"[^>]*data-lat="46\.2', html)      # جنيف, clickable
    assert '<mark class="place unresolved"' in html and "كفر ناها" in html
    assert 'class="fix-place"' in html and "delete this article" in html
    assert html.count('<tr class="event') >= 5


def test_the_same_text_with_crlf_line_ends_is_the_same_article(client):
    lf = client.post("/api/v1/articles", json={"text": SEED_TEXT, "published": "2016-09-09"}).get_json()
    r = client.post("/", data={"text": SEED_TEXT.replace("\n", "\r\n"), "published": "2016-09-09"})
    assert r.status_code == 303 and r.headers["Location"] == f"/articles/{lf['id']}?stored=updated"
    assert client.get("/api/v1/articles").get_json()["total"] == 1
    assert "\r" not in client.get(f"/api/v1/articles/{lf['id']}").get_json()["text"]


def test_an_undated_article_can_be_given_its_date(client):
    r = client.post("/", data={"text": SHORT})
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert 'id="set-published"' in page and "بلا تاريخ" in page
    article_id = int(r.headers["Location"].split("/")[2].split("?")[0])
    assert client.post(f"/articles/{article_id}/published", data={"published": ""}).status_code == 422
    assert client.post(f"/articles/{article_id}/published", data={"published": "2016-02-31"}).status_code == 422
    assert client.post("/articles/999/published", data={"published": "2016-09-09"}).status_code == 404
    r = client.post(f"/articles/{article_id}/published", data={"published": "2016-09-09"})
    assert r.status_code == 303 and "stored=dated" in r.headers["Location"]
    events = client.get(f"/api/v1/events?article={article_id}").get_json()["features"]
    assert events and all(e["properties"]["date"] == "2016-09-09" for e in events)       # اليوم الجمعة
    assert 'id="set-published"' not in client.get(f"/articles/{article_id}").get_data(as_text=True)


def test_pages_count_in_arabic_agreement(client):
    post_seed(client)
    html = client.get("/").get_data(as_text=True)
    assert "8 أحداث" in html and "8 حدثاً" not in html          # 3–10: the plural


def test_upload_several_files_at_once(client):
    jsonl = "\n".join(json.dumps({"text": SHORT + f" رقم {n}", "source": "aawsat"}) for n in range(3))
    data = {"text": "", "published": "2016-09-09", "files": [
        (io.BytesIO(SEED.read_bytes()), "seed.txt"),
        (io.BytesIO(jsonl.encode()), "batch.jsonl"),
        (io.BytesIO(b"\x00\x01" * 100), "binary.txt"),
    ]}
    r = client.post("/", data=data, content_type="multipart/form-data")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "4 articles stored" in html and "1 failed" in html and "binary.txt" in html and "binary" in html
    assert client.get("/api/v1/articles").get_json()["total"] == 4


@pytest.mark.parametrize("evil", EVIL)
def test_article_text_and_title_are_escaped_everywhere(client, evil):
    text = f"قتل خمسة في غارة جوية على مدينة حلب {evil} اليوم الجمعة."
    r = client.post("/api/v1/articles", json={"text": text, "title": evil, "source": evil,
                                              "published": "2016-09-09"})
    article_id = r.get_json()["id"]
    for url in ("/", f"/articles/{article_id}", "/map"):
        html = client.get(url).get_data(as_text=True)
        assert evil not in html, url
    assert "&lt;script&gt;" in client.get(f"/articles/{article_id}").get_data(as_text=True) or "&#34;&gt;&lt;img" in \
        client.get(f"/articles/{article_id}").get_data(as_text=True)


@pytest.mark.parametrize("text, message", [
    ("", "paste an article"),
    ("This is English, not Arabic at all.", "not Arabic"),
])
def test_bad_input_keeps_the_form(client, text, message):
    r = client.post("/", data={"text": text, "title": "عنوان محفوظ"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert message in html and "عنوان محفوظ" in html        # nothing the user typed is lost


def test_bad_date_keeps_the_text(client):
    r = client.post("/", data={"text": SEED_TEXT, "published": "2016-02-31"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert "YYYY-MM-DD" in html and "كيري" in html


def test_too_large_upload(client, app):
    r = client.post("/", data={"text": "ا" * (app.config["MAX_CONTENT_LENGTH"] + 10)})
    assert r.status_code == 413 and "MB" in r.get_data(as_text=True)
    r = client.post("/api/v1/articles", data=b"{" + b" " * app.config["MAX_CONTENT_LENGTH"] + b"}",
                    content_type="application/json")
    assert r.status_code == 413 and r.get_json()["status"] == 413


def test_a_long_article_pasted_is_parsed_and_a_too_long_one_refused_with_the_right_limit(client, app):
    # a pasted text field is held to its own limit (Werkzeug's default is 500 KB): an article
    # of 40,000 words is within ours and is stored; a longer field is refused with its own limit
    # (the page's form is multipart, for its file field: Werkzeug holds each of its text fields to
    # max_form_memory_size)
    text = (SEED_TEXT + "\n") * (300_000 // len(SEED_TEXT))
    r = client.post("/", data={"text": text, "published": "2016-09-09"}, content_type="multipart/form-data")
    assert r.status_code in (302, 303), r.get_data(as_text=True)[:300]
    # each ا is two bytes: a field longer than its limit, a request well within the request's
    r = client.post("/", data={"text": "ا" * (app.config["MAX_FORM_MEMORY_SIZE"] // 2 + 1000)},
                    content_type="multipart/form-data")
    body = r.get_data(as_text=True)
    assert r.status_code == 413 and "pasted text of 2.9 MB" in body and "upload a long text as a file" in body


@pytest.mark.parametrize("body", [
    '{"text": "\\ud800 قصفت الطائرات مدينة حلب أمس"}',
    '{"text": "قصفت الطائرات مدينة حلب أمس", "title": "\\udc00"}',
])
def test_half_a_character_in_json_is_refused_and_nothing_stored(client, body):
    r = client.post("/api/v1/articles", data=body, content_type="application/json")
    assert r.status_code == 400 and "half a character" in r.get_json()["error"]
    assert client.get("/api/v1/articles").get_json()["total"] == 0


@pytest.mark.parametrize("query, word", [("type=airstrikes", "airstrikes"), ("status=done", "done")])
def test_a_misspelt_filter_is_an_error_not_an_empty_map(client, query, word):
    r = client.get(f"/api/v1/events?{query}")
    assert r.status_code == 400 and word in r.get_json()["error"]
    assert client.get("/api/v1/events?type=airstrike&status=occurred").status_code == 200
    # the map's download links when no type is ticked: nothing, not an error
    assert client.get("/api/v1/events?type=none").get_json()["numberMatched"] == 0


def test_unknown_article_page(client):
    assert client.get("/articles/99").status_code == 404
    assert client.post("/articles/99/delete").status_code == 404


def test_delete_from_the_article_page(client):
    post_seed(client)
    r = client.post("/articles/1/delete")
    assert r.status_code == 303 and client.get("/articles/1").status_code == 404


@pytest.mark.parametrize("path", ["/", "/map", "/articles/1"])
def test_pages_satisfy_a_strict_csp(client, path):
    post_seed(client)
    r = client.get(path)
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    html = r.get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)   # no inline script
    assert not re.search(r"\sstyle=|<style", html) and not re.search(r"\son[a-z]+=", html)
    assert not re.search(r'(src|href)="https?://(?!www\.geonames|www\.openstreetmap|www\.bbc|www\.naturalearthdata)', html)   # no CDN


def test_tiles_are_configurable(gaz, tmp_path):
    from geomap.web import create_app

    osm = create_app({"GEOMAP_DB": str(tmp_path / "a.sqlite"), "GEOMAP_TILES": "osm"}).test_client()
    r = osm.get("/map")
    assert "tile.openstreetmap.org" in r.get_data(as_text=True)
    assert "img-src 'self' data: https://tile.openstreetmap.org" in r.headers["Content-Security-Policy"]
    assert "OpenStreetMap" in r.get_data(as_text=True) and "GeoNames" in r.get_data(as_text=True)
    none = create_app({"GEOMAP_DB": str(tmp_path / "b.sqlite"), "GEOMAP_TILES": "none"}).test_client()
    r = none.get("/map")
    assert 'data-tiles=""' in r.get_data(as_text=True) and "GeoNames" in r.get_data(as_text=True)
    with pytest.raises(ConfigurationError, match="GEOMAP_TILES"):
        create_app({"GEOMAP_DB": str(tmp_path / "c.sqlite"), "GEOMAP_TILES": "ftp://x/{z}"})


def test_static_files_stay_in_their_folders(client):
    assert client.get("/static/vendor/leaflet.js").status_code == 200
    assert client.get("/static/vendor/images/layers.png").status_code == 200
    assert client.get("/static/geomap-app.js").status_code == 200
    for path in ("/static/vendor/../../etc/passwd", "/static/../pyproject.toml", "/static/%2e%2e/cli.py",
                 "/static/vendor/..%2f..%2fetc%2fpasswd"):
        assert client.get(path).status_code == 404, path


def test_the_app_needs_no_shared_folder_or_network(client):
    """Nothing in the pages points outside the app except attribution links and the tiles."""
    html = client.get("/map").get_data(as_text=True)
    assert "/static/vendor/leaflet.js" in html and "unpkg" not in html and "cdn" not in html.lower()


# -- fixing an unresolved name -----------------------------------------------------------------

def test_fixing_an_unresolved_name_reparses_the_article(gaz, tmp_path):
    import shutil

    import gazetteer

    from geomap.web import create_app

    own = tmp_path / "gazetteer.sqlite"                  # edit a copy, not the session's gazetteer
    shutil.copy(gaz.path, own)
    app = create_app({"TESTING": True, "GEOMAP_TILES": "none", "GEOMAP_DB": str(tmp_path / "e.sqlite"),
                      "GAZETTEER_PATH": str(own)})
    client = app.test_client()
    post_seed(client)
    before = client.get("/api/v1/articles/1").get_json()
    assert any(not m["resolved"] for m in before["mentions"] if m["text"] == "كفر ناها")
    r = client.post("/articles/1/places", data={"name": "كفر ناها", "lat": "36.1333", "lon": "36.9333",
                                                "kind": "village", "country": "SY"})
    assert r.status_code == 303 and r.headers["Location"].startswith("/articles/1")
    after = client.get("/api/v1/articles/1").get_json()
    assert all(m["resolved"] for m in after["mentions"] if m["text"] == "كفر ناها")
    assert after["unresolved_count"] < before["unresolved_count"]
    # the form gave no admin-1 area: the user layer reads it from the point (issue 11, class 9)
    village = gazetteer.open_default(own).lookup("كفر ناها")[0].place
    assert (village.country, village.admin1, village.admin1_name) == ("SY", "09", "حلب")
    events = client.get("/api/v1/events?article=1").get_json()["features"]
    there = [f["properties"] for f in events if f["properties"]["place_ar"] == "كفر ناها"]
    assert [(p["kind"], p["status"]) for p in there] == [("airstrike", "occurred")]


def test_every_api_route_is_in_the_openapi_document(app, client):
    documented = {(path, method) for path, item in client.get("/api/v1/openapi.json").get_json()["paths"].items()
                  for method in item if method != "parameters"}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1"):
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            served |= {(path, m.lower()) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert served == documented


def test_offline_outline_is_served_for_every_map(client):
    html = client.get("/map").get_data(as_text=True)
    assert 'data-outline="/static/outline.geojson"' in html
    r = client.get("/static/outline.geojson")
    if r.status_code == 404:
        pytest.skip("pyogrio's Natural Earth copy is not installed")
    assert r.mimetype == "application/geo+json" and r.get_json(force=True)["features"]


def test_paging_keeps_its_snapshot_while_articles_are_stored(client):
    # a walk over rel=next links sees the events stored when it began: an article stored between
    # two pages shifted every later page by its events (a helper's walk saw 901 items, 899 unique)
    for n, town in enumerate(("حلب", "إدلب", "حماة", "حمص")):
        r = client.post("/api/v1/articles", json={"text": f"قصفت طائرات حربية مدينة {town} أمس وقتل خمسة مدنيين.",
                                                  "published": f"2016-09-0{n + 1}"})
        assert r.status_code == 201
    first = client.get("/api/v1/events?limit=2").get_json()
    seen = [f["id"] for f in first["features"]]
    client.post("/api/v1/articles", json={"text": "قصفت طائرات حربية مدينة دير الزور أمس وقتل ثلاثة مدنيين.",
                                          "published": "2016-09-09"})
    url = next(link["href"] for link in first["links"] if link["rel"] == "next")
    while url:
        page = client.get(url).get_json()
        seen += [f["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    assert len(seen) == len(set(seen)) == first["numberMatched"]
    assert client.get("/api/v1/events").get_json()["numberMatched"] == first["numberMatched"] + 1
