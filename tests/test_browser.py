"""Real headless Chromium against the real server (waitress) and the standalone map file."""

import json
import shutil
import threading
import time
import urllib.request

import pytest

from conftest import ROOT, SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver")
ARTIFACTS = ROOT / "out" / "test-artifacts"        # screenshots to look at (out/ is not in git)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                       reason="needs Debian's chromium and chromium-driver (.ci/run installs them)"),
]


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads):
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                # cut the network: every host name fails to resolve; localhost still works
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def server(gaz, tmp_path_factory):
    from waitress.server import create_server

    from geomap.web import create_app

    db = tmp_path_factory.mktemp("db") / "events.sqlite"
    app = create_app({"GEOMAP_TILES": "none", "GEOMAP_DB": str(db)})
    srv = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()
    app.extensions["geomap_store"].close()


def wait_for(condition, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting for the page")


def js_errors(driver):
    """Console errors, CSP violations included (Chromium logs them as SEVERE)."""
    return [e for e in driver.get_log("browser")
            if e["level"] == "SEVERE" and "ERR_NAME_NOT_RESOLVED" not in e["message"]
            and "favicon" not in e["message"]]


def ready(browser):
    return wait_for(lambda: browser.execute_script("return document.body.getAttribute('data-state')") == "ready")


def visible_kinds(browser):
    return set(browser.execute_script(
        "return Array.from(document.querySelectorAll('.gm-icon')).map(function (n) {"
        "  return (n.className.match(/gm-icon-(\\w+)/) || [])[1]; });"))


def test_paste_the_seed_then_use_the_map(browser, server, downloads):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    browser.execute_script("document.getElementById('text').value = arguments[0];"
                           "document.querySelector('[name=published]').value = '2016-09-09';"
                           "document.querySelector('[name=title]').value = arguments[1];",
                           SEED.read_text(encoding="utf-8"), "<script>alert('x')</script>\"><img src=x onerror=alert(2)>")
    browser.find_element(By.ID, "submit").click()
    wait_for(lambda: "/articles/" in browser.current_url)
    assert "<script>alert" in browser.find_element(By.ID, "article-title").text    # shown as text
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.events tr.event")) >= 5
    ready(browser)

    # click a recognised place in the text: the map flies there
    mark = next(m for m in browser.find_elements(By.CSS_SELECTOR, "mark.place.resolved")
                if m.text == "جنيف")
    mark.click()
    time.sleep(1.2)                                     # the flight lasts 0.8 s
    assert "active" in mark.get_attribute("class")
    lat, lon = browser.execute_script("var c = window.geomapArticleMap.getCenter(); return [c.lat, c.lng];")
    assert abs(lat - 46.2) < 0.2 and abs(lon - 6.15) < 0.2          # Geneva
    assert browser.find_elements(By.CSS_SELECTOR, ".article-map path.leaflet-interactive")
    assert browser.find_elements(By.CSS_SELECTOR, "li.unresolved-name form.fix-place")
    assert js_errors(browser) == []

    # the map page: clustered markers, a legend, a layer per event type
    browser.get(server + "/map")
    ready(browser)
    assert browser.find_elements(By.CSS_SELECTOR, ".marker-cluster")           # clustered at first
    labels = browser.find_elements(By.CSS_SELECTOR, ".leaflet-control-layers-overlays label")
    assert len(labels) >= 4 and browser.find_element(By.CSS_SELECTOR, ".gm-legend").text
    assert "GeoNames" in browser.find_element(By.CSS_SELECTOR, ".leaflet-control-attribution").text
    browser.save_screenshot(str(ARTIFACTS_DIR() / "map-page.png"))

    # zoom to one event of each type: the clusters open up and its own marker is there
    with urllib.request.urlopen(server + "/api/v1/events") as response:
        stored = json.loads(response.read().decode("utf-8"))["features"]
    where = {f["properties"]["kind"]: f["geometry"]["coordinates"] for f in stored if f["geometry"]}
    assert len(where) >= 4
    for n, (kind, (lon, lat)) in enumerate(where.items()):
        browser.execute_script("window.geomapMap.setView([arguments[0], arguments[1]], arguments[2], "
                               "{animate: false});", lat, lon, 11 + n % 2)     # a zoom change redraws
        try:
            wait_for(lambda: kind in visible_kinds(browser), timeout=5)
        except AssertionError:
            raise AssertionError(f"no {kind} marker at {lat}, {lon}: {visible_kinds(browser)} "
                                 f"{browser.execute_script('return window.geomapMap.getZoom()')}") from None
    browser.execute_script("window.geomapMap.setView([36.2, 37.16], 6, {animate: false});")
    time.sleep(0.5)

    # a popup: right to left, with the sentence, trigger and place highlighted, source and article links
    browser.execute_script("document.querySelector('.gm-icon-airstrike').click()")
    popup = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-popup"))[0]
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-popup mark.gm-trigger"))
    popup = browser.find_element(By.CSS_SELECTOR, ".gm-popup")
    assert popup.get_attribute("dir") == "rtl"
    assert popup.find_elements(By.CSS_SELECTOR, 'a[href^="/articles/"]')
    browser.save_screenshot(str(ARTIFACTS_DIR() / "map-popup.png"))
    browser.execute_script("document.querySelector('.leaflet-popup-close-button').click()")

    # toggle the Talks layer off: its markers go
    talks = next(l for l in labels if "Talks" in l.text)
    before = len(browser.find_elements(By.CSS_SELECTOR, ".gm-icon-talks, .marker-cluster"))
    talks.find_element(By.TAG_NAME, "input").click()
    assert before and not browser.find_elements(By.CSS_SELECTOR, ".gm-icon-talks")
    talks.find_element(By.TAG_NAME, "input").click()

    # narrow the date range: events disappear
    count = lambda: int(browser.execute_script("return document.body.getAttribute('data-events')"))  # noqa: E731
    all_events = count()
    browser.execute_script("var s = document.getElementById('since'); s.value = '2016-09-09';"
                           "s.dispatchEvent(new Event('change'));")
    wait_for(lambda: count() < all_events)
    ready(browser)
    assert 0 < count() < all_events
    assert "since=2016-09-09" in browser.find_element(By.ID, "download-geojson").get_attribute("href")

    # download the filtered GeoJSON through the page's link and parse it (the map shows incidents)
    browser.find_element(By.ID, "download-geojson").click()
    path = wait_for(lambda: next(iter(downloads.glob("geomap-incidents*.geojson")), None))
    wait_for(lambda: not list(downloads.glob("*.crdownload")))
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and fc["features"]
    assert all(f["properties"]["date"] >= "2016-09-09" for f in fc["features"])
    assert js_errors(browser) == []


def ARTIFACTS_DIR():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.mark.parametrize("tiles", ["none", "osm"])
def test_standalone_map_works_with_the_network_cut(browser, seed_doc, tmp_path, tiles):
    from selenium.webdriver.common.by import By

    from geomap.maps import render_map

    path = tmp_path / "map.html"
    render_map(seed_doc, tiles=tiles).save(str(path))
    browser.get(path.as_uri())
    markers = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-icon, .marker-cluster"))
    assert markers
    labels = browser.find_elements(By.CSS_SELECTOR, ".leaflet-control-layers-overlays label")
    assert len(labels) >= 4                           # one layer per event type
    before = len(browser.find_elements(By.CSS_SELECTOR, ".gm-icon-talks"))
    talks = next(l for l in labels if "Talks" in l.text)
    talks.find_element(By.TAG_NAME, "input").click()
    assert before and not browser.find_elements(By.CSS_SELECTOR, ".gm-icon-talks")
    # the world's outlines, drawn from the file itself: under the tiles that cannot load here
    pane = ".leaflet-gmOutline-pane path" if tiles == "osm" else ".leaflet-overlay-pane path"
    assert len(browser.find_elements(By.CSS_SELECTOR, pane)) > 100
    browser.save_screenshot(str(ARTIFACTS_DIR() / f"standalone-{tiles}.png"))
    assert js_errors(browser) == []


def test_service_map_shows_outlines_under_tiles_it_cannot_reach(browser, gaz, tmp_path):
    """The default tiles (OpenStreetMap) with no network: the page still shows the world."""
    from selenium.webdriver.common.by import By
    from waitress.server import create_server

    from geomap.web import create_app

    app = create_app({"GEOMAP_TILES": "osm", "GEOMAP_DB": str(tmp_path / "events.sqlite")})
    srv = create_server(app, host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=srv.run, daemon=True).start()
    try:
        browser.get(f"http://127.0.0.1:{srv.effective_port}/map")
        paths = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".leaflet-gmOutline-pane path"))
        assert len(paths) > 100
        assert browser.find_elements(By.CSS_SELECTOR, ".leaflet-tile-pane")      # the tiles sit above
    finally:
        srv.close()
        app.extensions["geomap_store"].close()


@pytest.fixture
def fresh_server(gaz, tmp_path):
    """A server of its own with an empty store."""
    from waitress.server import create_server

    from geomap.web import create_app

    app = create_app({"GEOMAP_TILES": "none", "GEOMAP_DB": str(tmp_path / "events.sqlite")})
    srv = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()
    app.extensions["geomap_store"].close()


def test_map_shows_incidents_with_their_sources_and_raw_events_on_the_toggle(browser, fresh_server):
    from selenium.webdriver.common.by import By

    from test_incidents import OUTLETS, PUBLISHED

    ids = {}
    for name in ("STRIKE_A", "STRIKE_B", "STRIKE_OTHER_TOWN"):
        outlet, text = OUTLETS[name]
        body = json.dumps({"text": text, "published": PUBLISHED, "source": outlet, "title": f"{outlet} {name}",
                           "url": f"https://{outlet.lower().replace(' ', '-')}.example/{name}"}).encode()
        request = urllib.request.Request(fresh_server + "/api/v1/articles", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            ids[name] = json.loads(response.read())["id"]

    browser.get(fresh_server + "/map")
    ready(browser)
    shown = lambda: (browser.execute_script("return document.body.getAttribute('data-collection')"),   # noqa: E731
                     int(browser.execute_script("return document.body.getAttribute('data-events')")))
    assert shown() == ("incidents", 2)                   # the two Saada reports are one marker
    assert "incidents" in browser.find_element(By.ID, "event-count").text
    assert "mode=incidents" in browser.find_element(By.ID, "download-csv").get_attribute("href")
    browser.execute_script("window.geomapMap.setView([16.94, 43.76], 11, {animate: false});")
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-icon-airstrike"))
    browser.execute_script("document.querySelector('.gm-icon-airstrike').click()")
    items = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-popup .gm-source-item"))
    assert len(items) == 2
    assert {i.find_element(By.CSS_SELECTOR, "a").text for i in items} == {"Reuters", "Al Arabiya"}
    assert all("صعدة" in i.find_element(By.CSS_SELECTOR, "blockquote").text for i in items)   # each its own sentence
    assert browser.find_element(By.CSS_SELECTOR, ".gm-popup").get_attribute("dir") == "rtl"
    browser.save_screenshot(str(ARTIFACTS_DIR() / "map-incident-popup.png"))
    browser.execute_script("document.querySelector('.leaflet-popup-close-button').click()")

    browser.find_element(By.CSS_SELECTOR, 'input[name="collection"][value="events"]').click()
    wait_for(lambda: shown() == ("events", 3))           # raw events: one marker per report
    assert "show=events" in browser.current_url
    assert "mode=incidents" not in browser.find_element(By.ID, "download-csv").get_attribute("href")
    assert js_errors(browser) == []

    # the article page links its event to the incident, whose page lists both sources
    browser.get(fresh_server + f"/articles/{ids['STRIKE_B']}")
    link = browser.find_element(By.CSS_SELECTOR, "table.events a.incident-link")
    link.click()
    wait_for(lambda: "/incidents/" in browser.current_url)
    assert browser.find_element(By.ID, "n-sources").text == "2"
    assert len(browser.find_elements(By.CSS_SELECTOR, "ol.sources li.source blockquote")) == 2
    assert js_errors(browser) == []
