"""The wheel ships the templates, the curated data and the static files (non-editable installs work)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                             str(ROOT)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    [path] = out.glob("geomap-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_contents(wheel):
    names = set(wheel.namelist())
    for required in ["geomap/templates/base.html", "geomap/templates/index.html",
                     "geomap/templates/map.html", "geomap/templates/article.html",
                     "geomap/static/geomap-map.js", "geomap/static/geomap-app.js",
                     "geomap/static/geomap-time.js", "geomap/data/ne_110m_admin_0_countries.geojson",
                     "geomap/data/ui_labels.tsv", "geomap/data/arabic_plurals.tsv",
                     "geomap/data/triggers.tsv", "geomap/data/event_kinds.tsv",
                     "gazetteer/data/aliases.tsv", "gazetteer/data/admin1.tsv",
                     "gazetteer/data/blocklist.tsv", "gazetteer/arabic.py", "geomap/web/__init__.py",
                     "geomap/web/openapi.py", "geomap/store/schema.py", "geomap/ingest/readers.py",
                     "geomap/store/postgis.py", "geomap/store/postgis_schema.py", "geomap/ingest/dask.py",
                     "gazetteer/version.py",
                     "geomap/templates/index.html", "geomap/templates/error.html"]:
        assert required in names, required
    assert not any(n.startswith(("tests/", "seeds/")) for n in names)
    assert not any(n.endswith((".sqlite", ".pyc")) for n in names)


def test_templates_are_found_where_the_app_looks(app):
    assert Path(app.template_folder, "base.html").is_file()
