"""Toponym resolution: pick the place each mention names, and where to draw it.

Each candidate is scored by its size (population, or its rank as a country or
admin-1 area), by how well it fits the cue word (محافظة X → the admin-1 area X,
قرية X → a village), and by the document's other places (the countries they
agree on). Relative areas (ريف حلب الجنوبي, شمال ادلب, قرب مدينة حلب) become a
point offset from their anchor with a radius and ACLED geo-precision 2, and a
place said to lie in a direction from another (الحسينية شمال شرقي بغداد) must
lie near it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from gazetteer.once import once

from gazetteer import Candidate, Gazetteer, Place, great_circle_km
from gazetteer.arabic import normalize, sentences as split_sentences, tokenize
from gazetteer.neighbours import neighbours
from gazetteer.skeleton import MIN_KEY, arabic_key
from gazetteer.tables import load

from .anchors import (SETTLED, anchor_of, binding, binds, copy_placement, fits, holds, lies_far_that_way, near_point,
                      place_by_context, place_the_rest, unresolve)
from .geodesy import BEARINGS, offset
from .lexicon import as_written
from .model import Mention
from .regions import mena
from .toponyms import SETTLEMENT_CUES, STREET_CUES, gap_words, name_words, place_words, recognize, rules

__all__ = ["resolve", "haversine_km", "offset", "COHERENCE"]

haversine_km = great_circle_km     # the old name (geomap.incidents on main imports it from here)

# How far (km) the point of a relative area is from its anchor, and its radius.
_COUNTRYSIDE_OFFSET_KM = 20.0
_COUNTRYSIDE_RADIUS_KM = 20.0
_NEAR_RADIUS_KM = 10.0
_GOVERNORATE_RADIUS_KM = 30.0
_DIRECTION_OFFSET_KM = 15.0
_BEARINGS = BEARINGS

COHERENCE = 4.0       # weight of the document's other places' countries in a candidate's score
# Admin areas below admin-2 come from imported P-coded gazetteers and GeoNames dumps.
_AREA_KINDS = {"country": 3, "admin1": 3, "admin2": 3, "admin3": 3, "admin4": 2, "admin5": 2,
               "region": 3}
_SIZE_PRIOR = {"country": 8.0, "admin1": 6.0, "admin2": 5.0, "admin3": 4.0, "admin4": 3.0,
               "admin5": 3.0, "region": 5.0}
_SUB_AREAS = ("admin1", "admin2", "admin3", "admin4", "admin5")
# a curated place (places.tsv: a place of the wars the press names constantly) with no population
# given weighs as a town of this size, not as a hamlet (بلدة كونا in a report on Mali: Konna, not Kuna, Idaho)
_CURATED_POPULATION = 20_000

# Cue kind → {place kind: bonus}
_CUE_FIT = {
    "admin1": {"admin1": 10.0, "admin2": 4.0, "country": -6.0, "city": -4.0, "town": -4.0, "village": -4.0},
    "admin2": {"admin2": 8.0, "admin1": 2.0, "city": 1.0, "town": 1.0},
    "admin3": {"admin3": 8.0, "town": 1.0, "village": 1.0, "admin1": -6.0, "country": -8.0},
    "region": {"region": 4.0, "admin1": 2.0, "admin2": 2.0},
    "city": {"city": 1.0, "town": 1.0, "village": 0.0, "admin1": -10.0, "country": -10.0},
    "town": {"town": 0.5, "village": 0.5, "city": 0.0, "admin1": -10.0, "country": -10.0},
    "village": {"village": 1.0, "town": 0.5, "city": -0.5, "admin1": -10.0, "country": -10.0},
    "camp": {"village": 0.5, "town": 0.5, "admin1": -10.0, "country": -10.0},
    "neighbourhood": {"neighbourhood": 2.0, "village": 0.5, "town": 0.5, "admin1": -10.0, "country": -10.0},
    "countryside": {"city": 1.0, "town": 0.5, "admin1": -3.0, "country": -10.0},
    "country": {"country": 10.0},
    # a facility named after a place (مطار حماة، مستشفى سامراء): the town, not its governorate
    "facility": {"city": 1.0, "town": 1.0, "village": 0.5, "admin1": -3.0, "admin2": -2.0, "country": -6.0},
}


def resolve(mentions: list[Mention], gaz: Gazetteer, text: str = "") -> list[Mention]:
    """Resolve *mentions* in place; returns those kept (names with no fitting place dropped).
    *text*, the text they were found in, lets a neighbourhood be bound to the city its sentence
    named before it (see :func:`_neighbourhoods_in_their_city`)."""
    r = rules()
    scored: list[tuple[Mention, list[tuple[float, Candidate]]]] = []
    kept: list[Mention] = []
    for m in mentions:
        if m.role == "unresolved":
            kept.append(m)
            continue
        cands = _eligible(m, _lookup(m.name, gaz), r)
        if m.role == "demonym":
            cands = [c for c in cands if c.place.kind == "country"]
        if not cands:
            if m.cue_kind in ("admin1",):
                kept.append(m)          # محافظة X where X is unknown: keep as unresolved
                m.role = "unresolved"
            continue
        m.candidates = len(cands)
        scored.append((m, [(_prior(m, c, r), c) for c in cands]))
        kept.append(m)

    votes, own = _country_votes(scored)
    same_name = _votes_by_name(scored, own)
    focus, local = _local_countries(scored, mentions, _reacting(mentions, text))
    areas = _named_areas(scored)
    told_countries = _countries_by_sentence(scored)
    placed_below_country = _placed_below_country(scored, local)
    dropped: set[int] = set()
    for m, options in scored:
        # a name does not vote for its own reading, nor do the other mentions of the same name
        others = {country: v - same_name[m.name].get(country, 0.0) for country, v in votes.items()}
        others = {country: v for country, v in others.items() if v > 1e-9}
        ranked = _ranked(m, options, others, local, areas, told_countries.get(m.sentence, frozenset()))
        best_score, best = ranked[0]
        if local and not _has_evidence(m, best, others, local) \
                and not _arab_region_alone(m, options, best, placed_below_country):
            _no_reading(m, dropped)     # a foreign namesake with no evidence of its own
            continue
        if _named_after(m, best.place) or _part_of_a_longer_name(m, best.place, text):
            unresolve(m)                # شارع أسيوط في العريش; حيي التأميم in Ramadi; إقليم جوبا الوسطى
            continue
        margin = best_score - ranked[1][0] if len(ranked) > 1 else 5.0
        m.confidence = 1.0 / (1.0 + math.exp(-(0.8 * margin + 0.3 * min(best_score, 8.0) - 1.0)))
        _settle(m, best.place, gaz)
    scored = [(m, options) for m, options in scored if m.resolved]
    _one_sense_per_document(scored)
    kept = sorted((m for m in kept if id(m) not in dropped and not _a_team(m)), key=lambda m: m.start)
    _neighbourhoods_in_their_city(kept, text)
    _quarters_at_home(kept, focus)
    _named_after_a_quarter(kept)
    _spelled_in_latin(kept, focus, gaz)
    region = frozenset({focus}) | neighbours().get(focus, frozenset()) if focus else None
    _bind_to_anchors(kept, {id(m): options for m, options in scored}, gaz, text, region)
    _capitals_by_their_people(kept, text, gaz)
    _capitals_named_as_their_country(kept, text, gaz)
    for m in kept:
        _mark_wide(m)
    return kept


_SPELLED_MIN_POPULATION = 1000   # a smaller place found by its Latin spelling alone is too likely another
_SPELLED_DOMINANCE = 10          # or one ten times the size of any other written so (Taloqan, not Ṭāleqān in Iran)
_SPELLED_CONFIDENCE = 0.5
_VOWEL_LETTERS = frozenset("اوي")     # (ى is normalised to ي)
_VERB_LETTERS = 6                # a verb is short (يقطنها); يكاترينبورغ، يناكييفو are towns
_VERB_PREFIXES = ("ي", "ت")      # ي or ت then a consonant: a verb (يبلغ، يسيطر، تقع), not a town (يولا، تشاد)


def _spelled_in_latin(kept: list[Mention], focus: str | None, gaz: Gazetteer) -> None:
    """مدينة بلدوين، بلدة دامبوا، مدينة سربل: a town with a cue word that the gazetteer knows only
    in a Persian spelling (سرپل) or only by its Latin name (Beledweyne, Damboa) is that town when
    it lies in the article's focus country and no other town there of a tenth its size is written
    so (:mod:`gazetteer.skeleton`). Not in a country whose towns have Arabic names (place_words.tsv,
    names_in_arabic: there a name the gazetteer lacks is a word, يسيطر، ردفان, or a village it does
    not hold), nor for a name with the article (الصمود، الأفلام)."""
    if not focus or focus in place_words()["names_in_arabic"]:
        return
    for m in kept:
        if m.role != "unresolved" or m.cue_kind not in _SETTLEMENT_KINDS or not _spelled_like_a_name(m.name):
            continue
        ranked = sorted(_spelled_candidates(m.name, focus, gaz), key=lambda p: -p.population)
        if len(ranked) == 1 or (len(ranked) > 1 and ranked[0].population >= _SPELLED_DOMINANCE * max(1, ranked[1].population)):
            place = ranked[0]
            m.role, m.place, m.kind = "place", place, place.kind
            m.confidence = _SPELLED_CONFIDENCE
            _locate(m)


def _spelled_candidates(name: str, focus: str, gaz: Gazetteer) -> list[Place]:
    """The focus country's towns written *name* in a Persian spelling, else those whose Latin name
    has its consonant key — only for a name with a vowel letter: foreign names are written with
    them (دامبوا، بلدوين), short Arabic words seldom are (قتل، جلب)."""
    found = {c.place.id: c.place for c in gaz.lookup(name)
             if c.variant_script and c.place.country == focus and c.place.kind in _SETTLEMENT_KINDS}
    if found:
        return list(found.values())
    key = arabic_key(name)
    if len(key) < MIN_KEY or not any(ch in _VOWEL_LETTERS for w in name.split() for ch in w[1:]):
        return []
    return gaz.spelled_like(key, focus, _SPELLED_MIN_POPULATION)


@once
def _not_spelled() -> frozenset[str]:
    """Words after a cue word that are no foreign town's name: place_words.tsv not_spelled and the
    recogniser's words that are no name."""
    return place_words()["not_spelled"] | name_words().not_name | rules().never_names


def _spelled_like_a_name(name: str) -> bool:
    """Whether an unknown word after a cue word may be a foreign town's name written in Arabic
    letters: not with the article (الصمود), not a function, direction or common word
    (place_words.tsv not_spelled; بلدة قبل أن، قرية هناك، بلدة غرب لوغانسك), not a present-tense
    verb (بلدة يبلغ عدد سكانها، بلدة يسيطر عليها)."""
    words = name.split()
    if not words or name.startswith("ال"):
        return False
    if any(w in _not_spelled() or w in rules().direction_before for w in words):
        return False
    first = words[0]
    return not (first[0] in _VERB_PREFIXES and 2 < len(first) <= _VERB_LETTERS and first[1] not in _VOWEL_LETTERS
                and first[:2] != "تش")


# capitals GeoNames gives that the Arabic press seldom means (Gitega for Bujumbura, Yamoussoukro for
# Abidjan, Dodoma for Dar es Salaam) or that are contested (Jerusalem)
_CONTESTED_CAPITALS = frozenset(["BI", "CI", "TZ", "IL", "PS"])


def _the_capital_of(before: list[str], after: list[str]) -> bool:
    """"the capital" right before a nisba (العاصمة اليمنية), not a native's (من أبناء العاصمة)
    nor another capital or a statement's place after it (المؤقتة، أن): place_words.tsv."""
    words = place_words()
    if not before or normalize(before[-1]) not in words["capital_word"]:
        return False
    if len(before) > 1 and normalize(before[-2]) in words["capital_native"]:
        return False
    return not (after and normalize(after[0]) in words["not_the_capital"])


def _capitals_by_their_people(kept: list[Mention], text: str, gaz: Gazetteer | None) -> None:
    """العاصمة العراقية، بالعاصمة اليمنية: "the capital" and a people's nisba name the capital city
    of that country (GeoNames' PPLC), a place (not the people, not the whole country)."""
    if gaz is None or not text:
        return
    starts = {n.start for n in kept}
    for m in kept:
        if m.role != "demonym" or not m.resolved or m.place is None:
            continue
        end = m.end
        while end < len(text) and not text[end].isspace():
            end += 1                    # the nisba's word ends after its stem (اليمن|ية)
        if any(k in starts for k in range(end, end + 3)):
            continue                    # بالعاصمة اليمنية صنعاء: the name that follows is the place
        start = m.start
        while start > 0 and not text[start - 1].isspace():
            start -= 1                  # the nisba's word may start before its stem (ال|سورية)
        before = text[max(0, start - 30):start].split()
        after = text[end:end + 20].split()
        if not _the_capital_of(before, after):
            continue                    # من أبناء العاصمة اليمنية؛ العاصمة اليمنية المؤقتة؛ … العراقية أن
        if m.place.country in _CONTESTED_CAPITALS:
            continue
        capital = gaz.capital(m.place.country)
        if capital is not None:
            m.role, m.place, m.kind, m.name = "place", capital, "city", capital.name_ar or capital.name
            _locate(m)


def _capitals_named_as_their_country(kept: list[Mention], text: str, gaz: Gazetteer | None) -> None:
    """تونس العاصمة، الكويت العاصمة: a country's name that is its capital's too, with "the capital"
    right after it, names the city (GeoNames' PPLC), not the country."""
    if gaz is None or not text:
        return
    capital_word = place_words()["capital_word"]
    for m in kept:
        if m.role != "place" or not m.resolved or m.place is None or m.place.kind != "country":
            continue
        after = text[m.end:m.end + 12].split()
        if not after or normalize(after[0]) not in capital_word:
            continue
        capital = gaz.capital(m.place.country)
        if capital is not None and normalize(capital.name_ar or "") == normalize(m.name):
            m.place, m.kind, m.name = capital, "city", capital.name_ar or capital.name
            _locate(m)


_NEIGHBOURHOOD_KM = 30.0        # a neighbourhood lies this near the city named next to it
_NEXT_TO_CHARS = 16             # " بمدينة ", " في مدينة ": how far after a neighbourhood its city may start


_IN_THEIR_CITY = ("neighbourhood", "market")


def _neighbourhoods_in_their_city(kept: list[Mention], text: str = "") -> None:
    """حي القابل بنجران: a neighbourhood is in the city named right after it, never a same-named
    town elsewhere; so is a market (سوق غامبورو بمايدوغوري: the Gamboru market of Maiduguri). With
    no city right after it, the city its sentence named just before holds it (قذائف على أحياء وسط
    مدينة ظهران الجنوب، سقطت على أحياء حيدان: not Haydan, Yemen). A reading far from that city is
    dropped, so that the name is drawn in the city (see :func:`geomap.anchors.place_the_rest`)."""
    for n, m in enumerate(kept):
        if m.cue_kind not in _IN_THEIR_CITY or not m.resolved:
            continue
        city = _city_after(kept, n, text) or _city_before(kept, n, text) or _the_city_told_before(kept, n, text) \
            or _the_quarters_city(kept, n, text)
        if city is None or _quarters_of_a_city(m):
            continue
        if m.place.country != city.place.country or great_circle_km(m.lat, m.lon, city.lat, city.lon) > _NEIGHBOURHOOD_KM:
            unresolve(m)


def _quarters_of_a_city(m: Mention) -> bool:
    """أحياء العريش after الشيخ زويد: "the quarters of" a city of 100,000 or more (a plural cue) are
    that city's, not quarters of the town told before."""
    return (rules().cue_number.get(m.cue) == "plural" and m.place.kind in SETTLED
            and (m.place.population or 0) >= _SMALL_ABROAD)


def _the_quarters_city(kept: list[Mention], n: int, text: str) -> Mention | None:
    """الصاروخ سقط بالقرب من مسجد في حي الروضة, a sentence after "وسط مدينة مأرب": a quarter (حي X)
    the gazetteer reads as a town holds to the one city of its sentence or the two before."""
    m = kept[n]
    if m.cue_kind != "neighbourhood" or m.place.kind == "neighbourhood" or (m.place.population or 0) >= _SMALL_ABROAD:
        return None                       # (حي بروكلين: a city of millions is no namesake of a quarter)
    return _city_told_before(kept, n, text)


_SMALL_ABROAD = 100_000  # a town abroad smaller than this is no quarter of the article's (حي الرميلة in Raqqa, not Ar Rumaylah, UAE)
_HOME_MENTIONS = 2       # places of the focus country an article names for its quarters to lie there


def _quarters_at_home(kept: list[Mention], focus: str | None) -> None:
    """حي الحمدانية in an article about Aleppo: a quarter with no city of its own beside it lies in a
    country the article's places name (its focus among them), never in a town of that name across the
    border or a small town abroad no other place of the article is in (Al-Hamdaniya, Iraq; Ar Rumaylah,
    UAE; not حي بروكلين, a city of millions)."""
    named = [m.place.country for m in kept if m.resolved and m.role == "place" and m.cue_kind not in _IN_THEIR_CITY]
    if focus is None or named.count(focus) < _HOME_MENTIONS:
        return                            # (a focus the article's own places hardly name: no home to hold it)
    near = neighbours().get(focus, frozenset())
    for n, m in enumerate(kept):
        if m.cue_kind in _IN_THEIR_CITY and m.resolved and m.role == "place" and m.place.country not in named \
                and (m.place.country in near or (m.place.population or 0) < _SMALL_ABROAD) \
                and m.link not in ("in", "at") and _city_after(kept, n) is None:
            unresolve(m)                  # (not حي المعلا in Aden when the article names Aden and Riyadh)


def _named_after_a_quarter(kept: list[Mention]) -> None:
    """حي الروضة … مستشفى الروضة: a hospital, a school or a market named like a quarter the
    article tells (حي X) is that quarter's, never a same-named town: it is drawn where the quarter is."""
    quarters = {m.name for m in kept if m.cue_kind == "neighbourhood"}
    for m in kept:
        if m.name in quarters and m.cue_kind in _NAMED_AFTER_CUES and m.resolved \
                and m.place.kind in _TOWN_CUES:
            unresolve(m)


_AREAS_BETWEEN = ("admin1", "admin2", "region", "country")   # areas a quarter's sentence may name between it and its city
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:و)?من\s+(?:\S+\s+)?$")


def _an_origin_between(c: Mention, text: str) -> bool:
    """An area named after من between a city and a quarter (أطلقته المليشيا من محافظة البيضاء على حي
    الروضة): where a shell came from, which does not part the quarter from its city (not في محافظة
    صعدة … سوق الطلح: the quarter's own area)."""
    if not (c.resolved and c.place.kind in _AREAS_BETWEEN) or not text:
        return False
    start = c.area_start if c.area_start is not None else c.start
    return bool(_FROM_BEFORE.search(text[max(0, start - 30):start]))


_BEFORE_CHARS = 150             # how far before a neighbourhood the city its sentence names may end


def _city_after(kept: list[Mention], n: int, text: str = "") -> Mention | None:
    """The city named right after mention n (" بمدينة ", " في مدينة "), or after the street the
    place is on (بحي القابل في شارع الأمير سلطان بمدينة نجران); or the quarter of a city the
    gazetteer holds as a neighbourhood (حي المنشية بمدينة درعا البلد, the old city of Daraa)."""
    m = kept[n]
    for c in kept[n + 1:n + 4]:       # past the street, whose name the gazetteer may read (الأمير سلطان)
        if c.sentence != m.sentence:
            return None
        start = c.area_start if c.area_start is not None else c.start
        if c.resolved and (c.place.kind in SETTLED or c.place.kind == "neighbourhood") and (
                (c is kept[n + 1] and start - m.end <= _NEXT_TO_CHARS)
                or (text and _street_between().fullmatch(text, m.end, start))):
            return c
    return None


@once
def _street_between() -> re.Pattern:
    """في شارع الأمير سلطان بن عبدالعزيز ب(مدينة): a street (a street cue word of the cue table and its
    name) between a quarter and its city."""
    words = sorted((w for w, kind in rules().feature_cues.items() if kind in STREET_CUES), key=len, reverse=True)
    return re.compile(r"\s*(?:و?في|ب)\s*(?:ال)?(?:%s)\s[^،,.؛:]{1,45}?\s(?:و?في|ب)?\s*" % "|".join(map(as_written, words)))


def _city_before(kept: list[Mention], n: int, text: str = "") -> Mention | None:
    """The one city of mention n's sentence before it, when nothing but other names of the
    neighbourhood's list stand between them and no clause of speech or source (إن، قال، ومقره لندن،
    من بيروت) separates them: None for a neighbourhood the gazetteer knows as one (حي المعلا)."""
    m = kept[n]
    if m.place.kind == "neighbourhood":
        return None
    cities = []
    for k in range(n - 1, -1, -1):
        c = kept[k]
        if c.sentence != m.sentence or m.start - c.end > _BEFORE_CHARS:
            break
        if c.cue_kind not in _IN_THEIR_CITY and not _an_origin_between(c, text):
            cities.append(c)              # (not محافظة البيضاء between مدينة مأرب and حي الروضة: no city)
    if len(cities) != 1:
        return None                       # قصف الحوثيون مدينتي عدن وتعز … حي المعلا: which one?
    city = cities[0]
    if not (city.resolved and city.role == "place" and city.place.kind in ("city", "town")):
        return None
    return None if _spoken(text[city.end:m.start]) else city


def _spoken(span: str) -> bool:
    """A word of speech or source in *span* (إن، قال، ومقره): what follows is told from elsewhere."""
    speech = name_words().speech
    return any(normalize(w) in speech for w in gap_words(span))


_THE_CITY = re.compile(r"^[^.،,؛;:!?\n]{0,30}?(?:(?:من|في|وسط|داخل|شرقي|غربي|شمالي|جنوبي|شرق|غرب|شمال|جنوب)\s+المدينة|(?<!\S)بالمدينة)(?!\w)")


def _the_city_told_before(kept: list[Mention], n: int, text: str) -> Mention | None:
    """حي الروضة وسط المدينة، حي الحمدانية في الشطر الغربي من المدينة: "the city" after a
    neighbourhood is the last city named in its sentence or the two before (BBC Arabic names the
    city in the lead and its quarters after), when that is one city."""
    m = kept[n]
    if m.place.kind == "neighbourhood" or not text or not _THE_CITY.search(text[m.end:m.end + 60]):
        return None
    return _city_told_before(kept, n, text)


def _city_told_before(kept: list[Mention], n: int, text: str, reach: int = 2) -> Mention | None:
    """The one city named in mention n's sentence or the *reach* before, if one (not where a source sits)."""
    m = kept[n]
    found, stated = [], []
    for k in range(n - 1, -1, -1):
        c = kept[k]
        if m.sentence - c.sentence > reach:
            break
        if (c.resolved and c.role == "place" and c.place.kind in ("city", "town") and c.cue_kind not in _IN_THEIR_CITY
                and not _spoken(text[max(0, c.start - 20):c.start])):     # not ومقره لندن
            (stated if _stated_from(text, c.start) else found).append(c)
    found = found or stated              # where a statement was made, only when no other city is told
    return found[0] if len({c.place.id for c in found}) == 1 else None


_STATED_REACH = 8       # words between a statement's word and من (تصريحات أدلى بها لوكالة الأنباء الليبية من)


def _stated_from(text: str, start: int) -> bool:
    """في تصريح إلى «بوابة الوسط» من مدينة مصراتة: the city a statement was made from (a speech
    word a few words before "من (مدينة)", and no إن/أن between: not أجزاء من مدينة تعز in what was said)."""
    words = [normalize(w) for w in gap_words(text[max(0, start - 120):start])]
    if words[-1:] == [_CITY_WORD]:
        words = words[:-1]
    if not words or words[-1] != "من":
        return False
    speech, said = _statement_words()
    for w in reversed(words[-_STATED_REACH - 1:-1]):
        if w in said:
            return False
        if w in speech or any(w[len(p):] in speech for p in ("ب", "و", "ل", "ف") if w.startswith(p)):
            return True
    return False


@once
def _statement_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a statement (تصريح، بيان، مقابلة، حديث …) and of what was said (إن، أن، بأن) of
    ``geomap/data/event_cues.tsv``."""
    rows = load("event_cues.tsv", "geomap")
    return (frozenset(normalize(r["word"]) for r in rows if r["role"] == "speech"),
            frozenset(normalize(r["word"]) for r in rows if r["role"] == "report_content"))


_DISTRICT_SEATS = ("town", "village")     # محافظة X with X one of these: the district around X


def _settle(m: Mention, place: Place, gaz: Gazetteer) -> None:
    """Set the place the mention names (or, for محافظة X, the area around it) and where to draw it."""
    if m.cue_kind == "admin1" and place.kind != "admin1":
        if _admin_level(place.country, m.cue) == "admin2" or place.kind in _DISTRICT_SEATS:
            # محافظة حفر الباطن: the governorate around the city; محافظة أرحب، محافظتي الطوال
            # والحرث: a town names the district around it, not the province it lies in
            m.place = place
            _locate(m)
            m.geo_precision, m.radius_km = 2, _GOVERNORATE_RADIUS_KM
            return
        # محافظة X where X names a city: the admin-1 area that contains it.
        place = gaz.admin1_area(place.country, place.admin1) or place
    m.place = place
    _locate(m)


def _no_reading(m: Mention, dropped: set[int]) -> None:
    """The gazetteer has no reading of *m* that fits the document: a name with a cue word is a
    place it lacks (حي بابا عمرو), a bare one is dropped (بلاتر, ودان "and condemned")."""
    if m.cue_kind or m.qualifier or m.link in ("in", "at", "near", "seat"):
        unresolve(m)                    # … or a name the words after it place (العريش شرق الرمادي)
    else:
        dropped.add(id(m))


def _a_team(m: Mention) -> bool:
    """A city's name the recogniser read as a club's in a sports report (برشلونة) is no place;
    a country stays one (معسكر في إسبانيا)."""
    if m.metonymy != "team":
        return False
    if m.place is not None and m.place.kind == "country":
        m.metonymy = None
        return False
    return True


_FOREIGN = 6.0          # score taken from a reading outside the document's region with no evidence
_ACTOR_DEMONYM = 0.5   # an actor's demonym's share of a country's vote for the document's focus
_REACTING = 0.2         # the share of a place told after a word of reacting (إدانات من طهران وواشنطن)
_LOCAL_SHARE = 0.3      # the document's focus country holds at least this share of the votes
_TOWN_CUES = ("city", "town", "village")
# facilities often named after a city elsewhere (قلعة القاهرة، شارع بغداد، فندق القاهرة): a foreign
# capital or world city after such a cue needs the document's other places in its country
_NAMED_AFTER_CUES = ("castle", "street", "square", "roundabout", "hotel", "mosque", "school", "market",
                     "hospital", "palace", "building", "complex", "college", "institute", "cemetery", "church",
                     "hall")
_WORLD_CITY = 1_000_000
_NAMED_PLACES = ("city", "town", "village", "admin1", "admin2", "country")
_AREAS_ABOVE_A_QUARTER = ("admin1", "admin2", "country", "region")


def _named_after(m: Mention, place: Place) -> bool:
    """The cue word says the name is a street's or a quarter's, named after the place the gazetteer
    reads: a street after a city (شارع أسيوط), a quarter after a province (حي التأميم in Ramadi)."""
    if m.cue_kind in STREET_CUES:    # the name is the street's (شارع بغداد in Damascus)
        return place.kind in _NAMED_PLACES
    return m.cue_kind == "neighbourhood" and place.kind in _AREAS_ABOVE_A_QUARTER


def _part_of_a_longer_name(m: Mention, place: Place, text: str) -> bool:
    """إقليم جوبا الوسطى، إقليم جوبا السفلى: after an admin-1 cue word, a city's name and "middle",
    "lower" or "upper" (place_words.tsv, area_part) name a region the city does not make (Middle
    Juba in Somalia is not the province around Juba, South Sudan); a region the gazetteer knows
    under the whole name is matched whole before this is asked."""
    if not text or m.cue_kind != "admin1" or place.kind not in _TOWN_CUES:
        return False
    after = text[m.end:m.end + 30].split()
    if not after or normalize(after[0].strip("،,.")) not in place_words()["area_part"]:
        return False
    return len(after) < 2 or after[1] not in ("في", "من")    # محافظة القطيف العليا في …: a superlative


def _votes_by_name(scored, own) -> dict[str, dict[str, float]]:
    """The votes of all mentions of each name, by country."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (m, _), mine in zip(scored, own):
        for country, v in mine.items():
            out[m.name][country] = out[m.name].get(country, 0.0) + v
    return out


def _reacting(mentions: list[Mention], text: str) -> set[int]:
    """The mentions told a few words after a word of reacting (فيما صدرت إدانات من طهران وواشنطن،
    ورحبت أنقرة): the capitals that condemned or welcomed say little of where the text is."""
    out: set[int] = set()
    if not text:
        return out
    before = None
    for m in mentions:                   # in text order: a list goes on (وباريس والرياض وأنقرة)
        listed = before is not None and id(before) in out and len(text[before.end:m.start].strip(" ،,و")) == 0
        if listed or _reaction_before(text, m.start):
            out.add(id(m))
        before = m
    return out


_REACTION_CHARS = 40     # how far before a mention a word of reacting may start (إدانات من طهران وواشنطن وباريس و…)


def _reaction_before(text: str, start: int) -> bool:
    """A verb or a noun of reacting (the events' cue tables: condemn, welcome, reaction_noun)
    among the whole words of the few characters before *start*."""
    low = max(0, start - _REACTION_CHARS)
    words = normalize(text[low:start]).split()
    if low > 0 and not text[low - 1].isspace():
        words = words[1:]                # a word cut in two by the window (ميدان is no دان)
    table = _reaction_words()
    return any(w in table or (w[:1] in ("و", "ف") and w[1:] in table) for w in words)


@once
def _reaction_words() -> frozenset[str]:
    from .events.context import cues    # (the events' cue tables; imported late, as places does)

    c = cues()
    return c["condemn"] | c["welcome"] | c["reaction_noun"]


def _local_countries(scored, mentions: list[Mention],
                     reacting: set[int] = frozenset()) -> tuple[str | None, frozenset[str] | None]:
    """The document's focus country and its region (None, None when no country has a fair share):
    its focus country (the one its places point at most, with a fair share; a big place or an area weighs more than a village of the same name; a demonym weighs
    half a country's name unless it says where a place lies, ولاية كارولينا الأمريكية,
    rather than whose an actor is, البوارج الأمريكية; a capital that condemned or welcomed, a
    fifth; a place that says where another lies, twice), its neighbours, and the countries the
    document names."""
    votes: dict[str, float] = defaultdict(float)
    qualifying = {id(n) for m, n in zip(mentions, mentions[1:]) if m.link in ("in", "at", "seat")}
    for m, options in scored:
        # البوارج الأمريكية قصفت … ريف حمص: an actor's nation says less of where the text is
        weight = _REACTING if id(m) in reacting else \
            _ACTOR_DEMONYM if m.role == "demonym" and id(m) not in qualifying else \
            _ANCHOR if m.role == "place" and id(m) in qualifying else 1.0
        strength: dict[str, float] = {}
        for _, c in options:
            strength[c.place.country] = max(strength.get(c.place.country, 0.0), _strength(c.place) * _region_prior(c.place))
        total = sum(strength.values()) or 1.0
        top = max(strength.values(), default=0.0)
        for country, v in strength.items():
            votes[country] += weight * top * v / total
    total = sum(votes.values())
    if not total:
        return None, None
    focus = max(votes, key=votes.get)
    if votes[focus] / total < _LOCAL_SHARE:
        return None, None
    named = {c.place.country for _, options in scored for _, c in options if c.place.kind == "country"}
    return focus, frozenset({focus} | named | neighbours().get(focus, frozenset()))


def _region_prior(p: Place) -> float:
    """How likely Arabic news is about where *p* lies, before the text says: a settlement outside
    the Middle East and North Africa counts three quarters (بلدة بيتا جنوب نابلس is no call for
    Pietà, a village of Malta, to outvote Nablus, whose name Naples in the United States shares;
    بيت لحم is Bethlehem in Palestine, زنجبار Zinjibār in Yemen; a city abroad still outweighs a
    village: مدينة جفنا is Jaffna, not Jifnā near Ramallah)."""
    return _FAR_PRIOR if p.kind in _SETTLEMENT_KINDS and p.country not in mena() else 1.0


_ANCHOR = 2.0          # a place that says where another lies (بلدة بيتا جنوب نابلس) tells twice where the text is
_FAR_PRIOR = 0.75      # (0.5 gave Jifnā, a village near Ramallah, the vote of مدينة جفنا over Jaffna)
_SETTLEMENT_KINDS = frozenset(["city", "town", "village"])


def _strength(p: Place) -> float:
    """How much a reading says about where the document is: 2 for a country, 1 for an admin
    area or a town of 100,000, down to 0.2 for a hamlet."""
    if p.kind == "country":
        return 2.0
    if p.kind in _AREA_KINDS:
        return 1.0
    return min(1.0, max(0.2, math.log10(p.population + 1) / 5))


def _has_evidence(m: Mention, c: Candidate, others: dict[str, float], local: frozenset[str]) -> bool:
    """A reading may lie outside the document's region when something vouches for it: it is a
    country or a larger area, an admin area its cue word names (ولاية تكساس), curated or the
    user's, a capital or a city of a million, or the document's other places lie in its country."""
    p = c.place
    if p.country in local or p.country is None or p.kind == "country":
        return True
    if m.qualifier == "countryside" and p.kind in _TOWN_CUES and p.country in mena():
        return True                     # ريف حمص: the countryside of a town of the region, named so at home
    if c.trusted and p.kind not in _SUB_AREAS and not _small_town_alone(p, others):
        return True                     # curated, the user's or imported (an admin area's curated name is no evidence;
        #                                 nor a small curated town whose country nothing else names: قرية بيتا near
        #                                 the Sambisa forest is not Beita by Nablus)
    if p.kind in _SUB_AREAS and (m.cue_kind or "").startswith("admin"):
        return True
    if m.cue_kind in _TOWN_CUES and p.kind in _TOWN_CUES and not c.variant_script \
            and (others.get(p.country, 0.0) > 0.0
                 or (rules().needs_population(p.country) == 0 and m.cue_kind != "village")):
        return True                     # مدينة الرقة: the cue vouches for a town (not حي بابا عمرو for Pápa;
        #                                 a town outside the Arab world, قرية بيتا for Pietà, بلدة باجو in Korea for
        #                                 Bago City in the Philippines, needs its country named too, and so does a
        #                                 village abroad: قرية المغير in a report on Hama is no town of Algeria)
    if m.cue_kind in _NAMED_AFTER_CUES:
        return others.get(p.country, 0.0) >= 1.0   # قلعة القاهرة in Taiz: a castle named after a capital
    return _famous(p) or others.get(p.country, 0.0) >= 1.0


def _small_town_alone(p: Place, others: dict[str, float]) -> bool:
    """A town or village of fewer than 100,000 whose country no other place of the document names."""
    return p.kind in _TOWN_CUES and (p.population or 0) < _SMALL_ABROAD and not others.get(p.country, 0.0)


def _placed_below_country(scored, local: frozenset[str] | None) -> set[str]:
    """The names that may be a place below a country in the document's region (none but a mention's
    own: the region rests on country names alone)."""
    return {m.name for m, options in scored
            if local and any(c.place.kind != "country" and c.place.country in local for _, c in options)}


def _arab_region_alone(m: Mention, options, best: Candidate, placed_below_country: set[str]) -> bool:
    """The text's other places are only countries, and the name has one reading: an admin-1 region
    of the Middle East or North Africa, after the cue word its country gives its regions (بمنطقة
    عسير، منطقة القصيم). A namesake needs a rival reading; without one, the text's countries (who
    condemned, who sent condolences) are no reason to drop the only place the happening has. Not
    for a city with no cue: the gazetteer lists words as names of cities of 100,000 (قوم Qom، كسل
    Kassala، عشاق Uşak), and quarters it lacks share the names of cities abroad (مستشفى الحبيب في
    الريان, Riyadh's, not Qatar's)."""
    if placed_below_country - {m.name}:
        return False                    # another name of the text may be a place in its region
    p = best.place
    if any(c.place.id != p.id for _, c in options) or best.variant_script or p.country not in mena():
        return False
    # the cue must be the word that country itself gives its regions (منطقة for Saudi Arabia's, in
    # admin_cues.tsv): منطقة القادسية in a Kuwaiti report is a district of Kuwait, not Iraq's province
    return p.kind == "admin1" and _admin_levels().get((p.country, normalize(m.cue or ""))) == "admin1"


def _famous(p: Place) -> bool:
    """A capital or a city of a million."""
    return p.feature_code == "PPLC" or p.population >= _WORLD_CITY


def _ranked(m: Mention, options, others: dict[str, float], local: frozenset[str] | None,
            areas: dict[tuple[str, str], set[str]], here: frozenset[str] = frozenset()):
    """*options* by score: prior, the coherence of the document's other places, evidence for a
    reading abroad; *here*: the countries the mention's own sentence names."""
    total = sum(others.values()) or 1.0
    # no village of a named governorate beats a capital or a city of a million (الرياض، الرباط)
    famous = any(_famous(c.place) for _, c in options)
    home = not famous and any(_in_named_area(m, c.place, areas) for _, c in options)
    ranked = []
    for s, c in options:
        score = s + COHERENCE * others.get(c.place.country, 0.0) / total
        if local and (not _has_evidence(m, c, others, local)
                      or (home and _abroad_unvoted(c.place, others, local) and not _its_region_told(c.place, here))):
            score -= _FOREIGN
        if not famous and _in_named_area(m, c.place, areas):
            score += _IN_NAMED_AREA
        ranked.append((score, c))
    ranked.sort(key=lambda x: -x[0])
    return ranked


def _countries_by_sentence(scored) -> dict[int, frozenset[str]]:
    """The countries each sentence names by a country's name or a people's (قوات الاحتلال الإسرائيلي)."""
    out: dict[int, set[str]] = {}
    for m, options in scored:
        for _, c in options:
            if c.place.kind == "country" and c.place.country:
                out.setdefault(m.sentence, set()).add(c.place.country)
    return {k: frozenset(v) for k, v in out.items()}


def _its_region_told(p: Place, here: frozenset[str]) -> bool:
    """The mention's own sentence names the reading's country or a neighbour of it (اقتحمت قوات
    الاحتلال الإسرائيلي مدينة أريحا: Jericho, in an article on Idlib that turns to the West Bank)."""
    return p.country in here or bool(neighbours().get(p.country, frozenset()) & here)


def _abroad_unvoted(p: Place, others: dict[str, float], local: frozenset[str]) -> bool:
    """A reading outside the document's region whose country its other places hardly point at (less
    than one name's whole vote, or a tenth of the votes of the country they point at most: shares
    of names that may lie in many countries, البارة among them): when another reading lies in a
    governorate the document names, a town cue is no evidence for it (مدينة أريحا in a report on
    Idlib's countryside is Ariha, not Jericho)."""
    if p.country in local or p.kind == "country":
        return False
    share = others.get(p.country, 0.0)
    return share < 1.0 or share < _HARDLY_NAMED * max(others.values(), default=0.0)


_HARDLY_NAMED = 0.1


def _in_named_area(m: Mention, p: Place, areas: dict[tuple[str, str], set[str]]) -> bool:
    """*p* is a place (not an area) inside an admin-1 area the document names, and *m* is not
    that area's own name (محافظة لحج … لحج may be either)."""
    names = areas.get((p.country, p.admin1))
    return names is not None and p.kind not in _AREA_KINDS and m.name not in names


_IN_NAMED_AREA = 2.0    # a reading inside a governorate the document names (محافظة إدلب … مدينة أريحا: Ariha, not Jericho)


def _named_areas(scored) -> dict[tuple[str, str], set[str]]:
    """The admin-1 areas the document names by their cue word (محافظة إدلب، ولاية بورنو) or by
    their countryside (ريف إدلب): (country, admin-1 code) → the names they are told by."""
    out: dict[tuple[str, str], set[str]] = {}
    for m, options in scored:
        if m.cue_kind != "admin1" and m.qualifier != "countryside":
            continue
        best = max(options, key=lambda sc: sc[0], default=None)
        if best is not None and best[1].place.admin1:
            out.setdefault((best[1].place.country, best[1].place.admin1), set()).add(m.name)
    return out


def _area_in_a_town(m: Mention, anchor: Mention) -> bool:
    """مناطق البو ذياب والتأميم في الرمادي: a province (al-Ta'mim, Kirkuk's old name) told to lie
    in a town is no reading of the name; the name is a quarter of that town."""
    return (m.link == "in" and m.place is not None and m.place.kind in ("admin1", "admin2", "region")
            and anchor.place is not None and anchor.place.kind in SETTLED)


def _bind_to_anchors(kept: list[Mention], options: dict[int, list], gaz: Gazetteer | None = None,
                     text: str = "", region: frozenset[str] | None = None) -> None:
    """Qualifiers next to a name bind (قرية X بريف إدلب، X شمال بغداد، حي X بحلب، X التركية): a
    known name takes its best reading inside the anchor's area, or none; a name the gazetteer
    lacks is drawn where the anchor says (see :mod:`geomap.anchors`). The last mention of a
    sentence is bound first, so that an anchor drawn from its own context can hold another."""
    anchors = anchor_of(kept)
    bound: set[int] = set()
    for k in sorted(anchors, reverse=True):
        m, anchor = kept[k], kept[anchors[k]]
        if not binds(m) or not holds(m, anchor):
            continue
        bound.add(k)
        if m.resolved and m.role == "place" and not fits(m, anchor):
            near = [(score, c) for score, c in options.get(id(m), []) if _fits_place(m, c.place, anchor)]
            near = near or _without_cue_word(m, anchor, gaz)
            near = near or [(score, c) for score, c in options.get(id(m), []) if lies_far_that_way(c.place, anchor)]
            if near:
                best = max(near, key=lambda x: x[0])[1].place
                if not _its_own_province(m.place, best):
                    m.place = best
                    _locate(m)
            elif (binding(anchor) or _abroad_at(m, anchor) or _area_in_a_town(m, anchor)) and anchor.role != "unresolved":
                unresolve(m)                        # not Rabat, Morocco, at the entrance of Aden
        if m.role == "unresolved" and not m.resolved and not _natural_at_its_town(m, anchor, gaz):
            place_by_context(m, anchor)
    _quarters_of_the_city_told_before(kept, text)
    place_the_rest(kept, region, text)
    for k in sorted(anchors, reverse=True):         # anchors drawn only now (the same name elsewhere)
        m, anchor = kept[k], kept[anchors[k]]
        if m.role == "unresolved" and not m.resolved and holds(m, anchor):
            place_by_context(m, anchor)
    moved = _as_bound_elsewhere(kept, bound, options)
    for k in sorted(anchors, reverse=True):         # بلدة الحضر في ريف القنيطرة: drawn where its anchor now is
        m, anchor = kept[k], kept[anchors[k]]
        if anchors[k] in moved and m.role == "unresolved" and m.placed_by == "context":
            place_by_context(m, anchor)
    _unknown_as_bound_elsewhere(kept, set(anchors))


def _unknown_as_bound_elsewhere(kept: list[Mention], anchored: set[int]) -> None:
    """بلدة صيدا بريف درعا in the body, صيدا alone in the headline: a name its cue word and qualifier
    showed to be a settlement the gazetteer lacks is that place where it stands with no qualifier of
    its own, when the reading it had is a town of another country (not Sidon in Lebanon)."""
    told = {m.name: m for k, m in enumerate(kept)
            if (k in anchored or m.cue_kind == "neighbourhood") and m.role == "unresolved" and m.placed_by == "context"
            and m.cue_kind in _BOUND_CUES}      # (حي الحمدانية drawn in the city told before it, حلب: bound too)
    for k, m in enumerate(kept):
        other = told.get(m.name)
        if (other is not None and k not in anchored and m.role == "place" and m.resolved and m.place.kind in SETTLED
                and other.place is not None
                and m.place.feature_code != "PPLC"      # (not بغداد, nor واشنطن, a capital told by its own name)
                and (_the_same_quarter(m, other) or (m.place.country != other.place.country
                                                     and not _its_country_beside(kept, k)))):
            unresolve(m)                                # (وفي لبنان، انفجرت عبوة في صيدا: Sidon)
            copy_placement(m, other)


_BOUND_CUES = SETTLED + ("neighbourhood",)


def _the_same_quarter(m: Mention, other: Mention) -> bool:
    """حي الروضة in the headline, read as a village of the country, and حي الروضة شمالي مدينة تعز in
    the body, a quarter the gazetteer lacks: both told as quarters, the headline's is the body's."""
    return m.cue_kind == "neighbourhood" and other.cue_kind == "neighbourhood"


def _its_country_beside(kept: list[Mention], k: int) -> bool:
    """Another mention of the sentence of mention k names a place of its reading's country (the
    country itself, or a town of it)."""
    m = kept[k]
    return any(j != k and n.sentence == m.sentence and n.resolved and n.place is not None
               and n.place.country == m.place.country for j, n in enumerate(kept))


def _its_own_province(current: Place, best: Place) -> bool:
    """*best* is the province around the city already read (سبها جنوبي طرابلس: Sabha District fits
    where Sabha, 650 km away, is too far to fit): the city stays."""
    return (best.kind == "admin1" and current.kind not in ("admin1", "country") and best.country == current.country
            and bool(current.admin1) and current.admin1 == best.admin1)


_NATURAL_TOWN_KM = 300.0    # how far from its anchor a desert, valley or plain named after a town may lie


def _natural_at_its_town(m: Mention, anchor: Mention, gaz: Gazetteer | None) -> bool:
    """بادية السخنة شرقي حمص، صحراء الحضر جنوب غربي الموصل: a desert, valley or plain named after a
    town lies by that town — the reading of the name nearest the anchor, in its country and not
    too far — not at the anchor (Homs is 190 km from al-Sukhnah). Says whether it placed *m*."""
    if gaz is None or m.kind != "natural" or anchor.place is None or anchor.lat is None:
        return False
    towns = [c.place for c in gaz.lookup(m.name) if c.place.kind in SETTLED
             and c.place.country == anchor.place.country and c.place.lat is not None]
    near = [(great_circle_km(p.lat, p.lon, anchor.lat, anchor.lon), p) for p in towns]
    near = [(km, p) for km, p in near if km <= _NATURAL_TOWN_KM]
    if not near:
        return False
    town = min(near, key=lambda x: x[0])[1]
    m.place, m.placed_by, m.lat, m.lon = town, "context", town.lat, town.lon
    m.confidence, m.geo_precision, m.radius_km = 0.0, 2, _NATURAL_RADIUS_KM
    return True


_NATURAL_RADIUS_KM = 25.0   # the circle a desert or valley named after a town is drawn as


def _quarters_of_the_city_told_before(kept: list[Mention], text: str) -> None:
    """حي السلماني شرقي المدينة: a quarter the gazetteer lacks, told with "the city", is drawn in the
    city told before it (not in one the next sentence names)."""
    if not text:
        return
    for n, m in enumerate(kept):
        if m.role == "unresolved" and not m.resolved and m.cue_kind in _IN_THEIR_CITY \
                and _THE_CITY.search(text[m.end:m.end + 60]):
            city = _city_told_before(kept, n, text, _QUARTER_REACH)
            if city is not None:
                near_point(m, city)


_QUARTER_REACH = 6      # sentences back a quarter the gazetteer lacks may find "the city" it is told in


def _as_bound_elsewhere(kept: list[Mention], bound: set[int], options: dict[int, list]) -> set[int]:
    """بلدة أريحا … في محافظة إدلب, then "مدينة أريحا" paragraphs later: a name its qualifier bound
    to one place in the article means that place where it stands with no qualifier of its own (a
    cue word such as مدينة does not make it Jericho). The indices of the mentions it moved."""
    sense: dict[str, set[str]] = defaultdict(set)
    place_of: dict[str, Place] = {}
    moved: set[int] = set()
    for k in bound:
        m = kept[k]
        if m.resolved and m.role == "place" and m.placed_by != "context":
            sense[_after_cue_word(m.name) or m.name].add(m.place.id)
            place_of[m.place.id] = m.place
    for k, m in enumerate(kept):
        if k in bound or not m.resolved or m.role != "place":
            continue
        ids = sense.get(_after_cue_word(m.name) or m.name, set())
        if len(ids) != 1 or m.place.id in ids:
            continue
        (pid,) = ids
        if any(c.place.id == pid for _, c in options.get(id(m), [])):
            m.place = place_of[pid]
            _locate(m)
            moved.add(k)
    return moved


def _after_cue_word(name: str) -> str | None:
    """The rest of a name that starts with a cue word (مدينة أريحا → أريحا), or None."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in rules().feature_cues else None


def _lookup(name: str, gaz: Gazetteer) -> tuple[Candidate, ...]:
    """The readings of *name*; for a name that starts with a cue word (مدينة زنجبار, a name of
    Zanzibar), those of the rest too (زنجبار: Zinjibar, in Yemen), for the document to choose."""
    cands = _with_final_hamza(name, gaz.lookup(name), gaz)
    rest = _after_cue_word(name)
    if rest is None or _an_area_so_named(name, cands):
        return cands
    seen = {c.place.id for c in cands}
    return tuple(cands) + tuple(c for c in gaz.lookup(rest) if c.place.id not in seen)


def _with_final_hamza(name: str, cands: tuple[Candidate, ...], gaz: Gazetteer) -> tuple[Candidate, ...]:
    """السويدا is السويداء written without its final hamza: the readings of the name with it too, for
    the document to choose (not only As Suwaydā, a village of Yemen). Only for a name the gazetteer
    lists bare as well (a bare صنعا or البيضا is found by no name, and stays unread)."""
    if not name.endswith("ا") or name.endswith("اء") or " " in name:
        return cands
    seen = {c.place.id for c in cands}
    return tuple(cands) + tuple(c for c in gaz.lookup(name + "ء") if c.place.id not in seen)


def _an_area_so_named(name: str, cands) -> bool:
    """ولاية الجزيرة, إقليم باي: an area whose own name holds its administrative word is that area,
    not a place named like the rest (الجزيرة is also a name of Algiers)."""
    first = name.partition(" ")[0]
    return rules().cue_class.get(first) == "admin" and any(c.place.kind in ("admin1", "admin2") for c in cands)


def _abroad_at(m: Mention, anchor: Mention) -> bool:
    """A reading in another country than the place the text says it lies at a part of
    (الرباط عند المدخل الشمالي لعدن: not Rabat, Morocco), or, for a name with a cue word or in a
    city its cue word names, in (منطقة الجيزة البحرية في سرت: not Giza, Egypt)."""
    if m.place.country == anchor.place.country:
        return False
    # … or a bare name said to lie in a place its cue word calls a city (الخالدية بمدينة جدة: a
    # quarter of Jeddah, not a town of Iraq)
    return m.link == "at" or (m.link in ("in", "seat") and (bool(m.cue_kind) or _told_as_city(anchor)))


def _told_as_city(m: Mention) -> bool:
    """The mention has the cue word مدينة, before it or as the first word of its name."""
    return m.cue_kind == "city" or m.name.partition(" ")[0] == _CITY_WORD


_CITY_WORD = normalize("مدينة")


def _without_cue_word(m: Mention, anchor: Mention, gaz: Gazetteer | None) -> list:
    """"مدينة زنجبار" is a name of Zanzibar, and "مدينة" + "زنجبار" Zinjibar, Abyan's capital: when
    the whole name fits no reading inside its anchor, the name without its first word, a cue word,
    may (scored by size)."""
    rest = _after_cue_word(m.name)
    if gaz is None or rest is None:
        return []
    return [(math.log10(c.place.population + 10), c) for c in gaz.lookup(rest) if _fits_place(m, c.place, anchor)]


def _fits_place(m: Mention, place: Place, anchor: Mention) -> bool:
    was = m.place
    m.place = place
    try:
        return fits(m, anchor)
    finally:
        m.place = was


# What a continent, an ocean or sea, or a region larger than a country is (never an event's site).
_WIDE_CODES = {"CONTINENT": "continent", "CONT": "continent", "OCEAN": "sea", "OCN": "sea", "SEA": "sea",
               "GULF": "sea", "GLF": "sea", "BAY": "sea", "STRT": "sea"}


def _mark_wide(m: Mention) -> None:
    """Say what a continent, sea or supranational region is (``kind``), so the event side can
    tell it from a site: آسيا → continent, المحيط الهندي → sea, الشرق الأوسط → supranational."""
    if m.placed_by == "context" or not m.resolved:
        return
    p = m.place
    wide = _WIDE_CODES.get(p.feature_code or "")
    if wide is None and p.kind == "region" and not p.country:
        wide = "supranational"
    if wide:
        m.kind = wide


def _one_sense_per_document(scored) -> None:
    """A name said bare several times in one article means one place: the surest reading wins."""
    groups: dict[str, list] = defaultdict(list)
    for m, options in scored:
        if m.place is not None and not (m.cue_kind or m.qualifier) and m.role == "place":
            groups[m.name].append((m, options))
    for members in groups.values():
        if len({m.place.id for m, _ in members}) < 2:
            continue
        sure = max(members, key=lambda x: x[0].confidence)[0]
        for m, options in members:
            if m.place.id != sure.place.id and any(c.place.id == sure.place.id for _, c in options):
                m.place = sure.place
                _locate(m)


@once
def _admin_levels() -> dict[tuple[str, str], str]:
    return {(r["country"], normalize(r["word"])): r["level"] for r in load("admin_cues.tsv")}


def _admin_level(country: str | None, cue: str | None) -> str:
    return _admin_levels().get((country or "", cue or ""), "admin1")


def _eligible(m: Mention, cands: tuple[Candidate, ...], r) -> list[Candidate]:
    """Candidates the mention may name. Without a cue word, small places far from the
    Arab world, and names known only in a Persian/Urdu spelling, are not enough."""
    if m.qualifier or m.cue_kind in SETTLEMENT_CUES:
        return list(cands)
    if m.evidence == "model":            # the tagger vouches for a name, not for a faraway village
        return [c for c in cands if c.place.kind in ("country", "admin1", "region") or c.trusted
                or r.needs_population(c.place.country) < 100_000 or c.place.population >= 100_000]
    out = []
    for c in cands:
        p = c.place
        if c.variant_script and not c.trusted:
            continue
        if p.kind in ("country", "admin1") or c.trusted or p.population >= r.needs_population(p.country):
            out.append(c)
    return out


def _prior(m: Mention, c: Candidate, r) -> float:
    p = c.place
    population = p.population or (_CURATED_POPULATION if p.source == "curated" else 0)
    score = _SIZE_PRIOR.get(p.kind) or math.log10(population + 10)
    if p.kind not in _SIZE_PRIOR and population < r.needs_population(p.country):
        score -= 1.5                     # a small place far from the region the news is about
    if not m.cue_kind and p.kind in _SUB_AREAS:
        score -= 1.5                     # a bare name means the city more often than the province
        if p.source == "curated" and p.kind in ("admin2", "admin3"):
            score -= 1.5                 # and a district we curated is named by its word (مديرية همدان): a
            #                              bare name of one is likelier a town of that name elsewhere
    fit = _CUE_FIT.get(m.cue_kind or m.qualifier or "") or _CUE_FIT.get(m.kind or "", {})
    score += fit.get(p.kind, 0.0)
    if c.variant_script:
        score -= 1.0
    return score


def _country_votes(scored) -> tuple[dict[str, float], list[dict[str, float]]]:
    """How strongly the document's mentions point at each country, and each mention's share."""
    votes: dict[str, float] = {}
    own: list[dict[str, float]] = []
    for m, options in scored:
        countries = dict.fromkeys(c.place.country for _, c in options)
        if not countries:
            own.append({})
            continue
        weight = 2.0 if any(c.place.kind == "country" for _, c in options) else 1.0
        mine = dict.fromkeys(countries, weight / len(countries))
        for country, share in mine.items():
            votes[country] = votes.get(country, 0) + share
        own.append(mine)
    return votes, own


def _locate(m: Mention) -> None:
    """Set the point, radius and ACLED geo-precision of a resolved mention."""
    p = m.place
    m.lat, m.lon = p.lat, p.lon
    m.geo_precision = _AREA_KINDS.get(p.kind, 1)
    if m.qualifier == "countryside":
        m.geo_precision = max(2, m.geo_precision)
        m.radius_km = _COUNTRYSIDE_RADIUS_KM
        if m.direction:
            m.lat, m.lon = offset(p.lat, p.lon, _BEARINGS[m.direction], _COUNTRYSIDE_OFFSET_KM)
    elif m.qualifier == "near":
        m.geo_precision = max(2, m.geo_precision)
        m.radius_km = _NEAR_RADIUS_KM
    elif m.qualifier == "direction" and m.direction:
        if p.bbox and p.kind in _AREA_KINDS:
            m.lat, m.lon = _part_of_box(p, m.direction)
            m.geo_precision = 3
        else:
            m.lat, m.lon = offset(p.lat, p.lon, _BEARINGS[m.direction], _DIRECTION_OFFSET_KM)
            m.geo_precision = 2
            m.radius_km = _DIRECTION_OFFSET_KM


def _part_of_box(p: Place, direction: str) -> tuple[float, float]:
    """The middle of the *direction* half of an area's box (شمال سوريا → northern Syria)."""
    west, south, east, north = p.bbox
    lat, lon = p.lat, p.lon
    if "N" in direction:
        lat = (lat + north) / 2
    if "S" in direction:
        lat = (lat + south) / 2
    if "E" in direction:
        lon = (lon + east) / 2
    if "W" in direction:
        lon = (lon + west) / 2
    return lat, lon


def rule_places(text: str, gazetteer: Gazetteer | None = None, *, tokens=None, sents=None) -> list:
    """The place mentions the rules find (gazetteer matching, cues, filters), resolved."""
    if gazetteer is None:
        from gazetteer import open_default

        gazetteer = open_default()
    gaz = gazetteer
    tokens = tokens if tokens is not None else tokenize(text)
    sents = sents if sents is not None else split_sentences(text)
    return resolve(recognize(text, tokens, sents, gaz), gaz, text)
