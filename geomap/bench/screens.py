"""``geomap bench map --screenshots DIR``: every page of the service, and the standalone map,
at a desktop and a phone width in headless Chromium, written as PNG files anyone can look at.

The store holds the reference article and a sample of SaudiNewsNet (every Nth record), ingested
through the real ingest path; the pages come from the real server (``geomap serve``,
``--tiles none``: nothing leaves the machine). Each shot also reports what a person would see
go wrong: a page wider than the screen (it scrolls sideways), a map with no height.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from pathlib import Path

# (name, width, height, phone?): a phone is emulated as one (touch, its viewport meta honoured)
VIEWPORTS = (("desktop", 1280, 860, False), ("phone", 390, 844, True))


@dataclass
class Shot:
    page: str
    viewport: str
    path: Path
    page_width: int          # the document's width: more than the viewport's means sideways scrolling
    viewport_width: int
    map_height: int | None   # the map element's height in pixels (None: the page has no map)
    errors: int              # console errors (a CSP violation is one)

    def problems(self) -> list[str]:
        out = []
        if self.page_width > self.viewport_width:
            out.append(f"{self.page_width - self.viewport_width} px wider than the screen")
        if self.map_height is not None and self.map_height < 150:
            out.append(f"the map is {self.map_height} px tall")
        if self.errors:
            out.append(f"{self.errors} console errors")
        return out


def fill_sample(db: Path, data: Path, *, every: int, articles: int, seed: Path | None, jobs: int) -> dict:
    """Ingest the seed and every *every*-th SaudiNewsNet record (at most *articles*) into *db*."""
    from ..ingest import ingest, read_paths
    from ..store import EventStore
    from .stores import corpus_path

    with EventStore(db) as store:
        if store.stats()["articles"] == 0:
            if seed and seed.is_file():
                ingest(read_paths([seed]), store)
            if articles:
                sample = itertools.islice(read_paths([corpus_path(data)]), 0, every * articles, every)
                ingest(sample, store, jobs=jobs)
        return store.stats()


def page_list(base_url: str, db: Path) -> list[tuple[str, str]]:
    """The pages to shoot: the index, the map, the map of one article, two article pages."""
    from ..store import EventStore

    with EventStore(db) as store:
        rows = store.db.execute("SELECT id FROM articles ORDER BY events DESC, id LIMIT 1").fetchall()
        first = store.db.execute("SELECT min(id) FROM articles").fetchone()[0]
    pages = [("index", "/"), ("map", "/map")]
    if first:
        pages += [(f"article-{first}", f"/articles/{first}"), (f"map-article-{first}", f"/map?article={first}")]
    if rows and rows[0][0] != first:
        pages.append((f"article-{rows[0][0]}", f"/articles/{rows[0][0]}"))
    return [(name, base_url + path) for name, path in pages]


def shoot(driver, url: str, out: Path, name: str, settle: float = 1.0) -> list[Shot]:
    """*url* at each viewport: the PNGs, and what the page measured."""
    shots = []
    for viewport, width, height, phone in VIEWPORTS:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone})
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": phone})
        driver.get("about:blank")
        driver.get_log("browser")
        driver.get(url)
        _wait_ready(driver)
        time.sleep(settle)                   # tiles of outlines, cluster animations
        path = out / f"{name}-{viewport}.png"
        driver.save_screenshot(str(path))
        measured = driver.execute_script(
            "var m = document.getElementById('map') || document.querySelector('.folium-map');"
            "return [document.documentElement.scrollWidth, window.innerWidth,"
            "        m ? Math.round(m.getBoundingClientRect().height) : null];")
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"
                  and "ERR_NAME_NOT_RESOLVED" not in e["message"] and "favicon" not in e["message"]]
        shots.append(Shot(name, viewport, path, measured[0], measured[1], measured[2], len(errors)))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return shots


def _wait_ready(driver, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        state = driver.execute_script("return document.readyState === 'complete' && "
                                      "(document.body.getAttribute('data-state') || 'ready')")
        if state in ("ready", "error"):
            return
        time.sleep(0.1)


def run(out: Path, work: Path, data: Path, *, every: int, articles: int, jobs: int, say) -> list[Shot]:
    """Fill a store, serve it, and shoot every page (and the standalone map of the seed)."""
    from .browser import open_browser
    from .server import Server

    out.mkdir(parents=True, exist_ok=True)
    db = work / "screens.sqlite"
    seed = _seed()
    stats = fill_sample(db, data, every=every, articles=articles, seed=seed, jobs=jobs)
    say(f"screens: {stats['articles']:,} articles, {stats['events']:,} events "
        f"({stats['located_events']:,} on the map) in {db}")
    driver = open_browser()
    shots: list[Shot] = []
    try:
        with Server(db, log=work / "screens.log") as server:
            for name, url in page_list(server.url, db):
                shots += shoot(driver, url, out, name)
        if seed is not None:
            standalone = _standalone(seed, work)
            shots += shoot(driver, standalone.resolve().as_uri(), out, "standalone-map")
    finally:
        driver.quit()
    return shots


def _seed() -> Path | None:
    """The seed article, from the current folder or the checkout beside geomap (a wheel holds none)."""
    from ..evaluation.checkout import SEED_ARTICLE, GoldMissing, checkout_path

    try:
        return checkout_path(SEED_ARTICLE)
    except GoldMissing:
        return None


def _standalone(seed: Path, work: Path) -> Path:
    """The standalone map of the seed (``geomap map --tiles none``), as the CLI writes it."""
    from ..ingest.readers import read_articles
    from ..maps import render_map
    from ..parser import parse

    [article] = read_articles([seed])
    doc = parse(article.text, **article.meta)
    path = work / "standalone-map.html"
    render_map(doc, tiles="none", title=doc.article.title).save(str(path))
    return path


def report(shots: list[Shot]) -> str:
    from .table import table

    rows = [[s.page, s.viewport, str(s.path), s.page_width, s.viewport_width,
             s.map_height if s.map_height is not None else "—", "; ".join(s.problems()) or "ok"] for s in shots]
    return ("SCREENSHOTS (headless Chromium; phone: 390×844 emulated, desktop 1280×860)\n"
            + table(["page", "viewport", "file", "page px", "screen px", "map px", "problems"], rows))
