"""Whether a trigger tells of a happening, and whether an event is news or background.

A trigger word is not an event when (``geomap/data/event_cues.tsv``, ``topic_words.tsv``):

- the article is about sport, economy or culture and the trigger is violent or strategic
  (هجوم in a match report, انهيار in a market);
- it is weak (``triggers.tsv``: هجوم، مواجهة، معركة، اتفاق، لقاء…) and its sentence has no word
  of armed conflict (or, for a meeting or an agreement, no actor) besides the trigger itself;
- ل before a weak trigger makes it a purpose (لمواجهة، للقتال، لتدمير), unless a verb such
  as تعرض or أدى before it makes it a happening (تعرض لهجوم، أدى لمقتل);
- a figure of speech: مواجهة الإرهاب، المعارك السياسية، في مواجهة;
- its sentence tells of an accident (حادث، غرق، حريق، تصادم) and names no armed actor;
- it is an arrest for an ordinary crime (القبض على مروجي المخدرات، سرقة، مخالفي نظام الإقامة)
  in a sentence with no more words of armed conflict than of crime.
- it is what is to be prevented or avoided (لمنع المسلحين من قصف الأحياء، حتى لا يكونوا هدفا
  للعبوات الناسفة).

An event is **background** (told as history or context, not as news) when its own date lies
more than ``NEWS_DAYS`` before publication, when a retrospective cue comes before it in its
sentence (كان قد، سبق أن، في عام…), when its toll is a running total (منذ بدء الحرب…) or when it is
a habit or a campaign rather than one happening (تنفذ جميعها غارات…).
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import datetime as dt
from dataclasses import dataclass

from gazetteer.arabic import Tokens, normalize, stems
from gazetteer.once import once
from gazetteer.tables import load

from ..model import Actor
from ..quantities import is_number_word, least_of
from .tables import VIOLENT_TYPES, kinds
from .topic import OTHER_TOPICS, Profile
from .triggers import Trigger

_RETOLD_FROM_SENTENCE = 2    # "… إن الهجوم" told again from the third sentence on (ويأتي الهجوم from the second)
_WELCOME_REACH = 4          # words from a verb of welcome to the ب of what it welcomed (ورحبت نيروبي بالسيطرة)
_PLANTED_REACH = 4          # words from a bomb to the verb that says it was planted (الألغام والمفخخات التي زرعها)
_CONDEMNED_REACH = 8        # words from a verb of condemning to the attack it names (وأدان رئيس الجمهورية محمد عبد الله (فرماجو) الهجوم)
_WELCOMED_KINDS = frozenset(["territory", "agreement", "ceasefire"])   # what a government welcomes when it is done
_PURPOSE_REACH = 6          # words from "fighters entered" to why they came (دخل مقاتلو البشمركة مدينة كوباني لمساندة)
NEWS_DAYS = 7               # an event dated more than a week before publication is background (10 until session 32:
#                             dev 0.808 / 0.771 → 0.809 / 0.771, probes 04–22 0.898 → 0.900 precision)
_BACKGROUND_REACH = 12      # tokens before a trigger a retrospective cue may stand
_TALLY_DEAD = 1000         # dead told without a day of their own: a tally of months, not a happening
_RUNNING_TOTAL = 500
_LAST_MEETING_REACH = 3      # tokens after a meeting word to "the last" (القمة العربية الأخيرة)
_BACKGROUND_AFTER_REACH = 9  # tokens after a trigger an earlier-phrase may end (هجوم كبير في وقت سابق من الشهر)
_AFTER_REACH = 6            # tokens after a trigger a since-phrase makes it a running total        # dead in one "event" with a since-phrase: a running total
_CAMPAIGN_COUNT = 100       # strikes or attacks counted in the hundreds are a campaign (12053 غارة)
_DESCRIBING_KINDS = frozenset(["territory", "destruction"])  # in a relative clause they describe a place (المدينة التي سيطر عليها، دمشق التي دمر ريفها)
_WENT_OFF_REACH = 30        # words either side of a carried bomb a word of its going off may stand
_SIGNED_REACH = 6           # words before a known agreement a word of its signing may stand (وقع الطرفان أمس الاتفاق)
_SETTING_REACH = 8          # words from a fight to the raids told as its setting (في تبادل لإطلاق النار خلال حملة مداهمات)
_RELATIVE_NEWS_DAYS = 7     # days back a takeover dated in a relative clause may lie and still be news
_BUSINESS_WEIGHT = 3        # economy words a meeting's sentence needs to be a deal of money, not of war (topic_words.tsv)
_HURT_REACH = 4             # words before في مواجهة a casualty may stand (استشهد ضابط في مواجهة)
_CLEARED_OF_REACH = 3       # words from a clearing word to من before the bombs (تطهير شوارع البلدة من العبوات)
_AFTER_SPAN_REACH = 7       # words from من of بعد أسبوع من to the earlier happening (… من إعلان القوات العراقية استعادة)
_ANNIVERSARY_REACH = 3      # words before a trigger an anniversary may stand (الذكرى السنوية السبعين لتفجير)
_REPEATED_REACH = 2         # words after a trigger "repeated" may stand (هجماتهم المتكررة، القصف العنيف المتكرر)
_ARMING_REACH = 6            # words from a word of arming to the weapon it supplies (تجهيز العراق بأنواع من المدفعية)
_CAPABILITY_REACH = 4       # words before a trigger "able to" may stand (القادرون على تنفيذ هجوم)
_PERSON_ON_REACH = 2    # words after an attack word its على may stand, an adjective between (هجوما شديدا على الرئيس)
_RELATIVES_REACH = 8    # words after a meeting word its family may be named (التقى الرئيس الأميركي باراك أوباما العشرات من أقاربه)
_FEARED_REACH = 3       # words before a trigger a phrase of fear may stand (خوفا من اندلاع اشتباكات)
_MISHAP_ALONE = 3       # an article's score of an accident or a crime that tells it, with no word of conflict in it
_MADE_REACH = 2         # words before a weapon word a word of making may stand (معمل لتصنيع القذائف)
_DEVICE_REACH = 12          # words around a named bomb a word of its blast may stand (سيارة مفخخة استهدفت، قتل … بانفجار)
_CHARGE_REACH = 3           # words a charge may stand before the act it names (بتهمة التخطيط لتفجيرات)
_BOMB_REACH = 3             # words around انفجر/انفجرت a bomb may stand (انفجرت عبوة ناسفة، قنبلتان انفجرتا)
_FUNERAL_REACH = 16         # words before a word of death a funeral may stand (مواكب التشييع لعشرات القتلى … الذين لقوا مصرعهم; الشهيد الإماراتي … الذي أعلنت القيادة العامة للقوات المسلحة الإماراتية عن استشهاده)
_MOVED_REACH = 16           # words after a trigger its verb of moving may stand (المعركة بين … انتقلت شمالا)
_NO_NEWS_REACH = 7          # words before a trigger "no information about" may stand
_BOMBINGS = frozenset(["explosion", "suicide_bomb"])
_AVERTED_REACH = 7          # words before a trigger "lest" or "to prevent … from" may stand
_KIN_REACH = 3              # words after a killing its object, the killer's kin, may stand (قتل رجل ثلاثيني زوجته)
_VEHICLE_CONFLICT = 2.0      # words of conflict a car driven in may have beside it (محل البدل العسكرية)
_VEHICLE_REACH = 6          # words after a storming word its car may stand (اقتحم شاب مختل نفسيا مسجدا بسيارته)
_DIPLOMATIC_REACH = 8       # words before a protest a summons or a note of protest may stand
_HALTED_REACH = 4           # words before a strike or a meeting "halted" or "postponed" may stand
_RETALIATE_REACH = 6       # words a verb of retaliating may stand before على and the attack word
CROWD_REACH = 7            # words protesters may stand before the storming, burning or smashing they did (أقدم متظاهرون غاضبون، مساء أمس الأربعاء، على اقتحام)
_SUBJECT_AFTER = 2         # words after such a verb its protesters may stand (اقتحم عشرات المحتجين)
_SYMBOL_REACH = 3          # words after a burning verb the flag or picture burnt may stand
_STOPPED_REACH = 2         # words between a word of catching or killing and the bomber it stopped
_VOICED_REACH = 4          # words from a verb of voicing to the objection it voiced (جددت أنقرة احتجاجها)
_FOUND_ON_REACH = 10       # words a finding verb stands before the على of the bomb or shell found, in its clause
_FOUND_REACH = 4           # words a finding word stands before a bomb or shell, or لم ينفجر after it
_CONTROLLED_REACH = 4       # words after a takeover word its على may stand (سيطر الجيش على الموقف)
_HALTABLE = frozenset(["airstrike", "shelling", "battle", "talks"])
_PLUPERFECT_GAP = 7         # words between كان and قد at most (وكان الرئيس اليمني عبد ربه منصور هادي قد)
_ARMED_KINDS = frozenset(["rebel_group", "political_militia", "identity_militia", "coalition",
                          "state_forces", "police"])
_PARTY_KINDS = _ARMED_KINDS | {"government", "person", "organisation", "state"}
_DIPLOMATIC_KINDS = _ARMED_KINDS | {"government", "state"}
_OR = frozenset(["او", "أو"])
STRATEGIC = frozenset(["arrests", "group_change", "base", "withdrawal", "destruction", "territory"])
_STRATEGIC = STRATEGIC


@dataclass(frozen=True)
class Cues:
    """The word lists of ``event_cues.tsv`` by role (normalised; phrases as space-joined words)."""

    by_role: dict[str, frozenset[str]]

    def __getitem__(self, role: str) -> frozenset[str]:
        return self.by_role.get(role, frozenset())


@once
def cues() -> Cues:
    by_role: dict[str, set[str]] = {}
    for r in load("event_cues.tsv", "geomap"):
        word = r["word"] if r["role"] in ("accident_kind", "crime_kind", "known_kind") else normalize(r["word"])
        by_role.setdefault(r["role"], set()).add(word)
    # the titles of people (الرئيس، وزير، السفير) say who met or agreed, named or not
    titles = {normalize(r["word"]) for r in load("person_cues.tsv") if r["kind"] == "title"}
    titles |= {t + suffix for t in titles for suffix in ("ان", "ين")}       # الرئيسان، السفيرين
    titles |= by_role.pop("party_title", set())
    by_role["party"] = titles
    return Cues({role: frozenset(words) for role, words in by_role.items()})


def protesters_before(norms: list[str], sentence_of: list[int], t: Trigger, reach: int, who: frozenset[str]) -> bool:
    """Protesters (*who*) up to *reach* words before what they did, in its clause (أقدم محتجون
    غاضبون، مساء أمس، على اقتحام); not across فيما/بينما, nor when armed men follow the verb as its
    own subject (شارك آلاف المحتجين في المسيرة، فيما اقتحم مسلحون مجهولون مقر البلدية)."""
    c = cues()
    after = t.last + 1
    if after < len(norms) and sentence_of[after] == t.sentence and _has(norms[after], c["armed_subject"]):
        return False
    for k in range(t.first - 1, max(-1, t.first - reach - 1), -1):
        if sentence_of[k] != t.sentence or _has(norms[k], c["clause_opener"]):
            return False
        if _has(norms[k], who):
            return True
    return False


def _adjective(norm: str) -> bool:
    """A definite nisba adjective (الإرهابي، الانتحارية, normalised)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4


def _has(norm: str, table: frozenset[str]) -> bool:
    """The word, or the word without its proclitics (ولم → لم, too short for stems()), is in *table*."""
    return (norm in table or (norm[:1] in ("و", "ف") and norm[1:] in table)
            or any(s in table for s in stems(norm)))


@functools.lru_cache(maxsize=64)
def _last_words(table: frozenset[str]) -> frozenset[str]:
    """The words the phrases of *table* end with (a frozenset caches its hash: cheap to look up)."""
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in table)


def _phrase_before(norms: list[str], k: int, table: frozenset[str], lowest: int, max_words: int = 5) -> bool:
    """A phrase of *table* ends right before token k (and starts at or after *lowest*)."""
    if k - 1 < lowest:
        return False
    last = norms[k - 1]
    if last not in _last_words(table):
        return _one_word_in(last, table)
    for n in range(1, max_words + 1):
        j = k - n
        if j < lowest:
            break
        words = norms[j:k]
        if " ".join(words) in table or " ".join([*stems(words[0])[-1:], *words[1:]]) in table:
            return True
        if words[0][:1] == "و" and " ".join([words[0][1:], *words[1:]]) in table:
            return True                          # وفي الأشهر الأولى: the phrase after و
    return False


def _one_word_in(word: str, table: frozenset[str]) -> bool:
    """No phrase of *table* ends with *word* as written: only the word itself, read without its
    clitics, may be one."""
    return stems(word)[-1] in table or (word[:1] == "و" and word[1:] in table)


def object_after_on(norms: list[str], sentence_of: list[int], t: Trigger, reach: int) -> int | None:
    """The token right after the على that follows trigger *t* within *reach* words of its sentence
    (هجوم جهادي مسلح على فندق: the attack's object), or None."""
    for k in range(t.last + 1, min(len(norms) - 1, t.last + reach + 1)):
        if sentence_of[k] != t.sentence:
            return None
        if norms[k] == "علي":
            return k + 1 if sentence_of[k + 1] == t.sentence else None
    return None


def _phrase_within(norms: list[str], first: int, last: int, table: frozenset[str]) -> bool:
    """A phrase of *table* lies anywhere in tokens first..last-1 (:func:`_phrase_before` at each end;
    most words end no phrase, and this runs for every cue of every sentence with an event)."""
    ends = _last_words(table)
    for k in range(first + 1, last + 1):
        word = norms[k - 1]
        if word in ends:
            if _phrase_before(norms, k, table, first):
                return True
        elif _one_word_in(word, table):
            return True
    return False


_QUOTED_NAME_CHARS = 40     # how far a quoted name's marks may stand from a word in it
_RELEASE_REACH = 12       # words from a release to the suspicion its prisoners were held on
_DELIBERATE_AFTER = 3     # words after an accident-like trigger a word of intent may follow (انفجار صهريج مفخخ)
_GUNMEN_VICTIM_REACH = 8  # words after a killing verb its civilian victims may stand at, past its gunmen
_GUNMEN_REACH = 2        # words from a killing verb to the gunmen who are its subject (قتل مسلحون مجهولون)
_GUNFIRE_REACH = 4         # words after a killing word that may say it was by gunfire (قتل شاب برصاص مسلحين)
_SHORT_VOWELS = frozenset("\u064e\u064f\u0650\u0652")     # fatha, damma, kasra, sukun (news leaves them out)


_PURPOSE_LIST_REACH = 4  # words back a purpose (بهدف) reaches a trigger joined by و to the one after it
_UNDERGO_REACH = 8      # words back a verb of undergoing or meeting (تعرض، تصدت) reaches a لـ + trigger
_WARNED_REACH = 5       # words from a verb of warning to the من before what it warns of (حذر قائد عسكري من سقوط)
_SUFFERED_REACH = 12    # … and a verb of suffering or meeting an attack itself (تعرض موقع … في مدينة تيرا، فجر أمس الاثنين، لهجوم)


class TriggerFilter:
    """Decides which triggers of an article tell of happenings (see the module docstring)."""

    def __init__(self, tokens: Tokens, sentence_of: list[int], profile: Profile, actors: list[Actor],
                 token_of_actor: list[int], triggers: list[Trigger] = (), states: Iterable[int] = (),
                 peoples: Iterable[int] = ()):
        """*states*: the sentences that name a country, a party a meeting or an agreement may have
        (توصلت إيران والقوى الكبرى إلى اتفاق); *peoples*: those that name a nation by its demonym
        (وزيري الأشغال اليمنيين), which makes a meeting one of state."""
        self.tokens, self.norms, self.sentence_of = tokens, tokens.norms, sentence_of
        self.profile = profile
        self.cues = cues()
        # the violent triggers of each sentence: one supports another (قتل خمسة في قصف)
        self.violent: dict[int, list[Trigger]] = {}
        self.by_sentence: dict[int, list[Trigger]] = {}
        for t in triggers:
            self.by_sentence.setdefault(t.sentence, []).append(t)
            if kinds()[t.kind].violent:
                self.violent.setdefault(t.sentence, []).append(t)
        self.trigger_firsts = frozenset(t.first for t in triggers)
        self.trigger_lasts = frozenset(t.last for t in triggers)
        self.actor_starts = frozenset(token_of_actor)
        self.actor_kinds: dict[int, set[str]] = {}
        for a, k in zip(actors, token_of_actor):
            if 0 <= k < len(sentence_of):
                self.actor_kinds.setdefault(sentence_of[k], set()).add(a.kind)
        for sentence in states:
            self.actor_kinds.setdefault(sentence, set()).add("state")
        self.peoples = frozenset(peoples)

    def admits(self, t: Trigger) -> bool:
        violent = kinds()[t.kind].violent
        if self._boilerplate(t) or self._named_or_supposed(t) or self._intended(t):
            return False
        if self._another_word(t) or self._no_bomb_went_off(t) or self._device_only(t) or self._charged(t) \
                or self._manifestations(t):
            return False
        if self._not_this_happening(t) or self._asked(t):
            return False
        if self.profile.label in OTHER_TOPICS and (violent or t.kind in _STRATEGIC or t.kind == "statement"):
            return False
        if self.profile.label in ("sport", "culture"):
            return False
        if t.strength == "weak" and not self._weak_admitted(t, violent):
            return False
        if self._negated(t):
            return False
        if t.first == t.last and _has(self.norms[t.first], self.cues["abstract_trigger"]):
            return False                              # القتل والدمار: killing in general
        if self._accident(t) or self._crime(t):
            return False
        return not (self._repeated(t) or self._capability(t) or self._in_words(t) or self._mourned(t)
                    or self._averted(t) or moved_away(self.norms, self.sentence_of, t) or self._setting(t))

    def _setting(self, t: Trigger) -> bool:
        """Raids told as the setting of a fight told just before them in their clause (قتلت قوات
        الجيش 6 عناصر في تبادل لإطلاق النار خلال حملة مداهمات): the fight is the happening."""
        if t.kind != "arrests" or t.first == 0:
            return False
        start = self._sentence_range(t)[0]
        if not _phrase_before(self.norms, t.first, self.cues["frame_before"], start, 3):
            return False
        low = self._clause_low(t, _SETTING_REACH)
        return any(low <= v.last < t.first for v in self.violent.get(t.sentence, ()))

    def _retold(self, t: Trigger) -> bool:
        """The article's attack told again past its lead: "the attack comes at a time …" (ويأتي الهجوم في
        وقت تعقد فيه في جنيف) or "analysts say the attack aims at …" (ويقول محللون إن الهجوم، قال الجعفري
        إن الهجوم "رسالة"), not where it happened (إن التفجير وقع في سوق بمدينة بعقوبة، التفجير الآخر)."""
        if t.sentence < 1 or t.first < 1 or self.sentence_of[t.first - 1] != t.sentence:
            return False
        if self._the_bomber_again(t):
            return True                               # بينهم شخص ساعد الانتحاري على دخول المنشأة
        if self._welcomed(t) or self._condemned(t) or self._claimed(t):
            return True                               # ورحبت نيروبي بالسيطرة على المدينة، وأدان الرئيس الهجوم الإرهابي،
        before = t.first - 1 if self.norms[t.first - 1] not in ("هذا", "هذه") else t.first - 2
        if self._cue_in(t, "retold_before", before, before + 1):
            return True                               # ويأتي (هذا) الهجوم في وقت تعقد فيه في جنيف … (not يأتي وسط اشتباكات)
        if self._cue_in(t, "condemning", t.first - 1, t.first) and self._ends_clause(t):
            return True                               # ردود الفعل المنددة بالهجوم، (not المنددة بالتفجير الذي استهدف مسجدا)
        if self.norms[t.first - 1] == "علي" and (self._cue_in(t, "retaliate_noun", t.first - 2, t.first - 1)
                                                or self._cue_in(t, "retaliate", self._clause_low(t, _RETALIATE_REACH), t.first - 1)):
            return True                               # بأن ترد القوات المسلحة والشرطة على الهجوم: the attack told already
        if t.sentence < _RETOLD_FROM_SENTENCE or t.first != t.last or self.norms[t.first - 1] != "ان" \
                or self.norms[t.first] not in self.cues["retold"]:
            return False
        return not self._cue_in(t, "retold_not_after", t.last + 1, t.last + 2)   # إن التفجير وقع في …: where

    def _welcomed(self, t: Trigger) -> bool:
        """ورحبت نيروبي بالسيطرة على المدينة، أشاد الرئيس بتحرير البلدة: a takeover, a deal or a truce
        welcomed or praised (the verb a few words before, the trigger with its ب) past the lead is
        the one the article told; the welcome is the news."""
        if t.kind not in _WELCOMED_KINDS or not self.norms[t.first].startswith(("ب", "وب")):
            return False
        low = self._clause_low(t, _WELCOME_REACH)
        return self._cue_in(t, "welcome", low, t.first) and self._told_before(t, lambda u: u.kind == t.kind)

    def _condemned(self, t: Trigger) -> bool:
        """وأدان رئيس الجمهورية محمد عبد الله (فرماجو) الهجوم الإرهابي، past the lead: the attack the
        article told, named by its definite word (its adjectives at most after it, then the clause
        ends), a few words after a verb of condemning; not ونددت الحكومة بالقصف الذي استهدف مستشفى
        في حلب, which tells where."""
        return self._told_attack_after(t, "condemn", "وب", lambda: self._ends_clause(t) or self._another_call_after(t))

    def _claimed(self, t: Trigger) -> bool:
        """وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان: the attack the article told, claimed by a
        group past the lead (its definite word a few words after a verb of claiming, the clause
        ending or going on with the statement that claims it: في بيان، عبر, not في العريش)."""
        after = t.last + 1
        return self._told_attack_after(
            t, "claim", "و", lambda: self._ends_clause(t)
            or _phrase_within(self.norms, after, min(len(self.norms), after + 2), self.cues["claim_tail"]))

    def _told_attack_after(self, t: Trigger, verbs: str, clitics: str, named_alone) -> bool:
        """A violent trigger's definite word (after the proclitics *clitics*) a few words after a verb of
        the cue role *verbs*, *named_alone* (nothing after it tells where), with a violent event told in
        a sentence before: that event told again."""
        if not kinds()[t.kind].violent or not self.norms[t.first].lstrip(clitics).startswith("ال") or not named_alone():
            return False
        low = max(self._sentence_range(t)[0], t.first - _CONDEMNED_REACH)
        return self._cue_in(t, verbs, low, t.first) and self._told_before(t, lambda u: kinds()[u.kind].violent)

    def _told_before(self, t: Trigger, like) -> bool:
        """A trigger *like* wants stands in a sentence before *t*'s (what is welcomed or condemned was
        told: ورحب الرئيس بالسيطرة على المكلا with no takeover told before is the news)."""
        return any(like(u) for s in range(t.sentence) for u in self.by_sentence.get(s, ()))

    def _the_bomber_again(self, t: Trigger) -> bool:
        """الانتحاري, the bomber (one definite word, after a word that is neither a definite noun it
        may qualify nor the end of another trigger: ساعد الانتحاري، جثة الانتحاري; not التفجير
        الانتحاري، تفجير سوروتش الانتحاري), after a suicide bombing told in a sentence before: the
        person the article told of, no second bombing."""
        if t.kind != "suicide_bomb" or t.first != t.last or t.first < 2:
            return False
        word, before = self.norms[t.first], self.norms[t.first - 1]
        if word.lstrip("وفبل") not in self.cues["bomber"] and word not in self.cues["bomber"]:
            return False
        if before.lstrip("وفبل").startswith("ال") or {t.first - 1, t.first - 2} & self.trigger_lasts:
            return False
        if self._cue_in(t, "detonated", t.first - 2, t.first) or self._cue_in(t, "detonated", t.last + 1, t.last + 3):
            return False                              # وفي كربلاء، فجر الانتحاري نفسه: a bombing of its own
        return self._told_before(t, lambda u: u.kind == "suicide_bomb")

    def _sentence_range(self, t: Trigger) -> tuple[int, int]:
        """The token indices of the trigger's sentence, as (first, end)."""
        return bisect_left(self.sentence_of, t.sentence), bisect_right(self.sentence_of, t.sentence)

    def _clause_low(self, t: Trigger, reach: int) -> int:
        """The first of the *reach* words before the trigger in its sentence and clause (after the
        last punctuation before it)."""
        low = t.first
        while low > max(0, t.first - reach) and self.sentence_of[low - 1] == t.sentence and self._joined(low):
            low -= 1
        return low

    def _joined(self, k: int) -> bool:
        """Tokens k - 1 and k stand with no punctuation between them (one space at most)."""
        return self.tokens[k].start - self.tokens[k - 1].end <= 1

    def _another_call_after(self, t: Trigger) -> bool:
        """The trigger is followed by another condemnation or call joined by و (منددين بالقصف ومطالبين
        المجتمع الدولي بالتدخل): the condemned attack ends its part of the clause."""
        k = t.last + 1
        if k >= len(self.norms) or self.sentence_of[k] != t.sentence or not self.norms[k].startswith("و"):
            return False
        word = self.norms[k][1:]
        return _has(word, self.cues["condemn"]) or _has(word, self.cues["demand"])

    def _ends_clause(self, t: Trigger) -> bool:
        """The trigger, with up to two adjectives of its own (بالهجوم الإرهابي،), is the last word of its
        clause: punctuation or the sentence's end after it."""
        last = t.last
        while last + 1 < min(len(self.norms), t.last + 3) and self.sentence_of[last + 1] == t.sentence \
                and self._joined(last + 1) and _adjective(self.norms[last + 1]):
            last += 1
        k = last + 1
        return k >= len(self.norms) or self.sentence_of[k] != t.sentence or not self._joined(k)

    def _a_visit(self, t: Trigger) -> bool:
        """Fighters who entered a place to attend, support or secure something (دخل مقاتلو الفصائل
        مدينة إسطنبول لحضور مؤتمر، دخل مقاتلو البشمركة مدينة كوباني لمساندة المقاتلين) took nothing."""
        if t.kind != "territory" or not self._cue_in(t, "entry", t.first, t.first + 1):
            return False
        end = t.last + 1
        while end < min(len(self.norms), t.last + _PURPOSE_REACH + 1) and self._joined(end):
            end += 1                                  # in the same clause: no punctuation between (not …، ودعا المفتي للقتال)
        return self._cue_in(t, "entry_purpose", t.last + 1, end)

    def _an_objection_voiced(self, t: Trigger) -> bool:
        """احتجاجها على … a few words after a verb of voicing (جددت، أبلغت، سجلت): an objection a
        government or a body voiced, not a demonstration (not واصلت جماهير الحراك احتجاجها في ساحة العروض,
        nor وجددت قبائل المحافظة احتجاجها أمام مبنى المحافظة)."""
        if self.norms[t.first] not in self.cues["own_protest"] or t.last + 1 >= len(self.norms) \
                or self.norms[t.last + 1] != "علي":
            return False
        return self._cue_in(t, "voiced", self._clause_low(t, _VOICED_REACH), t.first)

    def _another_word(self, t: Trigger) -> bool:
        """The trigger's words are another word or no news here: أسرته (his family), القذائف
        المضيئة (fireworks), فجرت عملية (then took place), a simile (كالقتيلة), a name in quotes
        (مخيمات «طلائع التحرير»), a vocalised quotation (الْقَتْلَى: scripture or verse)."""
        if t.first == t.last and _has(self.norms[t.first], self.cues["not_trigger"]):
            return True
        if t.first == t.last and self._checkpoint(t):
            return True                               # هجوم على كمين المطافي: a police checkpoint, no ambush
        if t.kind == "protest" and t.last > t.first and _has(self.norms[t.last], self.cues["crowd_march"]) \
                and self._cue_in(t, "celebration", *self._sentence_range(t)):
            return True                               # احتفل آلاف المشجعين بفوز المنتخب في مسيرات حاشدة
        if t.first == t.last and self._an_objection_voiced(t):
            return True                               # جددت أنقرة احتجاجها على انتهاك أجوائها: an objection
        if (t.first == t.last and self.norms[t.first] in self.cues["ran_verb"] and t.last + 1 < len(self.norms)
                and self.norms[t.last + 1] in self.cues["ran_after"]):
            return True                               # فجرت عملية متابعته: then a chase took place
        if t.last + 1 < len(self.norms) and self.norms[t.last + 1] in self.cues["not_after"]:
            return True
        if t.kind == "explosion" and t.last + 1 < len(self.norms) and self.norms[t.last + 1] in self.cues["test_after"]:
            return True                               # أجرت كوريا الشمالية تفجيرين نوويين: a weapons test
        if self.norms[t.first].startswith(("كال", "وكال")):
            return True                               # أستلقي كالقتيلة: like a dead woman, a simile
        return self._in_quoted_name(t) or sum(ch in _SHORT_VOWELS for ch in self.tokens[t.first].text) >= 2

    def _checkpoint(self, t: Trigger) -> bool:
        """كمين is a police checkpoint (Egypt) when it is what is attacked or guarded: after على,
        استهدف, أمام, قوات (هجوم على كمين المطافي، أمام الكمين، قوات الكمين) or before الأمني or a
        quoted name (كمين "المطافي"); not an ambush set or fallen into (نصب كمينا، قتلوا في كمين)."""
        norms, c, k = self.norms, self.cues, t.first
        if not _has(norms[k], c["checkpoint"]):
            return False
        if k > 0 and self.sentence_of[k - 1] == t.sentence and norms[k - 1] in c["checkpoint_before"]:
            return True
        if k + 1 >= len(norms) or self.sentence_of[k + 1] != t.sentence:
            return False
        if any(q in self.tokens.text[self.tokens.ends[k]:self.tokens.starts[k + 1]] for q in "\"«“'"):
            return True                               # كمين "المطافي": a quoted name follows
        return any(norms[j] in c["checkpoint_after"] and self.sentence_of[j] == t.sentence
                   for j in range(k + 1, min(len(norms), k + 3)))       # كمين الريسة الأمني

    def _no_bomb_went_off(self, t: Trigger) -> bool:
        """A bombshell (انفجرت قنبلة سياسية), and انفجر/انفجرت alone with no bomb beside it (not انفجرت
        عبوة ناسفة، ثلاث منها انفجرت قرب القرية): انفجر الغضب، انفجرت أسطوانة غاز، انفجر المتهم
        بالبكاء, or the barrel or rocket of a strike told beside it."""
        if t.kind == "explosion" and t.last + 1 < len(self.norms) and self.norms[t.last + 1] in self.cues["bombshell_after"]:
            return True
        if t.kind == "explosion" and _has(self.norms[t.first], self.cues["bomb_noun"]) \
                and self._cue_in(t, "planted_after", t.last + 1, t.last + _PLANTED_REACH + 1):
            return True                               # بسبب الألغام والمفخخات التي زرعها الإرهابيون: planted, none went off
            #                                           (not انفجار ألغام زرعتها الميليشيات: the blast word says one did)
        if t.first != t.last or not _has(self.norms[t.first], self.cues["went_off_verb"]):
            return False
        return not self._cue_around(t, "bomb_noun", _BOMB_REACH)

    def _cue_around(self, t: Trigger, role: str, reach: int) -> bool:
        """A word of *role* within *reach* words of the trigger in its sentence, its first word aside
        (the bomb a phrase names itself: عبوتين ناسفتين انفجرتا)."""
        return (self._cue_in(t, role, t.first - reach, t.first)
                or self._cue_in(t, role, t.first + 1, t.last + 1 + reach))

    def _named_or_supposed(self, t: Trigger) -> bool:
        """منظمة التحرير، هيئة تحرير الشام: a name, no takeover; أي هدنة ستكون هشة، لأي هجوم: a
        hypothesis."""
        if t.first == 0:
            return False
        before = self.norms[t.first - 1]
        if _has(before, self.cues["name_head"]):
            return True
        return self.sentence_of[t.first - 1] == t.sentence and before in self.cues["any_before"]

    def _charged(self, t: Trigger) -> bool:
        """بتهمة تفجير كنيسة، وجهت النيابة تهمة اغتيال: a charge names the act, reports none (not
        بتهم إرهابية في اشتباك: the clash they were killed in)."""
        # اعتقلت الشرطة مشتبها به في تفجيري مدينة سوسة: the act suspected (not مشتبه به في التفجير
        # الانتحاري الذي أسفر عن مقتل 32: the bombing told as news)
        if t.first > 1 and self.norms[t.first - 1] in self.cues["in"] and self._cue_in(t, "suspect", t.first - 3, t.first - 1) \
                and not self._cue_in(t, "relative", t.last + 1, t.last + 3):
            return True
        return (self._cue_in(t, "charge", t.first - _CHARGE_REACH, t.first)
                and not (t.first > 0 and self.norms[t.first - 1] in self.cues["in"]))

    def _device_only(self, t: Trigger) -> bool:
        """A bomb named with nothing of a blast beside it (عثرت على عبوة ناسفة، كانت بحوزتهم سيارة
        مفخخة، حذرت من سيارة مفخخة، دمرت غارة سيارة مفخخة): a device found, held, feared or
        destroyed. A blast is told by a word of exploding, of targeting, of the dead or hurt within
        its reach, or by the bomb as the means (بعبوة ناسفة)."""
        if t.kind in ("shelling", "explosion") and self._cue_in(t, "made", t.first - _MADE_REACH, t.first):
            return True                               # معمل لتصنيع القذائف: shells made, not fired
        if t.kind != "explosion" or self.norms[t.first] not in self.cues["device_head"]:
            return False
        return not self._cue_around(t, "blast_evidence", _DEVICE_REACH)

    def _asked(self, t: Trigger) -> bool:
        """فهل سمعتم عن تفجير في قلب طهران أو بكين؟: a happening in a question (its clause, up to the
        question mark) is asked about, not told (not قتل 10 في تفجير أمس، فمن يقف وراءه؟)."""
        text = getattr(self.tokens, "text", None)
        if not text:
            return False
        last = bisect_right(self.sentence_of, t.sentence) - 1
        end = self.tokens.ends[last]
        if not any(q in text[end:end + 2] for q in "؟?"):
            return False
        clause = text[self.tokens.ends[t.last]:end]
        return not any(c in clause for c in "،,:؛;«")

    def _manifestations(self, t: Trigger) -> bool:
        """الفساد ومظاهره وأساليبه: مظاهر with its pronoun (its manifestations), written with ه and
        listed with و between other parts of a thing, not مظاهرة (a demonstration, written with ة,
        and often with ه on the web), which normalise alike."""
        text = getattr(self.tokens, "text", None)
        if t.kind != "protest" or t.first != t.last or not text:
            return False
        word = text[self.tokens.starts[t.first]:self.tokens.ends[t.first]]
        if word not in ("ومظاهره", "ومظاهرها"):
            return False                              # (خرجت أمس مظاهره حاشدة: ة written as ه)
        nxt = self.norms[t.last + 1] if t.last + 1 < len(self.norms) and self.sentence_of[t.last + 1] == t.sentence else ""
        return nxt.startswith("و")                    # الفساد ومظاهره وأساليبه: one of a list of its parts

    def _in_quoted_name(self, t: Trigger) -> bool:
        """The trigger is one word of a name of two to five words in «…» (مخيمات «طلائع التحرير»،
        عملية «السهم الذهبي» is no takeover; «تحرير» alone in quotes stays a word quoted)."""
        text = getattr(self.tokens, "text", None)
        if not text:
            return False
        start, end = self.tokens.starts[t.first], self.tokens.ends[t.last]
        opening = text.rfind("«", max(0, start - _QUOTED_NAME_CHARS), start)
        closing = text.find("»", end, end + _QUOTED_NAME_CHARS)
        if opening < 0 or closing < 0 or "»" in text[opening:start] or "«" in text[end:closing]:
            return False
        return 2 <= len(text[opening + 1:closing].split()) <= 5

    def _cue_in(self, t: Trigger, role: str, low: int, high: int) -> bool:
        """A word of the cue role *role* stands in tokens low … high - 1 of the trigger's sentence."""
        words, norms, s = self.cues[role], self.norms, t.sentence
        return any(self.sentence_of[k] == s and _has(norms[k], words)
                   for k in range(max(0, low), min(len(norms), high)))

    def _crowd_did(self, t: Trigger) -> bool:
        """Protesters are the doers: named as subjects right after the verb (اقتحم المتظاهرون، أحرق
        عشرات المحتجين) or a few words before it (وكان المحتجون قد اقتحموا); not the protesters a
        force stormed or killed (أحرقت قوات الأمن خيام المحتجين، قتلت الشرطة ثلاثة متظاهرين)."""
        if self._cue_in(t, "protester_subject", t.last + 1, t.last + _SUBJECT_AFTER + 1):
            return True
        return protesters_before(self.norms, self.sentence_of, t, CROWD_REACH, self.cues["protester_subject"])

    def _stopped_bomber(self, t: Trigger) -> bool:
        """القبض على انتحاري، قتلت القوات انتحاريا، من قتل انتحاري: a bomber caught or killed before he
        struck (not قتل انتحاري خمسة جنود, a bomber who killed)."""
        if self._cue_in(t, "stopped_before", t.first - _STOPPED_REACH, t.first):
            return True
        norms = self.norms
        if self._before_that(t.last + 1):
            return True                               # قتل انتحاري قبل أن يفجر سيارته: stopped before he struck
        for k in range(max(0, t.first - _STOPPED_REACH), t.first):
            if self.sentence_of[k] == t.sentence and _has(norms[k], self.cues["killed_before"]):
                return norms[t.first].endswith("يا") or (k > 0 and norms[k - 1] in ("من", "ومن"))
        return False

    def _before_that(self, k: int) -> bool:
        """قبل أن at tokens k, k + 1."""
        return 0 <= k and k + 1 < len(self.norms) and self.norms[k] in self.cues["before_could"] and self.norms[k + 1] == "ان"

    def _found(self, t: Trigger) -> bool:
        """عثرت فرق الهندسة على مقذوف لم ينفجر، أبطل الخبراء عبوة: a bomb or shell found or made
        safe, not one that went off."""
        if self._cue_in(t, "found_before", t.first - _FOUND_REACH, t.first) or self._carried(t):
            return True
        if t.first > 0 and self.norms[t.first - 1] == "علي" \
                and self._cue_in(t, "found_on", self._clause_low(t, _FOUND_ON_REACH), t.first - 1):
            return True                               # عثر رجل في مدينة إرفورت شرقي ألمانيا على قذيفة دبابة قديمة
        word = self.norms[t.first]
        if t.first == t.last and t.first > 0 and word.startswith("ال") \
                and not _has(self.norms[t.first - 1], self.cues["went_off"]) \
                and any(u.kind == t.kind and u.last < t.first and self.norms[u.first].lstrip("وب") == word[2:]
                        and self._found(u) for u in self.by_sentence.get(t.sentence, ())):
            return True                               # … على قذيفة دبابة قديمة، أمسك الرجل القذيفة: the shell found
        norms, end = self.norms, min(len(self.norms) - 1, t.last + _FOUND_REACH)
        return any(norms[k] in ("لم", "ولم") and _has(norms[k + 1], self.cues["went_off"])
                   and self.sentence_of[k + 1] == t.sentence for k in range(t.last + 1, end))

    def _carried(self, t: Trigger) -> bool:
        """زوارق تحمل عبوات ناسفة: bombs carried, right after the carrying word (or its number),
        in a sentence where nothing went off (not: انفجرت سيارة تحمل عبوات ناسفة)."""
        norms, k = self.norms, self._before_count(t)
        if k < 0 or self.sentence_of[k] != t.sentence or not _has(norms[k], self.cues["carried_before"]):
            return False
        return not any(self.sentence_of[j] == t.sentence and _has(norms[j], self.cues["went_off"])
                       for j in range(max(0, t.first - _WENT_OFF_REACH), min(len(norms), t.last + _WENT_OFF_REACH)))

    def _before_count(self, t: Trigger) -> int:
        """The token right before a blast word, or before the number of them (تفكيك 35 عبوة)."""
        k = t.first - 1
        if k > 0 and self.sentence_of[k] == t.sentence and is_number_word(self.norms[k]):
            k -= 1
        return k

    def _defused(self, t: Trigger) -> bool:
        """A clearing word right before a blast word, or before the number of them (تفكيك 35 عبوة)."""
        k = self._before_count(t)
        if k > 0 and self.norms[k] in ("من", "ومن") and self.sentence_of[k] == t.sentence:
            # تطهير الشوارع من العبوات الناسفة: cleared of bombs, a word or two before من
            return any(_has(self.norms[j], self.cues["defuse_before"]) and self.sentence_of[j] == t.sentence
                       for j in range(max(0, k - _CLEARED_OF_REACH), k))
        if _has(self.norms[k], self.cues["defuse_before"]):
            return True
        # بكاسحات متطورة للألغام: a clearing word, an adjective of its own between
        return (k > 0 and self.sentence_of[k - 1] == t.sentence and self.norms[k].endswith(("ه", "ة"))
                and _has(self.norms[k - 1].lstrip("ب"), self.cues["defuse_before"]))

    def _intended(self, t: Trigger) -> bool:
        """أرادوا اعتقال أبنائهم: what someone wanted to do; عملية استعادة السيطرة على الرمادي: a
        campaign to take a place, not its taking."""
        if t.first == 0:
            return False
        norms = self.norms
        before = norms[t.first - 1]
        if _has(before, self.cues["intent_before"]) or _has(before, self.cues["purpose_before"]):
            return True                               # بهدف وقف القتال: what talks were for
        if before in ("من", "ومن") and self._cue_in(t, "warned", t.first - 1 - _WARNED_REACH, t.first - 1):
            return True                               # حذر قائد عسكري من سقوط مدينة مأرب: warned of, not happened
        if norms[t.first].startswith("و") and self._cue_in(t, "purpose_before", self._clause_low(t, _PURPOSE_LIST_REACH), t.first):
            return True                               # بهدف وقف القتال والانسحاب: the purpose's list goes on
        if t.first > 1 and _has(before, self.cues["carry_out"]) and _has(norms[t.first - 2], self.cues["purpose_before"]):
            return True                               # بهدف تنفيذ عملية انتحارية: what a plot was for
        if t.kind == "killing" and self._cue_in(t, "verdict", t.first - 3, t.first):
            return True                               # حكما غيابيا بإعدام: a sentence, not an execution
        if t.kind in ("explosion", "suicide_bomb", "shelling") and (self._defused(t) or self._found(t)):
            return True                               # إزالة الألغام، تفكيك 35 عبوة ناسفة: no blast
        if t.kind == "suicide_bomb" and (_has(before, self.cues["among_before"]) or self._stopped_bomber(t)):
            return True                               # بينهم انتحاري: one of the dead; القبض على انتحاري: stopped
        if t.kind == "explosion" and t.first > 1 and self._before_that(t.first - 2):
            return True                               # قبل أن يفجر سيارته المفخخة: it never went off
        if t.kind == "battle" and self._cue_in(t, "forced_before", t.first - 3, t.first):
            return True                               # إجبار السكان على القتال: made to fight
        if t.kind == "shelling" and self._cue_in(t, "arming", self._clause_low(t, _ARMING_REACH), t.first):
            return True                               # بحث تجهيز العراق بأنواع من المدفعية: arms supplied
        if before == "في" and t.first > 1 and _has(norms[t.first - 2], self.cues["help_to"]):
            return True                               # غطاء جوي ليساعدها في اقتحام تلك المواقع: what help is for
        return t.kind == "territory" and _has(before, self.cues["campaign_before"])

    def _walked_out(self, t: Trigger) -> bool:
        """وانسحب يعقوب من الاجتماع: a withdrawal from a meeting, talks or a coalition, not of troops."""
        if t.kind != "withdrawal":
            return False
        norms, c = self.norms, self.cues
        for k in range(t.last + 1, min(len(norms) - 1, t.last + 8)):
            if self.sentence_of[k] != t.sentence:
                break
            if norms[k] == "من":
                return _phrase_within(norms, k + 1, min(len(norms), k + 3), c["meeting_left"])
        return False

    def _alternative(self, t: Trigger) -> bool:
        """اعتداءات تصل إلى الاعتقال أو الإعدام: one happening or another, told as what may befall
        someone — neither is reported to have happened."""
        norms = self.norms
        if t.first >= 2 and norms[t.first - 1] in _OR and t.first - 2 in self.trigger_lasts:
            return True
        return t.last + 2 < len(norms) and norms[t.last + 1] in _OR and t.last + 2 in self.trigger_firsts

    def elsewhere(self, t: Trigger) -> bool:
        """A trigger not admitted that still tells of violence somewhere (a habit, a capability):
        the place beside it is its own, no other trigger's."""
        return self._repeated(t) or self._capability(t)

    def _not_this_happening(self, t: Trigger) -> bool:
        """Another course than the one taken, a walk-out, a visit, or the article's attack told again."""
        return (self._alternative(t) or self._walked_out(t) or self._a_visit(t) or self._retold(t)
                or self._zone(t) or self._feared(t) or self._against_flames(t))

    def _feared(self, t: Trigger) -> bool:
        """خوفا من اندلاع اشتباكات، تحسبا من وقوع هجمات: what is feared has not happened (however
        strong the word)."""
        start = self._sentence_range(t)[0]
        return _phrase_within(self.norms, max(start, t.first - _FEARED_REACH), t.first, self.cues["feared_before"])

    def _zone(self, t: Trigger) -> bool:
        """من الفرار من مناطق الاشتباك، على خطوط القتال: the zone of a fight named by it, right after
        a word for its areas or lines, tells no happening (however strong the word)."""
        k = t.first - 1
        return (t.kind == "battle" and k >= 0 and self.sentence_of[k] == t.sentence
                and self.norms[k] in self.cues["zone_before"])

    def _boilerplate(self, t: Trigger) -> bool:
        """رابط الخبر بصحيفة …: <the headline again>: a link line that repeats the headline (the
        headline's own words are read as the headline, not as a sentence of the body)."""
        first = self._sentence_range(t)[0]
        return _phrase_within(self.norms, first, min(first + 2, t.first), self.cues["boilerplate"])

    def _repeated(self, t: Trigger) -> bool:
        """هجماتهم المتكررة على المنفذ، القصف المتكرر: a habit, not one happening (wherever it is)."""
        norms = self.norms
        return any(norms[k] in self.cues["repeated"] and self.sentence_of[k] == t.sentence
                   for k in range(t.last + 1, min(len(norms), t.last + _REPEATED_REACH + 1)))

    def _capability(self, t: Trigger) -> bool:
        """القادرون على تنفيذ هجوم، القدرة على شن غارات: what someone can do, not what happened; استخدام
        قاعدة أنجرليك لشن غارات: what something is for."""
        if t.first > 0 and self.sentence_of[t.first - 1] == t.sentence and self.norms[t.first - 1] in self.cues["to_launch"]:
            return not self._cue_in(t, "resumed", t.first - 7, t.first - 1)      # عادت الطائرات لشن غارات
        return self._cue_in(t, "capability", t.first - _CAPABILITY_REACH, t.first)

    def _averted(self, t: Trigger) -> bool:
        """حتى لا يكونوا هدفا للقناصة والعبوات الناسفة، لمنع المسلحين من قصف الأحياء: what is to be
        avoided or prevented, not what happened."""
        norms, c = self.norms, self.cues
        lowest = max(0, t.first - _AVERTED_REACH)
        while self.sentence_of[lowest] != t.sentence:
            lowest += 1
        if _phrase_within(norms, lowest, t.first, c["lest"]):
            return True
        if t.kind in _BOMBINGS and _phrase_within(norms, lowest, t.first, c["foiled"]):
            return True                       # أحبطت هجوما انتحاريا (a foiled assault is still a fight)
        if t.first > 0 and norms[t.first - 1] in c["foiling"] and norms[t.first].endswith("ات") \
                and not self._cue_in(t, "hurt_before", *self._sentence_range(t)) \
                and not (t.last + 1 < len(norms) and _has(norms[t.last + 1], self.cues["launched_after"])):
            return True                       # مداهمات قالت إنها استهدفت إحباط هجمات: attacks to be foiled
            #                                   (not إحباط هجوم … استشهاد 26, إحباط هجمات شنها التنظيم: fought off)
        if t.kind in _HALTABLE and _phrase_within(norms, max(lowest, t.first - _HALTED_REACH), t.first, c["halted"]):
            return True                       # أوقفت عمليات القصف الجوي، أجلت طالبان المفاوضات
        if t.first == 0 or norms[t.first - 1] != "من":
            return False
        return any(_has(norms[k], c["prevent"]) for k in range(lowest, t.first - 1))

    def _mourned(self, t: Trigger) -> bool:
        """مواكب التشييع لعشرات القتلى، جنازة القتلى: the dead of a funeral died where the text says
        they fell, not where they are buried (a funeral is no event)."""
        if t.kind != "killing":
            return False
        return (self._cue_in(t, "funeral", t.first - _FUNERAL_REACH, t.first)
                or self._cue_in(t, "remembered_before", t.first - 1, t.first))   # وصور القتلى، ذوي القتلى

    def _in_words(self, t: Trigger) -> bool:
        """An attack in words: خطابات هاجموا فيها الحكومة، شن هجوما حادا على الوزير; a protest in
        diplomacy: استدعت مبعوث الجامعة لتسجيل احتجاج، سلمت مذكرة احتجاج; an office's objection:
        احتجاج الهيئة على الإعلان."""
        if t.kind == "protest":
            return (self._cue_in(t, "diplomatic", t.first - _DIPLOMATIC_REACH, t.first)
                    or (self._cue_in(t, "objecting_body", t.last + 1, t.last + 2)     # احتجاج الهيئة على الإعلان
                        and t.last + 2 < len(self.norms) and self.norms[t.last + 2] == "علي"))
        if t.kind != "battle":
            return False
        norms, c, s = self.norms, self.cues, t.sentence
        after = [norms[k] for k in range(t.last + 1, min(len(norms), t.last + 3)) if self.sentence_of[k] == s]
        if after and after[0] in c["verbal_after"]:
            return True                               # هجوما حادا، هجوما لاذعا
        if self._on_a_person(t) and not self._armed_beside(t):
            return True                               # شن هجوما شديدا على الرئيس الأميركي: words
        if after and after[0] == "علي" and self._cue_in(t, "interview", t.first - 3, t.first) and not self._armed_beside(t):
            return True                               # شن في مقابلة تلفزيونية هجوما على السعودية
        if not after or after[0] not in c["in_it"]:
            return False
        return self._cue_in(t, "speech", t.first - 3, t.first)

    def _armed_beside(self, t: Trigger) -> bool:
        """An armed actor, a word of armed conflict of full weight or a word of the dead or hurt in the
        trigger's sentence (هجوم مسلح على وزير الداخلية، أصيب خمسة أشخاص في هجوم على الوزير)."""
        if self.actor_kinds.get(t.sentence, set()) & _ARMED_KINDS or self._strong_conflict_beside(t):
            return True
        return self._cue_in(t, "hurt_before", *self._sentence_range(t))

    def _on_a_person(self, t: Trigger) -> bool:
        """هجوما شديدا على الرئيس، هجوما عنيفا على الحكومة، على قرار الرئيس: an attack whose object,
        right after على (an adjective between at most), is a person, a government or a decision."""
        k = object_after_on(self.norms, self.sentence_of, t, _PERSON_ON_REACH)
        return k is not None and self.norms[k] in self.cues["verbal_target"]

    def _weak_admitted(self, t: Trigger, violent: bool) -> bool:
        """A weak trigger tells of a happening: no purpose, figure of speech or hearsay, and its
        sentence has a word of armed conflict (violent) or the parties (a meeting, an agreement)."""
        if self._purpose(t) or self._figure_of_speech(t) or self._hearsay(t) or self._negated(t):
            return False
        if self._cue_in(t, "battle_noun", t.first, t.first + 1) and self._cue_in(t, "election", *self._sentence_range(t)):
            return False                              # حسم الحزب معركة المدن الكبرى … الدوائر الانتخابية
        if t.kind == "riot":                          # أحرق محتجون المبنى: a riot; not أحرق الحوثيون منازل، أحرق المتظاهرون العلم
            return self._crowd_did(t) and not self._cue_in(t, "symbol_after", t.last + 1, t.last + _SYMBOL_REACH + 1)
        if t.kind == "battle" and self._crowd_did(t):
            return True                               # اقتحم المتظاهرون مبنى المجلس: a riot
        if violent or t.kind in _STRATEGIC:
            return self._conflict_supported(t)
        return self._has_parties(t)

    def _purpose(self, t: Trigger) -> bool:
        """لمواجهة، للقتال: what is aimed at (unless a verb before makes it a happening: تعرض لهجوم)."""
        word = self.norms[t.first]
        if word.startswith("ول"):
            word = word[1:]                           # ولمواجهة: and to face
        if word in self.cues["lam_trigger"]:          # للاشتباه: the arrest, unless a release is told (أفرجت السلطات
            return (self._cue_in(t, "released", t.first - _RELEASE_REACH, t.first)   # عن صحفيين أوقفتهم للاشتباه)
                    or self._suspected_thing(t))          # or a thing is suspected (للاشتباه بوجود عبوة ناسفة)
        if not word.startswith("ل") or word.startswith(("لقاء", "لقائ", "لقي")):
            return False                              # لقاء، لقائه، لقي: the ل is the word's own
        # تعرض لهجوم، تعرض مطار عدن الدولي أمس لقصف، تصدت المقاومة أمس لهجوم: undergone or met
        for k in range(max(0, t.first - _SUFFERED_REACH), t.first):
            if self.sentence_of[k] != t.sentence:
                continue
            if _has(self.norms[k], self.cues["suffered"]) or (
                    t.first - k <= _UNDERGO_REACH and _has(self.norms[k], self.cues["undergo"])):
                return False
        return True

    def _suspected_thing(self, t: Trigger) -> bool:
        """للاشتباه بوجود عبوة، للاشتباه في سيارة مفخخة: a thing suspected, not a person held."""
        k = t.last + 1
        if k < len(self.norms) and self.norms[k] in ("في", "ب"):
            k += 1
        return k < len(self.norms) and self.sentence_of[k] == t.sentence and _has(self.norms[k], self.cues["suspected_thing"])

    def _not_ground(self, t: Trigger, nxt: str) -> bool:
        """What a takeover word takes that is no ground: a situation (السيطرة على الموقف) or a state
        restored (استعادة الدولة اليمنية، استعادة الشرعية; not سيطرة الدولة الإسلامية على, the group)."""
        if self._took_in_words(t):
            return True
        if _has(self.norms[t.first], self.cues["recovering"]) and self._cue_in(t, "recovered", t.last + 1, t.last + _RECOVERED_REACH):
            return True                               # استعادت القوات أربعة محتجزين: people, not ground (حرر رهائن: a raid)
        return _has(nxt, self.cues["restored"]) and not self._islamic_state_after(t)

    def _islamic_state_after(self, t: Trigger) -> bool:
        """سيطرة الدولة الإسلامية على: the group's name after a takeover word, not a state restored."""
        k = t.last + 2
        return k < len(self.norms) and self.norms[k].startswith("الاسلامي")

    def _took_in_words(self, t: Trigger) -> bool:
        """سيطر الجيش على الموقف، السيطرة على الوضع: what is controlled, right after the على
        that follows the takeover word, is a situation, not ground."""
        norms, end = self.norms, min(len(self.norms) - 1, t.last + _CONTROLLED_REACH)
        on = next((k for k in range(t.last + 1, end) if norms[k] == "علي"), None)
        return (on is not None and self.sentence_of[on + 1] == t.sentence
                and _has(norms[on + 1], self.cues["situation"]))

    def _figure_of_speech(self, t: Trigger) -> bool:
        """في مواجهة، المعركة الجارية ضد الإرهاب، حليفة واشنطن في قتال «داعش»…"""
        norms, c = self.norms, self.cues
        nxt = norms[t.last + 1] if t.last + 1 < len(norms) and self.sentence_of[t.last + 1] == t.sentence else ""
        prev = norms[t.first - 1] if t.first > 0 and self.sentence_of[t.first - 1] == t.sentence else ""
        if nxt in c["idiom_after"] or (t.kind == "abduction" and (_has(nxt, c["families_after"])
                                                                  or prev in c["families_before"])):
            return True                               # أسر الشهداء، الوقوف مع أسرهم: families, not a capture
        if t.kind == "talks" and self._no_meeting(t, nxt):
            return True                               # قمة جبل العروس، التقى أوباما العشرات من أقاربه
        if t.kind == "territory" and self._not_ground(t, nxt):
            return True                               # السيطرة على الموقف، استعادة الدولة اليمنية: no ground
        if t.kind in ("battle", "territory") and _has(nxt, c["civil_subject"]):
            return True                               # هاجم الأكاديمي، وسيطر المرشح: words, a lead
        if t.kind == "airstrike" and self._cue_in(t, "blow_after", t.last + 1, t.last + 3):
            return True                               # بضربها بحجر، ضربة على رأسها: a blow by hand
        if t.kind == "battle" and self._driven_in(t):
            return True                               # اقتحمت سيارة محلا: a car, no storming
        if t.kind == "battle" and (t.last + 1 in self.actor_starts or nxt in c["against"]) and _has(norms[t.first], c["fight_noun"]):
            return True                               # في قتال «داعش»، في المواجهة ضد التنظيم: the fight against a group
        if t.kind == "shelling" and self._cue_in(t, "supply", t.first - 8, t.first):
            return True                               # تقديم أسلحة … منها الصواريخ: arms supplied
        if any(norms[k] in c["abstract_after"] and self.sentence_of[k] == t.sentence
               for k in range(t.last + 1, min(len(norms), t.last + 4))):
            return True                               # المعركة الجارية ضد الإرهاب: the war on terror
        if _phrase_before(norms, t.first, c["idiom_before"], max(0, t.first - 3)):
            return True
        # في مواجهة المتطرفين: in the face of them (an idiom ending with the trigger's own word);
        # في مواجهة مع المسلحين، في مواجهة عنيفة: a clash
        return self._idiom_through(t) and not self._a_clash(t)

    def _no_meeting(self, t: Trigger, nxt: str) -> bool:
        """قمة جبل العروس: the top of a mountain, no summit; التقى أوباما العشرات من أقاربه: a family visit."""
        return nxt in self.cues["top_of"] or self._cue_in(t, "relatives", t.last + 1, t.last + 1 + _RELATIVES_REACH)

    def _a_clash(self, t: Trigger) -> bool:
        """في مواجهة مع المسلحين، في مواجهة ليلية مع، في مواجهة عنيفة: a clash, and so is one
        somebody died or was hurt in (استشهد ضابط في مواجهة العناصر التكفيرية)."""
        norms, c, s = self.norms, self.cues, t.sentence
        after = [norms[k] for k in range(t.last + 1, min(len(norms), t.last + 4)) if self.sentence_of[k] == s]
        if (after and _has(after[0], c["clash_after"])) or any(w in ("مع", "ومع") for w in after):
            return True
        return any(self.sentence_of[k] == s and _has(norms[k], c["hurt_before"])
                   for k in range(max(0, t.first - 1 - _HURT_REACH), t.first - 1))

    def _idiom_through(self, t: Trigger) -> bool:
        """A phrase of two or three words of idiom_before that ends with the trigger's word."""
        norms, table = self.norms, self.cues["idiom_before"]
        return any(t.first + 1 - n >= 0 and self.sentence_of[t.first + 1 - n] == t.sentence
                   and " ".join(norms[t.first + 1 - n:t.first + 1]) in table for n in (2, 3))

    def _against_flames(self, t: Trigger) -> bool:
        """مواجهة الحرائق، اشتبكت فرق الإطفاء مع النيران: a fire fought (right after the fight word
        or after its مع), no battle, however strong the word."""
        norms, k = self.norms, t.last + 1
        if k < len(norms) and norms[k] in ("مع", "ومع"):
            k += 1
        return (t.kind == "battle" and k < len(norms) and self.sentence_of[k] == t.sentence
                and norms[k] in self.cues["flames"])     # (not اشتباكات بالنيران الكثيفة: gunfire)

    def _driven_in(self, t: Trigger) -> bool:
        """A storming word with one car or truck a few words on and no armed actor or bomb in its
        sentence (اقتحمت سيارة تسير بسرعة عالية محلا، اقتحم شاب مسجدا بسيارته): a car driven in."""
        c = self.cues
        if not self._cue_in(t, "vehicle", t.last + 1, t.last + _VEHICLE_REACH + 1):
            return False
        if (self.actor_kinds.get(t.sentence, set()) & _ARMED_KINDS
                or self.profile.support(t.sentence, "conflict", range(t.first, t.last + 1)) > _VEHICLE_CONFLICT):
            return False                          # اقتحم مسلحون يستقلون سيارة، شاحنة محملة بالمتفجرات
        return not any(self.sentence_of[k] == t.sentence and _has(self.norms[k], c["deliberate"])
                       for k in range(t.first, min(len(self.norms), t.last + _VEHICLE_REACH + 3)))

    def _hearsay(self, t: Trigger) -> bool:
        """ادعاءات … باستهداف المطار: a claim, not a report; مناطق سيطرة المعارضة، يحتفظ النظام
        بسيطرته: who holds, not who took."""
        norms, c = self.norms, self.cues
        if self._cue_in(t, "hearsay", t.first - 6, t.first):
            return True
        if t.kind != "territory" or t.first == 0:
            return False
        before = norms[t.first - 1]
        if before == "من" and not norms[t.first].startswith("سيطر"):
            # من سيطرة الحوثيين (from the control of) is a state; تمكنت من السيطرة على، من تحرير:
            # managed to take; باتت على بعد 400 متر من السيطرة: not yet
            if t.first > 1 and _has(norms[t.first - 2], c["distance_unit"]):
                return True
            if self._cue_in(t, "prevent_from", t.first - 5, t.first - 1):
                return True                           # منعت المعارضة من السيطرة عليها: prevented
            return self._cue_in(t, "state_verb", t.first - 4, t.first)
        if before == "تحت" and t.first > 1 and _has(norms[t.first - 2], c["became"]):
            return False                              # الحوطة باتت تحت السيطرة: it came under control, a takeover
        return _has(before, c["state_before"]) or self._cue_in(t, "state_verb", t.first - 4, t.first)

    def _conflict_supported(self, t: Trigger) -> bool:
        """A word of armed conflict or an armed actor in the sentence, another word of violence,
        or (in a conflict report) a sentence of conflict next to it."""
        support = self.profile.support(t.sentence, "conflict", range(t.first, t.last + 1))
        if support > 0 or self.actor_kinds.get(t.sentence, set()) & _ARMED_KINDS:
            return True
        if any(o is not t and (o.strength == "strong" or o.kind != t.kind) for o in self.violent.get(t.sentence, ())):
            return True                               # قتل خمسة في قصف: the other word of violence vouches
        # in a report of armed conflict, the sentence before or after may carry it (استهدفوا في مخبأ…)
        near = max(self.profile.sentence(t.sentence - 1).get("conflict", 0.0),
                   self.profile.sentence(t.sentence + 1).get("conflict", 0.0))
        return self.profile.label == "conflict" and near >= 2

    def _has_parties(self, t: Trigger) -> bool:
        """A meeting or an agreement needs its parties: an actor, or a title near the trigger. A
        meeting or an agreement is one of a conflict map only when it is more than an office's or
        a firm's business: a country, an armed party or a word of diplomacy in its sentence
        (نظيره، المبعوث، وفد), not three bodies agreeing to build a power plant."""
        if t.kind in ("talks", "agreement") and (not self._diplomatic(t) or self._business(t)):
            return False
        if self.actor_kinds.get(t.sentence, set()) & _PARTY_KINDS:
            return True
        return self._cue_in(t, "party", t.first - 15, t.last + 16)

    def _business(self, t: Trigger) -> bool:
        """The meeting's or agreement's sentence is about money, not war: words of the economy
        weigh at least ``_BUSINESS_WEIGHT`` and more than words of armed conflict (اتفاق القادة
        الأوروبيين على قروض إنقاذ لليونان … منطقة اليورو; مقرضو اليونان لبدء محادثات حزمة إنقاذ)."""
        skip = range(t.first, t.last + 1)
        economy = self.profile.support(t.sentence, "economy", skip)
        return economy >= _BUSINESS_WEIGHT and economy > self.profile.support(t.sentence, "conflict", skip)

    def _diplomatic(self, t: Trigger) -> bool:
        """The meeting's sentence names a country, an armed or governing party, a word of diplomacy
        or of armed conflict: not a governor's meeting with his directors."""
        if self.actor_kinds.get(t.sentence, set()) & _DIPLOMATIC_KINDS or t.sentence in self.peoples:
            return True
        if self.profile.support(t.sentence, "conflict", range(t.first, t.last + 1)) > 0:
            return True
        return self._cue_in(t, "diplomacy", t.first - 20, t.last + 21)

    def _negated(self, t: Trigger) -> bool:
        """لم ترد تقارير عن وقوع اشتباكات، دون وقوع إصابات، من دون قتال: a happening said not to have happened;
        لا معلومات أكيدة لدينا عن حادثة الخطف: one the speaker knows nothing sure of."""
        norms, c = self.norms, self.cues
        if _phrase_within(norms, self._clause_low(t, _NO_NEWS_REACH), t.first, c["no_news"]):
            return True                               # (not ولا حديث عن أي انسحاب، إذ تتواصل الاشتباكات)
        if t.first == 0:
            return False
        if _has(norms[t.first - 1], c["without"]) and not self._cue_in(t, "negation", t.first - 6, t.first - 1):
            return True                               # سيطرت على البلدة دون قتال (not لا يمر يوم دون غارات): no fight took place
        if norms[t.first - 1] not in c["negated_event"]:
            return False
        return self._cue_in(t, "negation", t.first - 7, t.first - 1)

    def _accident(self, t: Trigger) -> bool:
        """An accident (a collision, a fire, a drowning) is no political violence: the trigger's sentence
        tells of one at least as much as of armed conflict."""
        if t.kind not in self.cues["accident_kind"] or any(_has(self.norms[k], self.cues["deliberate"])
                                                           for k in range(t.first, min(len(self.norms), t.last + 1 + _DELIBERATE_AFTER))
                                                           if self.sentence_of[k] == t.sentence):
            return False                              # حادثة تفجير المسجد، انفجار سيارة مفخخة في ساعة ذروة حركة المرور
        if self._cue_in(t, "gunfire", t.last + 1, t.last + _GUNFIRE_REACH + 1) \
                and not self._cue_in(t, "stray", t.last + 1, t.last + _GUNFIRE_REACH + 3):
            return False                              # قتل شاب برصاص مسلحين …، في حادثة جديدة: shot, no mishap
        if self._cue_in(t, "gunmen", t.last + 1, t.last + _GUNMEN_REACH + 1) \
                and self._cue_in(t, "civilian", t.last + 2, t.last + _GUNMEN_VICTIM_REACH):
            return False                              # قتل مسلحون مزارعين … في حادثة منفصلة: gunmen killed them
            #                                           (not قتل مسلح حوثي … في حادث انقلاب سيارة: the gunman died)
        # an accident's words outweigh the sentence's words of armed conflict (حادث الاصطدام، not
        # عبوة ناسفة استهدفت إحدى المدرعات أثناء سيرها: an attack is an incident too)
        return self._told_as(t, "accident")

    def _crime(self, t: Trigger) -> bool:
        """ألقت الشرطة القبض على مدرسين لبيعهما المخدرات: police work on an ordinary crime, not
        political violence (ACLED codes arrests that are political) — unless its sentence tells of
        armed conflict as much (خلية إرهابية تهرب الأسلحة)."""
        if t.kind not in self.cues["crime_kind"]:
            return False
        return self._told_as(t, "crime") or self._kin_killed(t) or self._no_politics_in_an_arrest(t)

    def _no_politics_in_an_arrest(self, t: Trigger) -> bool:
        """An arrest in an article with no word of armed conflict anywhere and no armed actor in its
        sentence (ألقى رجال الهيئة القبض على شاب إثر قيامه بابتزاز فتاة): police work on an ordinary
        crime, which ACLED does not code."""
        if t.kind != "arrests":
            return False
        p = self.profile
        if p.scores.get("conflict", 0.0) or self.actor_kinds.get(t.sentence, set()) & _ARMED_KINDS:
            return False
        low, high = self._sentence_range(t)      # (not القبض على عدد من المتظاهرين، على ناشط معارض: political)
        return not (self._cue_in(t, "protesters", low, high) or self._cue_in(t, "political_detainee", low, high))

    def _kin_killed(self, t: Trigger) -> bool:
        """A killing whose object is the killer's own kin (ثلاثيني يقتل زوجته، أب يقتل ابنه، أقدم على
        قتل شقيقه), right after the killing or after a plain man as its subject (رجل، شاب، ثلاثيني),
        with no armed group or strong word of conflict beside it: a domestic crime. Kin joined by و are
        victims beside others (قتل رجل وزوجته وابنه في هجوم), not the object."""
        if t.kind != "killing" or self.actor_kinds.get(t.sentence, set()) & _ARMED_KINDS:
            return False
        c, norms = self.cues, self.norms
        for k in range(t.last + 1, min(len(norms), t.last + _KIN_REACH + 1)):
            if self.sentence_of[k] != t.sentence:
                return False
            if norms[k] in c["kin"]:
                return not self._strong_conflict_beside(t)
            if norms[k] not in c["kin_killer"]:
                return False          # قتل جنود الاحتلال شقيقه، أمام أطفاله: a killer or witnesses, not a plain man
        return False

    def _told_as(self, t: Trigger, topic: str) -> bool:
        """The trigger's sentence tells of an accident or a crime (*topic*) at least as much as of
        armed conflict (a killing: more); or the sentence has no strong word of armed conflict, the
        headline tells of the mishap at least as much as of conflict, and the body no more of conflict
        than both tell of the mishap (مصرع ثلاثة أشخاص إثر تحطم طائرة في طوكيو over «لقيا مصرعهما»)."""
        if self.actor_kinds.get(t.sentence, set()) & (_ARMED_KINDS - {"police"}):
            return False              # بوكو حرام … بقتل عشرة بالسكين (police report accidents and crimes)
        p = self.profile
        conflict = p.support(t.sentence, "conflict", range(t.first, t.last + 1))
        told = p.sentence(t.sentence).get(topic, 0.0)
        if told >= 2 and (told > conflict or (told == conflict and (topic == "accident" or t.kind != "killing"))):
            return True                           # (a killing tied between crime and conflict is conflict)
        if p.scores.get(topic, 0.0) >= _MISHAP_ALONE and not p.scores.get("conflict", 0.0):
            return True                           # لقي شخصان مصرعهما إثر اختناقهما داخل بئر: no word of conflict anywhere
        headline = p.title.get(topic, 0.0)
        if headline < 2 or headline < p.title.get("conflict", 0.0):
            return False
        body = {k: p.scores.get(k, 0.0) - 2 * p.title.get(k, 0.0) for k in (topic, "conflict")}   # (titles count twice)
        if body[topic] + headline < body["conflict"]:
            return False                          # the body tells of armed conflict more than both tell of it
        return not self._strong_conflict_beside(t)

    def _strong_conflict_beside(self, t: Trigger) -> bool:
        """A word of armed conflict of full weight (مسلحون، المتفجرات) in the trigger's sentence, not
        one of the trigger's own words."""
        hits = self.profile.hits                  # (sentence_of ascends: the sentence's tokens by bisection)
        start, end = self._sentence_range(t)
        return any(hits.get(k, {}).get("conflict", 0.0) >= 2
                   for k in range(start, end) if not t.first <= k <= t.last)


_RECOVERED_REACH = 5        # words after a takeover word the people it recovered may stand (استعادت القوات الإسرائيلية أربعة محتجزين)


def moved_away(norms: list[str], sentence_of: list[int], t: Trigger) -> bool:
    """انتقال القتال شمالا، المعركة … انتقلت شمالا: the fighting moved on, to no place the text
    names (a destination, انتقل القتال إلى مدينة X, is a site)."""
    c = cues()
    nxt = norms[t.last + 1] if t.last + 1 < len(norms) and sentence_of[t.last + 1] == t.sentence else ""
    if t.first > 0 and _has(norms[t.first - 1], c["moved"]) and nxt in c["away"]:
        return True                              # انتقال القتال شمالا
    # the trigger's own predicate (المعركة … انتقلت شمالا), not a next step (اشتباكات في تعز ثم انتقلت شمالا)
    return any(sentence_of[k + 1] == t.sentence and norms[k] in c["moved"] and norms[k + 1] in c["away"]
               and norms[k - 1] not in c["then"]
               for k in range(t.last + 1, min(len(norms) - 1, t.last + _MOVED_REACH + 1)))


_HABIT_REACH = 4         # words before a trigger a word of frequency may stand (يتم يوميًا اعتقال)


def _habit(norms: list[str], first: int, sentence_start: int, sentence_length: int, last: int | None = None) -> bool:
    """A word of frequency a few words before the trigger or after its last word, in its sentence
    (يتم يوميًا اعتقال، تقصف القوات يوميا الأحياء، أطلقت قذائف الهاون والصواريخ العشوائية بشكل متكرر)."""
    end = min(sentence_start + sentence_length, (first if last is None else last) + 1 + _HABIT_REACH)
    if first - 1 in (sentence_start, sentence_start + 1) and norms[first - 1] in cues()["was"] \
            and norms[first][:1] in ("ي", "ت") and (first - 1 == sentence_start or norms[sentence_start] in cues()["emphatic"]):
        return True                              # لقد كانوا يتظاهرون في طهران خلال رمضان: what they used to do
        #                                          (not المحتجين الذين كانوا يتظاهرون، بينما كانوا يتظاهرون: one happening)
    return _phrase_within(norms, max(sentence_start, first - _HABIT_REACH), end, cues()["habit"])


def report_of(*, kind: str, date: dt.date | None, precision: int | None, own_date: bool,
              date_rule: str | None, published: dt.date | None, norms: list[str], first: int, sentence_start: int,
              sentence_norms: list[str], status: str | None, fatalities: int | None,
              site_kind: str | None, dated_after: bool = False, named_campaign: bool = False,
              context_day: bool = False, clause_start: int = 0, head_last: int | None = None) -> str:
    """``new`` or ``background`` for one event (see the module docstring). *dated_after*: its own
    date stands after the trigger (المدينة التي سيطر عليها ليل الأربعاء); *context_day*: its date is
    its paragraph's, not its sentence's; *clause_start*: the first token after the last comma of
    its sentence before the trigger."""
    if _phrase_within(sentence_norms, 0, len(sentence_norms), cues()["era"]):
        return "background"                      # يوم السبت … سنة ثلاث من الهجرة: another era, whatever the day
    if own_date and _old(date, precision, date_rule, published):
        return "background"
    day_told = own_date and precision == 1
    days_ago = (published - date).days if day_told and date is not None and published is not None else None
    if _whatever_the_day(kind, norms, first, sentence_start, day_told, dated_after, named_campaign, fatalities,
                         clause_start, days_ago):
        return "background"
    if not (day_told and not context_day) and _habit(norms, first, sentence_start, len(sentence_norms), head_last):
        return "background"                      # يتم يوميًا اعتقال طفلين: a habit, not one happening
    if kinds()[kind].event_type in VIOLENT_TYPES and _tally(sentence_norms, fatalities):
        return "background"                      # مقتل 3216 … منذ 23 سبتمبر وحتى فجر اليوم: a toll of months
    if not dated_after and _long_after(norms, first, sentence_start):
        return "background"                      # هبطت اليوم طائرة … بعد أن تم استعادة عدن: the day is the landing's
    if _span_begun_before(norms, first, sentence_start, days_ago, clause_start):
        return "background"                      # قتل 35 منذ أطلق حفتر هجومه على العاصمة في 4 أبريل، الأخطر منذ
        #                                          انطلاق الاحتجاجات: the span's start
    if _news_by_its_day(kind, norms, first, sentence_start, own_date, precision, context_day):
        return "new"                             # told with its own recent day: news
    if _no_day_of_its_own(kind, norms, first, sentence_start, sentence_norms, fatalities):
        return "background"
    if _told_as_the_past(kind, norms, first, sentence_start, own_date):
        return "background"
    if not own_date and _phrase_within(norms, max(sentence_start, first - _BACKGROUND_REACH), first, cues()["recall_opening"]):
        return "background"                      # يُذكر أن مدينة درنة تشهد معارك: recalled, with no day of its own or its paragraph's
    if kinds()[kind].event_type in VIOLENT_TYPES and (_running_total(norms, first, sentence_start, sentence_norms, fatalities)
                                                      or _months_told(norms, first, sentence_start)):
        return "background"
    if _all_of_them(kind, norms, first, sentence_start, sentence_norms, site_kind):
        return "background"                      # في كل المعارك التي يخوضها: all battles, not one
    if status == "ongoing" and site_kind in ("country", "area") and not own_date:
        return "background"                      # a campaign across a country or a province, no day of its own
    return "new"


_SPAN_TODAY_DAYS = 1    # a span that began today or yesterday is news (قتل 12 منذ بدأت الاشتباكات صباح اليوم)
_SPAN_START_REACH = 4   # words from "since" (منذ بدء، منذ أطلق) to the happening a span of tolls starts with


def _span_begun_before(norms: list[str], first: int, sentence_start: int, days_ago: int | None,
                       clause_start: int = 0) -> bool:
    """The trigger begins a span of tolls (see :func:`_start_of_a_span`), not one begun today or
    yesterday (قتل 12 منذ بدأت الاشتباكات صباح اليوم: news), unless a record is told (الأخطر منذ)."""
    if not _start_of_a_span(norms, first, sentence_start, clause_start):
        return False
    return not (days_ago is not None and days_ago <= _SPAN_TODAY_DAYS and not _a_record_since(norms, first, sentence_start))


def _start_of_a_span(norms: list[str], first: int, sentence_start: int, clause_start: int = 0) -> bool:
    """The happening a running total counts from (منذ أطلق حفتر هجومه، منذ بدء الهجوم): what began
    the span, however recent its day."""
    low = max(sentence_start, clause_start, first - _SPAN_START_REACH)
    # (in its own clause: للمرة الأولى منذ بدأت الحرب، تظاهر الآلاف tells the protest as news)
    return first > low and _phrase_within(norms, low, first, _since_phrases())


def _a_record_since(norms: list[str], first: int, sentence_start: int) -> bool:
    """A superlative right before the منذ of the span (هو الأخطر منذ انطلاق الاحتجاجات): a record,
    whatever day the sentence tells."""
    from ..dates import record_since

    low = max(sentence_start + 1, first - _SPAN_START_REACH)
    return any(record_since(norms, k) for k in range(low, first))


@functools.lru_cache(maxsize=1)
def _since_phrases() -> frozenset[str]:
    """The phrases of a running total that open with منذ (not حصيلة، حتى الآن: a toll, no start)."""
    return frozenset(p for p in cues()["cumulative"] if p.startswith("منذ"))


def _long_after(norms: list[str], first: int, sentence_start: int) -> bool:
    """What the day's news came after (بعد أن تم استعادة عدن، بعد 4 أشهر على بدء المعارك), right before
    the trigger."""
    return first > sentence_start and _phrase_before(norms, first, cues()["long_after"], sentence_start, 3)


def _all_of_them(kind: str, norms: list[str], first: int, sentence_start: int, sentence_norms: list[str],
                 site_kind: str | None) -> bool:
    """A generic statement: every battle (في كل المعارك التي يخوضها، مئات الغارات), or a word of
    generality in a sentence that names no site below a country."""
    if first > sentence_start and (_has(norms[first - 1], cues()["generic_before"])
                                   or (kind == "airstrike" and _hundreds(norms[first - 1]))):
        return True
    return site_kind in (None, "country") and any(w in cues()["generic"] for w in sentence_norms)


def _news_by_its_day(kind: str, norms: list[str], first: int, sentence_start: int, own_date: bool,
                     precision: int | None, context_day: bool) -> bool:
    """Told with a recent day of its own: news. A day of the paragraph (of the sentence before)
    yields to the sentence's own words of the past (… أمس. وينطلق المبعوث من المواقف على الأرض، بدءا
    من تحرير عدن)."""
    if not (own_date and precision == 1):
        return False
    return not (context_day and _told_as_the_past(kind, norms, first, sentence_start, own_date))


def _no_day_of_its_own(kind: str, norms: list[str], first: int, sentence_start: int,
                       sentence_norms: list[str], fatalities: int | None) -> bool:
    """Told with no day of its own, the words of its sentence make the event no news: a span, the
    fighting as the setting of other news, a record of years, or the occasion of condolences."""
    whole = (sentence_norms, 0, len(sentence_norms))
    if kinds()[kind].event_type in VIOLENT_TYPES and _phrase_within(*whole, cues()["period_loose"]):
        return True                              # مقتل 260 مسلحا … في نفس الفترة: a span, no day of its own
    if kind == "battle" and _has(norms[first], cues()["span_fight"]) and first > sentence_start \
            and (_phrase_before(norms, first, cues()["amid_before"], sentence_start)
                 or (not fatalities and _phrase_before(norms, first, cues()["cause_before"], sentence_start))):
        return True                              # مع استمرار المعارك؛ بسبب المعارك with no toll: the setting
    if _phrase_within(*whole, cues()["record"]):
        return True                              # قتلوا مئات من الجنود في العامين الماضيين: a record of years
    # رفع التعازي في استشهاد رجال الأمن في حادثة التفجير: the occasion
    return _phrase_within(*whole, cues()["condolence"])


_SPAN_RECENT_DAYS = 2     # days before publication a day told after a trigger behind a span (بعد أسبوع من) may lie
_SHORT_SPAN_DAYS = 7      # … behind a span of days (بعد يومين من غارة أصابت الاثنين مستشفى): within the week is news


def _recent_after_a_span(norms: list[str], span: int, dated_after: bool, days_ago: int | None, right_after: bool) -> bool:
    """The happening behind بعد … من is news itself: its own day told after it lies within
    _SPAN_RECENT_DAYS of publication (a few words on: بعد أيام من الهدوء شن الطيران اليوم غارات), or,
    behind a span of days (بعد يومين من، بعد أيام من), within the week even right after من (بعد
    يومين من غارة جوية أصابت الاثنين مستشفى؛ بعد أيام من استعادة قوات حفتر الثلاثاء ميناءي السدرة)."""
    if not dated_after or days_ago is None:
        return False
    days = [j for j in range(max(0, span - 2), span) if _has(norms[j], cues()["span_days"])]
    if days and not (days[0] > 0 and (norms[days[0] - 1].isdigit() or is_number_word(norms[days[0] - 1]))):
        return days_ago <= _SHORT_SPAN_DAYS       # (not بعد عشرة أيام من: ten days is no span of a few)
    return not right_after and days_ago <= _SPAN_RECENT_DAYS


def _after_a_span(norms: list[str], first: int, low: int) -> int:
    """The من or على of بعد أسبوع من، بعد مرور أسبوعين على، بعد أكثر من شهر على … among tokens
    low … first - 1, or -1: the trigger after it is the earlier happening the news is dated from
    (right after it, whatever day its sentence tells; a few words on, unless it has a day of its
    own after it: بعد أيام من الهدوء شن الطيران اليوم غارات)."""
    units = cues()["span_unit"]
    for k in range(first - 1, low - 1, -1):
        if norms[k] not in ("من", "علي"):
            continue
        for j in range(max(low, k - 2), k):
            if _has(norms[j], units) and any(norms[i] in ("بعد", "وبعد") for i in range(max(0, j - 3), j)):
                return k
    return -1


def _whatever_the_day(kind: str, norms: list[str], first: int, sentence_start: int, day_told: bool,
                      dated_after: bool, named_campaign: bool, fatalities: int | None,
                      clause_start: int = 0, days_ago: int | None = 0) -> bool:
    """Words that make the event the past the news follows even when the sentence gives a day:
    an anniversary, a takeover in a relative clause, what is responded to, a campaign's name."""
    if _phrase_within(norms, max(sentence_start, first - _ANNIVERSARY_REACH), first, cues()["anniversary"]):
        return True                              # إحياء الذكرى السبعين لتفجير: what is remembered, on its day
    if _known_one(kind, norms, first, sentence_start):
        return True                              # صوت مجلس الأمن أمس على الاتفاق النووي: the day is the vote's
    if first > sentence_start and _phrase_before(norms, first, cues()["earlier_before"], sentence_start, 4):
        return True                              # وقبلها تفجير الدالوة، المسجد الذي وقع فيه التفجير: a known case
    span = -1 if _has(norms[first], cues()["span_fight"]) else \
        _after_a_span(norms, first, max(sentence_start, clause_start, first - _AFTER_SPAN_REACH))
    if span >= 0 and not _recent_after_a_span(norms, span, day_told and dated_after, days_ago, span == first - 1):
        return True                              # ويأتي الهجوم بعد أسبوع من إعلان استعادة الفلوجة: the earlier one
        # (its own day after it makes it the news only when that day is the news's: بعد أيام من الهدوء
        # شن الطيران اليوم غارات; not … استعادة السيطرة على الفلوجة في 26 حزيران الماضي)
    if first > sentence_start and not dated_after and _phrase_before(norms, first, cues()["since_before"],
                                                                     sentence_start, 3):
        return True                              # لأول مرة منذ أن سيطر المتمردون على المطار: what the news follows
    relative = kind in _DESCRIBING_KINDS and _after_relative(norms, first, sentence_start)
    if relative and not (day_told and dated_after and (days_ago is None or days_ago <= _RELATIVE_NEWS_DAYS)):
        return True                              # الإرهاب الذي سيطر على مناطق: describes, unless dated in it
        # (and dated days before: مدينة نيالا، التي سيطرت عليها الدعم السريع في 26 أكتوبر, ten days back)
    if first > sentence_start and not dated_after and _phrase_before(norms, first, cues()["response_before"],
                                                                     sentence_start, 3):
        return True                              # ردا على هجوم سروج: what the news responds to
    if kind == "territory" and first > sentence_start and not dated_after and _has(norms[first - 1], cues()["after_taking"]):
        return True                              # وصلت أمس طائرة إلى مطار عدن بعد تحريره: the day is the arrival's
    return named_campaign and not (day_told and fatalities)     # معركة القلمون: unless a day's toll


def _after_relative(norms: list[str], first: int, sentence_start: int) -> bool:
    """A relative pronoun right before the trigger, or before the passive تم/تمت that governs it
    (المدينة التي سيطر عليها، عدن التي تم تحريرها مؤخرا): the takeover describes the place."""
    c = cues()
    if first > sentence_start and norms[first - 1] in c["relative"]:
        return True
    return first - 1 > sentence_start and norms[first - 1] in c["passive_done"] and norms[first - 2] in c["relative"]


def _hundreds(word: str) -> bool:
    """A count of a hundred or more written in digits: strikes so counted (12053 غارة) are a
    campaign, not one happening (1400 قذيفة on two towns in a day are one shelling)."""
    return word.isdecimal() and int(word) >= _CAMPAIGN_COUNT     # (norms: Eastern digits already folded)


def _known_one(kind: str, norms: list[str], first: int, sentence_start: int) -> bool:
    """A known agreement (الاتفاق) its sentence does not tell signed or reached (وقع، أبرم، توصل)
    a few words before it: what the day's news is about, not the day's news."""
    c = cues()
    return (kind in c["known_kind"] and _definite(norms[first])
            and not _phrase_within(norms, max(sentence_start, first - _SIGNED_REACH), first, c["signing"]))


def _told_as_the_past(kind: str, norms: list[str], first: int, sentence_start: int, own_date: bool) -> bool:
    """The words around the trigger tell it as history or as what the news follows."""
    c = cues()
    if kind in c["known_kind"] and _definite(norms[first]):
        return True                              # الاتفاق: the agreement everyone knows, not a new one
    if kind == "ceasefire" and first > sentence_start and _phrase_before(norms, first, c["truce_kept"], sentence_start, 2):
        return True                              # 96 خرقا للهدنة، الالتزام بالهدنة: the standing truce, no new one
    lowest = max(sentence_start, first - _BACKGROUND_REACH)
    if _phrase_within(norms, lowest, first, c["background"]):
        return True
    if _phrase_within(norms, first + 1, min(len(norms), first + _BACKGROUND_AFTER_REACH), c["background_after"]):
        return True                              # هجوم كبير في وقت سابق من الشهر الجاري
    if kind == "talks" and _phrase_within(norms, first + 1, min(len(norms), first + _LAST_MEETING_REACH), c["last_meeting_after"]) \
            and not _phrase_within(norms, max(sentence_start, first - _LAST_MEETING_REACH), first, c["meeting_held"]):
        return True                              # خلال القمة العربية الأخيرة في شرم الشيخ: a meeting of the past
        #                                          (not اختتمت المفاوضات الأخيرة، انطلقت المشاورات الأخيرة: the final round)
    if _pluperfect_opening(norms, sentence_start, first):
        return True                              # وكانت الشاحنات قد توقفت … بسبب القصف
    if first <= sentence_start:
        return False
    if _phrase_before(norms, first, c["background_before"], sentence_start, 3):
        return True                              # منذ سيطرت جماعة على طرابلس; بعد توقيع اتفاق
    if kind == "battle" and _describes_known_attack(norms, first, sentence_start):
        return True                              # الجريمة الإرهابية التي استهدفت مسجدا: the attack all know of
    if kind != "territory":
        return False
    return _has(norms[first - 1], c["after_taking"]) and not own_date   # بعد تحرير مدينة عدن: the news comes after


def _describes_known_attack(norms: list[str], first: int, sentence_start: int) -> bool:
    """A targeting verb in a relative clause on a word for the attack (الجريمة الإرهابية التي
    استهدفت، العمل الإجرامي الذي استهدف): it describes an attack already known, told without a day."""
    c = cues()
    if first - 2 < sentence_start or norms[first - 1] not in c["relative"]:
        return False
    return any(_has(norms[k], c["known_attack"]) for k in range(max(sentence_start, first - 3), first - 1))


def _pluperfect_opening(norms: list[str], sentence_start: int, first: int) -> bool:
    """The sentence opens with كان … قد and the trigger is not the verb after قد but a word of what
    follows (وكان الرئيس قد قرر مكافأتهم على تحرير عدن؛ وكانت الشاحنات قد توقفت بسبب القصف): a
    circumstance of the past the news follows. (وكان المسلحون قد هاجموا: the verb itself is often
    the news of the day, told in the pluperfect.)"""
    c = cues()
    if first <= sentence_start or not _has(norms[sentence_start], c["was"]):
        return False
    last = min(first, sentence_start + 1 + _PLUPERFECT_GAP)
    particle = [k for k in range(sentence_start + 2, last) if norms[k] in c["perfect"]]
    if particle and particle[0] + 2 < first and _has(norms[particle[0] + 1], c["report_verb"]) \
            and norms[particle[0] + 2] in c["recent_day"]:
        return False                             # وكانت مصادر محلية قد أفادت أمس بمقتل 12: what was reported is news
    return bool(particle) and particle[0] + 1 < first


def _running_total(norms: list[str], first: int, sentence_start: int, sentence_norms: list[str],
                   fatalities: int | None) -> bool:
    """A toll since a beginning (منذ بدء الحرب، أكثر من 240 ألفا منذ 2011): a running total."""
    if not any(w == "منذ" for w in sentence_norms):
        return False
    if (fatalities or 0) >= _RUNNING_TOTAL:
        return True
    lowest = max(sentence_start, first - _BACKGROUND_REACH)
    return _phrase_within(norms, lowest, min(len(norms), first + _AFTER_REACH), cues()["cumulative"])


def _months_told(norms: list[str], first: int, sentence_start: int) -> bool:
    """694 شخصا أعدموا بين شهري يناير ويوليو، قتلوا خلال الأشهر الماضية: a tally over months, no one
    happening (a span of months right around the trigger)."""
    lowest = max(sentence_start, first - _BACKGROUND_REACH)
    return _phrase_within(norms, lowest, min(len(norms), first + _AFTER_REACH), cues()["months_span"])


def _tally(sentence_norms: list[str], fatalities: int | None) -> bool:
    """A toll no single happening of the news reaches (a thousand dead or more), or told over a
    span of time (خلال هذه الفترة، خلال 10 أشهر، منذ 23 سبتمبر … وحتى فجر اليوم), whatever day
    the sentence names: the day the span ends, or the day of the statement."""
    if (fatalities or 0) >= _TALLY_DEAD and _thousands_told(sentence_norms):
        return True                              # (the toll of its own sentence, not one merged from another)
    if _over_a_period(sentence_norms):
        return True
    if "منذ" in sentence_norms and any(w in ("حتي", "وحتي") for w in sentence_norms) \
            and not _since_today(sentence_norms):   # (ى normalised)
        return True
    # أبلغت حتى أمس الاثنين عن وقوع زهاء 100 قتيل: the toll so far
    # (not استمرت حتى أمس: lasted until yesterday)
    return bool(fatalities) and any(w in ("حتي", "وحتي") and nxt in cues()["so_far_after"]
                                    and not (k and _has(sentence_norms[k - 1], cues()["lasting"]))
                                    for k, (w, nxt) in enumerate(zip(sentence_norms, sentence_norms[1:])))


_SINCE_GAP = 2       # words between منذ and today (منذ فجر اليوم، منذ صباح أمس)


def _since_today(sentence_norms: list[str]) -> bool:
    """Every منذ of the sentence starts today or yesterday (معارك اندلعت منذ فجر اليوم … ما تزال مستمرة حتى
    لحظة كتابة الخبر): the day's news, no toll of a span."""
    starts = [k for k, w in enumerate(sentence_norms) if w == "منذ"]
    today = cues()["today_since"]
    return all(any(w in today and not _ordinal_after(sentence_norms, j)
                   for j, w in enumerate(sentence_norms[k + 1:k + 1 + _SINCE_GAP], start=k + 1)) for k in starts)


def _ordinal_after(norms: list[str], j: int) -> bool:
    """منذ اليوم الأول لبدء الحملة: the first day of a campaign, not today."""
    return j + 1 < len(norms) and norms[j + 1] in cues()["ordinal_day"]


def _thousands_told(sentence_norms: list[str]) -> bool:
    """A number of a thousand or more in the sentence, in digits or in words (ألف، آلاف، ألفي)."""
    return any((least_of(w) or 0) >= _TALLY_DEAD for w in sentence_norms)


def _over_a_period(sentence_norms: list[str]) -> bool:
    """The sentence tells a toll over a span of time: خلال هذه الفترة، خلال 10 أشهر."""
    c = cues()
    if _phrase_within(sentence_norms, 0, len(sentence_norms), c["period"]):
        return True
    return any(w == "خلال" and sentence_norms[k + 1].isdecimal() and sentence_norms[k + 2] in c["period_unit"]
               for k, w in enumerate(sentence_norms[:-2]))


def _definite(norm: str) -> bool:
    """The word carries the article (الاتفاق، والاتفاق، بالاتفاق، للاتفاق)."""
    return norm.startswith(("ال", "وال", "فال", "بال", "وبال", "لل", "ولل"))


def report_is_old(told, published: dt.date | None) -> bool:
    """The date a report was made (a :class:`DateMention`) lies before the news window: what it
    reported happened no later, so it is history too."""
    return _old(told.date, told.precision, told.rule, published)


def _old(date: dt.date | None, precision: int | None, rule: str | None, published: dt.date | None) -> bool:
    """The date lies before the news window of the publication date (a month or a year: all of it)."""
    if date is None or published is None:
        return False
    latest = date
    if rule and rule.startswith("year"):
        latest = dt.date(date.year, 12, 31)
    elif rule == "month-part":                   # منتصف يوليو: the middle of the month, give or take
        latest = date + dt.timedelta(days=5)
    elif precision == 3:                         # a month: its last day counts
        latest = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (published - latest).days > NEWS_DAYS
