"""Real headless Chromium against the real server (waitress) and the standalone map file."""

import json
import shutil
import threading
import time
import urllib.request

import pytest

from conftest import SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                       reason="needs Debian's chromium and chromium-driver (.ci/run installs them)"),
]


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                # cut the network: every host name fails to resolve; localhost still works
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def server(gaz):
    from waitress.server import create_server

    from geomap.web import create_app

    app = create_app({"GEOMAP_TILES": "none"})
    srv = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


def wait_for(condition, timeout=15.0):
    end = time.time() + timeout
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out waiting for the page")


def js_errors(driver):
    return [e for e in driver.get_log("browser")
            if e["level"] == "SEVERE" and "ERR_NAME_NOT_RESOLVED" not in e["message"]
            and "favicon" not in e["message"]]


def test_paste_form_to_map_and_geojson(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    text = SEED.read_text(encoding="utf-8")
    browser.execute_script("document.getElementById('text').value = arguments[0];"
                           "document.querySelector('[name=published]').value = '2016-09-09';"
                           "document.querySelector('[name=title]').value = arguments[1];",
                           text, "<script>alert('x')</script>")
    browser.find_element(By.ID, "submit").click()
    wait_for(lambda: "/results/" in browser.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tr.event")
    assert len(rows) >= 5
    assert "<script>alert" in browser.find_element(By.TAG_NAME, "h1").text   # shown as text

    href = browser.find_element(By.ID, "download-geojson").get_attribute("href")
    with urllib.request.urlopen(href) as response:
        assert response.headers.get_content_type() == "application/geo+json"
        assert "attachment" in response.headers["Content-Disposition"]
        fc = json.loads(response.read().decode("utf-8"))
    assert any(f["properties"]["gazetteer_id"] == "geonames:2660646" for f in fc["features"])

    browser.switch_to.frame(browser.find_element(By.ID, "map"))
    markers = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-icon, .marker-cluster"))
    assert len(markers) >= 3
    assert browser.find_elements(By.CSS_SELECTOR, ".leaflet-control-layers-overlays label")
    assert browser.find_element(By.CSS_SELECTOR, ".gm-legend").text
    browser.execute_script("arguments[0].click()", browser.find_element(By.CSS_SELECTOR, ".gm-icon"))
    popup = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".gm-popup"))[0]
    assert popup.get_attribute("dir") == "rtl" and popup.find_element(By.TAG_NAME, "mark")
    browser.save_screenshot(str(tmp_path / "web-map.png"))
    browser.switch_to.default_content()
    assert js_errors(browser) == []


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
    # toggling a layer hides its markers
    before = len(browser.find_elements(By.CSS_SELECTOR, ".gm-icon-talks"))
    talks = next(l for l in labels if "Talks" in l.text)
    talks.find_element(By.TAG_NAME, "input").click()
    assert before and not browser.find_elements(By.CSS_SELECTOR, ".gm-icon-talks")
    browser.save_screenshot(str(tmp_path / f"standalone-{tiles}.png"))
    assert js_errors(browser) == []
