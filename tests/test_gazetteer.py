"""The embedded default gazetteer and the SQLite store under it."""

import sqlite3

import pytest

from gazetteer import GazetteerCorrupt, GazetteerNotFound, open_default
from gazetteer.store import Gazetteer, GazetteerWriter, Place


@pytest.mark.parametrize("name, first_id", [
    ("حلب", "geonames:170063"),
    ("جنيف", "geonames:2660646"),             # Geneva, Switzerland before five US Genevas
    ("موسكو", "geonames:524901"),            # Moscow, not Mesquite, Texas
    ("انقره", "geonames:323786"),
    ("أنقرة", "geonames:323786"),
    ("ادلب", "geonames:169389"),
    ("إدلب", "geonames:169389"),
    ("هانغجو", "geonames:1808926"),           # our curated alias; GeoNames has only هانغتشو
    ("هانغتشو", "geonames:1808926"),
    ("كويتا", "geonames:1167528"),            # Quetta before Coweta, Oklahoma (curated alias)
    ("سوريا", "geonames:163843"),            # CLDR country name
    ("سورية", "geonames:163843"),            # curated alias
    ("الولايات المتحدة", "geonames:6252001"),
])
def test_lookup_ranks_the_place_meant_first(gaz, name, first_id):
    assert gaz.lookup(name)[0].place.id == first_id


def test_a_governorate_and_its_capital_are_different_places(gaz):
    kinds = {c.place.kind: c.place for c in gaz.lookup("حلب")}
    assert kinds["city"].id == "geonames:170063"
    assert kinds["admin1"].id == "admin1:SY.09"
    assert kinds["admin1"].bbox is not None
    assert gaz.admin1_area("SY", "09").name == "Aleppo Governorate"


def test_an_admin1_area_our_table_does_not_name_says_its_largest_city(gaz):
    # Île-de-France (GeoNames admin-1 code 11; Diyarbakır province, the first example, is now in
    # admin1.tsv): a popup said "France admin-1 area 11"
    area = gaz.admin1_area("FR", "11")
    assert area.name == "France admin-1 area 11, around Paris"
    assert gaz.admin1_area("TR", "21").name == "Diyarbakır Province"


def test_cities_carry_their_admin1_name(gaz):
    aleppo = gaz.get("geonames:170063")
    assert (aleppo.country, aleppo.admin1, aleppo.admin1_name) == ("SY", "09", "حلب")


def test_the_default_knows_no_kafr_naha(gaz):
    assert gaz.lookup("كفر ناها") == ()


def test_sources_and_attribution(gaz):
    sources = {s["name"]: s for s in gaz.sources()}
    assert sources["geonames"]["license"] == "CC BY 4.0"
    assert sources["geonames"]["places"] > 200_000
    assert sources["curated"]["places"] > 0


def test_search_by_english_name_and_country(gaz):
    found = gaz.search("Geneva", country="CH")
    assert [c.place.id for c in found] == ["geonames:2660646"]


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GazetteerNotFound, match="geomap gazetteer build"):
        Gazetteer(tmp_path / "none.sqlite")


def test_corrupt_file_is_detected_with_a_way_out(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerCorrupt, match="rebuild"):
        Gazetteer(bad)


def test_unfinished_build_is_never_visible(tmp_path):
    path = tmp_path / "g.sqlite"
    w = GazetteerWriter(path)
    w.add_places([Place("x:1", "X", "اكس", "city", 1.0, 2.0)])
    assert not path.exists()                       # written to a temporary file first
    w.abort()
    assert not path.exists() and not list(tmp_path.iterdir())


def test_an_old_schema_is_refused(tmp_path, tiny_gazetteer):
    path = tiny_gazetteer.path
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(GazetteerCorrupt, match="schema"):
        Gazetteer(path)


def test_tiny_gazetteer_lookup(tiny_gazetteer):
    assert [c.place.country for c in tiny_gazetteer.lookup("جنيف")] == ["CH", "US"]
    assert tiny_gazetteer.lookup("هانغجو")[0].place.name == "Hangzhou"
    assert "حلب" in tiny_gazetteer.names


def test_open_default_builds_a_missing_gazetteer_once(tmp_path, monkeypatch):
    """The first run builds; a rebuild happens only when our data tables change."""
    import gazetteer
    from gazetteer.sources import embedded

    calls = []
    real_build = embedded.build

    def counting_build(path, progress=True):
        calls.append(path)
        return real_build(path, progress=False)

    monkeypatch.setattr(embedded, "build", counting_build)
    path = tmp_path / "fresh.sqlite"
    g = gazetteer.open_default(path, progress=False)
    assert calls == [path] and g.lookup("حلب")
    gazetteer.invalidate()
    gazetteer.open_default(path, progress=False)
    assert calls == [path]                          # opened, not rebuilt
    gazetteer.invalidate()


def test_places_read_from_a_layer_are_ordinary_frozen_places(gaz):
    import dataclasses

    from gazetteer.places import Place

    place = gaz.lookup("حلب")[0].place
    copy = Place(*(getattr(place, f.name) for f in dataclasses.fields(Place)))
    assert place == copy and hash(place) == hash(copy) and type(place) is Place
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.lat = 0.0


@pytest.mark.parametrize("name, shown", [
    ("كربلاء", "كربلاء"),        # not كةربالا (a Kurdish spelling) nor ڪربلا
    ("درعا", "درعا"),            # not أذرِعات (its ancient name, with vowel marks)
    ("طرطوس", "طرطوس"),          # not ترطوس: Ţarţūs has ط
    ("الموصل", "الموصل"),        # with its article
    ("الرياض", "الرياض"),        # not رىياد
    ("عمان", "عمان"),            # Amman: an English exonym, from display_names.tsv
    ("لندن", "لندن"),            # not لأندأن (GeoNames' odd spelling)
])
def test_places_show_their_usual_arabic_name(gaz, name, shown):
    place = next(c.place for c in gaz.lookup(name) if c.place.kind in ("city", "town"))
    assert place.name_ar == shown


@pytest.mark.parametrize("names, latin, chosen", [
    (["مدينة حمص", "حمص"], "Madinat Hims", "حمص"),
    (["قريه الرقه", "رقه"], None, "رقه"),
    (["مركز حلب", "حلب"], "Markaz Halab", "حلب"),
    (["محافظه الرقة", "رقة"], "Muhafazat ar-Raqqah", "رقة"),
])
def test_a_name_without_a_cue_word_in_front_is_preferred(names, latin, chosen):
    """The cue words of prefix_cues.tsv (as GeoNames writes them, ة or ه) lose to the bare name,
    though the romanised name sounds like the whole phrase and the phrase has the article
    (without the cue rule each of these picks the phrase)."""
    from gazetteer.sources.embedded import preferred_arabic

    assert preferred_arabic([(n, 0) for n in names], latin) == chosen
    assert preferred_arabic([(n, 0) for n in reversed(names)], latin) == chosen


def test_the_cue_word_table_is_part_of_the_build_fingerprint():
    """A change to prefix_cues.tsv changes which names the default build picks: it must rebuild."""
    from gazetteer.sources import embedded

    assert "prefix_cues.tsv" in embedded.DATA_TABLES
