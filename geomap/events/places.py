"""Which place mention an event trigger takes, and how two events' places relate.

A trigger takes the place mention of its sentence nearest to it (after it
counts a little more: غارة على مدينة حلب), not past another trigger, with a
bonus for a locative word (في، قرب، على) or a cue word (محافظة، قرية) before it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from gazetteer import great_circle_km
from gazetteer.arabic import Token, as_tokens, normalize, strip_proclitics
from gazetteer.once import once

from ..anchors import SETTLED
from ..lexicon import as_written
from ..model import Mention, is_site
from ..toponyms import place_words
from .tables import REMOTE_KINDS
from .triggers import Trigger

MAX_DISTANCE = 25           # tokens between a trigger and its place
_SPREAD_REACH = 4           # tokens after a trigger "in several areas" may end (القتال في عدة مناطق)
_SPREAD_AREA_REACH = 3      # tokens after that the area holding them may start (… من محافظة تعز)
_NEW_CLAUSE = re.compile("[،,;؛]\\s*و[^\\s]{2,}")   # ، وكان مسؤولون في…: another clause begins
_CLAUSE_BREAK = re.compile("[،,;؛:]")
_CLAUSE_PENALTY = 3         # a place before the trigger, across a comma
_UNKNOWN_PENALTY = 5        # a name the gazetteer lacks, when a known place is as near
_COUNTRY_PENALTY = 3        # a country, when a city is as near
_DESCRIPTOR_GAP = 6         # characters between a place and the area said to hold it (" بمحافظة ", " في ")
_DESCRIBING = frozenset(["", "ب", "في", "بـ",   # what stands between a place and the area said to hold it
                         "مركز", "عاصمة", "كبرى مدن", "ثاني أكبر مدن", "كبرى مدينة",   # الرمادي، مركز محافظة الأنبار
                         "وسط", "في وسط"])      # مخيم النصيرات وسط قطاع غزة
_NEAR_KM = 25.0             # a place this close to another counts as the same area
_FROM_KINDS = frozenset(["withdrawal", "territory"])     # انسحب من، طرد من: the place it happened
_FIRED_KINDS = frozenset(["shelling"])      # fired from one side at another (قذائف من داخل الأراضي اليمنية)
_SAID_REACH = 13            # words between a reporting verb and the place it was said in (قال امام الصحافيين في أنقرة، قال وزير الدفاع طارق شاه بهرامي، في مؤتمر صحفي بالعاصمة كابل)
_TITLE_REACH = 8            # words a speaker's title may run before the place that ends it
_TITLE_PENALTY = 12         # a place ending a speaker's title, when what he said names one
_PRESS_REACH = 5            # words between the word of the press and that place (في مؤتمر صحافي عقده في أنقرة)
_COMPRISES_REACH = 8        # words after "which comprises" its list of places may run (يضم صنعاء … ومحافظات عمران وصعدة)
_NATIVES_KINDS = frozenset(["protest", "riot", "talks"])   # what people of a place do elsewhere (not what is done to them)
_PEOPLE_FROM_PENALTY = 10   # … more for people "from the sons of" a place (العشرات من أبناء دارفور)
_FROM_PENALTY = 3           # a place after من is more often an origin than a site
_CONDEMN_REACH = 16         # words before a trigger a verb of condemning it may stand
_DATELINE_BEFORE = re.compile(r"\s*(?:[^\n:\-–—]{1,25}[-–—]\s*){0,3}")   # سبق- ، عبدالله البرقاوي- سبق-
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?"                  # (رويترز) - ، : ، - واس
                             r"(?:[0-9\u0660-\u0669]{1,2}\s+\S+\s+[0-9\u0660-\u0669]{4}\s*)?[-–—:]")   # الخرطوم 1 يوليو 2024 –


def mention_tokens(mentions: list[Mention], tokens: list[Token]) -> list[int]:
    """The token index each mention (or its cue phrase) starts at."""
    starts = as_tokens(tokens).starts
    out = []
    for m in mentions:
        start = m.area_start if m.area_start is not None else m.start
        # the token holding the start: a mention may start after a proclitic (بحلب)
        out.append(max(0, bisect_right(starts, start) - 1))
    return out


class Blockers:
    """The triggers of a sentence by their first token: is one strictly between two tokens?
    (A bisect, not a scan: a run-on sentence can hold thousands of triggers.)"""

    def __init__(self, triggers: Iterable[Trigger]):
        self.firsts = sorted(t.first for t in triggers)

    def between(self, low: int, high: int) -> bool:
        return bisect_right(self.firsts, low) < bisect_left(self.firsts, high)


def means(trigs: list[Trigger], tokens: list[Token], text: str) -> set[int]:
    """The indices of triggers that only name the means of the trigger just before them: written
    with ب "by, with" in its clause (هجوم انتحاري تم تنفيذه بسيارة ملغومة في حي…، استهدفوا
    مواقع في سهل الغاب بقذائف الدبابات). Such a word is the weapon of that happening, not
    another happening claiming the places around it (it blocks no place, see :class:`Blockers`)."""
    norms = as_tokens(tokens).norms
    out = set()
    for n in range(1, len(trigs)):
        t, prev = trigs[n], trigs[n - 1]
        if (prev.sentence == t.sentence and 0 < t.first - prev.last <= MAX_DISTANCE and _with_means(norms[t.first])
                and not _CLAUSE_BREAK.search(text, prev.end, t.start)):
            out.add(n)
    return out


def _with_means(norm: str) -> bool:
    """The trigger word carries the preposition ب (بقذائف، بصواريخ، بسيارة), not a ب of its own."""
    from .tables import trigger_index

    index = trigger_index()
    if norm[:1] != "ب" or norm in index.first:
        return False
    return any(stem in index.first for stem in index.heads_of(norm) if not stem.startswith("ب"))


class SentenceMentions:
    """The mentions of one sentence by token, to hand a trigger only those near enough to take
    (in their order in the article, as the full scan would meet them)."""

    def __init__(self, indices: Iterable[int], mention_tok: list[int]):
        self._order = sorted(indices, key=lambda n: mention_tok[n])
        self._toks = [mention_tok[n] for n in self._order]

    def near(self, trig: Trigger) -> list[int]:
        low = bisect_left(self._toks, trig.first + 4 - MAX_DISTANCE)     # attach_place's distances
        high = bisect_right(self._toks, trig.last + MAX_DISTANCE)
        return sorted(self._order[low:high])


def attach_place(trig: Trigger, blockers: list[Trigger] | Blockers, mentions: list[Mention],
                 mention_tok: list[int], tokens: list[Token], not_places: set[int] = frozenset(),
                 text: str = "", candidates: Iterable[int] | None = None) -> Mention | None:
    """The mention of the trigger's sentence that names where it happened (or None).

    Mentions in *not_places* (inside an actor's name) are skipped; a known place beats
    an unknown one, and a city beats the country named next to it. *candidates*, if given,
    are the indices of the sentence's mentions, in order (the others are skipped anyway)."""
    if not isinstance(blockers, Blockers):
        blockers = Blockers(blockers)
    indices = _indices(trig, mention_tok, tokens, len(mentions), candidates)
    # a trigger written with و opens a clause: the places before it belong to the last one, when
    # the clause names a place of its own (…بريفي إدلب وحلب وسيطر مقاتلون على بلدة بلودان)
    after_only = _conjoined(tokens[trig.first].norm) and any(
        mentions[n].sentence == trig.sentence and trig.last < mention_tok[n] <= trig.last + MAX_DISTANCE
        and mentions[n].role in ("place", "unresolved") for n in indices)
    choice = _Choice()
    for n in indices:
        m, m_tok = mentions[n], mention_tok[n]
        if _not_a_candidate(trig, mentions, n, m_tok, tokens, not_places, text):
            continue
        distance = _distance(trig, blockers, m, m_tok, tokens, text, after_only)
        if distance is not None:
            choice.offer(trig, m, m_tok, distance, tokens, text)
    if choice.best is None and choice.dateline is not None \
            and _the_dateline_alone(choice.dateline, trig, mentions, indices, not_places):
        return choice.dateline                        # نابلس - معا - … في قرية عقربانيت (a village the gazetteer lacks)
    if choice.best is None and _issued_alone(choice.issued, trig, mentions):
        return choice.issued                          # قتل ثلاثة جنود في هجوم، بحسب بيان صدر في العريش: the only place
    return _settlement_inside(choice.best, choice.after)   # (بيت لحم- معا- استشهد شاب … خلال اقتحامها مخيم جنين: not Bethlehem)


def _indices(trig: Trigger, mention_tok: list[int], tokens: list[Token], count: int,
             candidates: Iterable[int] | None) -> list[int]:
    """The mentions to weigh: all (or *candidates*), or only those after a word of spread."""
    indices = list(range(count) if candidates is None else candidates)
    if _spread(trig, tokens):                         # القتال في عدة مناطق من البلاد: no one site, but
        indices = [n for n in indices                 # في مناطق متفرقة من محافظة تعز: the area holding them
                   if trig.last < mention_tok[n] <= trig.last + _SPREAD_REACH + _SPREAD_AREA_REACH]
    return indices


def _not_a_candidate(trig: Trigger, mentions: list[Mention], n: int, m_tok: int, tokens: list[Token],
                     not_places: set[int], text: str) -> bool:
    """Mention n cannot be the trigger's place: another sentence's, an actor's name, a government, a
    base aircraft took off from, a description of the place before it, or told of something else."""
    m = mentions[n]
    if m.sentence != trig.sentence or n in not_places:
        return True
    if m.role not in ("place", "unresolved") or m.metonymy:
        return True                                   # حكومة دمشق، موسكو تساند: a government, not a place
    return (_take_off_base(trig, m, text) or _describes_the_one_before(mentions, n, text)
            or _told_of_something_else(trig, m_tok, tokens))


class _Choice:
    """The place being chosen for a trigger: the best so far, and the fallbacks (the dateline, the city
    a statement was issued in) and the sites named after the trigger."""

    def __init__(self):
        self.best: Mention | None = None
        self.score: tuple[int, int] | None = None
        self.dateline: Mention | None = None
        self.issued: Mention | None = None
        self.after: list[tuple[int, Mention]] = []    # the sites named after the trigger, with their distances

    def offer(self, trig: Trigger, m: Mention, m_tok: int, distance: int, tokens: list[Token], text: str) -> None:
        if text and _dateline(m, text):
            self.dateline = m                         # where the report was filed: a site when nothing else is
            return
        if _issued_in(m_tok, tokens):
            self.issued = self.issued or m            # بيان … صدر في نيامي: where it came out, a site when nothing else is
            return
        site = (m.resolved and is_site(m.place) and not _officials_in(m_tok, tokens)
                and not _in_a_new_clause(trig, m, m_tok, tokens, text))
        score = (0 if site else 1, distance)          # a site in reach beats a country
        if site and m_tok > trig.last and trig.kind in _STRUCK_KINDS and _from_before(tokens, m_tok) is None \
                and not _a_sources_place(tokens, m_tok):
            self.after.append((distance, m))          # (not الفارين من مدينة الفاشر: where they fled from)
        if self.score is None or score < self.score:
            self.best, self.score = m, score


def _issued_alone(issued: Mention | None, trig: Trigger, mentions: list[Mention]) -> bool:
    """The city a statement was issued in is the only place of the trigger's sentence, no capital, and
    the event no strike from the air (بيان صدر في الرياض أن طائراته قصفت: not Riyadh)."""
    return (issued is not None and trig.kind != "airstrike" and not _a_capital(issued)
            and not any(m is not issued and m.sentence == trig.sentence and m.role in ("place", "unresolved")
                        for m in mentions))


_AREAS = frozenset(["admin1", "admin2", "region"])
_SETTLED_OR_QUARTER = frozenset(SETTLED + ("neighbourhood",))
_STRUCK_KINDS = REMOTE_KINDS | {"killing"}   # a point hit (not a front)


def _a_capital(m: Mention) -> bool:
    """A capital (بيان صدر في الرياض، في دمشق: where governments speak from, not a site by default)."""
    return m.resolved and m.place.feature_code == "PPLC"


def _a_sources_place(tokens: list[Token], m_tok: int) -> bool:
    """وقال ناشط في مدينة بصرى الشام إن …: a speaker's or a source's word a few words before the place."""
    words = place_words()["speaker_before"]
    return any(tokens[k].norm in words for k in range(max(0, m_tok - _SOURCE_REACH), m_tok))


_SOURCE_REACH = 3        # words from a speaker's word to their town (ناشط في مدينة X)


def _settlement_inside(best: Mention | None, after: list[tuple[int, Mention]]) -> Mention | None:
    """وفي إقليم جوبا الوسطى، أعلن الجيش أن غارة جوية نفذت … على تجمع في ضواحي مدينة جلب: an area
    told before the trigger yields to a settlement inside it that the trigger's words name after it."""
    if best is None or not best.resolved or best.place.kind not in _AREAS:
        return best
    inner = [(d, m) for d, m in after if m.place.kind in _SETTLED_OR_QUARTER and inside(m, best)
             and m.qualifier in (None, "near") and m.direction is None and m.link != "near"]
    # (في ضواحي مدينة جلب: its outskirts; not قرية تبعد 60 كيلومترا جنوب مدينة الموصل, a landmark)
    return min(inner, key=lambda x: x[0])[1] if inner else best


def _the_dateline_alone(dateline: Mention, trig: Trigger, mentions: list[Mention], indices: list[int],
                        not_places: set[int]) -> bool:
    """The dateline may be the site: it is at home (see :func:`_at_home`) and the trigger's sentence
    names no other place the gazetteer knows."""
    return _at_home(dateline, mentions) and not any(
        mentions[n] is not dateline and mentions[n].sentence == trig.sentence and mentions[n].role == "place"
        and mentions[n].resolved and n not in not_places for n in indices)


def _told_of_something_else(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """The place is who says so (بحسب أنقرة) or what the trigger answered (…بالقذائف، ردا على تعرض
    بلدة الزبداني لهجوم): not where."""
    if m_tok > 0 and tokens[m_tok - 1].norm in _cues()["according_to"]:
        return True
    if m_tok > trig.last and _sources_in(tokens, trig.last + 1, m_tok):
        return True                               # … 12 قتيلا وفق مصادر طبية في المستشفى الإسلامي: the sources' place
    return m_tok > trig.last and _word_of_between(tokens, trig.last + 1, m_tok, "in_response")


_SOURCES_REACH = 8      # words from وفق/بحسب to the place its sources are in (وفق مصادر طبية في المستشفى الإسلامي ومستشفى النيني)


def _sources_in(tokens: list[Token], low: int, m_tok: int) -> bool:
    """وفق مصادر طبية في X، بحسب مصدر أمني في X right before the place: where the sources are."""
    k = _first_of(tokens, max(low, m_tok - _SOURCES_REACH), m_tok, _cues()["according_to"])
    if k is None:
        return False
    if _first_of(tokens, k + 1, m_tok, _cues()["source_noun"]) is not None:
        return True
    # a clause of attribution of its own (…، بحسب المركز الإعلامي لغرفة عمليات تأمين وحماية سرت): whose
    # words name who told it, not where (not حسب مسؤول محلي في مدينة تعز: the local source's town,
    # told after في, is as a rule the site)
    before = tokens[m_tok - 1].norm if m_tok > 0 else ""
    if _is_in(before) or tokens[m_tok].norm.startswith("ب"):
        return False
    return _marked(tokens, k, k + 1, "،,") and not _marked(tokens, k + 1, m_tok + 1, "،,.")


def _in_a_new_clause(trig: Trigger, m: Mention, m_tok: int, tokens: list[Token], text: str) -> bool:
    """، وكان مسؤولون في…: a place after the trigger in a clause of its own, unless that clause says
    where the happening took place (، وذكر موقع أن الوفيات وقعت في سيلوبي)."""
    return bool(m_tok > trig.last and text and _NEW_CLAUSE.search(text, trig.end, m.start)
                and not _took_place_at(m, m_tok, tokens))


_DISTANCE_ONLY = re.compile(r"[\s(،,]*(?:نحو\s+|حوالي\s+)?[0-9\u0660-\u0669]+\s*/?\s*(?:كم|كلم|كيلومترا?|كيلو)[\s/]*")
_DISTANCE = r"(?:مسافة|بعد|تبعد|يبعد)\s+(?:نحو\s+|حوالي\s+)?([0-9\u0660-\u0669]+)"
_DISTANCE_CLAUSE = re.compile(_DISTANCE)
_DISTANCE_KM = re.compile(_DISTANCE + r"\s*(?:كم|كلم|كيلو)")


def _describes_the_one_before(mentions: list[Mention], n: int, text: str) -> bool:
    """محافظة إب بجنوب صنعاء: a place told by its direction right after a known place says where
    that place lies; it is no site of its own — nor after a distance that ties them (سبها الواقعة
    على مسافة 700 كيلومتر جنوبي طرابلس), past an appositive (مدينة جوهر، عاصمة ولاية هيرشبيلي،
    التي تقع على بعد 90 كيلومترا شمال مقديشو)."""
    m = mentions[n]
    if m.qualifier != "direction" or n == 0 or not text:
        return False
    before = mentions[n - 1]
    start = m.area_start if m.area_start is not None else m.start
    if n > 1 and before.role == "unresolved" and mentions[n - 2].sentence == m.sentence \
            and mentions[n - 2].resolved and mentions[n - 2].role == "place" \
            and _DISTANCE_KM.search(text, before.end, start):
        return True                      # مدينة جوهر، عاصمة ولاية هيرشبيلي، التي تقع على بعد نحو 90 كيلومترا شمال مقديشو
    if before.sentence != m.sentence or not before.resolved or before.role != "place":
        return False
    if before.link == "in" and _DISTANCE_CLAUSE.search(text, before.end, start):
        return True                      # سبها الواقعة على مسافة 700 كيلومتر جنوبي طرابلس
    if _DISTANCE_ONLY.fullmatch(text, before.end, start):
        return True                      # الموصل (400 كم شمال بغداد)
    gap = text[before.end:start].strip()
    if len(gap) <= 1:
        return True                      # not "جامعة الأنبار في جنوب الرمادي": in it
    words = _ADJECTIVE_GAP.findall(gap)  # مدينة غزنة الاستراتيجية، كركوك الغنية بالنفط، شمال بغداد: past its adjective
    return 0 < len(words) <= 2 and _ADJECTIVE_GAP.sub("", gap).strip(" ،,") == ""


_ADJECTIVE_GAP = re.compile(r"ال\w+(?:ة|ي|ه)(?:\s+ب\w+)?(?!\w)")


def _take_off_base(trig: Trigger, m: Mention, text: str) -> bool:
    """قصفت طائرة من قاعدة طبرق الجوية مركبا: the air base after "من" is where the aircraft took
    off, not what it hit."""
    if trig.kind not in ("airstrike", "shelling") or m.cue_kind not in ("base", "airport") or not text:
        return False
    start = m.area_start if m.area_start is not None else m.start
    before = text[max(0, start - 6):start].split()
    return bool(before) and before[-1] in ("من", "ومن")


def _spread(trig: Trigger, tokens: list[Token]) -> bool:
    """The trigger is said to happen in many places at once (في عدة مناطق، في مناطق متفرقة)."""
    from .context import _phrase_within

    norms = as_tokens(tokens).norms
    return _phrase_within(norms, trig.last + 1, min(len(norms), trig.last + _SPREAD_REACH + 1), _cues()["spread"])


def _distance(trig: Trigger, blockers: Blockers, m: Mention, m_tok: int, tokens: list[Token],
              text: str, after_only: bool) -> int | None:
    """How far the mention is from being the trigger's site (lower is likelier), or None when
    it cannot be: too far, claimed by another trigger, or where fighters came from."""
    if m_tok > trig.last:
        distance, between = m_tok - trig.last, (trig.last, m_tok)
        if text and _other_clause().search(text, trig.end, m.start):
            return None                           # …دمرت غارة عربة، بينما في محافظة البيضاء…: the next clause's
        if text and m_tok > 0 and tokens[m_tok - 1].norm in _cues()["from"] and _reacted_to(trig, tokens) \
                and _reaction_clause().search(text, trig.end, m.start):
            return None                           # رحب كيري ببدء المحادثات، فيما دعا بان من نيويورك: the speaker's
    elif after_only:
        return None
    else:
        distance = trig.first - m_tok + 4        # places after the trigger are likelier
        between = (m_tok, trig.first)
        # (too far already: no search of the text between, which grows with a long sentence)
        if distance <= MAX_DISTANCE and text and _CLAUSE_BREAK.search(text, m.end, trig.start):
            distance += _CLAUSE_PENALTY          # …مدينة تعز، في وقت سيطرت على…: another clause
        if _in_a_title(m, m_tok, trig, tokens):
            distance += _TITLE_PENALTY           # المتحدث باسم الدفاع المدني بمنطقة جازان أن مقذوفا سقط على قرية بمحافظة صامطة
    if distance > MAX_DISTANCE:
        return None
    if blockers.between(*between):               # (the trigger itself is never strictly between)
        return None                               # another trigger claims it
    prev = tokens[m_tok - 1].norm if m_tok > 0 else ""
    if _said_elsewhere(trig, m, m_tok, tokens, prev) or _not_where_it_happened(trig, m_tok, tokens):
        return None
    k_from = _from_before(tokens, m_tok)
    if _came_from(trig, m_tok, tokens, prev, k_from):
        return None
    return distance + _home_penalty(trig, m_tok, tokens, prev, k_from) + _fit(m, m_tok, tokens, prev)


def _came_from(trig: Trigger, m_tok: int, tokens: list[Token], prev: str, k_from: int | None) -> bool:
    """The place is where people came from, not where the trigger happened."""
    if k_from is not None and k_from > 0 and _origin_before(tokens, k_from) \
            and (trig.kind not in _FROM_KINDS or _has_cue(tokens[k_from - 1].norm, "hails_from")):
        return True                               # مسلحون من محافظة الأنبار، القائد المنحدر من قضاء الشرقاط: where they came from
    # أحد القادة، وهو من أبناء مديرية يافع، قتل: his home, not where he died (not أعدم 50 شخصا من أهالي الفلوجة)
    return (m_tok > 2 and _has_cue(prev, "natives") and tokens[m_tok - 2].norm in _cues()["from"]
            and tokens[m_tok - 3].norm in _cues()["he_is"])


def _home_penalty(trig: Trigger, m_tok: int, tokens: list[Token], prev: str, k_from: int | None) -> int:
    """What a place after من, the position of forces, or the home of protesters adds to its distance."""
    if (k_from is not None and trig.kind not in _FROM_KINDS) or _stationed_in(trig, m_tok, tokens):
        return _FROM_PENALTY                      # لقصف من قوات النظام المتمركزة في ريف حماة: where they fire from
    if trig.kind in _NATIVES_KINDS and _has_cue(prev, "natives"):
        if m_tok > 1 and tokens[m_tok - 2].norm in _cues()["from"]:
            return _FROM_PENALTY + _PEOPLE_FROM_PENALTY   # وفي الخرطوم، نظم العشرات من أبناء دارفور وقفة احتجاجية
        return _FROM_PENALTY                      # أبناء سنجار النازحين … نظموا تظاهرة … وسط أربيل: their home
    return 0


@once
def _from_cue_words() -> frozenset[str]:
    """The words that may stand between من and a name (العاصمة، مدينة، بلدة …)."""
    return place_words()["capital_word"] | place_words()["settlement_cue"]


def _from_before(tokens: list[Token], m_tok: int) -> int | None:
    """The token of من right before the place, or before "the capital" (and its people's nisba)
    or a cue word that names it (قادمة من العاصمة اليمنية صنعاء، القادمون من مدينة ترهونة)."""
    if m_tok > 0 and tokens[m_tok - 1].norm in _cues()["from"]:
        return m_tok - 1
    if tokens[m_tok].norm[:1] == "و":           # من أنسونغو وغاو: the second of a list after من
        for k in (m_tok - 2, m_tok - 3):
            if (k >= 1 and tokens[k].norm in _cues()["from"] and not tokens[k + 1].norm.startswith("و")
                    and _is_origin(tokens[k - 1].norm)):
                return k
    capital = _from_cue_words()
    for k in (m_tok - 1, m_tok - 2):
        if k >= 1 and tokens[k].norm in capital and tokens[k - 1].norm in _cues()["from"]:
            return k - 1                          # قادمة من العاصمة اليمنية صنعاء، القادمون من مدينة ترهونة
    return None


def _in_a_title(m: Mention, m_tok: int, trig: Trigger, tokens: list[Token]) -> bool:
    """The place ends a speaker's title (أوضح المتحدث الرسمي للمديرية العامة للدفاع المدني بمنطقة
    جازان أن …): the region of his office, a site only when what he said names none of its own."""
    k = m_tok + 1 + m.text.count(" ")
    if not any(tokens[j].norm in _cues()["report_content"] for j in range(k, min(k + 2, trig.first))):
        return False
    return _word_of_between(tokens, max(0, m_tok - _TITLE_REACH), m_tok, "title_word")


def _dateline(m: Mention, text: str) -> bool:
    """بيروت (رويترز) - …، سبق- القاهرة: …: the city the report was filed from, at the head of its
    first line, or of one of the lines that open the text after its headline (مقديشو (ا ف ب) - after
    the headline and its outlet's line); where it happened only when the sentence names no other place."""
    start = m.area_start if m.area_start is not None else m.start
    head = text.rfind("\n", 0, start) + 1
    if text[:head].count("\n") - text[:head].count("\n\n") >= _DATELINE_LINES:
        return False                              # (a line deep in the text: a place that opens a paragraph)
    head += len(text[head:start]) - len(text[head:start].lstrip())
    return bool(_DATELINE_BEFORE.fullmatch(text, head, start) and _DATELINE_AFTER.match(text, m.end))


_DATELINE_LINES = 3     # lines of text (blank lines apart) before the one a dateline may open: headline, outlet, date


def said_elsewhere(trig: Trigger, m: Mention, m_tok: int, tokens: list[Token]) -> bool:
    """The place is where the happening was told of, condemned or protested, not where it was
    (for a place found another way than by distance: the city "المدينة" means)."""
    return _said_elsewhere(trig, m, m_tok, tokens, tokens[m_tok - 1].norm if m_tok > 0 else "")


def _said_elsewhere(trig: Trigger, m: Mention, m_tok: int, tokens: list[Token], prev: str) -> bool:
    """The place is where the happening was told of, condemned or protested, not where it was."""
    if _speaker_place(m, m_tok, tokens) or _capital_for_its_government(trig, m, prev, _told_as_a_place(m, m_tok, tokens)):
        return True
    if _seat(m_tok, trig, tokens, prev):
        return True                               # طالب الاتحاد الإفريقي، من مقره في أديس أبابا، بفتح تحقيق في الهجوم: its seat
    if m_tok > trig.last:
        return _in_a_reaction_after(trig, m_tok, tokens)
    if m_tok >= trig.first:
        return False
    if _said_in(m_tok, trig, tokens) or _statement_from(m_tok, trig, tokens):
        return True                               # وقال امام الصحافيين في انقرة إن التفجير…: where he spoke
    if _word_of_between(tokens, m_tok + 1, trig.first, "protest_object"):
        return True                               # تظاهروا في بروكسل للتنديد بالغارات: the protest's place
    if trig.first - m_tok <= _CONDEMN_REACH and _government_reacted(tokens, m_tok + 1, trig.first):
        return True                               # أما في لندن فقد رحبت الحكومات بالضربة: where it was welcomed
    # وأدان ليون … في روما … اختطاف الموظفين: where he spoke
    return _word_of_between(tokens, max(0, trig.first - _CONDEMN_REACH), m_tok, "condemn")


def _not_where_it_happened(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """The place is the backer's, the destination of the displaced, one a region comprises, or
    the side shells were fired from."""
    if _after_word_of(tokens, m_tok, "backer", 2) or _destination(trig, tokens, m_tok):
        return True                               # تدعمها الولايات المتحدة، نزحوا إلى تركيا
    if trig.kind in _NATIVES_KINDS and m_tok > trig.last and _word_of_between(tokens, trig.last + 1, m_tok, "demand"):
        return True                               # تظاهرت … مطالبة بحماية سكان الفوعة وكفريا: what they asked for
    if m_tok > trig.last and _compared_with(trig, m_tok, tokens):
        return True                               # استهداف رجال الأمن كما حدث من قبل في الدالوة: another happening
    if m_tok > 1 and tokens[m_tok - 1].norm == "في" and _word_of_between(tokens, m_tok - 2, m_tok - 1, "not_in") \
            and not _word_of_between(tokens, m_tok + 1, min(len(tokens), m_tok + _NOT_ONLY_REACH), "not_only"):
        return True                               # قتل داخل الأراضي الأفغانية وليس في كراتشي: not there
        #                                           (not ليس في بغداد وحدها بل في البصرة: there too)
    if _after_word_of(tokens, m_tok, "alarm", _ALARM_REACH):
        return True                               # ودوت صفارات الإنذار في تل أبيب طوال مدة الهجوم: heard, not hit
    if m_tok < trig.first and _after_word_of(tokens, m_tok, "resident", 2):
        return True                               # وقال مصدر، مقيم في بغداد، إن 500 شخص قتلوا: where he lives
    if trig.kind in ("talks", "agreement") and m_tok > trig.last and _word_of_between(tokens, max(0, trig.first - 2), m_tok, "topic_verb"):
        return True                               # ويبحث الاجتماع التصعيد الإسرائيلي في القدس: its topic
    if _took_off_from(trig, m_tok, tokens):
        return True                               # أقلعت من القاعدة الجوية في دياربكر، انطلق القصف من X: where from
    if _after_word_of(tokens, m_tok, "comprises", _COMPRISES_REACH):
        return True                               # إقليم آزال الذي يضم صنعاء ومحافظات عمران وصعدة: what a region holds
    if _bordering(tokens, m_tok):
        return True                               # منطقة كوبرات الحدودية مع محافظة كركوك: the neighbour, not the site
    return _fired_from(trig, m_tok, tokens)      # قذائف من داخل الأراضي اليمنية: where they were fired from


_NOT_ONLY_REACH = 4    # words after a place a "not only" may end at (ليس في بغداد وحدها بل …)
_ALARM_REACH = 6       # words from a word of sirens to a place they sounded in (دوت صفارات الإنذار في تل أبيب والقدس)
_TAKEN_REACH = 9       # words from a word of carrying to the hospital the wounded were taken to
_TO_REACH = 4          # words from "to" to the place it leads to (الفرار نحو العاصمة كابل ومدينة مزار شريف،
#                        باتجاه الحبانية وعامرية الفلوجة وإقليم كردستان)
_FLIGHT_KINDS = frozenset(["withdrawal"])   # a trigger that is itself a flight (انسحاب … باتجاه X: X is where they went)
_FLIGHT_REACH = 9      # words from a word of flight to its "to" (فر المئات من سكان الموصل والقرى المحيطة نحو أربيل،
#                        نزح قرابة 3 آلاف شخص من مناطق الاشتباكات نحو جنزور)


def _at_home(dateline: Mention, mentions: list[Mention]) -> bool:
    """The dateline's city lies in the country the article's other places point at most (نابلس - معا
    - in a report on the West Bank; not بيروت (رويترز) - over a report on Syria, nor جدة over one on
    New Jersey, nor القاهرة over a report that names no other place): a bureau abroad is no site."""
    votes: dict[str, int] = {}
    for m in mentions:
        if m is not dateline and m.resolved and m.place is not None and m.place.country and m.role in ("place", "demonym"):
            votes[m.place.country] = votes.get(m.place.country, 0) + 1
    return bool(votes) and max(votes, key=votes.get) == dateline.place.country


def _compared_with(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """كما حدث من قبل في الدالوة والقديح، مثل ما حصل في أبها: a place after a comparison with what
    happened there (between the trigger and the place, in the place's clause) is another happening's."""
    from .context import _phrase_within

    norms = as_tokens(tokens).norms
    lowest = max(trig.last + 1, m_tok - _COMPARED_REACH)
    firsts = _first_words_of("compared")
    if not any(norms[j] in firsts for j in range(lowest, m_tok)):
        return False                              # (most places: no comparison word before them at all)
    low = m_tok
    while low > lowest and not any(c in _between(tokens, low) for c in ".،,:؛;"):
        low -= 1
    # (the place told after في: استهدفت الغارات مثلما حصل الأسبوع الماضي بلدة خان شيخون is the target)
    k = next((j for j in range(m_tok - 1, low - 1, -1) if norms[j] in _cues()["in"]), None)
    return k is not None and _phrase_within(norms, low, k, _cues()["compared"])


@functools.lru_cache(maxsize=8)
def _first_words_of(role: str) -> frozenset[str]:
    """The first words of the phrases of a cue role (read once)."""
    return frozenset(phrase.split()[0] for phrase in _cues()[role])


_COMPARED_REACH = 10   # words from "as happened" to the places it names, in their clause (كما حدث من قبل في الدالوة والقديح والدمام)


_HOSPITAL_NAME = 6      # words from a hospital word to the town it is in (إلى مستشفى أطباء بلا حدود في المخا)


def _hospital_then_place(tokens: list[Token], k: int, m_tok: int) -> bool:
    """Between the hospital word at k and the place at m_tok: only في and definite words (إلى
    المستشفى المركزي في مصراتة), or the hospital's name, then في, with no punctuation (إلى مستشفى
    أطباء بلا حدود في المخا)."""
    if m_tok - k <= 3 and all(tokens[j].norm == "في" or tokens[j].norm.startswith("ال") for j in range(k + 1, m_tok)):
        return True
    return (tokens[m_tok - 1].norm == "في"
            and not any(c in _between(tokens, j) for j in range(k + 1, m_tok + 1) for c in ".،,:؛;"))


def _destination(trig: Trigger, tokens: list[Token], m_tok: int) -> bool:
    """Where the displaced went: "to" (إلى، نحو، باتجاه) right before the place after a word of
    moving (نزحوا إلى تركيا، نقلهم إلى مستشفى); or, a few words before it, after a word of flight
    that follows the trigger (دفعت المعارك آلاف العائلات إلى الفرار نحو العاصمة كابل ومدينة مزار
    شريف; not عودة الاشتباكات إلى أحياء تعز, نزح الأهالي إلى المدارس بعد قصف مدينة داريا, فر آلاف
    المدنيين إلى بغداد حيث قتل عشرة منهم في تفجير: there the blast came after the flight)."""
    to = _cues()["to"]
    if m_tok > 1 and _word_of_between(tokens, m_tok - 2, m_tok, "via") \
            and _after_word_of(tokens, m_tok, "flight", _FLIGHT_REACH):
        return True                               # نزحت من عفرين أمس عبر معبر الزيارة: the way they went
    if m_tok > 0 and tokens[m_tok - 1].norm in to:
        if _after_word_of(tokens, m_tok, "displacement", 4):
            return True
        if _has_cue(tokens[m_tok].norm, "care_place") and _after_word_of(tokens, m_tok, "displacement", _TAKEN_REACH) \
                and not _word_of_between(tokens, m_tok + 1, min(len(tokens), m_tok + 4), "where_then"):
            return True                           # ونقل عدد من الجنود المصابين في المعارك إلى مستشفى طبرق (not …، حيث فجر انتحاري نفسه)
    for k in range(max(1, m_tok - _HOSPITAL_NAME), m_tok):    # نقلوا إلى مستشفيات في زغرتا، إلى مستشفيات بلدة سراقب
        if _has_cue(tokens[k].norm, "care_place") and tokens[k - 1].norm in to \
                and _hospital_then_place(tokens, k, m_tok) and not k < trig.first < m_tok \
                and not _word_of_between(tokens, k + 1, m_tok, "hospital_break") \
                and _after_word_of(tokens, k, "displacement", _TAKEN_REACH) \
                and (m_tok > trig.last or (k == m_tok - 2 and tokens[m_tok - 1].norm == "في")):
            return True                           # (a mention starts at its cue word: بلدة سراقب), إلى المستشفى المركزي في مصراتة
            #                                       told after the happening (not نقلت الجرحى إلى مستشفى الجمهوري في
            #                                       مدينة صعدة بعد غارة جوية: the strike is told by the town of its wounded)
    for k in range(max(0, m_tok - _TO_REACH), m_tok):
        if _first_of(tokens, k, k + 1, to) is None:
            continue
        if trig.kind in _FLIGHT_KINDS and trig.last < k <= trig.last + _FLIGHT_REACH \
                and not _word_of_between(tokens, trig.last + 1, k, "led_to"):
            return True                           # انسحاب مسلحي التنظيم باتجاه المناطق الجبلية (not انسحاب الجيش أدى إلى سقوط تدمر)
        if trig.last >= m_tok and not _fled_from(tokens, trig):
            continue                              # (فروا نحو مدينة الحسكة، التي تشهد اشتباكات: there the fighting is)
        low = trig.last + 1 if trig.last < m_tok else 0      # the flight told before the trigger that follows
        #                                                       (نزحت العائلات من الفلوجة باتجاه الحبانية وإقليم كردستان، هربا من القصف)
        flight = _first_of(tokens, max(low, k - _FLIGHT_REACH), k, _cues()["flight"])
        if flight is not None and not _marked(tokens, flight + 1, m_tok + 1, ".!؟?\n"):
            return True
    return False


def _fled_from(tokens: list[Token], trig: Trigger) -> bool:
    """The trigger is what the displaced fled from, right after هربا من، خوفا من (… وإقليم كردستان،
    هربا من القصف)."""
    return trig.first > 1 and tokens[trig.first - 1].norm == "من" and _has_cue(tokens[trig.first - 2].norm, "fled_from")


_LAUNCHER_REACH = 5    # words between a verb of launching and من X (أطلق مسلحو التنظيم قذائف هاون من الموصل)
_TAKEOFF_REACH = 6     # words between a verb of taking off and the base it names
_FROM_BASE_KINDS = _FIRED_KINDS | {"airstrike", "battle"}   # what sets out from a base (بشن هجمات انطلاقا من قاعدة انجرليك)
_BORDERING_REACH = 3   # words between "bordering" and the neighbour it names (الحدودية مع محافظة كركوك)


def _bordering(tokens: list[Token], m_tok: int) -> bool:
    """الحدودية مع محافظة كركوك، قرب الحدود مع مالي: a word of bordering (or the border with a word of
    nearness before it), then مع, a few words before the place (not القرى الحدودية التابعة لمحافظة
    صامطة, border villages of Samtah; on the border itself, على الحدود مع سوريا, it may be the site)."""
    low = max(0, m_tok - _BORDERING_REACH)
    k = _first_of(tokens, low, m_tok, _cues()["bordering"])
    if k is None:                                 # قرب الحدود مع مالي: near it, on this side
        k = _first_of(tokens, low, m_tok, _cues()["border_noun"])
        if k is None or not any(_has_cue(tokens[j].norm, "near_border") for j in range(max(0, k - 2), k)):
            return False
    return any(tokens[j].norm in ("مع", "ومع") for j in range(k + 1, m_tok))


def _fired_from(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """من داخل X، من الأراضي X، أطلق من X: for shells and rockets, the side they were fired from,
    not the target."""
    if trig.kind not in _FIRED_KINDS or m_tok < 2:
        return False
    if any(tokens[k].norm in _cues()["from"] and _launched_before(tokens, k) for k in range(max(1, m_tok - 2), m_tok)):
        return True                               # مقذوفا أطلق من محافظة صعدة، صاروخ أطلقته المليشيا من محافظة البيضاء
    return any(_has_cue(tokens[k].norm, "inside") and tokens[k - 1].norm in _cues()["from"]
               for k in range(max(1, m_tok - 2), m_tok + 1))


def _stationed_in(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """تعرضت بلدة كفرنبل لقصف من قوات النظام المتمركزة في ريف حماة: for shells, the place forces
    stand in (a word of stationing, then في, right before it) is where they fire from, a site only
    when the sentence names no target (وكثفت قوات النظام المتمركزة في نقاط السكرة قصفها)."""
    return trig.kind in _FIRED_KINDS and any(
        _has_cue(tokens[k].norm, "stationed") and tokens[k + 1].norm in _cues()["in"]
        for k in range(max(0, m_tok - 3), m_tok - 1))


def _launched_before(tokens: list[Token], k: int) -> bool:
    """A verb of launching right before من (token k), or a few words before it with what was fired
    between or as its pronoun (أطلقته المليشيا من، أطلق مسلحو التنظيم قذائف هاون من); not a release
    or a call (أطلق سراح المعتقلين من، أطلق ناشطون من مدينة دوما نداء)."""
    if _has_cue(tokens[k - 1].norm, "launched"):
        return not _word_of_between(tokens, k + 1, min(len(tokens), k + _LAUNCHER_REACH), "not_launched")
    j = _first_of(tokens, max(0, k - _LAUNCHER_REACH), k, _cues()["launched"])
    if j is None or _word_of_between(tokens, j + 1, min(len(tokens), k + _LAUNCHER_REACH), "not_launched"):
        return False
    return _has_cue(tokens[j].norm, "launched_it") or _word_of_between(tokens, j + 1, k, "projectile")


def _fit(m: Mention, m_tok: int, tokens: list[Token], prev: str) -> int:
    """What the words around a mention, and what it names, add to its distance."""
    bare = [s for s, _ in strip_proclitics(tokens[m_tok].norm)]
    fit = 0
    if prev in _cues()["locative"] or (len(bare) > 1 and tokens[m_tok].norm[0] == "ب"):
        fit -= 2
    if m.cue or m.qualifier:
        fit -= 1
    if not m.resolved:
        fit += _UNKNOWN_PENALTY
    elif m.place.kind == "country":
        fit += _COUNTRY_PENALTY
    return fit


def _speaker_place(m: Mention, m_tok: int, tokens: list[Token]) -> bool:
    """وفي واشنطن، قالت وزارة الخارجية…: where a statement was made (a reporting verb right after
    the place), not where the event it reports happened."""
    from .tables import actor_roles

    roles = actor_roles()
    if not _opens_clause(tokens, m_tok):
        return False                              # …أهدافا في سورية، وأعلنت…: a place of the clause before
    k = m_tok + 1 + m.text.count(" ")
    if k >= len(tokens) or not any(c in _between(tokens, k) for c in ",،"):
        return False                              # the place, a comma, then the verb: a dateline
    for j in (k, k + 1):
        if j < len(tokens):
            norm = tokens[j].norm
            if roles.get(norm) == "source" or roles.get(norm[1:] if norm[:1] in ("و", "ف") else "") == "source":
                return True
    return False


_THE_CITY_AFTER = 4      # words after the trigger "the city" may stand and mean the statement's city
_STATEMENT_REACH = 7    # words between a statement's word and من X (تصريحات أدلى بها لوكالة الأنباء الليبية من مدينة مصراتة)


def _statement_from(m_tok: int, trig: Trigger, tokens: list[Token]) -> bool:
    """في تصريح إلى «بوابة الوسط» من مدينة مصراتة، إن سلاح الجو شن غارات على …: a statement's word a
    few words before "من X" (X with or without its cue word), and what was said (إن، أن) between X
    and the trigger: where it was made. Not "من X" inside what was said (وقال بيان للجيش إن أجزاء من
    مدينة تعز، أعلن في بيان أن مقاتليه انسحبوا من مدينة تكريت), nor a speech that tells the news
    itself (ألقى خطابا من مدينة الموصل أعلن فيه تحرير المدينة)."""
    k = next((j for j in (m_tok - 1, m_tok - 2) if j >= 0 and tokens[j].norm in _cues()["from"]), None)
    if k is None:
        return False
    the_city = place_words()["city_anaphor"]
    if _first_of(tokens, trig.last + 1, min(len(tokens), trig.last + _THE_CITY_AFTER + 1), the_city) is not None:
        return False                              # من مدينة تعز إن الحوثيين قصفوا المدينة: the one city, spoken of too
    said = _cues()["report_content"]
    for j in range(k - 1, max(-1, k - _STATEMENT_REACH - 1), -1):
        if _first_of(tokens, j, j + 1, said) is not None:
            return False                          # إن … من X: X is in what was said
        if _has_cue(tokens[j].norm, "speech"):
            return _first_of(tokens, m_tok + 1, trig.first, said) is not None
    return False


def _seat(m_tok: int, trig: Trigger, tokens: list[Token], prev: str) -> bool:
    """من مقره في X: an organisation's seat, where it spoke, told before the trigger or set off by
    commas after it (فيما طالب الاتحاد الإفريقي، من مقره في أديس أبابا، بفتح تحقيق); not a seat that
    was left, struck or raided (انسحبت القوات من مقرها في مدينة إب، اختطف مسلحون المدير من مقرها)."""
    if m_tok < 3 or not _is_in(prev) or not _has_cue(tokens[m_tok - 2].norm, "seat") \
            or tokens[m_tok - 3].norm not in _cues()["from"]:
        return False
    return m_tok < trig.first or any(c in _between(tokens, m_tok - 3) for c in ",،")


def _issued_in(m_tok: int, tokens: list[Token]) -> bool:
    """بيان لوزارة الدفاع صدر في نيامي، بيان صادر من الخرطوم: a verb of issuing right before في or من
    before the place, and a word of a statement a few words before it: where the statement came out."""
    prev = tokens[m_tok - 1].norm if m_tok >= 3 else ""
    if not (prev in _cues()["in"] or prev in _cues()["from"]) or not _has_cue(tokens[m_tok - 2].norm, "issued"):
        return False
    return _word_of_between(tokens, max(0, m_tok - 2 - _ISSUED_REACH), m_tok - 2, "speech")


_ISSUED_REACH = 4       # words from a statement's word to its verb of issuing (بيان لوزارة الدفاع النيجرية صدر)


def _said_in(m_tok: int, trig: Trigger, tokens: list[Token]) -> bool:
    """قال امام الصحافيين في أنقرة إن …، قال في مؤتمر صحافي في أنقرة إن …: a reporting verb and a
    word of the press a few words before the place, and the content of what was said (إن، أن)
    between the place and the trigger: where it was said."""
    low = max(0, m_tok - _SAID_REACH)
    if not (_word_of_between(tokens, low, m_tok, "report_verb")
            and _word_of_between(tokens, max(0, m_tok - _PRESS_REACH), m_tok, "press")):
        return False                              # (ناشطون في حلب: sources in a place tell of it)
    return any(tokens[k].norm in _cues()["report_content"] for k in range(m_tok + 1, trig.first))


def _opens_clause(tokens: list[Token], m_tok: int) -> bool:
    """The place opens its sentence or clause: (و)في X at the start, or X itself."""
    k = m_tok - 1 if m_tok > 0 and _is_in(tokens[m_tok - 1].norm) else m_tok
    return k == 0 or any(c in _between(tokens, k) for c in ".،,:؛;\n") or _between(tokens, k) == ""


def _officials_in(m_tok: int, tokens: list[Token]) -> bool:
    """مسؤولون في واشنطن: where officials sit and speak, no likelier a site than a country named
    beside it (وقصفت طائرات تركية أهدافا في سورية، وكان مسؤولون في واشنطن قد صرحوا…); and
    قوات المعارضة في ريف حلب: where the fighters are based, no likelier a site than the target
    named after them (قصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء). Fighters a strike is
    made on are its target, not its base (غارات على مقاتلي داعش في الرقة)."""
    if m_tok < 2 or tokens[m_tok - 1].norm not in _cues()["in"]:
        return False
    if any(_has_cue(tokens[k].norm, "official") for k in range(max(0, m_tok - 3), m_tok - 1)):
        return True                               # (مصادر عسكرية في عدن: with its adjective)
    return any(_has_cue(tokens[k].norm, "forces") and not (k > 0 and _has_cue(tokens[k - 1].norm, "target_before"))
               for k in range(max(0, m_tok - 3), m_tok - 1))


def _is_in(norm: str) -> bool:
    """The word "in" (في), or with و on it (وفي)."""
    words = _cues()["in"]
    return norm in words or (norm[:1] == "و" and norm[1:] in words)


def _has_cue(norm: str, role: str) -> bool:
    table = _cues()[role]
    return norm in table or (norm[:1] in ("و", "ف") and norm[1:] in table)


def _marked(tokens: list[Token], low: int, high: int, marks: str) -> bool:
    """One of *marks* stands before one of tokens low … high - 1 (between it and the token before)."""
    return any(c in _between(tokens, j) for j in range(low, high) for c in marks)


def _between(tokens: list[Token], k: int) -> str:
    """The characters between token k-1 and token k (as the tokens' own text allows)."""
    t = tokens.text if hasattr(tokens, "text") else None
    return t[tokens[k - 1].end:tokens[k].start] if t is not None else ""


_TAKE_OFF_REACH = 8     # words between a verb of taking off and the place it took off from, من between them


def _took_off_from(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """أقلعت من القاعدة الجوية في دياربكر: a verb of taking off a few words before a place is the base
    a strike, a shelling or an attack set out from; further back (طائرات انطلقت من قاعدة القيادة
    الجوية الثامنة في ولاية ديار بكر), with من after it, in its clause and before any word of what was
    struck, for any happening."""
    if trig.kind in _FROM_BASE_KINDS and (_after_word_of(tokens, m_tok, "takeoff", _TAKEOFF_REACH)
                                          or _after_word_of(tokens, m_tok, "takeoff_noun", _TAKEOFF_REACH)):
        return True
    for k in range(m_tok - 1, max(-1, m_tok - _TAKE_OFF_REACH - 1), -1):
        if any(c in _between(tokens, k + 1) for c in ",،.؛") or _has_cue(tokens[k].norm, "struck_object"):
            return False                          # انطلقت من قاعدة حميميم مواقع في إدلب: what they struck
        if tokens[k].norm in _cues()["takeoff"]:
            return any(tokens[j].norm in _cues()["from"] for j in range(k + 1, m_tok))
    return False


def _took_place_at(m: Mention, m_tok: int, tokens: list[Token]) -> bool:
    """وقعت في سيلوبي، جرى بمدينة X: the clause says where the happening told before it took place."""
    happened = _cues()["happened_at"]
    if m_tok >= 1 and tokens[m_tok].text[:1] == "ب" and m.text[:1] != "ب":
        return tokens[m_tok - 1].norm in happened
    return m_tok >= 2 and _is_in(tokens[m_tok - 1].norm) and tokens[m_tok - 2].norm in happened


def _told_as_a_place(m: Mention, m_tok: int, tokens: list[Token]) -> bool:
    """The name carries its own ب (بكابل، بموسكو) or follows العاصمة and its adjective (في
    العاصمة الأفغانية كابل): a place, whatever the word before it."""
    if tokens[m_tok].text[:1] == "ب" and m.text[:1] != "ب":
        return True
    return any(tokens[k].norm in _cues()["capital_word"] for k in range(max(0, m_tok - 2), m_tok))


def _capital_for_its_government(trig: Trigger, m: Mention, prev: str, placed: bool = False) -> bool:
    """تقود واشنطن ائتلافا شن غارات: the capital of a power outside the region, with no locative
    word before it, is its government acting, not the site of violence (قصف صنعاء is a site); any
    capital right after مع is a government that is a party (بقطع الهدنة مع أنقرة), except where
    agreements and talks are placed by their parties (الاتفاق النووي مع طهران)."""
    from ..regions import mena
    from .tables import kinds

    if not m.resolved or (m.place.feature_code or "") != "PPLC":
        return False
    if prev in _cues()["with_party"] and trig.kind not in ("agreement", "talks"):
        return True                               # الهدنة مع أنقرة: the government is a party
    if not kinds()[trig.kind].violent or m.place.country in mena():
        return False
    return not (prev in _cues()["locative"] or prev in _cues()["part_of_place"] or m.cue or m.qualifier or placed)


def _after_word_of(tokens: list[Token], m_tok: int, role: str, reach: int) -> bool:
    """A word of the cue role *role* stands within *reach* words before the mention."""
    return _word_of_between(tokens, max(0, m_tok - reach), m_tok, role)


def _word_of_between(tokens: list[Token], low: int, high: int, role: str) -> bool:
    """A word of the cue role *role*, as written or without its proclitics, stands among tokens
    low … high - 1."""
    return _first_of(tokens, low, high, _cues()[role]) is not None


def _first_of(tokens: list[Token], low: int, high: int, words: frozenset[str]) -> int | None:
    """The first of tokens low … high - 1 that is one of *words*, as written or without its
    proclitics, or None."""
    for k in range(low, high):
        norm = tokens[k].norm
        if norm in words or any(s in words for s, _ in strip_proclitics(norm)):
            return k
    return None


@once
def _other_clause() -> re.Pattern:
    """، بينما في محافظة البيضاء…: a comma, a word that opens a clause of its own and "in": the
    next front of a summary (فيما ظهر شخص … سجن الهضبة may go on with the same scene)."""
    openers = sorted(_cues()["clause_opener"], key=len, reverse=True)
    far = sorted(_cues()["clause_opener_far"], key=len, reverse=True)  # ، وكانت مصادر عسكرية في عدن قد أفادت
    far_part = "|(?:%s)\\s+(?:\\S+\\s+){1,3}" % "|".join(map(as_written, far)) if far else ""
    return re.compile("[،,;؛]\\s*(?:(?:%s)\\s+%s)(?:و?في)\\s" % ("|".join(map(as_written, openers)), far_part))


def _reacted_to(trig: Trigger, tokens: list[Token]) -> bool:
    """A verb of condemning or welcoming stands a few words before the trigger (رحب كيري ببدء
    المحادثات): the happening is what was reacted to, told again, not told here."""
    return _first_of(tokens, max(0, trig.first - _CONDEMN_REACH), trig.first, _reaction_words()) is not None


def _government_reacted(tokens: list[Token], low: int, high: int) -> bool:
    """A verb of condemning or welcoming among tokens low … high - 1 with a government (or its
    office) right after it as its subject (فقد رحبت الحكومات، انتقدت الخارجية المصرية); not local
    people reacting to what hit their own town (في تعز انتقد السكان القصف)."""
    k = _first_of(tokens, low, high, _reaction_words())
    while k is not None:
        if _word_of_between(tokens, k + 1, min(high, k + 1 + _SUBJECT_REACH), "government"):
            return True
        k = _first_of(tokens, k + 1, high, _reaction_words())
    return False


def _in_a_reaction_after(trig: Trigger, m_tok: int, tokens: list[Token]) -> bool:
    """ودان الرئيس التفجير، فيما صدرت إدانات من طهران وواشنطن: the place is told in a reaction
    after the happening, with no comma between them; not one a circumstance (وسط ترحيب دولي،) or
    a comma closes before the place (استعادت القوات، وسط ترحيب دولي، مدينة تكريت)."""
    k = _first_of(tokens, trig.last + 1, m_tok, _reactions_told())
    if k is None or (k > 0 and _has_cue(tokens[k - 1].norm, "amid")):
        return False
    return not _marked(tokens, k + 1, m_tok + 1, ",،")


@once
def _reactions_told() -> frozenset[str]:
    """Verbs of condemning and welcoming and the nouns of a reaction (إدانات، ترحيب)."""
    return _reaction_words() | _cues()["reaction_noun"]


@once
def _reaction_words() -> frozenset[str]:
    """Verbs of condemning and of welcoming, one table."""
    return _cues()["condemn"] | _cues()["welcome"]


_SUBJECT_REACH = 2      # words between a verb of reacting and its subject


@once
def _reaction_clause() -> re.Pattern:
    """، فيما دعا …: a comma and a word that opens a clause of its own, with or without "in" (a
    reaction's sentence goes on with another speaker, not with the happening's site)."""
    openers = sorted(_cues()["clause_opener"], key=len, reverse=True)
    return re.compile("[،,;؛]\\s*(?:%s)\\s" % "|".join(map(re.escape, openers)))


def _cues():
    from .context import cues

    return cues()


_SENT_REACH = 3      # words between a verb of sending and its من (أرسلت تعزيزات إلى المنطقة من مدينة نيونو)


def _origin_before(tokens: list[Token], k_from: int) -> bool:
    """A word of people who come from somewhere right before من (مسلحون من), or a verb of sending a
    few words before it (أُرسلت إلى المنطقة من مدينة نيونو: where they were sent from)."""
    if _is_origin(tokens[k_from - 1].norm):
        return True
    return _first_of(tokens, max(0, k_from - _SENT_REACH), k_from - 1, _cues()["sent"]) is not None


def _is_origin(norm: str) -> bool:
    """A word for people who come from somewhere (مسلحون، نازحين، القادمين) before "من X"."""
    from .context import cues

    origin = cues()["origin"] | cues()["hails_from"]
    return norm in origin or any(s in origin for s, _ in strip_proclitics(norm))


def _conjoined(norm: str) -> bool:
    """The trigger word is written with و or ف before it (وسيطر، فقتل): it opens a new clause."""
    from .tables import trigger_index

    index = trigger_index()
    if norm[:1] not in ("و", "ف") or norm in index.first:
        return False
    return any(stem in index.first for stem in index.heads_of(norm) if not stem.startswith(norm[:1]))


def same_place(a: Mention, b: Mention) -> bool:
    return (a.resolved and b.resolved and a.place.id == b.place.id
            and a.qualifier == b.qualifier and a.direction == b.direction)


def inside(inner: Mention, outer: Mention) -> bool:
    """*inner* lies within *outer*: a village in its governorate, a city in its country,
    a place within 25 km of a city or of the point of a relative area."""
    if not (inner.resolved and outer.resolved) or inner.place.id == outer.place.id and same_place(inner, outer):
        return False
    p, q = inner.place, outer.place
    if q.kind in ("country", "admin1") and outer.qualifier == "direction" and not _in_that_part(p, q, outer.direction):
        return False                            # جنوب شرق تركيا: not Ankara
    if q.kind == "country":
        return p.country == q.country and p.kind != "country"
    if q.kind == "admin1":
        return p.country == q.country and p.admin1 == q.admin1 and p.kind != "admin1" and p.kind != "country"
    if outer.qualifier == "countryside" and _of_its_governorate(p, q):
        return True                             # مدينة الباب بريف حلب: a town of the city's governorate
    if q.bbox and q.kind in ("admin2", "region"):
        west, south, east, north = q.bbox
        return west <= p.lon <= east and south <= p.lat <= north
    if p.kind in ("country", "admin1", "admin2", "region"):
        return False
    if "neighbourhood" in (p.kind, q.kind) and p.country and q.country and p.country != q.country:
        return False                            # Ashkelon is not in Gaza's quarter of Shuja'iyya, 20 km away
    return great_circle_km(inner.lat, inner.lon, outer.lat, outer.lon) <= (outer.radius_km or _NEAR_KM)


def _in_that_part(p, area, direction: str | None) -> bool:
    """*p* lies in the *direction* half of *area* (شمال سوريا، جنوب شرق تركيا), by the area's point."""
    d = direction or ""
    return (("N" not in d or p.lat >= area.lat) and ("S" not in d or p.lat <= area.lat)
            and ("E" not in d or p.lon >= area.lon) and ("W" not in d or p.lon <= area.lon))


def _of_its_governorate(p, city) -> bool:
    """*p* lies in the admin-1 area of *city* (a point, not itself an area): in ريف X."""
    if city.kind in ("country", "admin1", "admin2", "region") or p.kind in ("country", "admin1"):
        return False
    return p.country == city.country and bool(p.admin1) and p.admin1 == city.admin1


def more_precise(a: Mention, b: Mention) -> bool:
    """*a* says more exactly where than *b* does (a lower ACLED geo-precision, or a place inside it)."""
    if not a.resolved:
        return False
    if not b.resolved:
        return True
    return (a.geo_precision or 3) < (b.geo_precision or 3) or inside(a, b)


def compatible(a: Mention | None, b: Mention | None) -> bool:
    """Two places that may be where one happening took place."""
    if a is None or b is None or not a.resolved or not b.resolved:
        return True
    return same_place(a, b) or inside(a, b) or inside(b, a) or a.place.id == b.place.id


def descriptors(mentions: list[Mention], text: str, not_places: set[int] = frozenset()) -> set[int]:
    """Mentions that only say where the place before them lies (مدينة المخأ بمحافظة تعز,
    جامعة الانبار في جنوب مدينة الرمادي بمحافظة الانبار): the event is at the first one — unless
    that one is no place of its own (*not_places*: جسر الرئيس وسط دمشق, whose الرئيس is a title)."""
    out = set()
    for n in range(1, len(mentions)):
        if n - 1 in not_places:
            continue
        prev, m = mentions[n - 1], mentions[n]
        start = m.area_start if m.area_start is not None else m.start
        between = text[prev.end:start].strip(" ،,")
        if (prev.sentence == m.sentence and prev.resolved and start - prev.end <= _DESCRIPTOR_GAP + len(between)
                and between in _DESCRIBING and inside(prev, m)):
            out.add(n)
    return out

