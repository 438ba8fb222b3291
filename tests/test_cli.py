"""The geomap command, driven with click's CliRunner."""

import csv
import io
import json
from pathlib import Path
import shutil

import pytest

from geomap.cli import main

from conftest import SEED


def test_map_writes_map_geojson_and_csv(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["map", str(SEED), "-o", str(out), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and fc["features"]
    props = [f["properties"] for f in fc["features"]]
    # the sidecar metadata was picked up by itself
    assert {p["published"] for p in props} == {"2016-09-09"}
    assert {p["source"] for p in props} == {"BBC Arabic"}
    talks = [p for p in props if p["kind"] == "talks" and p["gazetteer_id"] == "geonames:2660646"]
    assert talks and talks[0]["date"] == "2016-09-09"
    assert (out / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "events.csv").read_text(encoding="utf-8").startswith("\ufeffevent_id_cnty,event_date,")


def test_published_option_overrides_the_sidecar(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["map", str(SEED), "-o", str(out), "--published", "2016-09-16",
                                  "--tiles", "none"])
    assert result.exit_code == 0, result.output
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    geneva = [f for f in fc["features"] if f["properties"]["gazetteer_id"] == "geonames:2660646"
              and f["properties"]["kind"] == "talks"]
    assert geneva[0]["properties"]["date"] == "2016-09-16"        # اليوم الجمعة, a week later


def test_parse_json_shape(runner):
    result = runner.invoke(main, ["parse", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert set(doc) >= {"article", "mentions", "events"}
    m = doc["mentions"][0]
    assert set(m) >= {"start", "end", "text", "role", "place"}
    assert set(m["place"]) >= {"id", "name", "name_ar", "lat", "lon", "kind", "country", "admin1"}


def test_a_folder_of_articles(runner, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    (folder / "b.txt").write_text("قتل خمسة في غارة جوية على مدينة حمص اليوم.", encoding="utf-8")
    result = runner.invoke(main, ["map", str(folder), "-o", str(tmp_path / "o"), "--tiles", "none",
                                  "--published", "2016-09-09"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 article(s)")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x00\x01\x02binary\xff\xfe", "binary"),
    ("قتل في حلب".encode("cp1256"), "not UTF-8"),
    ("Caf\xe9 in Paris".encode("latin-1"), "not UTF-8"),
    (b"An English text about Aleppo and Geneva.", "not Arabic"),
])
def test_bad_input_gives_a_clear_error(runner, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["map", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "map.html").exists()


def test_windows_arabic_is_named_and_utf16_with_its_mark_is_read(runner, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "cp1256.txt").write_bytes(text.encode("cp1256", errors="replace"))
    result = runner.invoke(main, ["parse", str(tmp_path / "cp1256.txt"), "--published", "2016-09-09"])
    assert result.exit_code == 1 and "not UTF-8" in result.output and "cp1256" in result.output
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))       # with its byte-order mark
    result = runner.invoke(main, ["parse", str(tmp_path / "utf16.txt"), "--published", "2016-09-09"])
    assert result.exit_code == 0, result.output
    assert "كفر ناها" in result.output


def test_map_says_each_bad_file_and_maps_the_others(runner, tmp_path):
    # as `geomap ingest` does: before, the first bad file stopped the map and nothing was written
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Paris".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    result = runner.invoke(main, ["map", str(tmp_path / "latin1.txt"), str(tmp_path / "binary.txt"), str(SEED),
                                  "-o", str(tmp_path / "out"), "--tiles", "none"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "1 article(s)" in result.output
    assert "skipped" in result.output and "latin1.txt" in result.output and "binary.txt" in result.output
    assert (tmp_path / "out" / "map.html").is_file()


def test_half_a_character_in_a_jsonl_record_is_skipped_with_a_reason(runner, tmp_path):
    good = SEED.read_text(encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(json.dumps({"text": "قصفت الطائرات حلب \ud800 أمس"}) + "\n"
                                        + json.dumps({"text": good, "published": "2016-09-09"}) + "\n",
                                        encoding="utf-8")
    result = runner.invoke(main, ["map", str(tmp_path / "two.jsonl"), "-o", str(tmp_path / "out"), "--tiles", "none"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "1 article(s)" in result.output and "half a character" in result.output


def test_bad_published_date(runner):
    result = runner.invoke(main, ["parse", str(SEED), "--published", "09/09/2016"])
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.output


def test_bad_sidecar(runner, tmp_path):
    article = tmp_path / "x.txt"
    article.write_text("غارة على حلب", encoding="utf-8")
    (tmp_path / "x.meta.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(main, ["parse", str(article)])
    assert result.exit_code == 1 and "x.meta.json" in result.output


def test_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["parse", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_gazetteer_search_and_info(runner):
    result = runner.invoke(main, ["gazetteer", "search", "حلب", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert {p["id"] for p in found} >= {"geonames:170063", "admin1:SY.09"}
    result = runner.invoke(main, ["gazetteer", "info"])
    assert result.exit_code == 0 and "GeoNames" in result.output


def test_eval_seed(runner, monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    result = runner.invoke(main, ["eval", "seed", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["places"]["recognition"]["f1"] == 1.0
    assert report["events"]["found"] == report["events"]["gold"]


def test_parse_csv_has_acleds_columns(runner):
    result = runner.invoke(main, ["parse", str(SEED), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {"event_id_cnty", "event_date", "actor1", "fatalities", "status", "place_role"} <= set(rows[0])


def test_parse_geojson(runner):
    result = runner.invoke(main, ["parse", str(SEED), "--format", "geojson"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["type"] == "FeatureCollection"


def test_map_reads_what_ingest_reads_and_the_options_override_it(runner, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), folder / "a.meta.json")
    records = [{"text": "قتل خمسة في غارة جوية على مدينة حمص اليوم.", "date_extracted": "2015-07-20",
                "source": "sabq"},
               {"content": "سقطت قذائف على مدينة حماة أمس.", "published": "2015-07-21"}]
    (folder / "more.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                                       encoding="utf-8")
    out = tmp_path / "o"
    result = runner.invoke(main, ["map", str(folder), "-o", str(out), "--tiles", "none",
                                  "--title", "عنوان", "--url", "https://example.org/a"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("3 article(s)")
    props = [f["properties"] for f in json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]]
    assert {p["article_title"] for p in props} == {"عنوان"} and {p["url"] for p in props} == {"https://example.org/a"}
    assert {p["source"] for p in props} == {"BBC Arabic", "sabq", None}      # from the sidecar and the records
    assert {p["published"] for p in props} == {"2016-09-09", "2015-07-20", "2015-07-21"}


def test_a_bad_tiles_setting_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["map", str(SEED), "-o", str(tmp_path / "o"), "--tiles", "ftp://x/{z}/{x}/{y}"])
    assert result.exit_code == 1 and "GEOMAP_TILES" in result.output and "Traceback" not in result.output


def test_only_our_errors_become_messages_a_bug_keeps_its_traceback(runner):
    import click

    from geomap.cli import _Group
    from geomap.errors import InputError

    group = _Group()

    @group.command()
    @click.argument("what")
    def fail(what):
        raise InputError("the user's mistake") if what == "input" else ValueError("a bug")

    result = runner.invoke(group, ["fail", "input"])
    assert result.exit_code == 1 and "Error: the user's mistake" in result.output
    result = runner.invoke(group, ["fail", "bug"])
    assert isinstance(result.exception, ValueError) and "a bug" not in result.output


def test_eval_seed_finds_its_gold_from_any_folder(runner, tmp_path, monkeypatch):
    """Installed from a checkout (pip install -e), the gold is found beside the package from any folder;
    installed as a wheel (CI's pip install .), the command says where the gold is expected."""
    from geomap.evaluation.checkout import CHECKOUT, SEED_GOLD

    monkeypatch.chdir(tmp_path)                 # not the checkout
    result = runner.invoke(main, ["eval", "seed", "--json"])
    if (CHECKOUT / SEED_GOLD).is_file():
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["events"]["found"] > 0
    else:
        assert result.exit_code == 1 and "pass --gold with its path" in result.output
    checkout = Path(__file__).resolve().parents[1]
    result = runner.invoke(main, ["eval", "seed", "--json", "--gold", str(checkout / SEED_GOLD),
                                  "--article", str(checkout / "seeds" / "000_db730f9dc6351edb.txt")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["events"]["found"] > 0


def test_a_gold_file_that_is_nowhere_is_a_clear_error(tmp_path):
    from geomap.evaluation.checkout import GoldMissing, checkout_path

    with pytest.raises(GoldMissing, match="pass --gold with its path"):
        checkout_path("tests/gold/seed_000.json", "--gold", folders=[tmp_path])
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.json").write_text("{}", encoding="utf-8")
    assert checkout_path("x.json", "--gold", folders=[tmp_path, tmp_path / "b"]) == tmp_path / "b" / "x.json"


def test_serve_on_a_port_in_use_says_so_in_one_line(runner, tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "--port", str(port), "--db", str(tmp_path / "e.sqlite")])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
    assert isinstance(result.exception, SystemExit)        # click's one-line error, no OSError raised


@pytest.mark.parametrize("module", ["geomap", "geomap.cli"])
def test_python_m_reaches_every_command(module):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", module, "incidents", "--help"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "rebuild" in result.stdout
