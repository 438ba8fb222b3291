"""Lookup quality: exact names, admin areas by their term, spelling variants; the search
and info commands."""

import json

import pytest

from gazetteer.admin import find_admin_area, kinds_for
from gazetteer.variants import variant_key


@pytest.mark.parametrize("query, kind, place_id", [
    ("محافظة حلب", "admin1", "admin1:SY.09"),
    ("محافظة إدلب", "admin1", "admin1:SY.12"),
    ("ولاية غازي عنتاب", "admin1", None),      # Turkey: the admin-1 area around the city
    ("محافظة الموصل", "admin1", None),         # Iraq: Mosul → Nineveh governorate
])
def test_admin_term_names_the_area(gaz, query, kind, place_id):
    area = find_admin_area(gaz, query)[0]
    assert area.kind == kind and area.bbox is not None
    if place_id:
        assert area.id == place_id
    city = gaz.lookup(query.split(" ", 1)[1])[0].place
    assert area.country == city.country


@pytest.mark.parametrize("term, country, kinds", [
    ("منطقة", "SY", ("admin2",)), ("منطقة", "SA", ("admin1",)), ("قضاء", "IQ", ("admin2",)),
    ("ناحية", "SY", ("admin3",)), ("ولاية", "TR", ("admin1",)),
])
def test_what_an_admin_term_means_in_each_country(term, country, kinds):
    assert kinds_for(term, country) == kinds


@pytest.mark.parametrize("query, expected", [
    ("هانجتشو", "geonames:1808926"),     # Hangzhou: تش/ج spelling
    ("دمشك", "geonames:170654"),         # Damascus with ك for ق
    ("طوكيوو", "geonames:1850147"),      # Tokyo, a letter doubled
])
def test_variants_with_evidence_are_accepted(gaz, query, expected):
    accepted = [v for v in gaz.lookup_variants(query) if v.accepted]
    assert accepted[0].place.id == expected
    assert accepted[0].same_key and accepted[0].evidence


@pytest.mark.parametrize("query, not_meant", [
    ("تونسي", "Tunis"),        # a demonym, not the city: similar, never accepted
    ("حلبي", "Aleppo"),
    ("بيروتي", "Beirut"),
    ("بيروتي", "Alberti"),     # same consonants as ألبيرتي, a town of 10,000 in Argentina
])
def test_string_similarity_alone_is_never_accepted(gaz, query, not_meant):
    variants = gaz.lookup_variants(query)
    assert not any(v.accepted and v.place.name == not_meant for v in variants)


def test_variant_keys_are_spelling_rules():
    assert variant_key("هانغجو") == variant_key("هانغتشو")
    assert variant_key("بيجين") == variant_key("بكين")
    assert variant_key("بيروت") != variant_key("بيرون")


def test_find_ranks_exact_then_admin_then_variants(gaz):
    assert gaz.find("حلب")[0].place.id == "geonames:170063"           # the city, not the province
    assert gaz.find("محافظة حلب")[0].place.id == "admin1:SY.09"
    assert gaz.find("Geneva", country="CH")[0].place.id == "geonames:2660646"
    assert gaz.find("جنيف، سويسرا")[0].place.country == "CH"
    assert gaz.find("جنيف، الولايات المتحدة")[0].place.country == "US"
    suggestions = gaz.find("هانجتشو")
    assert suggestions[0].how == "variant" and suggestions[0].accepted
    assert gaz.find("   ") == []


def test_search_command_json(runner):
    from geomap.cli import main

    result = runner.invoke(main, ["gazetteer", "search", "حلب", "--country", "SY", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    first = found[0]
    assert {"id", "kind", "admin_chain", "population", "source", "score"} <= set(first)
    assert first["id"] == "geonames:170063" and first["admin_chain"] == ["حلب"]
    assert all(f["country"] == "SY" for f in found)


def test_search_command_text(runner):
    from geomap.cli import main

    result = runner.invoke(main, ["gazetteer", "search", "هانجتشو"])
    assert result.exit_code == 0
    assert "variant" in result.output and "Hangzhou" in result.output
    none = runner.invoke(main, ["gazetteer", "search", "ققققق"])
    assert "no place with that name" in none.output


def test_info_shows_layers_sources_counts_and_attribution(runner):
    from geomap.cli import main

    result = runner.invoke(main, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    assert "GeoNames (geonames.org), CC BY 4.0" in result.output
    assert "default" in result.output and "built" in result.output
    data = json.loads(runner.invoke(main, ["gazetteer", "info", "--json"]).output)
    geonames = next(s for s in data["sources"] if s["name"] == "geonames")
    assert geonames["license"] == "CC BY 4.0" and geonames["places"] > 200_000
    assert data["layers"][0]["name"] == "default"
