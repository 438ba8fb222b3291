"""The Flask app: the paste form, the result page, downloads and the API."""

import json
import re

import pytest

from conftest import SEED


def submit(client, **fields):
    data = {"text": SEED.read_text(encoding="utf-8"), "title": "", "source": "", "url": "",
            "published": "2016-09-09"}
    data.update(fields)
    return client.post("/", data=data)


def test_index_has_the_form(client):
    r = client.get("/")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'dir="rtl"' in html and 'name="text"' in html and 'name="published"' in html


def test_submit_redirects_to_the_result(client):
    r = submit(client, title="كيري في جنيف", source="BBC Arabic")
    assert r.status_code == 303
    page = client.get(r.headers["Location"])
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "كيري في جنيف" in html and "جنيف" in html
    assert "Download GeoJSON" in html and "<iframe" in html


def test_geojson_download(client):
    location = submit(client).headers["Location"]
    r = client.get(location + "/events.geojson")
    assert r.status_code == 200
    assert r.mimetype == "application/geo+json"
    assert "attachment" in r.headers["Content-Disposition"] and ".geojson" in r.headers["Content-Disposition"]
    fc = json.loads(r.get_data(as_text=True))
    assert any(f["properties"]["gazetteer_id"] == "geonames:1808926" for f in fc["features"])
    assert "\\u06" not in r.get_data(as_text=True)


def test_map_page_uses_local_assets_and_a_strict_csp(client):
    location = submit(client).headers["Location"]
    r = client.get(location + "/map.html")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "/static/vendor/leaflet.js" in html
    csp = r.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "sha256-" in csp
    assert client.get("/static/vendor/leaflet.js").status_code == 200
    assert client.get("/static/vendor/images/layers.png").status_code == 200
    assert client.get("/static/geomap-map.js").status_code == 200
    assert client.get("/static/vendor/../../etc/passwd").status_code == 404


def test_csv_download(client):
    location = submit(client).headers["Location"]
    r = client.get(location + "/events.csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert r.get_data(as_text=True).startswith("event_id_cnty,event_date,")


@pytest.mark.parametrize("evil", ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])
def test_title_and_text_are_escaped(client, evil):
    text = f"قتل خمسة في غارة جوية على مدينة حلب {evil} اليوم."
    r = submit(client, text=text, title=evil, source=evil, url="javascript:alert(1)")
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert evil not in html
    assert 'href="javascript:' not in html


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("This is English, not Arabic at all.", "not Arabic"),
])
def test_bad_input_keeps_the_form(client, text, message):
    r = submit(client, text=text, title="عنوان محفوظ")
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert message in html and "عنوان محفوظ" in html        # nothing the user typed is lost


def test_bad_date_keeps_the_text(client):
    r = submit(client, published="2016-02-31")
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert "YYYY-MM-DD" in html and "كيري" in html


def test_upload_a_file(client):
    import io

    data = {"text": "", "published": "2016-09-09",
            "file": (io.BytesIO(SEED.read_bytes()), "article.txt")}
    r = client.post("/", data=data, content_type="multipart/form-data")
    assert r.status_code == 303


def test_upload_a_binary_file(client):
    import io

    data = {"text": "", "file": (io.BytesIO(b"\x00\x01\x02\x03" * 100), "x.txt")}
    r = client.post("/", data=data, content_type="multipart/form-data")
    assert r.status_code == 422 and "binary" in r.get_data(as_text=True)


def test_too_large_upload(client):
    r = client.post("/", data={"text": "ا" * (3 * 1024 * 1024)})
    assert r.status_code == 413


def test_unknown_result(client):
    assert client.get("/results/nope").status_code == 404
    assert client.get("/results/nope/events.geojson").status_code == 404


def test_api_parse(client):
    r = client.post("/api/v1/parse", json={"text": SEED.read_text(encoding="utf-8"),
                                           "published": "2016-09-09", "source": "BBC Arabic"})
    assert r.status_code == 200 and r.mimetype == "application/geo+json"
    fc = r.get_json(force=True)
    assert fc["type"] == "FeatureCollection" and fc["features"]


@pytest.mark.parametrize("kwargs, status, message", [
    ({"data": "text", "content_type": "text/plain"}, 415, "JSON"),
    ({"json": ["not", "an", "object"]}, 400, "object"),
    ({"json": {"title": "no text"}}, 400, "text"),
    ({"json": {"text": 42}}, 400, "text"),
    ({"json": {"text": "غارة على حلب", "published": "yesterday"}}, 422, "YYYY-MM-DD"),
    ({"json": {"text": "no Arabic here"}}, 422, "not Arabic"),
])
def test_api_errors_are_json(client, kwargs, status, message):
    r = client.post("/api/v1/parse", **kwargs)
    assert r.status_code == status
    assert message in r.get_json()["error"]


def test_api_404_is_json(client):
    r = client.get("/api/v1/nothing")
    assert r.status_code == 404 and r.get_json() == {"error": "not found"}


def test_pages_send_a_csp(client):
    csp = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    html = client.get("/").get_data(as_text=True)
    assert not re.search(r"<script>|style=", html)          # the page satisfies its own CSP
