"""A service that cannot be knocked over or written to from another site (issue 13).

The rules first, as tables (metadata, CSV cells, hosts, bounded reading, the form token read
without the body); then every attack probe of the issue sent to the real server — ``geomap
serve`` (waitress) in child processes on 127.0.0.1, one without a token and one with — and the
server's memory through the bomb and size probes. ``geomap bench security`` runs the same
probes and prints the counts the README quotes.
"""

from __future__ import annotations

import gzip
import io
import json

import pytest

from geomap.bench import security
from geomap.errors import ConfigurationError, InputError, LimitExceeded

SHORT = "قتل خمسة في غارة جوية على قرية كفر ناها في ريف حلب اليوم الجمعة"


# -- the rules ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, expected", [
    ({"title": "  عنوان  "}, {"title": "عنوان", "source": None, "url": None}),
    ({"title": "exe.\u202egpj"}, {"title": "exe.gpj", "source": None, "url": None}),
    ({"source": "\u2066BBC\u2069", "url": "https://bbc.com/a"}, {"title": None, "source": "BBC", "url": "https://bbc.com/a"}),
    ({"title": "ع\u200fر"}, {"title": "ع\u200fر", "source": None, "url": None}),      # a mark stays
    ({"title": "ع" * 500}, {"title": "ع" * 500, "source": None, "url": None}),
])
def test_metadata_is_cleaned(fields, expected):
    from geomap.metadata import clean_metadata

    assert clean_metadata(**fields) == expected


@pytest.mark.parametrize("fields, message", [
    ({"title": "ع" * 501}, "'title' is 501 characters long; the limit is 500"),
    ({"source": "s" * 201}, "'source' is 201 characters long; the limit is 200"),
    ({"url": "https://x.org/" + "a" * 2048}, "'url' is 2,062 characters long"),
    ({"url": "javascript:alert(1)"}, "http(s) URL"),
    ({"url": "file:///etc/passwd"}, "http(s) URL"),
    ({"url": "https://exa mple.org"}, "http(s) URL"),
    ({"url": "https://"}, "http(s) URL"),
    ({"title": 42}, "'title' must be a string"),
])
def test_metadata_out_of_bounds_is_an_input_error(fields, message):
    from geomap.metadata import clean_metadata

    with pytest.raises(InputError, match=None) as info:
        clean_metadata(**fields)
    assert message in str(info.value)


def test_parse_applies_the_metadata_rules(gaz):
    import geomap

    with pytest.raises(InputError, match="http"):
        geomap.parse(SHORT, url="javascript:alert(1)", gazetteer=gaz)
    doc = geomap.parse(SHORT, title="\u202eعنوان", gazetteer=gaz)
    assert doc.article.title == "عنوان"


@pytest.mark.parametrize("value, cell", [
    ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
    ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("حلب", "حلب"), ("a=b", "a=b"), ("exe.\u202egpj", "exe.gpj"), (-36.5, -36.5), (3, 3), (None, None),
])
def test_csv_cells_never_start_a_formula(value, cell):
    from geomap.export import csv_cell

    assert csv_cell(value) == cell


@pytest.mark.parametrize("setting, bound, hosts", [
    (None, None, {"localhost", "127.0.0.1", "::1"}),
    (None, "192.0.2.7", {"localhost", "127.0.0.1", "::1", "192.0.2.7"}),
    (None, "0.0.0.0", {"localhost", "127.0.0.1", "::1"}),
    ("geomap.example.org, [2001:db8::1]", "127.0.0.1", {"geomap.example.org", "2001:db8::1"}),
    ("*", None, None),
])
def test_allowed_hosts(setting, bound, hosts):
    from geomap.web.security import allowed_hosts

    assert (allowed_hosts(setting, bound) if hosts is None else set(allowed_hosts(setting, bound))) == hosts


def test_a_bad_allowed_hosts_setting_is_a_configuration_error():
    from geomap.web.security import allowed_hosts

    with pytest.raises(ConfigurationError, match="GEOMAP_ALLOWED_HOSTS"):
        allowed_hosts("evil.example/path")


@pytest.mark.parametrize("host, status", [
    ("localhost", 200), ("127.0.0.1:5000", 200), ("[::1]:5000", 200), ("LOCALHOST", 200),
    ("evil.example", 400), ("evil.example:5000", 400), ("localhost.evil.example", 400), ("", 400),
])
def test_the_host_header_is_checked(client, host, status):
    r = client.get("/api/v1/facets", headers={"Host": host})
    assert r.status_code == status
    if status == 400:
        assert "GEOMAP_ALLOWED_HOSTS" in r.get_json()["error"]


@pytest.mark.parametrize("headers, status", [
    ({}, 303),                                                        # curl, scripts: no browser, no forgery
    ({"Origin": "http://localhost"}, 303),
    ({"Referer": "http://localhost/"}, 303),
    ({"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"}, 303),
    ({"Sec-Fetch-Site": "none"}, 303),                                # typed by the user
    ({"Origin": "http://evil.example"}, 403),
    ({"Origin": "null"}, 403),
    ({"Origin": "http://localhost:8000"}, 403),                       # another port is another origin
    ({"Referer": "http://evil.example/x"}, 403),
    ({"Sec-Fetch-Site": "cross-site"}, 403),
    ({"Sec-Fetch-Site": "same-site"}, 403),
])
def test_cross_site_form_writes_are_refused_without_a_token_too(client, app, headers, status):
    r = client.post("/", data={"text": SHORT}, headers=headers)
    assert r.status_code == status
    assert app.extensions["geomap_store"].stats()["articles"] == (1 if status == 303 else 0)


def test_fix_place_takes_only_the_articles_unresolved_names(gaz_home, tmp_path):
    from geomap.web import create_app

    app = create_app({"TESTING": True, "GEOMAP_TILES": "none", "GEOMAP_DB": str(tmp_path / "e.sqlite"),
                      "GAZETTEER_PATH": str(gaz_home)})
    client = app.test_client()
    client.post("/api/v1/articles", json={"text": SHORT + "، وقصفت الطائرات مدينة إدلب"})
    r = client.post("/articles/1/places", data={"name": "إدلب", "alias_of": "geonames:98182"})
    assert r.status_code == 422 and "unresolved" in r.get_data(as_text=True)
    r = client.post("/articles/1/places", data={"name": "كفر ناها", "lat": "36.1333", "lon": "36.9333"})
    assert r.status_code == 303
    places = {m["text"]: m["place"] and m["place"]["id"] for m in client.get("/api/v1/articles/1").get_json()["mentions"]}
    assert places["إدلب"] == "geonames:169389" and places["كفر ناها"].startswith("user:")
    app.extensions["geomap_store"].close()


class CountingStream(io.BytesIO):
    """A request body that remembers how much of it the server read."""

    def __init__(self, data: bytes):
        super().__init__(data)
        self.taken = 0

    def read(self, size=-1):
        data = super().read(size)
        self.taken += len(data)
        return data

    def readinto(self, buffer):
        n = super().readinto(buffer)
        self.taken += n
        return n


@pytest.mark.parametrize("fields, status", [
    ([("text", SHORT), ("files", ("big.jsonl", b"{}\n" * 5_000_000))], 401),          # no token
    ([("files", ("big.jsonl", b"{}\n" * 5_000_000)), ("token", "s3cret-token")], 401),  # token after 15 MB
    ([("token", "wrong"), ("files", ("big.jsonl", b"{}\n" * 5_000_000))], 401),
])
def test_a_form_without_its_token_first_is_refused_after_64_kb(locked_app, fields, status):
    from geomap.bench.probes import multipart

    content_type, body = multipart(fields)
    stream = CountingStream(body)
    r = locked_app.test_client().post("/", input_stream=stream, content_type=content_type,
                                      headers={"Content-Length": str(len(body))})
    assert r.status_code == status
    assert stream.taken <= 64 * 1024 < len(body)
    assert locked_app.extensions["geomap_store"].stats()["articles"] == 0


def test_a_form_with_its_token_first_is_read_whole(locked_app):
    from geomap.bench.probes import multipart

    content_type, body = multipart([("token", "s3cret-token"), ("text", SHORT)])
    r = locked_app.test_client().post("/", data=body, content_type=content_type)
    assert r.status_code == 303


@pytest.fixture
def locked_app(app):
    app.config["GEOMAP_API_TOKEN"] = "s3cret-token"
    return app


@pytest.mark.parametrize("name, data, expected", [
    ("bomb.jsonl.gz", gzip.compress(b" " * (40 << 20)), "once decompressed"),
    ("lines.jsonl.gz", gzip.compress(b"\n" * (40 << 20)), "10,000 lines"),
    ("many.jsonl", "".join(json.dumps({"text": f"{SHORT} {n}"}) + "\n" for n in range(1001)).encode(), "1,000 articles"),
    ("two.jsonl.gz", gzip.compress(b" " * (20 << 20)) * 2, "once decompressed"),
])
def test_uploads_stop_at_the_requests_limits(name, data, expected):
    from geomap.ingest import read_bytes
    from geomap.ingest.limits import Budget

    with pytest.raises(LimitExceeded, match=expected):
        list(read_bytes(name, io.BytesIO(data), budget=Budget()))


@pytest.mark.parametrize("name, data, message", [
    ("bomb.txt.gz", gzip.compress(b" " * (40 << 20)), "larger than 2,000,000 bytes"),
    ("bomb.json.gz", gzip.compress(b" " * (40 << 20)), "larger than 16,000,000 bytes"),
    ("broken.jsonl.gz", gzip.compress(b'{"text": "x"}\n')[:-12] + b"garbage!", "not a valid .gz"),
    ("long.jsonl", b"x" * 3_000_000 + b"\n", "longer than 2,000,000 bytes"),
])
def test_an_oversized_or_broken_file_is_one_failure(name, data, message):
    from geomap.ingest import Failure, read_bytes
    from geomap.ingest.limits import Budget

    items = list(read_bytes(name, io.BytesIO(data), budget=Budget()))
    assert any(isinstance(i, Failure) and message in i.message for i in items), items


def test_the_store_path_never_reaches_a_client():
    from geomap.web.security import public_message

    assert public_message("cannot store the article: the event store /srv/geomap/events.sqlite stayed locked") \
        == "cannot store the article: the event store events.sqlite stayed locked"
    assert public_message("see https://example.org/a/b and ./rel/path") == "see https://example.org/a/b and ./rel/path"


# -- the probes, against the real server --------------------------------------------------------

PROBES = security.probes()


@pytest.fixture(scope="module")
def lab(gaz, tmp_path_factory):
    with security.lab_servers(gazetteer=gaz.path, workdir=tmp_path_factory.mktemp("probes")) as lab:
        yield lab


@pytest.mark.slow
@pytest.mark.parametrize("probe", PROBES, ids=[f"{p.case}-{n}" for n, p in enumerate(PROBES)])
def test_probe(lab, probe):
    result = security.run(lab, probe)
    assert result.outcome.ok, f"{probe.name}: {result.outcome.detail}"
    if probe.expect != "5xx-expected":
        assert all(s < 500 for s in result.statuses), result.statuses


@pytest.mark.slow
def test_memory_stays_within_100_mb_of_warm_through_the_bomb_and_size_probes(gaz, tmp_path):
    with security.lab_servers(gazetteer=gaz.path, workdir=tmp_path) as fresh:     # warm, not after other probes
        memory = security.memory_watch(fresh, PROBES)
    if "error" in memory:
        pytest.skip(memory["error"])
    assert memory["all_refused"] and memory["probes"] >= 10
    for name, figures in memory["servers"].items():
        assert figures["above_warm_mb"] <= security.MEMORY_LIMIT_MB, (name, figures)


# -- a real browser: another site's form cannot write; our own page's can ------------------------

@pytest.fixture
def evil_site(tmp_path):
    """Another origin on this machine (127.0.0.1, another port) serving one page."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    site = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path)))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    site.root = tmp_path
    site.url = f"http://127.0.0.1:{site.server_address[1]}"
    yield site
    site.shutdown()
    site.server_close()


@pytest.mark.browser
def test_a_real_browser_cannot_write_from_another_site_but_can_from_ours(evil_site, tmp_path, gaz):
    import threading
    import urllib.request

    from selenium.webdriver.common.by import By
    from waitress.server import create_server

    from geomap.web import create_app
    from test_browser import CHROMEDRIVER, CHROMIUM, wait_for

    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)")

    app = create_app({"GEOMAP_TILES": "none", "GEOMAP_DB": str(tmp_path / "events.sqlite")})
    srv = create_server(app, host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=srv.run, daemon=True).start()
    ours = f"http://127.0.0.1:{srv.effective_port}"
    (evil_site.root / "evil.html").write_text(
        f'<form id="f" method="post" action="{ours}/" enctype="multipart/form-data">'
        f'<input name="text" value="{SHORT}"></form><script>document.getElementById("f").submit()</script>',
        encoding="utf-8")

    def stored():
        with urllib.request.urlopen(ours + "/api/v1/articles") as r:
            return json.load(r)["total"]

    driver = _chromium(tmp_path)
    try:
        driver.get(evil_site.url + "/evil.html")
        wait_for(lambda: driver.current_url.startswith(ours))
        assert "another" in wait_for(lambda: driver.find_element(By.TAG_NAME, "body").text)
        assert stored() == 0
        driver.get(ours + "/")                                  # our own page, the same form
        driver.find_element(By.ID, "text").send_keys(SHORT)
        driver.find_element(By.ID, "submit").click()
        wait_for(lambda: "/articles/" in driver.current_url)
        assert stored() == 1
    finally:
        driver.quit()
        srv.close()
        app.extensions["geomap_store"].close()


def _chromium(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from test_browser import CHROMEDRIVER, CHROMIUM

    options = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


# -- a run-on sentence: the event rules look only at what is near (same answers, no scan) ---------

@pytest.mark.parametrize("firsts, low, high", [
    ([], 0, 10), ([5], 4, 6), ([5], 5, 6), ([5], 4, 5), ([1, 3, 3, 9], 2, 4), ([1, 3, 3, 9], 3, 9), ([2, 8], 0, 100),
])
def test_blockers_match_the_scan_they_replace(firsts, low, high):
    from types import SimpleNamespace

    from geomap.events.places import Blockers

    triggers = [SimpleNamespace(first=f) for f in firsts]
    assert Blockers(triggers).between(low, high) == any(low < t.first < high for t in triggers)


def test_sentence_mentions_hand_a_trigger_every_mention_it_could_take():
    from types import SimpleNamespace

    from geomap.events.places import MAX_DISTANCE, SentenceMentions

    mention_tok = [40, 3, 90, 17, 61, 200, 41, 66]            # not in token order, as a scan meets them
    near = SentenceMentions(range(len(mention_tok)), mention_tok)
    for first, last in ((0, 0), (45, 46), (60, 62), (150, 151), (230, 232)):
        trig = SimpleNamespace(first=first, last=last)
        reachable = [n for n, tok in enumerate(mention_tok)
                     if (tok - last if tok > last else first - tok + 4) <= MAX_DISTANCE]
        assert near.near(trig) == reachable
