"""The user layer: `geomap gazetteer add`, gazetteer.add_user_place and gazetteer.invalidate."""

import threading

import pytest

from gazetteer import add_user_place, invalidate, open_default
from gazetteer.errors import InvalidEntry
from gazetteer.user import remove_user_entry

from conftest import SEED

# Kafr Naha (Jabal Sam'an district, Aleppo governorate): the approximate point the issue gives
# (36.14 N, 36.94 E), 7 km east of the centroid of OCHA subdistrict SY020001 (Atareb).
KAFR_NAHA = dict(lat=36.14, lon=36.94)


def test_the_seed_village_resolves_after_the_user_adds_it(gaz_home, seed_text):
    import geomap

    before = geomap.parse(seed_text, published="2016-09-09", gazetteer=open_default(gaz_home))
    assert not next(m for m in before.mentions if m.text == "كفر ناها").resolved
    place = add_user_place("كفر ناها", kind="village", country="SY", admin1="09", path=gaz_home, **KAFR_NAHA)
    after = geomap.parse(seed_text, published="2016-09-09", gazetteer=open_default(gaz_home))
    mention = next(m for m in after.mentions if m.text == "كفر ناها")
    assert mention.place.id == place.id
    assert mention.geo_precision == 1
    assert (mention.lat, mention.lon) == (36.14, 36.94)
    assert mention.place.admin1_name == "حلب"
    # the airstrike that killed the commander (issue 5 merges its sentences) lands there too
    airstrike = next(e for e in after.events if e.kind == "airstrike" and e.status == "occurred")
    assert airstrike.place.id == place.id and airstrike.geo_precision == 1


def test_user_entries_survive_a_rebuild_of_the_default(gaz_home):
    from gazetteer.places import PREFERRED, Place
    from gazetteer.store import GazetteerWriter

    add_user_place("كفر ناها", country="SY", path=gaz_home, **KAFR_NAHA)
    writer = GazetteerWriter(gaz_home)                 # a new default replaces the file atomically
    writer.add_places([Place("geonames:170063", "Aleppo", "حلب", "city", 36.2, 37.16, "SY")])
    writer.add_names([("geonames:170063", "حلب", "ar", PREFERRED)])
    writer.finish()
    invalidate()
    gaz = open_default(gaz_home, build=False)
    assert gaz.count() < 100                           # the rebuilt default
    assert gaz.lookup("كفر ناها")[0].place.source == "user"


def test_user_entries_outrank_the_defaults_on_ties(gaz_home):
    default = [c.place for c in open_default(gaz_home).lookup("الرستن")]
    assert default
    twin = default[0]
    mine = add_user_place("الرستن", lat=twin.lat + 0.01, lon=twin.lon, kind=twin.kind,
                          population=twin.population, country=twin.country, path=gaz_home)
    ranked = open_default(gaz_home).lookup("الرستن")
    assert ranked[0].place.id == mine.id and ranked[0].user


def test_an_alias_names_an_existing_place(gaz_home):
    target = add_user_place("حلب الشهباء", alias_of="geonames:170063", lat=0, lon=0, path=gaz_home)
    assert target.id == "geonames:170063"
    found = open_default(gaz_home).lookup("حلب الشهباء")
    assert [c.place.id for c in found] == ["geonames:170063"] and found[0].trusted


def test_invalidate_makes_the_next_open_see_the_entry(gaz_home):
    first = open_default(gaz_home)
    assert open_default(gaz_home) is first                  # cached per process
    from gazetteer.user import _rewrite
    from gazetteer.places import Place, USER

    _rewrite(gaz_home, places=[Place("user:t", "T", "تل الاختبار", "village", 36.0, 37.0, source="user")],
             names=[("user:t", "تل الاختبار", "ar", USER)])
    # the layer written as another process writes it (`geomap gazetteer add` while a server runs,
    # no invalidate in this one): the next open sees it, and opens no more after that
    second = open_default(gaz_home)
    assert second is not first and second.lookup("تل الاختبار")
    assert open_default(gaz_home) is second
    invalidate()
    assert open_default(gaz_home).lookup("تل الاختبار")
    assert first.lookup("حلب")                              # a gazetteer handed out stays usable


def test_concurrent_adds_lose_nothing(gaz_home):
    names = [f"قرية رقم {chr(0x0661 + i)}" for i in range(8)]
    errors = []

    def add(name, i):
        try:
            add_user_place(name, lat=35.0 + i / 100, lon=37.0, path=gaz_home)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(n, i)) for i, n in enumerate(names)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    gaz = open_default(gaz_home)
    assert all(gaz.lookup(n) for n in names)


@pytest.mark.parametrize("kwargs, message", [
    (dict(name="", lat=1, lon=1), "empty"),
    (dict(name="123", lat=1, lon=1), "no letters"),
    (dict(name="قرية", lat=91, lon=1), "latitude"),
    (dict(name="قرية", lat=1, lon=float("nan")), "longitude"),
    (dict(name="قرية", lat=1, lon=1, kind="castle"), "unknown kind"),
    (dict(name="قرية", lat=1, lon=1, country="Syria"), "two-letter"),
    (dict(name="قرية", lat=1, lon=1, country="ZZ"), "no country the gazetteer knows"),
    (dict(name="قرية", lat=1, lon=1, admin1="09"), "--country"),
    (dict(name="قرية", lat=1, lon=1, country="SY", admin1="99"), "no admin-1 area '99' in SY; known: 01"),
    (dict(name="قرية", lat=1, lon=1, alias_of="geonames:0"), "no place with id"),
])
def test_bad_entries_are_refused_with_a_reason(gaz_home, kwargs, message):
    name = kwargs.pop("name")
    with pytest.raises(InvalidEntry, match=message):
        add_user_place(name, path=gaz_home, **kwargs)


def test_admin1_by_name(gaz_home):
    place = add_user_place("كفر ناها", country="SY", admin1="حلب", path=gaz_home, **KAFR_NAHA)
    assert (place.admin1, place.admin1_name) == ("09", "حلب")


def test_forget_removes_places_and_aliases(gaz_home):
    add_user_place("كفر ناها", path=gaz_home, **KAFR_NAHA)
    add_user_place("حلب الشهباء", alias_of="geonames:170063", lat=0, lon=0, path=gaz_home)
    assert remove_user_entry("كفر ناها", path=gaz_home) == 1
    assert remove_user_entry("حلب الشهباء", path=gaz_home) == 1
    gaz = open_default(gaz_home)
    assert not gaz.lookup("كفر ناها") and not gaz.lookup("حلب الشهباء")


def test_add_command(runner, gaz_home, monkeypatch):
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gaz_home))
    result = runner.invoke(main, ["gazetteer", "add", "كفر ناها", "--lat", "36.14", "--lon", "36.94",
                                  "--kind", "village", "--country", "SY", "--admin1", "09"])
    assert result.exit_code == 0, result.output
    assert "كفر ناها" in result.output and "حلب" in result.output
    parsed = runner.invoke(main, ["parse", str(SEED)])
    assert "قرية كفر ناها  →  كفر ناها (village, SY) precision 1" in parsed.output
    bad = runner.invoke(main, ["gazetteer", "add", "قرية", "--lat", "100", "--lon", "1"])
    assert bad.exit_code == 1 and "latitude 100.0 is outside" in bad.output
    missing = runner.invoke(main, ["gazetteer", "add", "قرية"])
    assert missing.exit_code == 2 and "--lat" in missing.output


def test_forget_command(runner, gaz_home, monkeypatch):
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gaz_home))
    add_user_place("كفر ناها", path=gaz_home, **KAFR_NAHA)
    result = runner.invoke(main, ["gazetteer", "forget", "كفر ناها"])
    assert result.exit_code == 0 and "removed 1 entry" in result.output
    assert "no user entry" in runner.invoke(main, ["gazetteer", "forget", "كفر ناها"]).output


# -- issue 11, class 9: a place added at a point takes the admin areas around it ----------------

@pytest.mark.parametrize("name, lat, lon, given, country, admin1", [
    ("كفر ناها", 36.165, 36.94, {"country": "SY"}, "SY", "09"),   # Aleppo countryside, near Idlib's border
    ("كفر ناها", 36.165, 36.94, {}, "SY", "09"),                  # no country either
    ("تل الصغير", 35.93, 36.63, {"country": "SY"}, "SY", "12"),    # between Idlib and Saraqib
    ("الجفينة", 15.43, 45.30, {}, "YE", "14"),                     # by Marib
    ("البو عيثة", 33.42, 43.35, {}, "IQ", "01"),                   # east of Ramadi: Anbar
    ("قرية الحدود", 36.165, 36.94, {"country": "TR"}, "TR", None),  # the country given wins; no Turkish neighbour
])
def test_a_new_place_takes_country_and_admin1_from_its_neighbours(gaz_home, name, lat, lon, given,
                                                                   country, admin1):
    place = add_user_place(name, lat=lat, lon=lon, kind="village", path=gaz_home, **given)
    assert (place.country, place.admin1) == (country, admin1)
    stored = open_default(gaz_home).lookup(name)[0].place
    assert (stored.country, stored.admin1) == (country, admin1)
    if admin1:
        assert stored.admin1_name == open_default(gaz_home).admin1_area(country, admin1).name_ar


def test_a_place_in_the_open_sea_has_no_admin_area(gaz_home):
    place = add_user_place("جزيرة مجهولة", lat=-40.0, lon=-30.0, kind="village", path=gaz_home)
    assert (place.country, place.admin1, place.admin2) == (None, None, None)


def test_admin2_comes_from_neighbours_that_know_it(gaz_home):
    from gazetteer.places import Place, USER
    from gazetteer.user import _rewrite, infer_admin

    # two villages of a district (as a GeoNames dump or a P-coded gazetteer gives them)
    _rewrite(gaz_home, places=[
        Place("user:a", "A", "قرية ألف", "village", 36.16, 36.95, "SY", "09", "حلب", source="user",
              admin2="SY0203", admin2_name="جبل سمعان"),
        Place("user:b", "B", "قرية باء", "village", 36.17, 36.93, "SY", "09", "حلب", source="user",
              admin2="SY0203", admin2_name="جبل سمعان")],
        names=[("user:a", "قرية ألف", "ar", USER), ("user:b", "قرية باء", "ar", USER)])
    invalidate()
    chain = infer_admin(open_default(gaz_home), 36.165, 36.94, country="SY")
    assert (chain.admin1, chain.admin2, chain.admin2_name) == ("09", "SY0203", "جبل سمعان")


def test_the_seed_airstrike_lands_on_a_village_added_without_admin1(gaz_home, seed_text, runner, monkeypatch):
    """`geomap gazetteer add "كفر ناها" --lat 36.165 --lon 36.94 --kind village --country SY`,
    then the seed: the airstrike is at Kafr Naha and no second event appears there."""
    import geomap
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gaz_home))
    added = runner.invoke(main, ["gazetteer", "add", "كفر ناها", "--lat", "36.165", "--lon", "36.94",
                                 "--kind", "village", "--country", "SY"])
    assert added.exit_code == 0 and "SY حلب" in added.output, added.output
    doc = geomap.parse(seed_text, published="2016-09-09", gazetteer=open_default(gaz_home))
    at_village = [e for e in doc.events if e.located and e.place.name_ar == "كفر ناها"]
    assert [(e.kind, e.status) for e in at_village] == [("airstrike", "occurred")]


def test_a_broken_layer_file_keeps_the_gazetteer_opened_before(gaz_home):
    # a server reopens its gazetteer when a layer file changes; a file half copied into the layers
    # folder must not break every request that follows
    from gazetteer.paths import layers_dir

    first = open_default(gaz_home)
    folder = layers_dir(gaz_home)
    folder.mkdir(parents=True, exist_ok=True)
    junk = folder / "partial.sqlite"
    junk.write_bytes(b"not a database" * 100)
    try:
        assert open_default(gaz_home) is first and first.lookup("حلب")
    finally:
        junk.unlink()
    add_user_place("تل الاختبار", kind="village", lat=36.0, lon=37.0, country="SY", path=gaz_home)
    assert open_default(gaz_home).lookup("تل الاختبار")
