"""`geomap gazetteer import`: P-coded gazetteers (OCHA COD CSV, OpenSyria JSON) as layers."""

import pytest

import gazetteer
from gazetteer import GazetteerImportError
from gazetteer.sources.pcoded import detect_columns, import_file

from conftest import SHARED

OPENSYRIA = SHARED / "gazetteers" / "opensyria_admin"
needs_opensyria = pytest.mark.skipif(not OPENSYRIA.is_dir(), reason="../shared/gazetteers/opensyria_admin is absent")


@needs_opensyria
@pytest.mark.parametrize("query, pcode, kind, chain", [
    ("محافظة حلب", "SY02", "admin1", ("حلب",)),
    ("منطقة جبل سمعان", "SY0200", "admin2", ("حلب", "جبل سمعان")),
    ("ناحية الأتارب", "SY020001", "admin3", ("حلب", "جبل سمعان", "الأتارب")),
    ("ناحية أتارب", "SY020001", "admin3", ("حلب", "جبل سمعان", "الأتارب")),
    ("محافظة ادلب", "SY07", "admin1", ("إدلب",)),
])
def test_opensyria_admin_areas_with_their_p_codes(gaz_home, query, pcode, kind, chain):
    report = import_file(OPENSYRIA, base=gaz_home)
    assert report.places == 14 + 62 + 272
    gaz = gazetteer.open_default(gaz_home)
    best = gaz.find(query)[0]
    assert (best.place.pcode, best.place.kind, best.place.admin_chain) == (pcode, kind, chain)
    assert best.place.country == "SY"


@needs_opensyria
def test_an_imported_governorate_is_the_same_place_as_the_default_one(gaz_home):
    import_file(OPENSYRIA, base=gaz_home)
    gaz = gazetteer.open_default(gaz_home)
    aleppo = [c.place for c in gaz.lookup("حلب") if c.place.kind == "admin1"]
    assert len(aleppo) == 1
    assert aleppo[0].id == "admin1:SY.09"              # the default's id stays
    assert aleppo[0].pcode == "SY02" and aleppo[0].bbox  # the P-code joins, the box stays
    assert gaz.get("pcode:SY02").id == "admin1:SY.09"
    assert all(c.trusted for c in gaz.lookup("جبل سمعان"))


COD_CSV = """ADM4_EN,ADM4_AR,ADM4_PCODE,ADM3_EN,ADM3_AR,ADM3_PCODE,ADM2_EN,ADM2_AR,ADM2_PCODE,ADM1_EN,ADM1_AR,ADM1_PCODE,Latitude,Longitude
Kafr Naha,كفر ناها,C1010,Atareb,الأتارب,SY020001,Jebel Saman,جبل سمعان,SY0200,Aleppo,حلب,SY02,36.14,36.94
Kafr Karmin,كفر كرمين,C1011,Atareb,الأتارب,SY020001,Jebel Saman,جبل سمعان,SY0200,Aleppo,حلب,SY02,36.12,36.86
Bad Row,صف سيء,C1012,Atareb,الأتارب,SY020001,Jebel Saman,جبل سمعان,SY0200,Aleppo,حلب,SY02,,
"""


def test_cod_csv_columns_detected_and_admin_chain_kept(gaz_home, tmp_path):
    path = tmp_path / "syr_pplp_cod.csv"
    path.write_text(COD_CSV, encoding="utf-8")
    report = import_file(path, base=gaz_home, country="SY")
    assert report.places == 2 + 3                      # two villages; their areas derived
    assert report.skipped == 1 and "C1012" in report.warnings[0]
    gaz = gazetteer.open_default(gaz_home)
    village = gaz.lookup("كفر ناها")[0]
    assert village.trusted and village.place.kind == "village"
    assert village.place.pcode == "C1010"
    assert (village.place.admin1, village.place.admin2, village.place.admin3) == ("SY02", "SY0200", "SY020001")
    assert village.place.admin_chain == ("حلب", "جبل سمعان", "الأتارب")
    subdistrict = gaz.get("pcode:SY020001")
    assert subdistrict.kind == "admin3" and subdistrict.bbox    # derived from its two villages


def test_column_mapping_by_option(gaz_home, tmp_path):
    path = tmp_path / "villages.csv"
    path.write_text("code;الاسم;x;y\nV1;قرية الاختبار;36.9;36.1\n", encoding="utf-8")
    with pytest.raises(GazetteerImportError, match="--column"):
        import_file(path, base=gaz_home)
    report = import_file(path, base=gaz_home, country="SY",
                         columns={"pcode": "code", "name_ar": "الاسم", "lat": "y", "lon": "x"})
    assert report.places == 1
    place = gazetteer.open_default(gaz_home).lookup("قرية الاختبار")[0].place
    assert (place.lat, place.lon, place.country) == (36.1, 36.9, "SY")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01PK binary", "binary"),
    ("ADM1_PCODE,ADM1_AR,Latitude,Longitude\nSY02,حلب,north,east\n".encode(), "no row with a P-code and a point"),
    (b"ADM1_PCODE,ADM1_EN,Latitude,Longitude\nSY02,\xe9t\xe9,36,37\n", "not UTF-8"),
])
def test_bad_files_are_clear_errors(gaz_home, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(GazetteerImportError, match=message):
        import_file(path, base=gaz_home)


def test_excel_unicode_text_is_read(gaz_home, tmp_path):
    path = tmp_path / "excel.txt"
    path.write_bytes(COD_CSV.replace(",", "\t").encode("utf-16"))
    assert import_file(path, base=gaz_home, country="SY").places == 5


def test_unknown_mapping_field_is_named(gaz_home, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text(COD_CSV, encoding="utf-8")
    with pytest.raises(GazetteerImportError, match="latitude.*fields"):
        import_file(path, base=gaz_home, columns={"latitude": "Latitude"})


def test_detect_columns_of_the_issue_example():
    cols, level = detect_columns(["ADM4_EN", "ADM4_AR", "ADM4_PCODE", "ADM1_PCODE", "Latitude", "Longitude"])
    assert level == 4
    assert (cols["name_en"], cols["name_ar"], cols["pcode"], cols["admin1_pcode"], cols["lat"], cols["lon"]) == (
        "ADM4_EN", "ADM4_AR", "ADM4_PCODE", "ADM1_PCODE", "Latitude", "Longitude")


def test_reimporting_replaces_the_layer(gaz_home, tmp_path):
    path = tmp_path / "syr.csv"
    path.write_text(COD_CSV, encoding="utf-8")
    import_file(path, base=gaz_home, country="SY")
    path.write_text(COD_CSV.replace("كفر كرمين", "كفر كرمين الجديدة"), encoding="utf-8")
    import_file(path, base=gaz_home, country="SY")
    gaz = gazetteer.open_default(gaz_home)
    assert not gaz.lookup("كفر كرمين") and gaz.lookup("كفر كرمين الجديدة")


def test_import_command(runner, gaz_home, tmp_path, monkeypatch):
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gaz_home))
    path = tmp_path / "syr.csv"
    path.write_text(COD_CSV, encoding="utf-8")
    result = runner.invoke(main, ["gazetteer", "import", str(path), "--name", "ocha-syr"])
    assert result.exit_code == 0, result.output
    assert "import-ocha-syr: 5 places" in result.output
    bad = runner.invoke(main, ["gazetteer", "import", str(path), "--column", "lat"])
    assert bad.exit_code == 2 and "FIELD=COLUMN" in bad.output


def test_remove_command_drops_a_layer(runner, gaz_home, tmp_path, monkeypatch):
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gaz_home))
    path = tmp_path / "syr.csv"
    path.write_text(COD_CSV, encoding="utf-8")
    assert runner.invoke(main, ["gazetteer", "import", str(path), "--name", "cod"]).exit_code == 0
    assert gazetteer.open_default(gaz_home).lookup("كفر كرمين")
    result = runner.invoke(main, ["gazetteer", "remove", "import-cod"])
    assert result.exit_code == 0, result.output
    assert not gazetteer.open_default(gaz_home).lookup("كفر كرمين")
    assert runner.invoke(main, ["gazetteer", "remove", "import-cod"]).exit_code == 1
    assert runner.invoke(main, ["gazetteer", "remove", "default"]).exit_code == 2
