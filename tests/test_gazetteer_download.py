"""`geomap gazetteer download`: GeoNames files fetched from a server on 127.0.0.1, resumed,
imported as a layer, and looked up with the rest."""

import pytest

import gazetteer
from gazetteer import GazetteerDownloadError
from gazetteer.sources.download import download_geonames, fetch


def test_download_imports_every_feature_class_and_lookups_see_it(gaz_home, loopback):
    reports = download_geonames(["SY"], base=gaz_home, url=loopback.url)
    assert [r.layer for r in reports] == ["geonames-sy"]
    assert reports[0].places == 10
    asked = {path for path, _, _ in loopback.requests}
    assert asked == {"/SY.zip", "/alternatenames/SY.zip", "/admin1CodesASCII.txt", "/admin2Codes.txt"}

    gaz = gazetteer.open_default(gaz_home)
    for name, kind in [("كفر ناها", "village"), ("مخيم اليرموك", "camp"), ("جبل الشيخ", "mountain"),
                       ("وادي العرب", "valley"), ("محافظة حلب", "admin1"), ("منطقة جبل سمعان", "admin2")]:
        from_dump = [c.place.kind for c in gaz.find(name) if "geonames" in c.place.source
                     and c.place.geonameid and (c.place.geonameid >= 99000000 or c.place.is_area)]
        assert kind in from_dump, name
    kafr_naha = gaz.lookup("كفر ناها")[0].place
    assert (kafr_naha.country, kafr_naha.admin1, kafr_naha.admin1_name) == ("SY", "09", "حلب")
    assert kafr_naha.admin2_name == "جبل سمعان"           # from the ADM2 feature's tagged Arabic name


def test_the_same_place_in_the_default_and_a_dump_is_one_place(gaz_home, loopback):
    download_geonames(["SY"], base=gaz_home, url=loopback.url)
    gaz = gazetteer.open_default(gaz_home)
    aleppo = [c for c in gaz.lookup("حلب") if c.place.id == "geonames:170063"]
    assert len(aleppo) == 1                               # same GeoNames id: merged
    assert "geonames" in aleppo[0].place.source
    governorates = [c.place for c in gaz.lookup("حلب") if c.place.kind == "admin1"]
    assert [p.id for p in governorates] == ["admin1:SY.09"]   # same admin-1 code: merged, stable id
    assert governorates[0].geonameid == 170062
    assert governorates[0].bbox is not None


def test_tagged_names_kept_historic_and_links_left_out(gaz_home, loopback):
    download_geonames(["SY"], base=gaz_home, url=loopback.url)
    gaz = gazetteer.open_default(gaz_home)
    assert any(c.place.id == "geonames:170063" for c in gaz.lookup("حلب الشهباء"))   # colloquial
    assert not gaz.lookup("بيرويا")                                                  # historic
    syria = gaz.lookup("سوریه")[0]                                                   # Persian spelling,
    assert syria.place.id == "geonames:163843" and not syria.variant_script          # also our alias سورية


def test_an_interrupted_download_resumes_where_it_stopped(tmp_path, loopback):
    loopback.break_after["SY.zip"] = 100
    dest = tmp_path / "SY.zip"
    with pytest.raises(GazetteerDownloadError, match="(?i)run the same command again"):
        fetch(loopback.url + "SY.zip", dest)
    part = tmp_path / "SY.zip.part"
    assert part.stat().st_size == 100 and not dest.exists()
    result = fetch(loopback.url + "SY.zip", dest)
    assert result.resumed_from == 100
    assert loopback.requests[-1][1] == "bytes=100-"
    assert dest.read_bytes() == (loopback.root / "SY.zip").read_bytes()
    assert not part.exists()


def test_a_finished_file_is_fetched_again_only_when_the_server_has_a_newer_one(tmp_path, loopback):
    dest = tmp_path / "admin1CodesASCII.txt"
    assert fetch(loopback.url + "admin1CodesASCII.txt", dest).fresh
    again = fetch(loopback.url + "admin1CodesASCII.txt", dest)
    assert not again.fresh and loopback.requests[-1][2]       # asked with If-Modified-Since: 304


def test_offline_is_a_clear_error_that_keeps_what_was_downloaded(gaz_home):
    with pytest.raises(GazetteerDownloadError, match="offline.*resume.*--base-url"):
        download_geonames(["SY"], base=gaz_home, url="http://127.0.0.1:9/")


@pytest.mark.parametrize("code, message", [
    ("XX", "not on the server"),
    ("Syria", "two-letter country code"),
])
def test_bad_country_codes(gaz_home, loopback, code, message):
    with pytest.raises(GazetteerDownloadError, match=message):
        download_geonames([code], base=gaz_home, url=loopback.url)


def test_a_damaged_zip_is_deleted_with_advice(tmp_path, loopback):
    (loopback.root / "SY.zip").write_bytes(b"<html>maintenance</html>")
    with pytest.raises(GazetteerDownloadError, match="not a zip"):
        fetch(loopback.url + "SY.zip", tmp_path / "SY.zip")
    assert not (tmp_path / "SY.zip").exists()


def test_download_command_with_base_url(runner, gaz_home, loopback, monkeypatch):
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gaz_home))
    result = runner.invoke(main, ["gazetteer", "download", "SY", "--base-url", loopback.url])
    assert result.exit_code == 0, result.output
    assert "geonames-sy: 10 places" in result.output
    offline = runner.invoke(main, ["gazetteer", "download", "IQ", "--base-url", "http://127.0.0.1:9/"])
    assert offline.exit_code == 1 and "Traceback" not in offline.output
    assert "offline" in offline.output


def test_a_dump_copied_by_hand_imports_with_its_sibling_files(gaz_home):
    from conftest import GEONAMES_FIXTURES
    from gazetteer.sources.pcoded import import_file

    report = import_file(GEONAMES_FIXTURES / "SY.txt", base=gaz_home)     # offline: no server at all
    assert report.layer == "geonames-sy" and report.places == 10
    place = gazetteer.open_default(gaz_home).lookup("كفر ناها")[0].place  # an Arabic name only the
    assert place.admin1_name == "حلب"                                     # alternatenames file has


def test_offline_after_a_download_reimports_the_kept_files(gaz_home, loopback):
    download_geonames(["SY"], base=gaz_home, url=loopback.url)
    notes = []
    reports = download_geonames(["SY"], base=gaz_home, url="http://127.0.0.1:9/", echo=notes.append)
    assert reports[0].places == 10
    assert any("offline" in n and "using the copy" in n for n in notes)


def test_an_unchanged_server_file_is_not_downloaded_again(gaz_home, loopback):
    download_geonames(["SY"], base=gaz_home, url=loopback.url)
    notes = []
    download_geonames(["SY"], base=gaz_home, url=loopback.url, echo=notes.append)
    assert sum("up to date" in n for n in notes) == 4
