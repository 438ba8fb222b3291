"""Layers combined into one lookup: the same place from two sources is one place."""

import pytest

from gazetteer.places import CURATED, IMPORTED, PREFERRED, USER, Place
from gazetteer.store import Gazetteer, GazetteerWriter


def _layer(path, places, names, *, same_as=None, name="test"):
    w = GazetteerWriter(path)
    w.add_places(places, geonameid=True, same_as=same_as)
    w.add_names(names)
    w.add_source(name, description=name, license="CC BY 4.0", attribution=name)
    w.set_meta("layer", name)
    return w.finish()


@pytest.fixture
def stack(tmp_path):
    base = _layer(tmp_path / "base.sqlite", [
        Place("geonames:170063", "Aleppo", "حلب", "city", 36.20124, 37.16117, "SY", "09", "حلب", 2098210, "geonames"),
        Place("admin1:SY.09", "Aleppo Governorate", "حلب", "admin1", 36.3, 37.4, "SY", "09", "حلب", 0, "curated",
              "ADM1", (36.5, 35.7, 38.4, 36.9)),
    ], [("geonames:170063", "حلب", "ar", PREFERRED), ("admin1:SY.09", "حلب", "ar", PREFERRED | CURATED),
        ("geonames:170063", "Aleppo", "en", PREFERRED)], name="default")
    dump = _layer(tmp_path / "geonames-sy.sqlite", [
        Place("geonames:170063", "Aleppo", "حلب", "city", 36.2, 37.16, "SY", "09", "حلب", 1602264, "geonames",
              "PPLA", admin2="SY0200", admin2_name="جبل سمعان"),
        Place("geonames:170062", "Aleppo Governorate", "حلب", "admin1", 36.25, 37.5, "SY", "09", "حلب", 4867991,
              "geonames", "ADM1"),
    ], [("geonames:170063", "حلب", "ar", PREFERRED), ("geonames:170063", "حلب الشهباء", "ar", 0),
        ("geonames:170062", "حلب", "ar", PREFERRED)], name="geonames-sy")
    imported = _layer(tmp_path / "import-cod.sqlite", [
        Place("pcode:SY02", "Aleppo", "حلب", "admin1", 36.25, 37.61667, "SY", "SY02", "حلب", 3734000, "cod",
              geonameid=170062, pcode="SY02"),
    ], [("pcode:SY02", "حلب", "ar", IMPORTED | PREFERRED)], name="import-cod")
    user = _layer(tmp_path / "user.sqlite", [], [("geonames:170063", "الشهباء", "ar", USER)], name="user")
    gaz = Gazetteer(base, [dump, imported, user])
    yield gaz
    gaz.close()


def test_same_geonames_id_and_admin_code_merge_into_one_place(stack):
    found = stack.lookup("حلب")
    assert [c.place.id for c in found] == ["admin1:SY.09", "geonames:170063"]
    governorate, city = (c.place for c in found)
    # default admin1:SY.09 ~ dump ADM1 (same admin-1 code) ~ import SY02 (same GeoNames id)
    assert (governorate.pcode, governorate.geonameid, governorate.population) == ("SY02", 170062, 3734000)
    assert governorate.bbox == (36.5, 35.7, 38.4, 36.9)          # only the default had a box
    assert governorate.source == "cod+geonames+curated"
    assert city.admin2_name == "جبل سمعان"                       # the dump fills what the default lacks
    assert (city.lat, city.population) == (36.2, 1602264)        # the higher layer wins a field


def test_a_name_only_one_layer_knows_finds_the_merged_place(stack):
    [c] = stack.lookup("حلب الشهباء")
    assert c.place.id == "geonames:170063" and c.place.admin2 == "SY0200"


def test_a_user_alias_points_into_another_layer(stack):
    [c] = stack.lookup("الشهباء")
    assert c.place.id == "geonames:170063" and c.user and c.trusted


def test_get_by_any_member_id(stack):
    assert stack.get("pcode:SY02").id == "admin1:SY.09"
    assert stack.get("geonames:170062").id == "admin1:SY.09"
    assert stack.admin1_area("SY", "09").pcode == "SY02"
    assert stack.get("nothing:1") is None


def test_names_and_first_words_cover_every_layer(stack):
    assert {"حلب", "حلب الشهباء", "الشهباء"} <= stack.names
    assert stack.first_words["حلب"] == 2
    assert stack.max_name_tokens == 2


def test_latin_search_merges_too(stack):
    assert [c.place.id for c in stack.search("aleppo")] == ["geonames:170063"]


def test_open_default_sees_the_layers_beside_it(gaz_home):
    import gazetteer
    from gazetteer.paths import layer_path

    _layer(layer_path("import-test", gaz_home), [
        Place("pcode:T1", "Testville", "قرية الاختبار", "village", 36.0, 37.0, "SY", pcode="T1", source="t"),
    ], [("pcode:T1", "قرية الاختبار", "ar", IMPORTED)], name="import-test")
    gazetteer.invalidate()
    gaz = gazetteer.open_default(gaz_home)
    assert [layer["name"] for layer in gaz.layer_info()] == ["default", "import-test"]
    assert gaz.lookup("قرية الاختبار")[0].place.pcode == "T1"
    assert gaz.lookup("حلب")[0].place.id == "geonames:170063"


def test_a_damaged_layer_is_named_with_a_way_out(gaz_home):
    import gazetteer
    from gazetteer import GazetteerCorrupt
    from gazetteer.paths import layer_path

    bad = layer_path("import-bad", gaz_home)
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"not a database" * 100)
    gazetteer.invalidate()
    with pytest.raises(GazetteerCorrupt, match="gazetteer remove import-bad"):
        gazetteer.open_default(gaz_home)
