"""Toponym recognition: find the place names in Arabic text by gazetteer matching.

Longest match over tokens (multi-word names), with proclitic readings of the
first word (وحلب → حلب), cue words before the name (محافظة، مدينة، قرية، ريف،
شمال…) and after it (ريف حلب الجنوبي), and filters for the words that name a
place in GeoNames but not in the sentence: everyday words (blocklist), people
(ابو عمر سراقب, باراك اوباما) and organisations (وكالة الاناضول).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, repeat
from operator import and_

from gazetteer import Gazetteer
from gazetteer.arabic import CONJUNCTIONS, PREPOSITIONS, Sentence, Token, as_tokens, clitic_readings, is_arabic, normalize, stems
from gazetteer.once import PerObject, once
from gazetteer.tables import load

from .lexicon import VOCABULARY, NewWords
from .model import Mention
from .quantities import least_of

_GAP = re.compile(r"[\s_\u200c-\u200f]*")            # inside a name: spaces, or "_" in hashtags
_QUOTE_GAP = re.compile(r"[\s_#\"'«»“”\u200c-\u200f]*")   # between a cue and a name: also # and quotes

# Kinds of cue word that say the name is a settlement or an area (a facility's name says nothing).
SETTLEMENT_CUES = frozenset(["admin1", "admin2", "admin3", "region", "city", "town", "village", "camp",
                             "neighbourhood", "country", "countryside"])
# The others name a facility (مطار، مستشفى، طريق), unless a natural feature (جبل، نهر، وادي).
_SETTLEMENT_KINDS = SETTLEMENT_CUES | {"mountain", "river", "valley", "hill", "plain", "plateau", "lake",
                                       "island", "forest", "oasis", "desert", "front"}
# What a mention found by a cue of this class names (the gold's kinds: natural, facility…);
# settlements and admin areas keep the cue's own kind (village, admin1).
_CLASS_KIND = {"natural": "natural", "facility": "facility", "neighbourhood": "neighbourhood",
               "region": "region", "country": "country"}


@dataclass(frozen=True)
class NameWords:
    """Words around place names (``gazetteer/data/name_words.tsv``), by role."""

    not_name: frozenset[str]        # cannot be an unknown place's name after a cue (في، صغيرة، عازلة)
    not_settlement: frozenset[str]  # … after a settlement or area cue (محافظات المملكة، مدن الجنوب)
    anaphor: frozenset[str]         # "the city" of the text, after a neighbourhood cue (أحياء المدينة): not Medina
    dual: frozenset[str]            # a name that is also a dual noun (القريتين "the two villages"); see _dual_anaphor
    honorific: frozenset[str]       # a facility's name that is an everyday word (فندق الجزيرة، مستشفى الثورة)
    head: frozenset[str]            # starts a two-word name (كفر، دير، تل)
    tail: frozenset[str]            # ends a name (الرابعة، القديمة)
    settlement_tail: frozenset[str] # ends a village's or town's name (المليحة الشرقية)
    org_with_adjective: frozenset[str]   # heads an organisation's name when an adjective follows (قوات سوريا الديمقراطية)
    title: frozenset[str]           # starts the person's name a facility bears (الملك، الإمام)
    name_link: frozenset[str]       # inside a person's name (بن، عبد، آل)
    facility_end: frozenset[str]    # ends a facility's name (الدولي، العسكري)
    list_end: frozenset[str]        # a list of names ends before it (في، التابعة، شمال)
    media_before: frozenset[str]    # a quoted name after it is a newspaper or channel (لـ«الشرق الأوسط»)
    outlet: frozenset[str]          # a newspaper, channel or site, before its quoted name (صحيفة «القدس العربي»)
    not_outlet_before: frozenset[str]   # before لـ and a quote, a cause or a campaign, no outlet (نصرة لـ«حلب المحاصرة»)
    sport: frozenset[str]           # words of a sports report (مباراة، الدوري)
    team_before: frozenset[str]     # a club's name follows it in a sports report (فريقا، مدرب)
    idiom: frozenset[str]           # two words that are no cue and no place (عن طريق، على الصعيد، مسقط رأس)
    anchor_link: frozenset[str]     # between a place and the area that holds it (في، التابعة ل)
    seat_link: frozenset[str]       # between a city and the area it is the capital of (زنجبار عاصمة أبين)
    part_link: frozenset[str]       # … and the part of a place another lies at (عند المدخل الشمالي ل، مشارف)
    part_side: frozenset[str]       # the side of that part (الشمالي), only beside a part word
    speech: frozenset[str]          # a clause of speech or source between a city and a neighbourhood (إن، قال، ومقره)
    clause_opener: frozenset[str]   # opens a clause that may end in that area (التي، الذي)
    locative_before: frozenset[str] # in a sports report, a name after it is where something is (في، إلى، بمدينة)
    border_link: frozenset[str]     # between a place and its neighbour (الحدودية مع، المحاذية ل)
    unit_ordinal: frozenset[str]    # an ordinal after a unit word: the name after it is the unit's (اللواء السابع ترهونة)
    work_before: frozenset[str]     # a work whose title follows (فيلم باتمان، مسلسل باب الحارة): no place
    station_before: frozenset[str]  # before an organisation's head, a building of it in the place (قسم شرطة العريش)
    quarter_name: frozenset[str]    # a not_name word that still names a quarter after حي (حي الجمارك في الجنينة)
    idiom_words: frozenset[str] = frozenset()      # every word of the idioms


@once
def name_words() -> NameWords:
    roles: dict[str, set] = {f: set() for f in NameWords.__dataclass_fields__ if f != "idiom_words"}
    for row in load("name_words.tsv"):
        roles[row["role"]].add(normalize(row["word"]))
    words = {role: frozenset(found) for role, found in roles.items()}
    return NameWords(**words, idiom_words=frozenset(w for phrase in words["idiom"] for w in phrase.split()))


@dataclass(frozen=True)
class Rules:
    """The curated word lists the recogniser uses (see ``gazetteer/data``)."""

    feature_cues: dict[str, str]        # word → kind (admin1, city, village…)
    area_cues: dict[str, str]           # word → countryside | near
    direction_before: dict[str, str]    # شمال → N
    direction_after: dict[str, str]     # الجنوبي → S
    blocklist: frozenset[str]
    never_names: frozenset[str]         # pronouns and function words: no place after a cue either
    kunya: frozenset[str]
    titles: frozenset[str]
    given_names: frozenset[str]
    org_heads: frozenset[str]
    min_population: dict[str, int]      # country → population needed without a cue
    max_cue_words: int
    metonymy_before: frozenset[str]     # حكومة X
    metonymy_verbs: frozenset[str]      # تساند X / X تساند
    person_before: frozenset[str] = frozenset()     # kunya, given names and titles: the word before a person's name
    metonymy_before_any: frozenset[str] = frozenset()   # metonymy_before and metonymy_verbs
    cue_class: dict[str, str] = None    # cue word → settlement, admin, natural, facility, neighbourhood, area…
    cue_number: dict[str, str] = None   # plural and dual cue words (بلدات، قريتي) → plural | dual
    cue_written: dict[str, str] = None  # cues that count only as written (أحياء, not إحياء "reviving")
    country_nouns: frozenset[str] = frozenset()   # الأراضي السورية: a nisba after them names the country
    controlled_by: frozenset[str] = frozenset()   # تسيطر عليها X: X holds the ground, its government
    pushed: frozenset[str] = frozenset()        # ما دفع X إلى: X, pushed to act, is its government
    offices: frozenset[str] = frozenset()   # حاكم، وزير: an office in construct (حاكم المنطقة مدجياوا بكاري)

    @property
    def cue_tables(self) -> dict[str, dict[str, str]]:
        """The cue tables by name: feature (محافظة), area (ريف), direction (شمال)."""
        return {"feature": self.feature_cues, "area": self.area_cues, "direction": self.direction_before}

    def cue_ends(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        """The cue table *name*'s one-word cues and the last words of its longer cues: a cue
        phrase can end before a name only at a word that is one of them (one set look-up)."""
        table = self.cue_tables[name]
        return (frozenset(p for p in table if " " not in p),
                frozenset(p.rsplit(" ", 1)[1] for p in table if " " in p))

    def needs_population(self, country: str | None) -> int:
        return self.min_population.get(country or "", self.min_population.get("*", 100_000))


@once
def rules() -> Rules:
    feature, area, before, after, classes, numbers, written = {}, {}, {}, {}, {}, {}, {}
    for row in load("cues.tsv"):
        word = normalize(row["word"])
        if row["role"] in ("feature", "area"):
            classes[word] = row["class"]
            if row["number"] != "one":
                numbers[word] = row["number"]
            if row["written"] == "exact":
                written[word] = row["word"]
        if row["role"] == "feature":
            feature[word] = row["kind"]
        elif row["role"] == "area":
            area[word] = row["kind"]
        elif row["role"] == "direction":
            before[word] = row["kind"]
        elif row["role"] == "after":
            after[word] = row["kind"]
    people = {"kunya": set(), "title": set(), "given_name": set(), "office": set()}
    for row in load("person_cues.tsv"):
        people[row["kind"]].add(normalize(row["word"]))
    words = list(feature) + list(area) + list(before) + list(after)
    metonymy = load("metonymy_cues.tsv")
    metonymy_before = frozenset(normalize(r["word"]) for r in metonymy if r["position"] == "before")
    metonymy_verbs = frozenset(normalize(r["word"]) for r in metonymy if r["position"] == "verb")
    # a verb of acting by force: the name before it (واشنطن نفذت غارة) is its government, the name
    # after it (قصفت حلب) is what was hit
    acting_verbs = frozenset(normalize(r["word"]) for r in metonymy if r["position"] == "verb_after_name")
    controlled_by = frozenset(normalize(r["word"]) for r in metonymy if r["position"] == "controlled_by")
    pushed = frozenset(normalize(r["word"]) for r in metonymy if r["position"] == "pushed")
    return Rules(
        feature_cues=feature, area_cues=area, direction_before=before, direction_after=after,
        blocklist=frozenset(normalize(r["word"]) for r in load("blocklist.tsv")),
        never_names=frozenset(normalize(r["word"]) for r in load("blocklist.tsv")
                              if r["reason"] == "function word or pronoun"),
        kunya=frozenset(people["kunya"]), titles=frozenset(people["title"]),
        given_names=frozenset(people["given_name"]),
        org_heads=frozenset(normalize(r["word"]) for r in load("org_heads.tsv")),
        min_population={r["country"]: int(r["min_population"]) for r in load("regions.tsv")},
        max_cue_words=max(w.count(" ") + 1 for w in words),
        metonymy_before=metonymy_before, metonymy_verbs=metonymy_verbs | acting_verbs,
        person_before=frozenset(people["kunya"] | people["given_name"] | people["title"]),
        metonymy_before_any=metonymy_before | metonymy_verbs,
        cue_class=classes, cue_number=numbers, cue_written=written,
        country_nouns=frozenset(normalize(r["word"]) for r in load("country_nouns.tsv")),
        offices=frozenset(people["office"]), controlled_by=controlled_by, pushed=pushed,
    )


_SPORT_WORDS = 4
_TANWEEN = frozenset("\u064b\u064c\u064d")       # ً ٌ ٍ: an indefinite word, never a place's name
_QUOTES_OPEN, _QUOTES_CLOSE = "«\"“'", "»\"”'"


class _Text:
    """Tokens of one text with sentence indices and gap tests."""

    def __init__(self, text: str, tokens: list[Token], sentences: list[Sentence]):
        self.text = text
        self.tokens = tokens = as_tokens(tokens)
        self.norms = tokens.norms
        self.starts = tokens.starts
        self.ends = tokens.ends
        self.sentence_of = tokens.sentence_of(sentences)
        self.context = _context_words()
        self.masks = VOCABULARY.masks_of(self.norms)
        self.has_hash = "#" in text
        self._gaps: dict[tuple[int, bool], bool] = {}
        self._sport: bool | None = None

    @property
    def sport(self) -> bool:
        """The text is a sports report: four of its words or more are sports words."""
        if self._sport is None:
            sport = name_words().sport
            self._sport = sum(1 for norm in self.norms if norm in sport) >= _SPORT_WORDS
        return self._sport

    def joined(self, i: int, j: int, *, quotes: bool = False) -> bool:
        """Tokens i..j (inclusive) are one phrase: same sentence, only spaces between."""
        for k in range(i, j):
            gap = self._gaps.get((k, quotes))
            if gap is None:
                gap = self._gaps[(k, quotes)] = self._gap(k, quotes)
            if not gap:
                return False
        return True

    def _gap(self, k: int, quotes: bool) -> bool:
        if self.sentence_of[k] != self.sentence_of[k + 1]:
            return False
        end, start = self.ends[k], self.starts[k + 1]
        if start - end == 1 and self.text[end] == " ":
            return True                          # the usual gap: one space
        return (_QUOTE_GAP if quotes else _GAP).fullmatch(self.text, end, start) is not None

    def bare(self, i: int) -> tuple[str, ...]:
        """Readings of token i without proclitics, the bare word first."""
        if i < 0 or i >= len(self.norms):
            return ()
        return stems(self.norms[i])

    def phrase(self, i: int, n: int) -> str | None:
        if i < 0 or i + n > len(self.norms) or not self.joined(i, i + n - 1):
            return None
        return " ".join(self.norms[i:i + n])


def recognize(text: str, tokens: list[Token], sentences: list[Sentence],
              gaz: Gazetteer) -> list[Mention]:
    """Place-name mentions of *text*, unresolved (see :func:`geomap.resolve.resolve`)."""
    r = rules()
    t = _Text(text, tokens, sentences)
    mentions: list[Mention] = []
    demonyms = demonym_forms(gaz)
    starts = _starts_of(gaz, r)
    norms = t.norms
    nxt = 0                     # the first token not yet inside a mention
    after = -1                  # the first token after the last mention
    for i in starts.hits(norms):
        if i < nxt:
            continue
        found = _mention_at(t, i, gaz, r, demonyms, after_place=i == after)
        if found is None:
            nxt = i + 1
            continue
        mention, nxt = found
        after = nxt
        mentions.append(mention)
        if mention.role != "demonym":
            members, nxt = _list_members(t, mention, nxt, gaz, r, demonyms)
            mentions.extend(members)
    link_mentions(text, mentions)
    return mentions


_GAP_WORDS = re.compile(r"[^\s،,()«»\"“”:\-–.؛;]+")
_MAX_LINK_GAP = 60          # characters between a place and the phrase that says where it lies


def link_mentions(text: str, mentions: list[Mention]) -> None:
    """Say how each mention is tied to the next one of its sentence (``Mention.link``): "and"
    when they are coordinates of one list (بلدات X وY), "in" when the next says where this one
    lies (قرية X بريف إدلب، X التابعة لمحافظة Y، X شمال بغداد، مدينة X التركية), "at" when it lies
    at a part of the next (الرباط عند المدخل الشمالي لعدن: bound to it as an area is), "border" when
    the next is the neighbour it borders (الحدودية مع محافظة كركوك), "near" when it lies a few
    kilometres from the next (التي تبعد نحو خمسة كيلومترات عن مدينة مايدوجوري)."""
    for m, n in zip(mentions, mentions[1:]):
        if m.sentence != n.sentence:
            continue
        end = max(m.end, m.area_end or m.end)
        start = n.area_start if n.area_start is not None else n.start
        if start < end or start - end > _MAX_LINK_GAP:
            continue
        m.link = _link_between(text[end:start], n, m) or m.link
        if m.link == "and" and m.metonymy == "team" and n.metonymy is None:
            n.metonymy = "team"             # فريقا برشلونة وأشبيلية


def gap_words(gap: str) -> list[str]:
    """The words of the text between two mentions, as written."""
    return _GAP_WORDS.findall(gap)


def _link_between(gap: str, n: Mention, m: Mention | None = None) -> str | None:
    """How a mention, *m*, is tied to the next one, *n*, by the *gap* of text between them (see
    :func:`link_mentions`)."""
    words_of = name_words()
    links, parts = words_of.anchor_link, words_of.part_link
    words = [normalize(w) for w in _GAP_WORDS.findall(gap)]
    comma = "،" in gap or "," in gap
    first = _list_border_or_seat(words, comma, n)
    if first is not None:
        return first
    if words and all(w in links for w in words):
        return "in"
    if words and not comma and _of_words(words, parts, links | parts | words_of.part_side):
        return "at"                     # الرباط عند المدخل الشمالي لعدن: at a part of the next place
    if not words and (n.qualifier is not None or n.role == "demonym"):
        return "in"                     # X شمال بغداد، X التركية
    if (words and not comma and n.qualifier in ("countryside", "direction")
            and _of_words(words, words_of.part_side, links | words_of.part_side)):
        return "in"                     # بلدة الكرك الشرقي بريف درعا: the town's own side, then its area
    if m is not None and m.cue_kind and not comma and _name_ends_then_in(words, n, links):
        return "in"                     # منطقة الجيزة البحرية في سرت، ولاية كارولينا الجنوبية الأمريكية
    return _link_by_clause(words, gap, n, links)


def _list_border_or_seat(words: list[str], comma: bool, n: Mention) -> str | None:
    """"and" (a list), "border" (منطقة كوبرات الحدودية مع محافظة كركوك: the next is its neighbour)
    or "seat" (زنجبار عاصمة أبين، باكو عاصمة أذربيجان: this one only lies in the next), by the
    gap's words."""
    words_of = name_words()
    if words == ["و"] or (not words and comma and n.qualifier is None and n.role != "demonym"):
        return "and"
    if words and words[0] in words_of.border_link and all(w in ("مع", "ل") for w in words[1:]):
        return "border"
    if len(words) == 1 and words[0] in words_of.seat_link:
        return "seat"
    return None


def _link_by_clause(words: list[str], gap: str, n: Mention, links: frozenset[str]) -> str | None:
    """A clause between the mentions that says where the first lies: "in" (قرية X التي يسيطر عليها
    التنظيم في ريف حلب الشرقي) or "near" (قرية دالوري التي تبعد نحو خمسة كيلومترات عن مدينة
    مايدوجوري)."""
    if _clause_then_area(words, gap, n, links):
        return "in"
    if _near_by_distance(words):
        return "near"
    return None


NEAR_BY_KM = 25                         # km: a place this near the next one is drawn there (geomap.distance)


@once
def place_words() -> dict[str, frozenset[str]]:
    """``geomap/data/place_words.tsv`` by role, normalised (read once)."""
    by_role: dict[str, set[str]] = {}
    for r in load("place_words.tsv", "geomap"):
        by_role.setdefault(r["role"], set()).add(normalize(r["word"]))
    return {role: frozenset(words) for role, words in by_role.items()}


def _near_by_distance(words: list[str]) -> bool:
    """The gap says the mention lies a few kilometres from the next one (التي تبعد نحو خمسة
    كيلومترات عن، على بعد 10 كم من): the next one places it, as near as the distance says."""
    pw = place_words()
    if len(words) < 3 or words[-1] not in ("عن", "من") or not any(w in pw["distance_verb"] for w in words):
        return False
    units = [k for k, w in enumerate(words) if w in pw["distance_unit"]]
    if not units or units[0] == 0:
        return False
    km = least_of(words[units[0] - 1])
    return km is not None and 0 < km <= NEAR_BY_KM


def _name_ends_then_in(words: list[str], n: Mention, links: frozenset[str]) -> bool:
    """The gap opens with the word that ends a feature's name (:func:`_ends_name`), then says the
    next mention holds it: "in" words, or nothing more before a direction or a demonym."""
    if not words or not _ends_name(words[0]):
        return False
    if len(words) > 1:
        return all(w in links for w in words[1:])
    return n.qualifier is not None or n.role == "demonym"


def _ends_name(word: str) -> bool:
    """A word that ends a feature's name: a definite relative adjective (البحرية، الثانية) or what
    the feature is for (للمؤتمرات)."""
    return len(word) > 4 and (word.startswith("لل") or (word.startswith("ال") and word.endswith(("يه", "ي"))))


def _of_words(words: list[str], some: frozenset[str], only: frozenset[str]) -> bool:
    """One of *words* is in *some* and all are in *only*."""
    return any(w in some for w in words) and all(w in only for w in words)


_CLAUSE_WORDS = 7           # words of a relative clause between a place and the area that holds it


def _clause_then_area(words: list[str], gap: str, n: Mention, links: frozenset[str]) -> bool:
    """A relative or prepositional clause between a place and an area phrase (a countryside,
    a direction, a governorate) says where the place lies: قرية X التي تسيطر عليها المعارضة في
    ريف حلب الغربي، محافظة X على الشريط الحدودي جنوب منطقة جازان."""
    if not words or len(words) > _CLAUSE_WORDS or any(c in gap for c in ".؛;:()"):
        return False
    if words[0] not in name_words().clause_opener and words[0] not in links:
        return False
    return n.qualifier in ("countryside", "direction") or (n.cue_kind or "").startswith("admin")



def _in_idiom(t: _Text, i: int) -> bool:
    """Token i is in an idiom with its neighbour (عن طريق، على الصعيد، مسقط رأس), the word
    before it read with or without a proclitic (بمبنى العمارة)."""
    words = name_words()
    if t.norms[i] not in words.idiom_words:
        return False
    prev = t.norms[i - 1] if i > 0 else ""
    return (any(f"{p} {t.norms[i]}" in words.idiom for p in (prev, prev[1:] if prev[:1] in "وبلف" else ""))
            or (i + 1 < len(t.norms) and f"{t.norms[i]} {t.norms[i + 1]}" in words.idiom))


def _mention_at(t: _Text, i: int, gaz: Gazetteer, r: Rules, demonyms: dict,
                after_place: bool = False) -> tuple[Mention, int] | None:
    """The mention that starts at token i (a known name, a name after a cue word, a demonym)
    and the first token after it. *after_place*: a place's name ends right before token i."""
    if _in_idiom(t, i):
        return None
    match = _match_at(t, i, gaz)
    if match and match[0] == 1 and match[1] in r.feature_cues:
        match = None                    # جبل الشيخ: the cue word, not a place called "جبل"
    elif match and match[0] == 1 and match[1] in demonyms and not _cue_before(t, i, "feature", r):
        match = None                    # مسؤول روسي: the nisba, not a village called "روسي"
    mention = _make_mention(t, i, *match, r, after_place=after_place, gaz=gaz) if match else None
    if mention is not None:
        return _land_of(t, i, r, mention), i + match[0]
    unknown = _unknown_after_cue(t, i, gaz, r, demonyms)
    if unknown:
        return unknown, _token_index_after(t, unknown.end)
    demonym = _demonym_at(t, i, demonyms)
    return (_land_of(t, i, r, demonym), i + 1) if demonym else None


def _land_of(t: _Text, i: int, r: Rules, m: Mention) -> Mention:
    """A demonym right after a noun of land (في الأراضي السورية، على الأرض السعودية) names the
    country as a place (no site to draw), not its people or state."""
    if m.role == "demonym" and i > 0 and t.joined(i - 1, i) and any(
            stem in r.country_nouns for stem, _ in clitic_readings(t.norms[i - 1])):
        m.role = "place"
    return m


class _Starts:
    """The words a rule of :func:`recognize` can start at, learnt word by word (see
    :class:`~geomap.lexicon.Vocabulary`): most words are none, and are passed over by a set
    look-up in C. A word that starts only longer names (في، علي) is looked at when the next
    word continues one of them; a word that is only a blocklisted name (ان، الي) when a cue
    word comes before it."""

    def __init__(self, gaz: Gazetteer, r: Rules):
        self.gaz, self.rules = gaz, r
        self.pairs = name_pairs(gaz)
        self.first, self.names = gaz.first_words, gaz.names
        self.joined, self.demonyms = joined_names(gaz), demonym_forms(gaz)
        # every stem a word's readings may yield must be in here for any rule to start at it
        self.known = frozenset(self.first).union(self.joined, r.feature_cues, self.demonyms)
        self.cue_ends = _context_words()
        self.bit = 0
        self.forget()
        VOCABULARY.register(self, bits=4)

    def forget(self) -> None:
        self.longer: dict[str, tuple[str, ...]] = {}   # readings that start names of two words or more
        self.longer_stem: dict[str, str] = {}          # the one such reading, when it is not the word

    # the bits: look (a name, a cue word or a demonym may start here), longer (a name of two
    # words or more may: its one reading that may is in longer_stem, or the word itself),
    # longer_many (several readings may), after_cue (only a blocklisted one-word name: a place
    # after a cue word alone)
    def learn(self, words: NewWords):
        look, longer, longer_many, after_cue = (self.bit << k for k in range(4))
        # a rule can start at a word only if one of its stems is known (sorted out in C)
        for norm in words.stems_in(self.known):
            kind = self._learn(norm)
            mask = (look if kind & 1 else 0) | (after_cue if kind & 4 else 0)
            stems = self.longer.get(norm)
            if stems:
                mask |= longer if len(stems) == 1 else longer_many
                if len(stems) == 1 and stems[0] != norm:
                    self.longer_stem[norm] = stems[0]
            if mask:
                yield norm, mask

    def hits(self, norms: list[str]) -> list[int]:
        """The tokens to look at: where a name, cue word or demonym may start, where a longer
        name's first two words are, and a blocklisted name after a cue word."""
        with VOCABULARY.lock:
            masks = VOCABULARY.masks_of(norms)
            look, longer, longer_many, after_cue = (self.bit << k for k in range(4))
            cue_end = self.cue_ends.bit_of("feature")
            # the few words with one of our bits, then each kind among them (all in C but the last two)
            marked, marks = VOCABULARY.marked(norms)
            at = list(compress(marked, map(and_, marks, repeat(look | longer | longer_many | after_cue))))
            kinds = list(map(masks.__getitem__, at))
            found = set(compress(at, map(and_, kinds, repeat(look))))
            # the first two words of a longer name: the reading that may start one, and the next word
            firsts = list(compress(at, map(and_, kinds, repeat(longer))))
            words = list(map(norms.__getitem__, firsts))
            following = norms[1:] + [""]
            pairs = map(" ".join, zip(map(self.longer_stem.get, words, words), map(following.__getitem__, firsts)))
            found.update(compress(firsts, map(self.pairs.__contains__, pairs)))
            last = len(norms) - 1
            for i in compress(at, map(and_, kinds, repeat(longer_many))):
                if i < last and any(f"{stem} {norms[i + 1]}" in self.pairs for stem in self.longer[norms[i]]):
                    found.add(i)
            for i in compress(at, map(and_, kinds, repeat(after_cue))):
                if i > 0 and masks[i - 1] & cue_end:
                    found.add(i)
            return sorted(found)

    def _learn(self, norm: str) -> int:
        """1: look at the word; 2: a longer name may start with it; 4: only after a cue word."""
        r = self.rules
        first, demonyms = self.first, self.demonyms
        readings = clitic_readings(norm)
        if any(stem in r.feature_cues or stem in demonyms for stem, _ in readings):
            return 1
        if any(stem in r.feature_cues for stem in cue_readings(norm)):
            return 1                    # وتل، بتل: a short cue word with its proclitic
        names = [(stem, clitics, first[stem]) for stem, clitics in name_readings(norm) if stem in first]
        if not names:
            return 1 if any(stem in self.joined for stem, _ in readings) else 0
        kind = 0
        longer = tuple(stem for stem, _, most in names if most > 1)
        if longer:
            self.longer[norm] = longer
            kind |= 2
        # the one-word name _match_at falls back to: the first reading that is one (see _make_mention)
        single = next(((stem, clitics) for stem, clitics, _ in names if stem in self.names), None)
        if single is None:
            return kind
        name, clitics = single
        if name not in r.blocklist and len(name) > 2:
            return kind | 1
        if not clitics:                      # with a proclitic, a cue before it does not count
            return kind | 4
        return kind


_PAIRS: PerObject = PerObject(
    lambda gaz: frozenset(" ".join(name.split(" ", 2)[:2]) for name in gaz.names if " " in name))


def name_pairs(gaz: Gazetteer) -> frozenset[str]:
    """The first two words of every name of two words or more (دير الزور, كفر نبل)."""
    return _PAIRS.get(gaz)


_STARTS: PerObject = PerObject(lambda gaz: _Starts(gaz, rules()))


def _starts_of(gaz: Gazetteer, r: Rules) -> _Starts:
    return _STARTS.get(gaz)


class _ContextWords:
    """The words the rules look for around a name, a bit each (see
    :class:`~geomap.lexicon.Vocabulary`): the ends of cue phrases (مدينة، وبمحافظة، بالقرب من),
    one per cue table, and the words that make a name a person's (ابو، الرئيس), an
    organisation's (جبهة، وكالة) or a government (حكومة، تساند). A rule reads the words
    around a name only where the bit says one may be."""

    def __init__(self, r: Rules):
        self.tables = {name: (k, *r.cue_ends(name)) for k, name in enumerate(r.cue_tables)}
        # word sets tested on a word's proclitic readings (org heads: on the first two only)
        self.sets = {"person": r.person_before, "kunya": r.kunya, "org": r.org_heads,
                     "metonymy": r.metonymy_before_any, "verb": r.metonymy_verbs}
        # every one-word entry of them all, and the last words of the longer cue phrases
        self.any_single = frozenset().union(*(single for _, single, _ in self.tables.values()), *self.sets.values())
        self.last_words = frozenset().union(*(last for _, _, last in self.tables.values()))
        self.bit = 0
        VOCABULARY.register(self, bits=len(self.tables) + len(self.sets))
        first = self.bit << len(self.tables)
        self.person, self.kunya, self.org, self.metonymy, self.verb = (first << k for k in range(len(self.sets)))

    def bit_of(self, table: str) -> int:
        """The bit of the words a phrase of the cue table *table* (feature, area, direction) ends with."""
        return self.bit << self.tables[table][0]

    def forget(self) -> None:
        pass

    def learn(self, words: NewWords):
        for norm in words.stems_in(self.any_single) | self.last_words.intersection(words):
            readings = cue_readings(norm)
            for k, single, last_words in self.tables.values():
                if norm in last_words or not single.isdisjoint(readings):
                    yield norm, self.bit << k
            for bit, (kind, table) in zip((self.person, self.kunya, self.org, self.metonymy, self.verb),
                                          self.sets.items()):
                if not table.isdisjoint(readings[:2] if kind == "org" else readings):
                    yield norm, bit


@once
def _context_words() -> _ContextWords:
    return _ContextWords(rules())


# Nisba endings: اللبناني، اللبنانية، اللبنانيون، اللبنانيين، اللبنانيتين
_NISBA_SUFFIXES = ("ي", "يه", "يون", "يين", "يان", "يتين", "يتان")
def demonym_forms(gaz: Gazetteer) -> dict[str, tuple[str, int, int]]:
    """Nisba adjectives built on a country's name written whole (اللبنانية on لبنان,
    الكويتية on الكويت): form → (country name, offset of the name in the form, its length)."""
    return _DEMONYMS.get(gaz)


def _demonym_table(gaz: Gazetteer) -> dict[str, tuple[str, int, int]]:
    table: dict[str, tuple[str, int, int]] = {}
    countries = gaz.names_of_kind("country")
    for name in countries:
        if " " in name or name.endswith(("ا", "ه", "ي")) or len(name) < 3:
            continue
        bases = [(name, 0)] if name.startswith("ال") else [("ال" + name, 2), (name, 0)]
        for base, offset in bases:
            for suffix in _NISBA_SUFFIXES:
                table.setdefault(base + suffix, (name, offset, len(name)))
    # the nisbas not built on the name as written (السورية on سوريا, التركية on تركيا, الروسية on
    # روسيا): gazetteer/data/demonyms.tsv, kept with the country's shortest name
    by_code: dict[str, str] = {}
    for name, place_id in sorted(countries.items(), key=lambda x: (len(x[0]), x[0])):
        place = gaz.get(place_id)
        if place is not None and place.country:
            by_code.setdefault(place.country, name)
    from gazetteer.demonyms import demonyms

    for form, code in demonyms().items():
        if code in by_code and form not in table and form not in countries:   # سورية: the name itself
            offset = 2 if form.startswith("ال") else 0
            table[form] = (by_code[code], offset, len(form) - offset)
    return table


_DEMONYMS: PerObject = PerObject(_demonym_table)


def _demonym_at(t: _Text, i: int, demonyms: dict) -> Mention | None:
    """A demonym (اللبنانية): an actor, not a place; kept with its country's name."""
    for stem, clitics in clitic_readings(t.norms[i]):
        hit = demonyms.get(stem)
        if hit is None:
            continue
        tok = t.tokens[i]
        name, offset, length = hit
        skip = _clitic_chars(tok.text, clitics) if clitics else 0
        start = _char_offset(tok.text, skip, offset) + tok.start
        end = _char_offset(tok.text, skip, offset + length) + tok.start
        return Mention(start=start, end=end, text=t.text[start:end], name=name,
                       sentence=t.sentence_of[i], role="demonym",
                       area_start=tok.start + skip, area_end=tok.end,
                       area_text=t.text[tok.start + skip:tok.end])
    return None


def _char_offset(word: str, skip: int, letters: int) -> int:
    """The index in *word* after *skip* characters and then *letters* more letters (diacritics ride along)."""
    i = skip
    while letters and i < len(word):
        if _counts(word[i]):
            letters -= 1
        i += 1
    return i


def joined_names(gaz: Gazetteer) -> dict[str, str]:
    """Multi-word names written as one word, as in hashtags: حفرالباطن → حفر الباطن."""
    return _JOINED.get(gaz)


def _joined_table(gaz: Gazetteer) -> dict[str, str]:
    table = {}
    for name in gaz.names:
        if " " in name:
            joined = name.replace(" ", "")
            if len(joined) >= 6 and joined not in gaz.names:
                table[joined] = name
    return table


_JOINED: PerObject = PerObject(_joined_table)


def _match_at(t: _Text, i: int, gaz: Gazetteer) -> tuple[int, str, str] | None:
    """The longest gazetteer name starting at token i: (tokens, name, proclitics)."""
    norms = t.norms
    first = gaz.first_words
    # كحلب is "like Aleppo", and كبيرين "big" is no ك + بيرين (Bīrayn, Jordan): ك starts no place
    readings = [(stem, clitics, first[stem]) for stem, clitics in name_readings(norms[i])
                if stem in first and "ك" not in clitics]
    if not readings:
        joined = joined_names(gaz)
        for stem, clitics in clitic_readings(norms[i]):
            if stem in joined and "ك" not in clitics:
                return 1, joined[stem], clitics
        return None
    longest = min(max(r[2] for r in readings), len(norms) - i)
    if longest > 1:
        pairs, nxt = name_pairs(gaz), norms[i + 1]
        if not any(f"{stem} {nxt}" in pairs for stem, _, most in readings if most > 1):
            longest = 1                 # no name of two words or more starts with these two
    for length in range(longest, 0, -1):
        if length > 1 and not t.joined(i, i + length - 1):
            continue
        rest = " ".join(norms[i + 1:i + length])
        for stem, clitics, most in readings:
            if most < length or (length == 1 and _short(stem, clitics)):
                continue
            name = f"{stem} {rest}" if rest else stem
            if name in gaz.names:
                return length, name, clitics
    return None


@lru_cache(maxsize=50_000)
def name_readings(norm: str) -> tuple[tuple[str, str], ...]:
    """:func:`clitic_readings`, and the two-letter first word of a longer name behind its
    proclitics (وذي قار، بأم درمان، وبأم قصر), which those leave whole: a word of two letters is
    only ever read as the start of a name of two words or more (see :func:`_short`)."""
    readings = clitic_readings(norm)
    word, clitics = norm, ""
    if len(word) in (3, 4) and word[0] in CONJUNCTIONS:
        word, clitics = word[1:], word[0]
    if len(word) == 3 and word[0] in PREPOSITIONS:
        word, clitics = word[1:], clitics + word[0]
    if len(word) == 2 and clitics and all(stem != word for stem, _ in readings):
        return readings + ((word, clitics),)
    return readings


def _short(stem: str, clitics: str) -> bool:
    """A two-letter stem behind a proclitic: no one-word name (وذي is not ذي)."""
    return bool(clitics) and len(stem) < 3


@lru_cache(maxsize=4096)
def _counts(char: str) -> bool:
    """The character stays in the normalised word (a letter, not a mark)."""
    return bool(normalize(char))


def _clitic_chars(token_text: str, clitics: str) -> int:
    """How many characters of the original token the proclitics take (diacritics included)."""
    letters = len(clitics) - (1 if clitics.endswith("لل") else 0)
    i = 0
    while letters and i < len(token_text):
        if _counts(token_text[i]):
            letters -= 1
        i += 1
    return i


def _cue_before(t: _Text, i: int, name: str, r: Rules) -> tuple[str, str, int] | None:
    """A cue phrase from the cue table *name* ending right before token i: (word, value, first token)."""
    if i < 1:
        return None
    if not t.masks[i - 1] & t.context.bit_of(name):
        return None                     # no cue phrase of the table ends with this word
    table = r.cue_tables[name]
    for length in range(r.max_cue_words, 0, -1):
        j = i - length
        if j < 0 or not t.joined(j, i, quotes=True):
            continue
        rest = t.norms[j + 1:i]
        for stem in cue_readings(t.norms[j]):
            phrase = " ".join([stem] + rest)
            if phrase in table and _spelled(t, j, phrase, r):
                return phrase, table[phrase], j
    return None


def _spelled(t: _Text, j: int, cue: str, r: Rules) -> bool:
    """The cue word at token j is written as the cue table requires (أحياء, not احياء)."""
    written = r.cue_written.get(cue)
    return written is None or written in t.tokens[j].text


@dataclass
class _Cues:
    """The cue phrases around a name at token i: its feature cue (محافظة), the area (ريف) or
    direction (شمال) cue before that, the token the whole phrase starts at and its outermost cue."""

    feature: tuple[str, str, int] | None
    qualifier: str | None
    direction: str | None
    start: int
    outer: str | None
    area: str | None


def _cues_around(t: _Text, i: int, clitics: str, r: Rules) -> _Cues:
    feature = _cue_before(t, i, "feature", r) if not clitics else None
    start = feature[2] if feature else i
    cues = _Cues(feature, None, None, start, feature[0] if feature else None, None)
    area = _cue_before(t, start, "area", r)
    if area:
        cues.qualifier, cues.start, cues.outer, cues.area = area[1], area[2], area[0], area[0]
        return cues
    d = _cue_before(t, start, "direction", r)
    if d:
        cues.qualifier, cues.direction, cues.start, cues.outer = "direction", d[1], d[2], d[0]
    return cues


def _make_mention(t: _Text, i: int, length: int, name: str, clitics: str,
                  r: Rules, *, after_place: bool = False, gaz: Gazetteer | None = None) -> Mention | None:
    """The mention of the gazetteer name *name* at tokens i.. (with *clitics* on its first word),
    or None when its cue words or the words around it say it is no place here."""
    text = t.text
    start = t.starts[i] + (_clitic_chars(text[t.starts[i]:t.ends[i]], clitics) if clitics else 0)
    end = t.ends[i + length - 1]
    cues = _cues_around(t, i, clitics, r)
    if _ruled_out_by_cues(t, i, name, clitics, cues, r, after_place):
        return None
    feature, qualifier = cues.feature, cues.qualifier
    if not feature and not qualifier:
        verdict = _bare_name_verdict(t, i, length, name, clitics, r, gaz)
        if verdict == "nisba":
            return _nisba_mention(t, i, start, end, name)   # القوات السعودية: "Saudi", a demonym
        if verdict:
            return None
    direction, area_end = cues.direction, end
    if qualifier == "countryside" or (feature and feature[1] == "countryside"):
        direction, area_end = _direction_after(t, i + length, r) or (direction, area_end)
    if feature and feature[1] not in _SETTLEMENT_KINDS:
        area_end = _facility_end(t, i + length - 1, area_end)
    area_text = a_start = a_end = None
    if cues.start != i or area_end != end:       # the phrase holds cue words: محافظة حلب
        a_start, a_end = (_phrase_start(t, cues.start, cues.outer) if cues.start != i else start), area_end
        area_text = text[a_start:a_end]
    return Mention(
        start=start, end=end, text=text[start:end], name=name,
        metonymy=None if (feature or qualifier) else (_metonymy(t, i, length, r) or _team(t, i, clitics)),
        hashtag=_hashtag(text, a_start if a_start is not None else start, a_end or end) if t.has_hash else None,
        sentence=t.sentence_of[i],
        cue=feature[0] if feature else None, cue_kind=feature[1] if feature else None,
        qualifier=qualifier, direction=direction, area_text=area_text,
        area_start=a_start, area_end=a_end,
        kind=_kind_of(r, feature[0] if feature else None, cues.area),
        office=_office_area(t, cues.start if feature else i, r))


def _office_area(t: _Text, first: int, r: Rules) -> bool:
    """The area phrase starting at token *first* is the seat of an office named right before it
    (أمير منطقة نجران، محافظ الأنبار): the holder's title."""
    return first > 0 and _office_word(t.norms[first - 1], r) and t.joined(first - 1, first)


def _ruled_out_by_cues(t: _Text, i: int, name: str, clitics: str, cues: _Cues, r: Rules,
                       after_place: bool) -> bool:
    """The cue words (or their absence) say the name is no place here: an everyday word with no
    cue (but بريف تدمر، مكيراس بالبيضاء), a natural feature's name (جبل الشيخ: the phrase is the
    place), a word no cue makes a name (ولاية جديدة، مدن الجنوب), a council (مجلس محافظة نينوى)."""
    feature, words = cues.feature, name_words()
    within = cues.area is not None or (after_place and clitics.endswith("ب"))
    if not feature:
        return not within and (name in r.blocklist or len(name.replace(" ", "")) <= 2)
    if name in r.never_names:
        return True                     # جنوب العاصمة هو أول هجوم: a pronoun, not Howe
    cls = r.cue_class.get(feature[0])
    if cls == "natural" or (name in words.not_name and not (cls == "neighbourhood" and name in words.quarter_name)) \
            or (name in words.not_settlement and cls in _AREA_CLASSES):
        return True
    if cls == "facility" and name in words.honorific:
        return True                     # فندق الجزيرة، مستشفى الثورة: the facility's name, not Algiers or a village
    if cls in ("neighbourhood", "facility") and name in words.anaphor:
        return True                     # أحياء المدينة، مطار المدينة الدولي: the city the text speaks of, not Medina
    return bool(cues.start > 0 and t.masks[cues.start - 1] & t.context.org and t.joined(cues.start - 1, i)
                and not _a_station(t, cues.start - 1))


def _a_station(t: _Text, j: int) -> bool:
    """The organisation's head at token j follows a building of it (قسم شرطة العريش، مركز شرطة مدينة
    الرمادي): the building is in the place named after it."""
    return j > 0 and t.norms[j - 1] in name_words().station_before and t.joined(j - 1, j)


def _bare_name_verdict(t: _Text, i: int, length: int, name: str, clitics: str, r: Rules,
                       gaz: Gazetteer | None) -> str | None:
    """For a name with no cue word: "drop" (a person's or organisation's name, a quoted word or
    newspaper, an adjective after a noun: القوات الغازية), "nisba" (القوات السعودية) or None."""
    if _is_filtered(t, i, name, r, clitics, gaz) or _not_a_name_here(t, i, length, clitics):
        return "drop"
    if _lil_reading(t.norms[i], name, clitics, gaz):
        return "drop"
    if name in name_words().dual and _dual_anaphor(t, i, name):
        return "drop"
    if _adjective_after_noun(t, i, clitics, name):
        if name in nisba_forms():
            return "nisba"
        if length == 1 and name.startswith("ال"):
            return "drop"
    return None


_DUAL_BACK = 100        # words back from a dual name to the pair it may refer to
_DUAL_AFTER = re.compile(r"\s*(?:اللتين|اللتان|ال\w+تين\b|ال\w+تان\b)")


def _dual_anaphor(t: _Text, i: int, name: str) -> bool:
    """القريتين is the Syrian town al-Qaryatayn, or "the two villages" a text named just before, in
    its sentence or the one before (قريتي تل أعور والفريكة … سيطرة قوات الأسد على القريتين), or
    describes as two (القريتين الشيعيتين، هاتين القريتين): then it is no place's name. Told where it
    lies (القريتين في ريف حمص الشرقي), it is the town."""
    if i > 0 and t.norms[i - 1].endswith(("هاتين", "هاتان")):
        return True
    if _told_where(t, i):
        return False
    if _DUAL_AFTER.match(t.text, t.ends[i]):
        return True
    if not (name.startswith("ال") and name.endswith("ين")):
        return False
    construct = name[2:-1]                          # قريتي
    here = t.sentence_of[i]
    return any(t.norms[j] in (construct, "و" + construct, "ب" + construct, "ل" + construct, "في" + construct)
               for j in range(max(0, i - _DUAL_BACK), i) if t.sentence_of[j] >= here - 1)


def _told_where(t: _Text, i: int) -> bool:
    """The words after token i say where it lies: في ريف حمص، بمحافظة حمص، شرق حمص."""
    r = rules()
    nxt = t.norms[i + 1:i + 3]
    if not nxt:
        return False
    words = nxt[1:] if nxt[0] == "في" else [nxt[0][1:]] if nxt[0].startswith("ب") else [nxt[0]]
    return bool(words) and (words[0] in r.area_cues or words[0] in r.feature_cues or words[0] in r.direction_before)


def _lil_reading(norm: str, name: str, clitics: str, gaz: Gazetteer | None) -> bool:
    """للحج is ل + الحج (for the Hajj) far more often than ل + لحج (for Lahij): with no cue, a
    short name starting with ل, read off a word starting with لل, is dropped — unless the word
    is ل + ال + the name (للاذقية: اللاذقية is a name)."""
    if clitics != "ل" or not norm.startswith("لل") or not name.startswith("ل") or " " in name:
        return False
    if len(name) > _SHORT_NAME:
        return False
    return gaz is None or "ال" + name not in gaz.names


_SHORT_NAME = 3         # letters


def _direction_after(t: _Text, j: int, r: Rules) -> tuple[str, int] | None:
    """ريف حلب الجنوبي: the direction adjective at token j and the end of the phrase."""
    for n_after in (2, 1):
        phrase = t.phrase(j, n_after)
        if phrase in r.direction_after:
            return r.direction_after[phrase], t.ends[j + n_after - 1]
    return None


def _phrase_start(t: _Text, j: int, cue: str) -> int:
    """Where the cue phrase *cue* starts in token j: after its proclitics (بمحافظة → محافظة)."""
    first = cue.split(" ", 1)[0]
    return t.starts[j] + _clitic_chars(t.tokens[j].text, _clitics_of(t.norms[j], first))


def _kind_of(r: Rules, feature: str | None, area: str | None) -> str | None:
    """The kind of place a cue says the name is (village, natural, facility…), or None."""
    cue = feature or area
    if cue is None:
        return None
    cls = r.cue_class.get(cue)
    if cls in ("settlement", "admin"):
        return r.feature_cues.get(cue)
    return _CLASS_KIND.get(cls)


def _not_a_name_here(t: _Text, i: int, length: int, clitics: str = "") -> bool:
    """Words that are no place's name in this spot: an indefinite word (تاريخًا, باتاً), a
    quoted word («بصيرة»: not ب + صيرة), a name inside a quoted organisation's name («مجموعة
    العمل من أجل فلسطينيي سوريا») and a newspaper or channel named in quotes after لـ, مع or
    مصادر (لـ«الشرق الأوسط»، ل"الرياض")."""
    if not _TANWEEN.isdisjoint(t.tokens[i + length - 1].text):
        return True
    text, start, end = t.text, t.starts[i], t.ends[i + length - 1]
    if clitics and start > 0 and text[start - 1] in _QUOTES_OPEN:
        return True
    if _in_quoted_org(t, i):
        return True
    if start > 0 and text[start - 1] in _QUOTES_OPEN and _outlet_before(text, start) and _closes_soon(text, end):
        return True                     # لـ«القدس العربي»: a newspaper named after a city, its words after the name
    if not (end < len(text) and text[end] in _QUOTES_CLOSE):
        return False
    opening = next((k for k in (i, i - 1, i - 2) if k >= 0 and t.starts[k] > 0
                    and text[t.starts[k] - 1] in _QUOTES_OPEN and t.joined(k, i)), None)
    if opening is None:
        return False                    # «الشرق الأوسط»، «الدرر الشامية»: the quote holds the name's phrase
    return _media_before(text, t.starts[opening])


_MEDIA_TAIL = 20        # characters of a quoted newspaper's name after the city it is named after


def _media_before(text: str, start: int) -> bool:
    """The word before the quote that opens at *start* names a newspaper, channel or site (لـ، صحيفة،
    قناة), or there is none."""
    before = _words_before(text, start, 12)
    word = before[-1] if before else ""
    media = name_words().media_before
    return word in media or (len(word) > 1 and word[-1] == "ل" and word[:-1] in media) or word == ""


def _outlet_before(text: str, start: int) -> bool:
    """Before the quote that opens at *start*: an outlet's noun (صحيفة، موقع، قناة) or a bare لـ
    (وقالت مصادر محلية لـ«القدس العربي»); not لها or مع (قال في تصريح لها «حلب تحترق»: a statement),
    nor لـ after a cause or a campaign (نصرة لـ«حلب المحاصرة»)."""
    before = _words_before(text, start, 40)
    if not before:
        return False
    word, words = before[-1], name_words()
    if word in words.outlet or (len(word) > 1 and word[0] == "ل" and word[1:] in words.outlet):
        return True
    return word == "ل" and len(before) > 1 and before[-2] not in words.not_outlet_before


def _words_before(text: str, start: int, chars: int) -> list[str]:
    """The normalised words of the *chars* characters before the quote that opens at *start*
    (a tatweel, لـ, read as ل)."""
    return [normalize(w) for w in text[max(0, start - chars):start - 1].replace("\u0640", "").split()]


def _closes_soon(text: str, end: int) -> bool:
    """The quote a name opens closes a word or two after it, with no punctuation between."""
    close = next((k for k in range(end, min(len(text), end + _MEDIA_TAIL)) if text[k] in _QUOTES_CLOSE), None)
    return close is not None and not any(ch in text[end:close] for ch in ".،,:\n")


_QUOTE_BACK = 8         # tokens back from a name to the quote that may open an organisation's name


_OPEN_QUOTE = re.compile("[«\"“']")


def _in_quoted_org(t: _Text, i: int) -> bool:
    """Token i is inside quotes that open with an organisation's head word («مجموعة العمل …»)."""
    text = t.text
    if i == 0 or not _OPEN_QUOTE.search(text, t.starts[max(0, i - _QUOTE_BACK)], t.starts[i]):
        return False                    # no quote opens in the words before
    for k in range(i - 1, max(-1, i - _QUOTE_BACK), -1):
        if t.sentence_of[k] != t.sentence_of[i] or any(c in text[t.ends[k]:t.starts[k + 1]] for c in _QUOTES_CLOSE):
            return False
        if t.starts[k] > 0 and text[t.starts[k] - 1] in _QUOTES_OPEN:
            return bool(t.masks[k] & t.context.org)
    return False


@once
def nisba_forms() -> frozenset[str]:
    """Country names that are also a nisba adjective (السعودية "Saudi", سورية "Syrian")."""
    from gazetteer.demonyms import demonyms

    return frozenset(demonyms())


def _adjective_after_noun(t: _Text, i: int, clitics: str, name: str) -> bool:
    """The word at token i follows a definite noun (القوات السعودية) or a nisba it is joined to
    (مصادر عراقية وسورية): an adjective, not the place (but العاصمة البريطانية لندن: a name
    after a demonym is the capital's)."""
    if i == 0 or not t.joined(i - 1, i) or clitics not in ("", "و"):
        return False
    prev = t.norms[i - 1]
    if clitics == "و":
        return prev in nisba_forms() and name in nisba_forms()
    if prev[:1] in ("و", "ف") and prev[1:3] == "ال":
        prev = prev[1:]                 # والحصار الخانق
    words = name_words()
    return (prev.startswith("ال") and prev not in words.list_end and prev not in words.clause_opener
            and prev not in nisba_forms() and prev not in rules().feature_cues)


def _nisba_mention(t: _Text, i: int, start: int, end: int, name: str) -> Mention:
    return Mention(start=start, end=end, text=t.text[start:end], name=name, sentence=t.sentence_of[i],
                   role="demonym", area_start=start, area_end=end, area_text=t.text[start:end])


def _team(t: _Text, i: int, clitics: str) -> str | None:
    """"team" for a city's name right after a team word (فريقا برشلونة، مدرب أشبيلية), or in a
    sports report where it is not where something is (not after في، إلى، من or ب: لاعب وسط
    أوفا); resolution keeps it only if the name turns out to be a country."""
    if i > 0 and t.joined(i - 1, i) and t.norms[i - 1] in name_words().team_before:
        return "team"
    if not t.sport or "ب" in clitics:
        return None
    if i > 0 and t.norms[i - 1] in name_words().locative_before and not clitics:
        return None
    return "team"


def _metonymy(t: _Text, i: int, length: int, r: Rules) -> str | None:
    """"government" when the name stands for its government: حكومة دمشق، تساند موسكو، انقرة تدعم."""
    masks, words = t.masks, t.context
    if i > 0 and masks[i - 1] & words.metonymy and t.joined(i - 1, i):
        return "government"
    j = i + length
    if j < len(t.norms) and masks[j] & words.verb and t.joined(j - 1, j):
        return "government"
    if i > 1 and t.norms[i - 1] in _ON_IT and t.norms[i - 2] in r.controlled_by and t.joined(i - 2, i):
        return "government"             # المناطق التي تسيطر عليها دمشق: the ground the government holds
    if i > 0 and j < len(t.norms) and t.norms[i - 1] in r.pushed and t.norms[j] in _TO and t.joined(i - 1, j):
        return "government"             # ما دفع أنقرة إلى الرد: pushed to act (not لتدفع تعز ثمنا باهظا)
    return None


_TO = frozenset(["الي"])         # إلى, normalised


_ON_IT = frozenset(["عليها", "عليه", "عليهما", "عليهم"])


def _hashtag(text: str, start: int, end: int) -> str | None:
    """Whether the phrase text[start:end] sits in a hashtag: "single" when the hashtag is the
    phrase (#بيروت, #حفر_الباطن, #مرفأ_بيروت), "compound" when it is one part (#انفجار_بيروت)."""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    word = text[a:b]
    if not word.startswith("#"):
        return None
    tag = word.lstrip("#").strip("_").replace("_", " ")
    return "single" if tag == text[start:end].replace("_", " ") else "compound"


def _is_filtered(t: _Text, i: int, name: str, r: Rules, clitics: str = "", gaz: Gazetteer | None = None) -> bool:
    """The name is part of a person's or an organisation's name here (a name with a
    preposition on it is no part of a person's when it names a place of the Arab world: حي
    بابا عمرو بحمص; but جوزيف بلاتر is no ب + Latur)."""
    masks, words = t.masks, t.context
    if not any(c in clitics for c in "بلك") or not _arab_world(gaz, name, r):
        if i > 0 and masks[i - 1] & words.person and t.joined(i - 1, i):
            return True
        if i > 1 and masks[i - 2] & words.kunya and t.joined(i - 2, i, quotes=True):
            return True                             # ابو عمر سراقب
        if i > 1 and masks[i - 2] & words.person and _surname(t, i):
            return True                             # الرئيس سياد باري، اللواء علي الأحمدي
        if _office_holder(t, i, r) and _settlements_only(gaz, name):
            return True                             # حاكم المنطقة مدجياوا بكاري
    if _age_follows(t, i) or _titled(t, i, clitics):
        return True                                 # علان عبيد (18 عامًا), فيلم "باتمان"
    stops = name_words().list_end
    for back in (1, 2, 3):                          # جبهة فتح الشام, وكالة الاناضول
        j = i - back
        if j < 0 or t.norms[j] in stops:
            break                                   # تنظيم داعش في العراق: the name is not the organisation's
        if masks[j] & words.org and not t.norms[j].startswith("ال"):
            if _a_station(t, j):
                return False                        # قسم شرطة العريش: the police station, in al-Arish
            return t.joined(j, i, quotes=True)      # the nearest such word, if the name goes on from it
        if back == 2 and t.norms[j + 1] in name_words().unit_ordinal and t.norms[j][2:] in r.org_heads \
                and t.norms[j].startswith("ال"):
            return t.joined(j, i, quotes=True)      # اللواء السابع ترهونة: a numbered unit (not اللواء, the rank)
    return False


def _titled(t: _Text, i: int, clitics: str) -> bool:
    """Token i names a work (فيلم "باتمان": a film's title, not Batman in Turkey) or a force by
    the adjective after it (قوات سوريا الديمقراطية)."""
    if not clitics and i > 0 and t.norms[i - 1] in name_words().work_before and t.joined(i - 1, i, quotes=True):
        return True
    return (0 < i < len(t.norms) - 1 and t.norms[i - 1] in name_words().org_with_adjective
            and t.joined(i - 1, i + 1) and t.norms[i + 1].startswith("ال") and t.norms[i + 1] not in nisba_forms())


_AGE = re.compile(r"\s*[(،,]\s*[0-9\u0660-\u0669]{1,3}\s*(?:عام|سن|سنة|سنوات)")


def _age_follows(t: _Text, i: int) -> bool:
    """Token i is a given name: one more name word follows it, then the person's age in brackets
    or after a comma (أيوب عبيد (23 عامًا)، علان عبيد، 18 عاما)."""
    j = i + 1
    if j >= len(t.norms) or not t.joined(i, j) or t.norms[j].startswith("ال") \
            or t.norms[j] in name_words().not_name or t.norms[j] in name_words().list_end:
        return False
    return _AGE.match(t.text, t.ends[j], t.ends[j] + 16) is not None


def _arab_world(gaz: Gazetteer | None, name: str, r: Rules) -> bool:
    """Some place the name may be lies where any place may be named without a cue word."""
    return gaz is not None and any(r.needs_population(c.place.country) == 0 for c in gaz.lookup(name))


def _office_holder(t: _Text, i: int, r: Rules) -> bool:
    """Token i ends the name of an office's holder: an office in construct with one or two
    definite words (حاكم المنطقة، وزير الخارجية الأمريكي), then a given name, then token i
    (حاكم المنطقة مدجياوا بكاري: Bakari, no Cary)."""
    if i < 3 or not _surname(t, i):
        return False
    for office in (i - 3, i - 4):
        complement = range(office + 1, i - 1)
        if office >= 0 and _office_word(t.norms[office], r) and t.joined(office, i) \
                and all(t.norms[k].startswith("ال") for k in complement):
            return True
    return False


def _settlements_only(gaz: Gazetteer | None, name: str) -> bool:
    """Every place the name may be is a town or village (a surname may be one; سفير الدولة لدى
    المغرب names a country)."""
    found = gaz.lookup(name) if gaz is not None else []
    return bool(found) and all(c.place.kind in ("city", "town", "village") for c in found)


def _office_word(norm: str, r: Rules) -> bool:
    return norm in r.offices or (norm[:1] in "وفل" and norm[1:] in r.offices)


def _surname(t: _Text, i: int) -> bool:
    """Token i ends a person's name: a title or given name two words before, a name between
    (الرئيس سياد باري)."""
    between, words = t.norms[i - 1], name_words()
    return (t.joined(i - 2, i) and between.isalpha() and between not in words.list_end
            and between not in words.not_name and not between.startswith("ال"))


def _unknown_after_cue(t: _Text, i: int, gaz: Gazetteer, r: Rules, demonyms: dict) -> Mention | None:
    """قرية كفر ناها: a name the gazetteer lacks, known to be a place by its cue word; جبل الشيخ:
    a natural feature, whose phrase is the place whatever the gazetteer knows of its name."""
    cue = next((w for w in cue_readings(t.norms[i]) if w in r.feature_cues and _spelled(t, i, w, r)), None)
    if cue is None or i + 1 >= len(t.norms) or not t.joined(i, i + 1, quotes=True):
        return None
    cls = r.cue_class.get(cue)
    if cls == "country" or cue.startswith("ال") or _in_idiom(t, i):
        return None                     # العاصمة راح، السفارة الأمريكية: no name follows
    if i > 0 and t.norms[i - 1][:1].isdigit():
        return None                     # 3 قرى في ريف حلب، 9275 نقطة بتداولات: a count, no name
    nxt = t.norms[i + 1]
    if nxt in r.direction_before or any(stem in r.direction_before for stem, clitics in clitic_readings(nxt) if clitics):
        return None                     # أحياء شرق حلب، قرية بشمال شرق نيجيريا: a direction, no name
    if nxt[:1] == "و" and nxt[1:] in r.feature_cues:
        return None                     # فندق وسوق في مقديشو: a second cue word, no name
    if r.cue_class.get(nxt) in _LEADING_CLASSES and nxt in r.feature_cues and (
            nxt not in name_words().head or cls not in _LEADING_CLASSES):
        return None                     # منطقة جبال حمرين، دوار بلدة الصنمين: the next cue word leads (not قرى تل واسط، حي طريق السد)
    street = _street_name(t, i + 1, cue, r)
    if cls != "natural" and not street and _known_after(t, i + 1, gaz):
        return None                     # قرية كفرنبل: the known name makes its own mention
    if not street and not _plausible_name(t, i + 1, r, demonyms, cls):
        return None
    last = _name_end(t, i + 1, cls)
    return _unknown_mention(t, i, i + 1, last, cue, r)


# streets and squares are named after other places and everyday words (شارع بغداد in Damascus)
STREET_CUES = frozenset(["street", "square", "roundabout"])


def _street_name(t: _Text, j: int, cue: str, r: Rules) -> bool:
    """شارعي الثورة وبغداد، ساحة الحرية: streets and squares are named after the everyday words
    the blocklist keeps from being places; the name is the street's, and the names coordinated
    after it are streets too."""
    norm = t.norms[j]
    return (r.feature_cues.get(cue) in STREET_CUES and norm.startswith("ال") and norm in r.blocklist
            and norm[2:] not in r.feature_cues)       # شارع المدينة: the city's street, not a name


def _known_after(t: _Text, j: int, gaz: Gazetteer) -> bool:
    """A gazetteer name starts at token j (منطقة أم الهيمان: "أم" alone is not one; حي بابا
    عمرو: a name known only in a Persian spelling, Pápa's, is not one either)."""
    match = _match_at(t, j, gaz)
    if not match or (t.norms[j] in name_words().head and match[0] == 1):
        return False
    return not (match[0] == 1 and all(c.variant_script for c in gaz.lookup(match[1])))


def _plausible_name(t: _Text, j: int, r: Rules, demonyms: dict, cls: str | None = None) -> bool:
    """Token j may be (the start of) a place's name: not a function word, an adjective, a cue
    word, a demonym (العاصمة اللبنانية) or an everyday word; a head word (دير، كفر) when a
    name follows it (دير الفرديس)."""
    norm = t.norms[j]
    if (norm in name_words().head and norm not in name_words().not_name and j + 1 < len(t.norms)
            and t.joined(j, j + 1) and _plausible_word(t.norms[j + 1], r, demonyms)):
        return True
    return _plausible_word(norm, r, demonyms, cls)


def _name_end(t: _Text, j: int, cls: str | None) -> int:
    """The last token of an unknown name starting at token j: a second word after a head word
    (كفر ناها), a person's name after a title for a facility (مطار الملك عبد العزيز), an
    ordinal or adjective that ends a name (حي الشرطة الرابعة)."""
    words, norms, n = name_words(), t.norms, len(t.norms)
    last = j
    title = norms[j] in words.title
    if title or (cls == "facility" and not norms[j].startswith("ال")) or (
            cls == "neighbourhood" and norms[j] in rules().feature_cues):
        most = 4 if title else 1        # مطار الملك عبد العزيز؛ فندق صرح سبأ، مسجد قوات الطوارئ، حي طريق السد
        while last + 1 < n and last - j < most and _name_goes_on(t, last):
            last += 1
    elif norms[j] in words.head and j + 1 < n and t.joined(j, j + 1):
        if norms[j + 1] not in words.not_name and norms[j + 1].isalpha():
            last = j + 1
    elif cls == "neighbourhood" and j + 1 < n and not norms[j + 1].startswith("ال") and _name_goes_on(t, j):
        last = j + 1                    # حي بابا عمرو، حي باب توما
    tails = words.tail | words.settlement_tail if cls == "settlement" else words.tail
    if last + 1 < n and norms[last + 1] in tails and t.joined(last, last + 1):
        last += 1
    return last


def _name_goes_on(t: _Text, last: int) -> bool:
    """A facility's name that ends at token *last* goes on over the next token (مسجد قوات
    الطوارئ): joined, a plain word, not a stop, a cue word, an adjective that closes the name, a
    coordinate (و…) or a word with a preposition on it (بمنطقة، لتنظيم)."""
    words, nxt = name_words(), t.norms[last + 1]
    if not (t.joined(last, last + 1) and is_arabic(nxt) and nxt.isalpha()) or nxt[0] in "وبل":
        return False
    return not (nxt in words.not_name or nxt in words.list_end or nxt in words.facility_end
                or nxt in rules().feature_cues or nxt in rules().area_cues or nxt in rules().direction_before)


def _unknown_mention(t: _Text, i: int, first: int, last: int, cue: str, r: Rules,
                     clitics: str | None = None) -> Mention:
    """The unresolved mention of the name at tokens first..last, with the cue word at token i
    (its phrase runs from the cue, proclitics left out, over a facility's closing adjective)."""
    start, end = t.starts[first] + (_clitic_chars(t.tokens[first].text, clitics) if clitics else 0), t.ends[last]
    phrase_start = t.starts[i] + _clitic_chars(t.tokens[i].text, _clitics_of(t.norms[i], cue)) if i != first else start
    area_end = end
    if r.feature_cues.get(cue) not in _SETTLEMENT_KINDS:
        area_end = _facility_end(t, last, end)
    name = " ".join(t.norms[first:last + 1])
    if clitics:
        name = name[len(clitics):]
    return Mention(start=start, end=end, text=t.text[start:end], name=name,
                   sentence=t.sentence_of[first], role="unresolved", cue=cue,
                   cue_kind=r.feature_cues.get(cue), area_start=phrase_start, area_end=area_end,
                   area_text=t.text[phrase_start:area_end], kind=_kind_of(r, cue, None))


_LIST_GAP = re.compile(r"[\s\"'«»“”،,\u200c-\u200f]*")    # between names of a list: spaces, commas, quotes
_MAX_LIST = 12


def _list_members(t: _Text, first: Mention, j: int, gaz: Gazetteer, r: Rules,
                  demonyms: dict) -> tuple[list[Mention], int]:
    """بلدات كفرنبل وكفرومة ومعرشورين، قريتي نبل والزهراء، بريفي إدلب وحلب: the names
    coordinated (و) after the first one under a plural or dual cue word, each a place of the
    cue's kind, and the first token after them. A name the gazetteer lacks counts only when
    the list plainly ends after it (punctuation, في، بريف X، التابعة…)."""
    number = _list_number(t, first, r)
    if number is None:
        return [], j
    most = 1 if number == "dual" else _MAX_LIST
    items: list[tuple[Mention, int]] = []
    k = j
    while len(items) < most and _coordinated(t, k):
        item = _list_item(t, k, first, gaz, r, demonyms)
        if item is None:
            break
        items.append(item)
        k = item[1]
    while items and items[-1][0].role == "unresolved" and not _list_ends(t, items[-1][1], gaz, r):
        items.pop()
    return [m for m, _ in items], (items[-1][1] if items else j)


def _list_number(t: _Text, first: Mention, r: Rules) -> str | None:
    """plural or dual when *first* follows a plural or dual cue word (بلدات، قريتي، بريفي)."""
    if first.cue in r.cue_number:
        return r.cue_number[first.cue]
    if first.qualifier != "countryside" or first.area_start is None:
        return None
    k = bisect_left(t.ends, first.area_start + 1)        # the token holding the cue word
    return next((r.cue_number[w] for w in t.bare(k) if w in r.cue_number), None)


def _coordinated(t: _Text, k: int) -> bool:
    """Token k is a name's next coordinate: و on it, after only spaces, commas or quotes."""
    if k <= 0 or k >= len(t.norms) or len(t.norms[k]) < 3 or t.norms[k][0] != "و":
        return False
    if t.sentence_of[k - 1] != t.sentence_of[k]:
        return False
    return _LIST_GAP.fullmatch(t.text, t.ends[k - 1], t.starts[k]) is not None


def _list_item(t: _Text, k: int, first: Mention, gaz: Gazetteer, r: Rules,
               demonyms: dict) -> tuple[Mention, int] | None:
    """The coordinate at token k (وكفرومة، والزهراء، وبستان القصر) and the token after it."""
    stem = t.norms[k][1:]
    if stem in r.feature_cues or stem in r.area_cues or r.cue_class.get(stem) in _AREA_CLASSES:
        return None                     # مديريات عنس وآنس، ومدينة ذمار: a cue word opens a phrase of its own
    match = _match_at(t, k, gaz)
    if match and match[0] == 1 and t.norms[k][1:] in name_words().head:
        match = None                    # وبستان القصر: "بستان" alone is not the place
    if match and match[2] == "و":
        length, name, _ = match
        start = t.starts[k] + _clitic_chars(t.tokens[k].text, "و")
        end = t.ends[k + length - 1]
        return replace(first, start=start, end=end, text=t.text[start:end], name=name, role="place",
                       area_text=None, area_start=None, area_end=None, metonymy=None,
                       hashtag=None, sentence=t.sentence_of[k]), k + length
    if first.qualifier or first.cue is None:
        return None                     # بريفي إدلب وحلب: only known names after an area cue
    stem, words = t.norms[k][1:], name_words()
    two = (stem in words.head and k + 1 < len(t.norms) and t.joined(k, k + 1)
           and _plausible_word(t.norms[k + 1], r, demonyms))
    if not two and not _plausible_word(stem, r, demonyms, r.cue_class.get(first.cue)):
        return None
    last = k + 1 if two else k
    mention = _unknown_mention(t, k, k, last, first.cue, r, clitics="و")
    mention.area_text = mention.area_start = mention.area_end = None
    return mention, last + 1


# Possessive pronouns on a word: no place's name ends so (رباطنا، مواقعهم).
_POSSESSIVE = ("نا", "هم", "كم", "هن")
# Endings of a dual or plural adjective after a list (المحاصرتين، المجاورة، الحدودية).
_ADJECTIVE_ENDINGS = ("تين", "تان", "يين", "يتين", "يه", "ين")
_AREA_CLASSES = frozenset(["settlement", "admin", "region", "area", "country"])
_LEADING_CLASSES = _AREA_CLASSES | {"natural"}


def _plausible_word(norm: str, r: Rules, demonyms: dict, cls: str | None = None) -> bool:
    """*norm* may be a place's name after a cue word of class *cls*: see :func:`_plausible_name`."""
    words = name_words()
    if cls in _AREA_CLASSES and norm in words.not_settlement:
        return False
    if ((norm in words.not_name and not (cls == "neighbourhood" and norm in words.quarter_name))
            or norm in r.blocklist or norm in demonyms or not norm.isalpha()
            or (len(norm) < 3 and norm not in words.head)):
        return False
    bare = norm[2:] if norm.startswith("ال") else norm
    if any(r.cue_class.get(w) in _AREA_CLASSES for w in {*cue_readings(norm), bare}):
        return False                    # قرى المنطقة، بلدات بريفي: a cue word, not a name
    if norm.startswith("لل") or norm.endswith(_POSSESSIVE):
        return False                    # نقطة للمتمردين، نقاط رباطنا: a preposition, a pronoun
    return norm.startswith("ال") or not norm.endswith("يه")     # قرية حدودية: an adjective


def _list_ends(t: _Text, k: int, gaz: Gazetteer, r: Rules) -> bool:
    """A list of names plainly ends before token k: the sentence or a clause ends, or a word
    that places the list or starts another phrase follows (في، بريف، التابعة، شمال، بحلب)."""
    if k >= len(t.norms) or t.sentence_of[k] != t.sentence_of[k - 1]:
        return True
    if not t.joined(k - 1, k):
        return True                     # punctuation between
    stems_k = cue_readings(t.norms[k])
    words = name_words()
    if any(w in words.list_end or w in r.feature_cues or w in r.area_cues or w in r.direction_before
           for w in stems_k):
        return True
    norm = t.norms[k]
    if norm in demonym_forms(gaz) or (norm.startswith("ال") and norm.endswith(_ADJECTIVE_ENDINGS)):
        return True                     # بلدتي الفوعة وكفريا المحاصرتين: an adjective of the list
    match = _match_at(t, k, gaz)
    return bool(match) and match[2] in ("ب", "ل", "وب")         # … وبستان القصر بحلب


def _facility_end(t: _Text, last: int, end: int) -> int:
    """The end of a facility's phrase whose name ends at token *last*: over the adjective
    that closes its name (مطار صنعاء الدولي), if one follows."""
    j = last + 1
    if j < len(t.norms) and t.norms[j] in name_words().facility_end and t.joined(last, j):
        return t.ends[j]
    return end


def _clitics_of(norm: str, stem: str) -> str:
    for s, clitics in clitic_readings(norm):
        if s == stem:
            return clitics
    return next((norm[:k] for k in _short_clitics(norm) if norm[k:] == stem), "")     # بحي (see cue_readings)


def cue_readings(norm: str) -> tuple[str, ...]:
    """:func:`~gazetteer.arabic.stems` of a word, and of a short one (وتل، بحي، وبسد) without
    its proclitics too: stems leave words of three letters whole, but a cue word of two
    letters (تل، حي، سد) with و or ب is common."""
    readings = stems(norm)
    if len(norm) > 4:
        return readings
    extra = tuple(norm[k:] for k in _short_clitics(norm) if norm[k:] not in readings)
    return readings + extra if extra else readings


def _short_clitics(norm: str) -> tuple[int, ...]:
    """How many letters of proclitics a short word may start with: وتل → 1, وبسد → 1 or 2."""
    out = []
    if len(norm) >= 3 and norm[0] in "وفبلك":
        out.append(1)
        if len(norm) >= 4 and norm[0] in "وف" and norm[1] in "بلك":
            out.append(2)
    return tuple(out)


def _token_index_after(t: _Text, end: int) -> int:
    """The first token starting at or after *end*."""
    return bisect_left(t.starts, end)
