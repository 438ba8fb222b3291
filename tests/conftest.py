"""Shared fixtures: the real embedded gazetteer (built once), a tiny one, the app, its client, the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_db730f9dc6351edb.txt"
GOLD = Path(__file__).parent / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def gaz():
    """The embedded default gazetteer (built on first use at $GEOMAP_GAZETTEER or the user data dir)."""
    from gazetteer import default_path, open_default

    os.environ.setdefault("GEOMAP_GAZETTEER", str(default_path()))
    return open_default(progress=False)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((GOLD / "seed_000.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc(gaz, seed_text):
    import geomap

    return geomap.parse(seed_text, published="2016-09-09", title="عنوان", source="BBC Arabic",
                        url="https://www.bbc.com/arabic/example", gazetteer=gaz)


@pytest.fixture
def tiny_gazetteer(tmp_path):
    """A gazetteer of five places written with the real writer: for store-level tests."""
    from gazetteer.store import PREFERRED, Gazetteer, GazetteerWriter, Place

    w = GazetteerWriter(tmp_path / "tiny.sqlite")
    places = [
        Place("geonames:170063", "Aleppo", "حلب", "city", 36.20124, 37.16117, "SY", "09", "حلب", 2098210, "geonames"),
        Place("admin1:SY.09", "Aleppo Governorate", "حلب", "admin1", 36.3, 37.4, "SY", "09", "حلب", 0, "curated",
              "ADM1", (36.5, 35.7, 38.4, 36.9)),
        Place("geonames:2660646", "Geneva", "جنيف", "city", 46.20222, 6.14569, "CH", "GE", None, 201741, "geonames"),
        Place("geonames:4893591", "Geneva", "جنيف", "town", 41.88753, -88.30535, "US", "IL", None, 21806, "geonames"),
        Place("geonames:1808926", "Hangzhou", "هانغتشو", "city", 30.29365, 120.16142, "CN", "02", None, 9236032, "geonames"),
    ]
    w.add_places(places, geonameid=True)
    w.add_names([(p.id, p.name_ar, "ar", PREFERRED) for p in places] +
                [(p.id, p.name, "en", PREFERRED) for p in places] +
                [("geonames:1808926", "هانغجو", "ar", 4)])
    w.add_source("test", description="five places", license="CC BY 4.0", attribution="GeoNames")
    path = w.finish()
    g = Gazetteer(path)
    yield g
    g.close()


@pytest.fixture
def store(tmp_path):
    """An empty event store in a temporary file."""
    from geomap.store import EventStore

    s = EventStore(tmp_path / "events.sqlite")
    yield s
    s.close()


@pytest.fixture
def app(gaz, tmp_path):
    from geomap.web import create_app

    app = create_app({"TESTING": True, "GEOMAP_TILES": "none", "GEOMAP_DB": str(tmp_path / "web.sqlite")})
    yield app
    app.extensions["geomap_store"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(gaz):
    from click.testing import CliRunner

    return CliRunner()
