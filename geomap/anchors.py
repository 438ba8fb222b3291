"""Where a place lies, by the words next to it (issue 17.2, issue 11 class 3).

A mention tied to the next one by "in" (:attr:`Mention.link`: قرية X بريف إدلب، X التابعة
لمحافظة Y، X شمال بغداد، مدينة X التركية) has that next mention as its *anchor*; the names of a
list (بلدات X وY وZ بريف إدلب) share the anchor of the last one. An anchor binds:

- a known name must be a place inside the anchor's area (a same-named town abroad is not the
  one meant): the best reading that fits is taken, or none, and the name is then one the
  gazetteer lacks;
- a name the gazetteer lacks is drawn where the anchor says (its area or point, ACLED geo
  precision 2 or 3, with the radius or box), ``placed_by="context"``, and stays "unresolved"
  so that the fix-a-name flow still offers it.
"""

from __future__ import annotations

import re

from gazetteer import great_circle_km
from gazetteer.arabic import normalize

from .geodesy import BEARINGS, bearing
from .model import Mention
from .toponyms import place_words

# How far (km) from its anchor's point a place may lie, by the anchor's qualifier.
_WITHIN_KM = {"countryside": 100.0, "near": 40.0, "direction": 150.0, None: 40.0}
# A large city told by its direction from another of its country (سبها جنوب طرابلس) may lie this
# far, when it lies that way (within _DIRECTION_SLACK degrees of the direction told) and no nearer
# reading fits.
_FAR_DIRECTION_KM = 2000.0
_FAR_DIRECTION_POPULATION = 100_000
_DIRECTION_SLACK = 50.0
_CITY_RADIUS_KM = 10.0          # a name placed in a city (حي X بحلب): a circle this wide
_BOX_SLACK = 0.1                # degrees around an area's box
_AREAS = ("country", "admin1", "admin2", "admin3", "admin4", "admin5", "region")


def anchor_of(mentions: list[Mention]) -> dict[int, int]:
    """Index of each mention (in *mentions*, sorted by offset) → the index of its anchor."""
    out: dict[int, int] = {}
    chain: list[int] = []
    for k, m in enumerate(mentions):
        chain.append(k)
        if m.link == "and" and k + 1 < len(mentions):
            continue
        if m.link in ("in", "at", "near") and k + 1 < len(mentions):
            for j in chain:
                out[j] = k + 1
        elif m.link == "seat" and k + 1 < len(mentions):
            out[k] = k + 1              # تورونتو ولوس أنجليس وباكو عاصمة أذربيجان: Baku alone
        chain = []
    return out


def holds(m: Mention, anchor: Mention) -> bool:
    """*anchor* can say where *m* lies: a resolved place, and a demonym only for a settlement
    (مدينة سوروج التركية; not مخيم اليرموك الفلسطيني, a camp of Palestinians)."""
    if not anchor.resolved or anchor.role not in ("place", "demonym", "unresolved"):
        return False
    if m.link == "near" and (anchor.role == "demonym" or (anchor.place is not None and anchor.place.kind == "country")):
        return False                    # شبعا التي تبعد 3 كيلومترات عن إسرائيل: near a border, not in it
    return anchor.role != "demonym" or m.kind in (None, "city", "town", "village")


def fits(m: Mention, anchor: Mention) -> bool:
    """The place *m* resolved to lies where *anchor* says."""
    p, a = m.place, anchor.place
    if anchor.role == "demonym" or a.kind == "country":
        return p.country == a.country
    if a.kind == "admin1" and anchor.qualifier in (None, "countryside"):
        return p.country == a.country and (p.admin1 is None or p.admin1 == a.admin1)
    if a.kind in _AREAS and a.bbox:
        west, south, east, north = a.bbox
        inside = (west - _BOX_SLACK <= p.lon <= east + _BOX_SLACK
                  and south - _BOX_SLACK <= p.lat <= north + _BOX_SLACK)
        return inside or (anchor.qualifier == "direction" and p.country == a.country)
    if anchor.qualifier == "countryside" and p.country == a.country and p.admin1 and p.admin1 == a.admin1:
        return True                     # ريف حلب: the governorate around the city
    if anchor.qualifier == "countryside" and p.country and a.country and p.country != a.country:
        return False                    # بلدة صيدا بريف درعا: not Şaydā in the West Bank, 95 km off
    if p.kind in _AREAS and anchor.qualifier == "direction" and p.country == a.country:
        return True                     # محافظة إب جنوب صنعاء: a province told by its direction from a city
    limit = _WITHIN_KM.get(anchor.qualifier, _WITHIN_KM[None])
    return great_circle_km(p.lat, p.lon, a.lat, a.lon) <= limit


def lies_far_that_way(p, anchor: Mention) -> bool:
    """مدينة سبها جنوب طرابلس: a large city of the anchor's country that lies far, but in the
    direction told (Sabha is 650 km south of Tripoli): a country's scale, not a mistake. Taken only
    when no reading fits nearer (a village told north of Basra is not Qaraqosh, 750 km north)."""
    a = anchor.place
    if anchor.qualifier != "direction" or anchor.direction not in BEARINGS or p.country != a.country:
        return False
    if (p.population or 0) < _FAR_DIRECTION_POPULATION:
        return False
    if great_circle_km(p.lat, p.lon, a.lat, a.lon) > _FAR_DIRECTION_KM:
        return False
    off = abs(bearing(a.lat, a.lon, p.lat, p.lon) - BEARINGS[anchor.direction]) % 360
    return min(off, 360 - off) <= _DIRECTION_SLACK


def binding(anchor: Mention) -> bool:
    """An anchor that rules out a known reading outside it: an area, a countryside or a
    direction (محافظة إدلب، ريف حلب، شمال بغداد، X التركية), not a point (قرب X، في X), which
    says too little of how far."""
    if anchor.role == "demonym":
        return False                    # مخيم اليرموك الفلسطيني: a camp of Palestinians, in Syria
    if anchor.qualifier in ("countryside", "direction"):
        return True
    return anchor.place.kind in _AREAS


def binds(m: Mention) -> bool:
    """*m* is a place an anchor can hold (not a country or a larger area said to lie somewhere)."""
    return m.role in ("place", "unresolved") and not (m.place is not None and m.place.kind in ("country",))


def place_by_context(m: Mention, anchor: Mention) -> None:
    """Draw the unresolved *m* where its anchor says: the anchor's area, or a circle around its
    point. (``qualifier`` stays what the words before *m* say: the anchor's is its own.) A province
    the gazetteer lacks (إقليم هيران، ولاية هيرشبيلي) is not drawn at a city or inside another
    province (a region that comprises one, إقليم سبأ الذي يضم محافظة مأرب, is not that one either):
    only in a country."""
    if m.cue_kind == "admin1" and anchor.place is not None and anchor.place.kind != "country":
        return                          # (nor إقليم سبأ الذي يضم محافظة مأرب: the province is in it, not it)
    m.place = anchor.place
    m.placed_by = "context"
    m.lat, m.lon = anchor.lat, anchor.lon
    m.confidence = 0.0
    if anchor.role == "demonym" or (anchor.geo_precision or 3) >= 3:
        m.geo_precision, m.radius_km = 3, anchor.radius_km
    elif anchor.geo_precision == 1:
        m.geo_precision, m.radius_km = 2, _CITY_RADIUS_KM
    else:
        m.geo_precision, m.radius_km = 2, anchor.radius_km or _CITY_RADIUS_KM


def unresolve(m: Mention) -> None:
    """*m* names no place the gazetteer has (a reading abroad was all it had)."""
    m.place, m.role, m.lat, m.lon, m.geo_precision, m.radius_km = None, "unresolved", None, None, None, None


def copy_placement(m: Mention, other: Mention) -> None:
    """Draw the unresolved *m* where the unresolved *other* of the same name was drawn."""
    m.place, m.placed_by, m.lat, m.lon = other.place, "context", other.lat, other.lon
    m.geo_precision, m.radius_km = other.geo_precision, other.radius_km


def near_point(m: Mention, other: Mention) -> None:
    """Draw the unresolved *m* in a circle around the settlement *other* (a list-mate, or the city
    a neighbourhood lies in)."""
    m.place, m.placed_by, m.lat, m.lon = other.place, "context", other.lat, other.lon
    m.geo_precision, m.radius_km = 2, _CITY_RADIUS_KM


SETTLED = ("city", "town", "village")      # the kinds of place people live in: a point, not an area
_CITY_SENTENCES = 2             # a neighbourhood lies in the city named this many sentences away at most


def place_the_rest(mentions: list[Mention], region: frozenset[str] | None = None, text: str = "") -> None:
    """Names the gazetteer lacks with no anchor of their own: drawn where the same name was
    drawn by its context earlier or later in the article, next to a settlement of their list
    (قريتي نبل والزهراء), or — a neighbourhood or facility — in the city named nearest to them
    (حي السعادة … عدن)."""
    placed = {m.name: m for m in mentions if m.placed_by == "context"}
    chains = _chains(mentions)
    for k, m in enumerate(mentions):
        if m.role != "unresolved" or m.resolved:
            continue
        told = placed.get(m.name) or (placed.get(f"{m.cue} {m.name}") if m.cue else None)
        if told is not None:
            copy_placement(m, told)     # (قريتي تل أعور … من تل أعور: the hill told before)
        else:
            _place_one(mentions, k, chains, region, text)
        if m.resolved:
            placed.setdefault(m.name, m)     # the same name further on is drawn there too


def _place_one(mentions: list[Mention], k: int, chains: dict[int, list[int]],
               region: frozenset[str] | None = None, text: str = "") -> None:
    """Place mention k by its list-mates, the city nearest it (a neighbourhood, a facility: in the
    article's focus country or its neighbours, when the article has one), the town named before it in
    its own sentence (when the nearest governorate is a sentence away), or the governorate named beside
    it."""
    m = mentions[k]
    gloss = _gloss(mentions, k, text)
    if gloss is not None:
        near_point(m, gloss)        # جبل شنگال (سنجار): the name the brackets give it
        return
    mate = next((mentions[j] for j in chains.get(k, ()) if _settlement(mentions[j])), None)
    if mate is not None:
        near_point(m, mate)
        return
    if m.kind == "natural":
        town = next((n for n in mentions if n.name == m.name and _settlement(n)), None)
        if town is not None:
            near_point(m, town)     # وادي حرض … مدينة حرض: a valley or plain named after a town lies by it
            return
    area = _nearest_area(mentions, k, text)
    if m.kind in ("neighbourhood", "facility"):
        city = _nearest_city(mentions, k, region)
        if city is not None and not _outside_its_sentences_area(city, area, m):
            near_point(m, city)
            return
    if area is not None and area.sentence != m.sentence:
        town = _town_before_in_sentence(mentions, k, text)
        if town is not None:
            near_point(m, town)     # وفي القاهرة، ألقت … القبض … بمنطقة عين شمس: by Cairo, not a region next door
            return
    if area is not None:
        place_by_context(m, area)   # قرية الخديرة … in a paragraph about أبين: within Abyan


def _gloss(mentions: list[Mention], k: int, text: str) -> Mention | None:
    """The settlement named alone in brackets right after mention k (جبل شنگال (سنجار)، كوباني (عين العرب)):
    another name of the same place."""
    if k + 1 >= len(mentions) or not text:
        return None
    n = mentions[k + 1]
    if not _settlement(n) or text[mentions[k].end:n.start].strip() != "(" or not text[n.end:].lstrip().startswith(")"):
        return None
    return n


def _town_before_in_sentence(mentions: list[Mention], k: int, text: str = "") -> Mention | None:
    """The settlement named last before mention k in k's own sentence, if any, and not where a
    speaker or a source is (وقال مصدر أمني في القاهرة إن مسلحين هاجموا … بمنطقة الخرافية)."""
    here = mentions[k].sentence
    town = next((mentions[j] for j in range(k - 1, -1, -1)
                 if mentions[j].sentence == here and _settlement(mentions[j])), None)
    if town is None or not text:
        return town
    before = _WORD.findall(normalize(text[max(0, town.start - _SPEAKER_CHARS):town.start]))
    return None if any(w in place_words()["speaker_before"] for w in before) else town


def _outside_its_sentences_area(city: Mention, area: Mention | None, m: Mention) -> bool:
    """وفي محافظة أبين … نحو محطة باشافعي: the governorate of the facility's own sentence holds it, not
    a city of another governorate named a sentence away (Taiz)."""
    if area is None or area.sentence != m.sentence or city.sentence == m.sentence:
        return False
    if area.place.kind != "admin1" and area.qualifier != "countryside":
        return False                # (وفي ريف حلب الغربي … على محور خان العسل: not Damascus, named a sentence before)
    return not (city.place.country == area.place.country and city.place.admin1 == area.place.admin1)


def _chains(mentions: list[Mention]) -> dict[int, list[int]]:
    """Index → the other members of its list (mentions tied by "and")."""
    out: dict[int, list[int]] = {}
    chain: list[int] = []
    for k, m in enumerate(mentions):
        chain.append(k)
        if m.link == "and" and k + 1 < len(mentions):
            continue
        for j in chain:
            out[j] = [i for i in chain if i != j]
        chain = []
    return out


def _city_by_its_side(n: Mention, after: int, here: int) -> bool:
    """حيي حلب الجديدة والحمدانية غربي مدينة حلب: a city told by a side of it right after the quarter
    (*after* mentions on), in its sentence, holds the quarter."""
    return (0 < after <= _SIDE_MENTIONS and n.sentence == here and n.qualifier == "direction" and n.role == "place"
            and n.resolved and n.place.kind in SETTLED)


_SIDE_MENTIONS = 2      # mentions from a quarter to the city told by its side (حيي X وY غربي مدينة حلب)


def _settlement(m: Mention) -> bool:
    return m.role == "place" and m.resolved and m.place.kind in SETTLED and m.geo_precision == 1


_SPEAKER_CHARS = 40            # characters before a town a word of a speaker or a source makes it theirs
_AREA_SENTENCES = 1            # a name with no anchor lies in the governorate named this many sentences away at most


def _nearest_area(mentions: list[Mention], k: int, text: str = "") -> Mention | None:
    """The governorate or region (of one country) named nearest to mention k, within a sentence:
    a settlement's name the gazetteer lacks, with nothing next to it, lies there (precision 3);
    not in the one it borders (منطقة كوبرات الحدودية مع محافظة كركوك)."""
    here, best = mentions[k].sentence, None
    for j, n in enumerate(mentions):
        if j == k or (j == k + 1 and mentions[k].link == "border") or n.role != "place" or not n.resolved or abs(n.sentence - here) > _AREA_SENTENCES:
            continue
        if n.sentence > here and moves_on(text, n.start):
            continue                # the next paragraph's region (وفي جنوب البلاد … بإقليم جوبا الوسطى) holds none of this one
        if not _an_area(n, text) or not n.place.country or n.office:
            continue                # (أمير منطقة نجران: the prince's title says nothing of where a name lies)
        key = (abs(n.sentence - here), n.sentence > here, abs(j - k))    # the area told before first
        if best is None or key < best[0]:
            best = (key, n)
    return best[1] if best else None


def _an_area(n: Mention, text: str = "") -> bool:
    """*n* names an area a name the gazetteer lacks may lie in: a governorate or region, or the
    countryside of a city that opens its sentence (وفي ريف درعا الغربي، قتل شاب … على أطراف بلدة
    اليادودة; not قصفت بلدات بريفي إدلب وحلب وسيطر مقاتلون على حاجز مطل على بلدة بلودان)."""
    if n.qualifier == "countryside":
        return n.place.kind in (*SETTLED, "admin1", "admin2") and _opens_its_sentence(text, n.start)
    return n.place.kind in ("admin1", "admin2", "region") and n.qualifier in (None, "direction")   # جنوبي محافظة الحديدة


_OPENING_WORDS = 2      # words before a countryside that opens its sentence (وفي ريف)


def _opens_its_sentence(text: str, start: int) -> bool:
    """The mention at offset *start* is told in the opening words of its sentence after في (وفي ريف حلب الغربي،)."""
    words = _opening_words(text, start)
    return 0 < len(words) <= _OPENING_WORDS and words[0] in ("في", "وفي")


def moves_on(text: str, start: int) -> bool:
    """The sentence holding offset *start* opens elsewhere (وفي جنوب البلاد، على صعيد آخر، إلى ذلك):
    what it names is no setting of the sentences before it."""
    words = _opening_words(text, start)
    return any(words[:len(w.split())] == w.split() for w in place_words()["moving_on"])


def _opening_words(text: str, start: int) -> list[str]:
    """The normalised words of the sentence holding offset *start*, from its opening up to *start*."""
    if not text:
        return []
    opening = max(text.rfind("\n", 0, start), text.rfind(".", 0, start)) + 1
    return _WORD.findall(normalize(text[opening:start]))


_WORD = re.compile(r"\w+")


def _nearest_city(mentions: list[Mention], k: int, countries: frozenset[str] | None = None) -> Mention | None:
    """The settlement named nearest to mention k, within a few sentences (in one of *countries*, if
    given, or in its own sentence: طريق الكاستيلو in an article about Aleppo is not in Washington, named
    nearer; وفي بيروت، انفجرت سيارة في شارع العريض is): by sentences (the one told before first), then by
    mentions between (حارة الدمج وسط المخيم: Jenin, told a sentence before, not القدس a sentence after)."""
    here = mentions[k].sentence
    near = [((abs(n.sentence - here), n.sentence > here, abs(j - k)), n) for j, n in enumerate(mentions)
            if j != k and (_settlement(n) or _city_by_its_side(n, j - k, here)) and abs(n.sentence - here) <= _CITY_SENTENCES
            and (not countries or n.place.country in countries or n.sentence == here)]
    return min(near, key=lambda x: x[0])[1] if near else None
