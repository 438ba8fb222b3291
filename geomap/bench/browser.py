"""First render of a map page in headless Chromium (selenium, Debian's chromium and chromedriver).

"Rendered" means: the first animation frame in which the page's scripts have run,
marker or cluster icons are in the document, and (on the service's ``/map``) the
page says it has drawn every event (``data-state="ready"``). A script injected
before the page's own ones watches every frame and records that moment on the
page's clock (``performance.now()``, from navigation start), so the figure does
not depend on how often this process polls.
"""

from __future__ import annotations

import shutil
import statistics
import time

from ..errors import GeomapError

WATCH = """
(function () {
  function check() {
    var body = document.body;
    var state = body && body.getAttribute("data-state");
    var markers = document.querySelectorAll(".leaflet-marker-icon, .leaflet-interactive").length;
    if (document.readyState === "complete" && markers > 0 && (state === null || state === "ready")) {
      window.__benchRendered = {ms: performance.now(), markers: markers};
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
"""


class BrowserMissing(GeomapError):
    """No Chromium or chromedriver on this machine."""


def chromium_available() -> bool:
    """Chromium, chromedriver and selenium (``pip install 'geomap[bench]'``) are all here."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return bool((shutil.which("chromium") or shutil.which("chromium-browser")) and shutil.which("chromedriver"))


def open_browser():
    """A headless Chromium with the network cut (only 127.0.0.1 and files load)."""
    if not chromium_available():
        raise BrowserMissing("the map render needs Chromium, chromedriver and selenium "
                             "(apt-get install chromium chromium-driver; pip install 'geomap[bench]')")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--disable-extensions",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(600)
    driver.set_script_timeout(600)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    return driver


def first_render(driver, url: str, *, loads: int = 3, timeout: float = 600) -> dict:
    """Median over *loads* cold loads of *url* (cache off): ms until markers are on screen."""
    driver.execute_cdp_cmd("Performance.enable", {})
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    times, markers, stages, busy = [], 0, [], []
    for _ in range(loads):
        driver.get("about:blank")
        driver.get(url)
        deadline = time.monotonic() + timeout
        while True:
            got = driver.execute_script("return window.__benchRendered || null")
            if got:
                break
            if driver.execute_script("return document.body && document.body.getAttribute('data-state')") == "error":
                raise GeomapError(f"{url} reported an error while loading its events")
            if time.monotonic() > deadline:
                raise GeomapError(f"{url} showed no markers within {timeout:.0f} s")
            time.sleep(0.05)
        times.append(got["ms"])
        markers = got["markers"]
        metrics = {m["name"]: m["value"] for m in driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]}
        busy.append(metrics.get("TaskDuration", 0) * 1000)
        stages.append(driver.execute_script("return window.geomapTimings || null"))
    drawn = driver.execute_script("return document.body.getAttribute('data-events')")
    # busy: the page's main-thread task time, a CPU figure the shared machine's load skews less
    out = {"ms": statistics.median(times), "runs_ms": [round(t) for t in times],
           "busy_ms": round(statistics.median(busy)),
           "marker_icons": markers, "events_drawn": int(drawn) if drawn else None}
    if stages[-1]:           # the /map page's own clock: when its script ran, fetched, drew
        t = stages[-1]
        out["page_ms"] = {"script_start": round(t.get("scriptStart", 0)),
                          "events_fetched": round(t.get("fetched", 0) - t.get("fetchStart", 0)),
                          "drawn": round(t.get("drawn", 0) - t.get("drawStart", 0))}
    return out
