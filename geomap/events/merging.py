"""One event per happening: triggers folded within a sentence, then event mentions merged
across the article.

Within a sentence: a killing beside a strike is its outcome (قتل في غارة جوية);
a phone call is the meeting of the agreement beside it (اتفق … في اتصال هاتفي);
a meeting during which a strike hit is a circumstance (الغارة … اثناء اجتماع);
an agreement on a ceasefire is the ceasefire (الاتفاق على وقف إطلاق النار); a
ceasefire that talks with a venue are about is their topic (محادثات في جنيف بشأن
وقف إطلاق النار), and without a venue the call is the ceasefire event (اتفق
الرئيسان في اتصال هاتفي على ضرورة … وقف لإطلاق النار في حلب: called for, about Aleppo).

Across the article, a later mention joins an earlier event of the same kind (or
its outcome, or a reference to it: استهدفوا في مخبأ…، في الغارة) when their
statuses, dates and places agree — the same place, or one inside the other — and
then the event takes the more precise place (a village inside the governorate).
A mention that says nothing of place or date joins only an event told within
five sentences, and never a campaign (ongoing). "أخرى" (another) keeps a mention apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import great_circle_km

from gazetteer.arabic import Token, normalize

from ..anchors import SETTLED
from ..lexicon import norms_of
from ..model import DateMention, Mention
from ..quantities import is_number_word
from ..toponyms import rules
from .places import compatible, inside, more_precise, same_place
from .status import span_statuses, strongest
from .context import _has, _phrase_within, cues
from .tables import PROSPECTIVE, REMOTE_KINDS as _REMOTE, kinds
from .triggers import Trigger

_NEAR_SENTENCES = 5          # how far a mention with no (known) place joins an event
_COUNTRY_SENTENCES = 1      # a happening told "in Libya" is one told at a town of Libya only in the next sentence
_INSIDE_SENTENCES = 6        # how far a mention of a place inside the event's place joins it
_OUTCOMES = ("killing", "destruction")   # what a violent event did, told beside it
_LAUNCH_REACH = 3             # words from a verb of launching to the weapons it launched (أطلقت المقاومة صواريخها)
_GENERIC_REACH = 15          # tokens between a generic attack word and the specific one it names
_BOMB_REACH = 6             # tokens between a bomber word and the car bomb or explosive he set off
_REPORT_DAYS = 2             # days a happening may precede the date of its report (قال مسعفون أمس إن…)
_SEPARATE_REACH = 5          # tokens before a trigger "separate" may stand (وفي حادث منفصل … انفجار)


@dataclass(eq=False)     # told apart by identity: `d in out` and `out.remove(d)` mean this draft
class Draft:
    """An event being built: its triggers, place, own date and status cues."""

    head: Trigger
    kind: str
    triggers: list[Trigger]
    statuses: set[str]
    mention: Mention | None = None
    date: DateMention | None = None
    date_reported: bool = False          # the date is the day of its report (قال مسعفون أمس إن…), not of the happening
    date_far: bool = False               # too far from the trigger to date it (it still tells news from history)
    remote: bool = False
    topic: str | None = None
    reference: bool = False
    generic: bool = False                # هجوم: yields to a more specific violent trigger beside it
    another: bool = False
    execution: bool = False              # أعدم، إعدام: a killing of its own, never the toll of a strike or a fight
    shot: bool = False                   # قتل برصاص: a killing by gunfire, never the toll of a strike or a blast told apart
    targeted: bool = False               # اغتال: the killing of one chosen person, never the toll of a takeover told apart
    ordinal: bool = False                # التفجير الثاني، الهجوم الآخر: the trigger's next word counts it among others
    definite: bool = False               # الانفجار، الغارات: the trigger has the article (may tell again what was told)
    anaphoric: bool = False              # هذه الضربات، هذا الهجوم: a demonstrative tells again what was told before
    planted: bool = False                # تفجير عبوة ناسفة، انفجار لغم: a bomb planted, no bomber's
    standing: bool = False               # يسري منذ 30 ديسمبر وقف لإطلاق النار: a truce in force since before the news
    outcome_place: bool = False          # the place came from a killing folded in, not the event's trigger
    context_date: DateMention | None = None   # a date of the sentences just before, same paragraph
    sentences: list[int] = field(default_factory=list)
    report: str = "new"                  # as told where it is first found: new, or background (history)

    @property
    def status(self) -> str | None:
        return strongest(self.statuses)

    @property
    def kinds(self) -> set[str]:
        return {t.kind for t in self.triggers if t.role != "reference"} | {self.kind}

    @property
    def violent(self) -> bool:
        return kinds()[self.kind].violent

    @property
    def weak(self) -> bool:
        """Says nothing of where, when or whether: a bare mention (a heading)."""
        return self.mention is None and self.date is None and not self.statuses


def _listed_apart(d: Draft, e: Draft, tokens: list[Token]) -> bool:
    """هجوم لداعش على الحشد في طوزخورماتو وعبوة ناسفة ببلد: the attack told with its own site, then
    و and another violent event: two happenings listed, not the attack's means."""
    if e.kind not in _REMOTE or e.head.first <= d.head.last or d.mention is None or not d.mention.resolved:
        return False                # (وأسرت عددا من المهاجمين: the attack's captives, not another happening)
    first = tokens[e.head.first]
    return first.norm.startswith("و") and not first.norm.startswith("وب") and d.mention.end <= first.start   # (وبعبوة: its means)


def another_after(t: Trigger, tokens: list[Token], sentence_of: list[int]) -> bool:
    """غارة أخرى، بتفجير مماثل، وفي حادث منفصل … انفجار: a second happening, not the one told before."""
    norms = norms_of(tokens)
    another, separate = cues()["another"], cues()["separate"]
    after = any(norms[k] in another for k in range(t.last + 1, min(len(norms), t.last + 3))
                if sentence_of[k] == t.sentence)
    before = any(norms[k] in separate for k in range(max(0, t.first - _SEPARATE_REACH), t.first)
                 if sentence_of[k] == t.sentence)
    return after or before


class _Sentence:
    """The drafts of one sentence being folded into its happenings (in token order)."""

    def __init__(self, drafts: list[Draft], tokens: list[Token]):
        self.out = list(drafts)
        self.tokens = tokens

    def of(self, test) -> list[Draft]:
        """The drafts still standing that pass *test* (a snapshot: a rule may fold some away)."""
        return [d for d in self.out if test(d)]

    def absorb(self, target: Draft, d: Draft, *, statuses: bool = True, inner: bool = False) -> None:
        """*d* is told as part of *target*: its triggers (and cues) go there."""
        target.triggers.extend(d.triggers)
        target.topic = target.topic or d.topic
        if inner and _inner_place(d.mention, target.mention):
            target.mention = d.mention        # بغارة في محافظة نينوى … استهدفت موكبه في قضاء البعاج
        if statuses:
            target.statuses |= d.statuses
        self.out.remove(d)

    def nearest(self, d: Draft, pool: list[Draft]) -> Draft | None:
        pool = [e for e in pool if e is not d and e in self.out]
        return min(pool, key=lambda e: abs(e.head.first - d.head.first), default=None)


_AREA_KINDS = ("admin1", "admin2", "region")


def _inner_place(inner: Mention | None, area: Mention | None) -> bool:
    """*inner* is a place inside the governorate, district or region *area*: it says more
    exactly where the one happening both mentions tell of was."""
    return (inner is not None and area is not None and area.resolved and area.place.kind in _AREA_KINDS
            and inside(inner, area))


def _told_as_hit(d: Draft) -> bool:
    """The reference's place is what it hit: after it (not a source's town told before), and one
    place (not one of a list: مديريات صبر والمسراخ والوازعية)."""
    m = d.mention
    return (m is not None and m.start > d.head.end and m.link != "and"
            and (m.cue is None or m.cue not in rules().cue_number))


def _fold_phone_calls(s: _Sentence) -> None:
    """اتفق … في اتصال هاتفي: the phone call is the meeting of the agreement (or talks) beside it."""
    for d in s.of(lambda d: d.remote):
        target = s.nearest(d, s.of(lambda e: e.kind in ("agreement", "talks") and not e.remote))
        if target:
            s.absorb(target, d)
            target.remote = True


def _fold_outcomes(s: _Sentence) -> None:
    """قتل في غارة جوية: the dead and the damage beside a violent event are its outcome."""
    norms = norms_of(s.tokens)
    for d in s.of(lambda d: d.kind in _OUTCOMES and not d.execution):
        target = s.nearest(d, s.of(lambda e: e.violent and e.kind != "killing" and compatible(d.mention, e.mention)
                                   and not (d.shot and _not_its_fight(d, e, norms)) and not _assassinated_apart(d, e, norms)))
        if target is None and _led_to(norms, d.head.first):
            # قصف مواقع في قرية النصر … أسفر عن مقتل سبعة: what the strike told before it did, wherever
            # the words between put the dead
            target = s.nearest(d, s.of(lambda e: e.violent and e.kind != "killing" and e.head.last < d.head.first))
        if target is not None and _happened(target) and not _happened(d):
            continue                           # لا صحة للأنباء عن مقتل قائد الشرطة، موضحا أن مسلحين هاجموا موكبه
        if target and _shot_during_a_raid(d, target, norms):
            if target.mention is not None and target.mention.resolved and not _own_place_told(d, target):
                d.mention = target.mention
            s.absorb(d, target)
        elif target:
            if target.mention is None and d.mention is not None:
                target.mention, target.outcome_place = d.mention, True
            s.absorb(target, d)


def _shot_during_a_raid(d: Draft, e: Draft, norms: list[str]) -> bool:
    """استشهد برصاص قوات الاحتلال خلال اقتحامها بلدة بيرزيت، خلال مواجهات اندلعت في بلدة بيتا: the
    killing by gunfire is the happening; the raid or the riot right after خلال or أثناء is its
    setting, and names its place."""
    first = e.head.first
    if not (d.shot and first > d.head.last and first > 0 and _phrase_within(norms, first - 1, first, cues()["during"])):
        return False
    if e.kind == "battle" and _has(norms[first], cues()["storming"]):
        return True
    return e.kind in ("battle", "riot") and _has(norms[first], cues()["confrontation"]) and _civilian_shot(d, e, norms)


def _own_place_told(d: Draft, e: Draft) -> bool:
    """The killing names its own place between its words and the raid or the fight (قتل مدنيان برصاص
    قناص في حي المعلا بعدن أمس خلال مواجهات في مديرية كريتر): that place, not the fight's."""
    m = d.mention
    return m is not None and m.resolved and d.head.end <= m.start < e.head.start


def _civilian_shot(d: Draft, e: Draft, norms: list[str]) -> bool:
    """The words from the killing to the fight name a civilian or a young man and no fighter
    (استشهد شاب برصاص الجيش خلال مواجهات; not قتل جندي برصاص قناص خلال مواجهات)."""
    c = cues()
    words = norms[d.head.first:e.head.first]
    return (any(w in c["civilian"] or w in c["young_man"] for w in words)
            and not any(w in c["combatant"] or w in c["combatant_one"] for w in words))


def _assassinated_apart(d: Draft, e: Draft, norms: list[str]) -> bool:
    """An assassination told after the violent event *e* in a clause of its own (قصفت … مدينة نوى،
    اليوم الاثنين، …، كما اغتال مجهولون، مساء السبت، عضوا في المجلس المحلي لمدينة جاسم): another
    happening, not its toll (but ما أدى إلى اغتيال: its outcome, see :func:`_led_to`)."""
    if e.head.last >= d.head.first or not _phrase_within(norms, d.head.first, d.head.first + 1, cues()["assassination"]):
        return False
    if _phrase_within(norms, d.head.last + 1, min(len(norms), d.head.last + _INSIDE_IT_REACH), cues()["inside_it"]):
        return False                      # كما اغتالت القيادي الذي كان بداخلها: the strike's own victim
    low = max(e.head.last + 1, d.head.first - _OPENER_REACH)
    return _phrase_within(norms, low, d.head.first, cues()["also_opener"] | cues()["clause_opener"])


_INSIDE_IT_REACH = 10     # words after an assassination to "inside it" (الذي كان بداخلها)
_OPENER_REACH = 3     # words before an assassination that may open its clause (كما، بينما)


def _not_its_fight(d: Draft, e: Draft, norms: list[str]) -> bool:
    """The shot *d* is no toll of *e*, a strike, shelling or blast or a word of targeting, told after
    it in a clause of its own (قتل قيادي برصاص مجهولين، بينما استهدفت عبوة ناسفة سيارة; not اغتيال
    النائب العام بعد استهداف موكبه بسيارة مفخخة, the means of the assassination)."""
    if e.head.first <= d.head.last or (e.kind not in _REMOTE and e.head.role == "event"):
        return False
    return _phrase_within(norms, d.head.last + 1, e.head.first, cues()["clause_opener"])   # بينما، وفيما، في حين


def _led_to(norms: list[str], first: int) -> bool:
    """A word of outcome, then عن or إلى, right before the trigger or its count (أسفر عن مقتل، ما أدى
    إلى مقتل، أسفر عن 31 قتيلا): its subject is what the clause told (not أسفرت عملية اغتيال عن
    مقتل, a cause of its own)."""
    k = first - 1
    while k > first - 1 - _COUNT_WORDS and k > 0 and (norms[k].isdigit() or is_number_word(norms[k])):
        k -= 1                             # أسفر عن 31 قتيلا
    return k > 0 and norms[k] in ("عن", "الي") and norms[k - 1] in cues()["outcome"]


_COUNT_WORDS = 2      # words of a count between عن and the dead (عن 31 قتيلا، عن ثلاثة قتلى)


def _fold_takeovers(s: _Sentence) -> None:
    """بسطت سيطرتها … بعد اشتباكات: the fighting and the takeover are one happening (wherever the
    fighting's nearest place is, when the takeover is told first and the fighting came "after")."""
    norms = norms_of(s.tokens)

    def fits(d: Draft, e: Draft) -> bool:
        if e.kind != "territory" or _happened(d) != _happened(e):
            return False                               # اشتباكات دارت أمس … وتوقع استعادة السيطرة: fought, not taken
            #                                            (سيطرت على مناطق … وبعد أن نسيطر عليها سنشن الهجوم: taken, not fought)
        if e.head.last < d.head.first and d.head.first > 0 and norms[d.head.first - 1] in cues()["means_before"]:
            return True                                # سيطر على قريتي … في سهل الغاب بريف حماة، بعد اشتباكات
        return d.mention is None or (e.mention is not None and e.mention.resolved and compatible(d.mention, e.mention))

    for d in s.of(lambda d: d.kind == "battle"):
        target = s.nearest(d, s.of(lambda e, d=d: fits(d, e)))
        if target:
            target.mention = target.mention or d.mention
            s.absorb(target, d)


def _fold_withdrawals(s: _Sentence) -> None:
    """دخلت قوات النظام قلعة المضيق إثر انسحاب الفصائل منها: one side left what the other took, one
    happening (the takeover), when the withdrawal names no other place."""
    for d in s.of(lambda d: d.kind == "withdrawal"):
        target = s.nearest(d, s.of(lambda e, d=d: e.kind == "territory" and _happened(e) == _happened(d)
                                   and (d.mention is None or compatible(d.mention, e.mention))))
        if target:
            target.mention = target.mention or d.mention
            s.absorb(target, d)


def _happened(d: Draft) -> bool:
    """No cue says the draft's happening was only planned, proposed, called for or denied."""
    return d.status in (None, "ongoing")


def _fold_generic_attacks(s: _Sentence) -> None:
    """هاجم انتحاريان: the attack word names the specific violent event beside it."""
    def fits(d: Draft, e: Draft) -> bool:
        return (e.violent and not e.generic and e.kind not in ("killing", d.kind)
                and compatible(d.mention, e.mention) and abs(e.head.first - d.head.first) <= _GENERIC_REACH
                and not _listed_apart(d, e, s.tokens))

    for d in s.of(lambda d: d.generic):
        target = s.nearest(d, s.of(lambda e, d=d: fits(d, e)))
        if target:
            if _no_site(target.mention):
                target.mention = d.mention or target.mention
            s.absorb(target, d)


def _fold_its_weapon(s: _Sentence) -> None:
    """شن الطيران غارة على مطار معيتيقة، سقط صاروخها قرب المدرج: the missile of the strike told just
    before it (a weapon word with a pronoun of that strike) is that strike, not a shelling of its own
    (but أطلقت المقاومة صواريخها على عسقلان: the weapons another side launched)."""
    norms = norms_of(s.tokens)
    for d in s.of(lambda d: d.head.first == d.head.last and norms[d.head.first] in cues()["its_weapon"]
                  and not _phrase_within(norms, max(0, d.head.first - _LAUNCH_REACH), d.head.first, cues()["launch"])):
        target = s.nearest(d, s.of(lambda e, d=d: e.violent and e.kind in _REMOTE and e.head.last < d.head.first
                                   and d.head.first - e.head.last <= _GENERIC_REACH and compatible(d.mention, e.mention)))
        if target:
            s.absorb(target, d)


def _fold_bombers_bombs(s: _Sentence) -> None:
    """فجر انتحاري سيارة مفخخة عند حاجز: the bomber and the bomb he set off, a few words apart,
    are one suicide bombing, where and when the bomb went off (the bomber's place when the
    bomb's is none)."""
    norms = norms_of(s.tokens)

    def fits(d: Draft, e: Draft) -> bool:
        return (e.kind == "explosion" and not e.another and not e.planted and compatible(d.mention, e.mention)
                and abs(e.head.first - d.head.first) <= _BOMB_REACH
                and not _stopped(norms, d.head.first, e.head.first))

    for d in s.of(lambda d: d.kind == "suicide_bomb" and not d.another):
        target = s.nearest(d, s.of(lambda e, d=d: fits(d, e)))
        if target:
            if _no_site(target.mention):
                target.mention = d.mention or target.mention
            s.absorb(target, d)
            target.kind = "suicide_bomb"


def _stopped(norms: list[str], bomber: int, bomb: int) -> bool:
    """قتل انتحاري قبل أن يفجر سيارته: a bomber stopped before (قبل) he set the bomb off (one caught
    or killed is no trigger: :meth:`geomap.events.context.TriggerFilter._stopped_bomber`)."""
    return any(norms[k] in cues()["before_could"] for k in range(min(bomber, bomb) + 1, max(bomber, bomb)))


def _fold_meetings_during_strikes(s: _Sentence) -> None:
    """الغارة … اثناء اجتماع: a meeting during which a strike hit is its circumstance."""
    norms = norms_of(s.tokens)
    for d in s.of(lambda d: d.kind == "talks" and not d.remote):
        target = s.nearest(d, s.of(lambda e: e.violent))
        if target and strikes_circumstance(norms, d.head.first):
            s.absorb(target, d, statuses=False)


def strikes_circumstance(norms: list[str], first: int) -> bool:
    """The meeting word at token *first* is a strike's circumstance or target (اثناء اجتماع، استهدفت اجتماعا)."""
    return first > 0 and norms[first - 1] in cues()["circumstance"]


def _fold_into_riots(s: _Sentence) -> None:
    """أحرق محتجون مقر الحزب احتجاجا على الغلاء، بعد مواجهات مع قوات الأمن: the purpose (احتجاجا) and
    the clashes of a riot's sentence are the riot."""
    norms, c = norms_of(s.tokens), cues()
    riot = next((d for d in s.out if d.kind == "riot"), None)
    if riot is None:
        return
    for d in s.of(lambda d: d is not riot and len(d.triggers) == 1):
        head = norms[d.head.first]
        if (d.kind == "protest" and head in c["riot_purpose"]) or (d.kind == "battle" and head in c["riot_clash"]):
            s.absorb(riot, d, statuses=False)


def _fold_agreements_on_ceasefires(s: _Sentence) -> None:
    """الاتفاق على وقف إطلاق النار: an agreement on a ceasefire is the ceasefire."""
    for d in s.of(lambda d: d.kind == "agreement"):
        target = next((e for e in s.out if e.kind == "ceasefire" and 0 < e.head.first - d.head.last <= 2), None)
        if target:
            s.absorb(target, d)


def _fold_topics_and_calls(s: _Sentence) -> None:
    """Talks with a venue about a ceasefire take it as their topic; a call (or an agreement)
    for a ceasefire with no venue becomes the ceasefire, with the call's status."""
    for c in s.of(lambda d: d.kind in ("ceasefire", "agreement")):
        if c not in s.out:
            continue
        heads = [e for e in s.out if e is not c and e.kind in ("talks", "agreement", "statement")
                 and e.head.first < c.head.first]
        h = max(heads, key=lambda e: e.head.first, default=None)
        if h is None:
            continue
        if h.kind == "talks" and not h.remote and h.mention is not None:
            h.topic = c.kind                                  # talks in Geneva about a ceasefire
            s.absorb(h, c, statuses=False)
        else:                                                 # a call (or agreement) for a ceasefire
            h.kind, h.mention, h.topic = c.kind, c.mention or h.mention, None
            h.statuses = c.statuses | span_statuses(h.head.last + 1, c.head.first, s.tokens)
            s.absorb(h, c, statuses=False)


def _fold_same_kind_same_place(s: _Sentence) -> None:
    """One kind at one place, told twice in a sentence: one event."""
    for d in list(s.out):
        if d not in s.out or d.reference:
            continue
        for e in list(s.out):
            if e is d or e not in s.out or e.kind != d.kind or e.reference or e.head.first < d.head.first:
                continue
            if e.another or d.another:
                continue                          # غارة أخرى، ردا على هجوم سروج: another happening
            if d.mention is None and _hit_between(s, d, e):
                continue                          # في غارة استهدفت منزلهم في رفح، كما قتل آخرون في غارة على عبسان
            if compatible(d.mention, e.mention):
                if d.mention is None and e.mention is not None:
                    d.mention = e.mention
                # وفي مأرب، شن الطيران خمس غارات على مديرية صرواح، غارات … في محافظة كركوك واستهدفت الغارات
                # مقرات في قضاء الحويجة: the district (not غارات على قطاع غزة … وغارات على مخيم النصيرات:
                # strikes across the Strip and others on one camp)
                s.absorb(d, e, inner=e.definite or (d.mention is not None and d.mention.start < d.head.start))


def _hit_between(s: _Sentence, d: Draft, e: Draft) -> bool:
    """A reference word with a place of its own stands between *d* (with none) and *e*: what
    *d* hit (غارة جوية استهدفت منزلهم في مدينة رفح), not *e*'s place told after it."""
    return any(r.reference and r.mention is not None and d.head.first < r.head.first < e.head.first
               for r in s.out)


def _fold_references(s: _Sentence) -> None:
    """استهدف beside a strike is that strike (and may say where it hit)."""
    for d in s.of(lambda d: d.reference):
        target = s.nearest(d, s.of(lambda e: e.violent and not e.reference))
        if target and not _no_site(d.mention) and not _no_site(target.mention) and not compatible(d.mention, target.mention):
            d.kind = target.kind                  # قصفت X، إضافة إلى استهدافها بلدات في ريف دمشق: the same
            continue                              # kind of attack on a target of its own
        if target:
            if _no_site(target.mention) and not _no_site(d.mention):
                target.mention = d.mention        # الهجوم [في الكويت؟] الذي استهدف مسجدا في مدينة أبها
            # what it hit (استهدف موكبه في قضاء البعاج), not a place told before it (a source's town)
            s.absorb(target, d, inner=_told_as_hit(d))


# The rules in the order they apply; each sees what the ones before left standing.
FOLD_RULES = (
    ("phone call of an agreement", _fold_phone_calls),
    ("dead and damage of a violent event", _fold_outcomes),
    ("fighting that took ground", _fold_takeovers),
    ("withdrawal from ground taken", _fold_withdrawals),
    ("attack word of a specific event", _fold_generic_attacks),
    ("bomber and his bomb", _fold_bombers_bombs),
    ("weapon of a strike told before", _fold_its_weapon),
    ("meeting during a strike", _fold_meetings_during_strikes),
    ("purpose and clashes of a riot", _fold_into_riots),
    ("agreement on a ceasefire", _fold_agreements_on_ceasefires),
    ("talks about, or a call for, a ceasefire", _fold_topics_and_calls),
    ("one kind at one place", _fold_same_kind_same_place),
    ("reference to a violent event", _fold_references),
)


def fold_sentence(drafts: list[Draft], tokens: list[Token]) -> list[Draft]:
    """The happenings of one sentence (drafts in token order; see the module docstring and
    :data:`FOLD_RULES`)."""
    s = _Sentence(drafts, tokens)
    for _, rule in FOLD_RULES:
        rule(s)
    return s.out


def _no_site(m: Mention | None) -> bool:
    """No place to draw: none, unresolved, or a whole country (or larger)."""
    from ..model import is_site

    return m is None or not m.resolved or not is_site(m.place)


def merge_document(drafts: list[Draft]) -> list[Draft]:
    """Join the mentions of one happening across the article (text order kept)."""
    events: list[Draft] = []
    for d in drafts:
        target = None if d.another else _joined(d, events)
        told = _antecedent(d, events) if target is None else None
        if told is not None:
            d.mention = None                      # لهذه الضربات أثر … في الرمادي: where they told, not where they hit
            _absorb(told, d)
        elif target is not None:
            _absorb(target, d)
        elif not d.reference or (d.mention is not None and d.mention.resolved):
            d.reference = False                   # a reference to nothing told is an event only at a known place
            events.append(d)
    return events


def _joined(d: Draft, events: list[Draft]) -> Draft | None:
    """The event told before that *d* tells again: the latest one it joins; for a reference or a
    bare mention (القصف طال منازل مدنيين، سقط خلال المواجهات) whose latest is a killing, the latest
    of its own kind if any (the shelling of the lead, not the killing a headline told after it)."""
    latest = next((e for e in reversed(events) if _joins(d, e)), None)
    if (d.reference or d.weak) and latest is not None and latest.kind != d.kind and latest.kind in _OUTCOMES:
        return next((e for e in reversed(events) if (e.kind == d.kind or d.kind in e.kinds) and _joins(d, e)), latest)
    return latest


_ANAPHOR_SENTENCES = 3       # how many sentences back the event a demonstrative tells again may be told


def _antecedent(d: Draft, events: list[Draft]) -> Draft | None:
    """The event a demonstrative trigger (هذه الضربات، هذا الهجوم) tells again: the latest one of
    its kind a few sentences before it, whatever place its own sentence names."""
    if not d.anaphoric or len(d.triggers) > 1 or d.another:
        return None                               # ويأتي هذا التفجير بعد تفجير انتحاري في خان بني سعد: told with another
    return next((e for e in reversed(events) if e.report == d.report and e.kind == d.kind
                 and d.sentences[0] - e.sentences[-1] <= _ANAPHOR_SENTENCES), None)


def _joins(d: Draft, e: Draft) -> bool:
    """The later mention *d* tells of the event *e* told before: kinds, statuses, dates and
    places all agree (see the module docstring)."""
    gap = d.sentences[0] - e.sentences[-1]
    as_topic = _as_topic(d, e, gap)
    if not _kinds_fit(d, e, as_topic):
        return False
    if (d.weak or d.reference) and e.status == "ongoing":
        return False                      # "the strike" refers to a strike, not to a campaign
    if d.report != e.report and not d.weak:
        return False                      # news and the history told beside it are two happenings
    if e.weak and e.violent and d.status in PROSPECTIVE and not as_topic:
        return False                      # قتل عشرة في اشتباكات … تستعد لخوض معركة: what happened is no plan
    # a bare mention fits any status; otherwise no cue means it happened
    s1 = None if d.weak else (d.status or "occurred")
    s2 = None if e.weak else (e.status or "occurred")
    if not as_topic and not _statuses_fit(d, e, s1, s2):
        return False
    dm = d.mention if d.mention is not None and d.mention.resolved else None
    em = e.mention if e.mention is not None and e.mention.resolved else None
    if not _dates_fit(d, e, s1, s2, dm, em):
        return False
    return _places_fit(d, e, dm, em, gap)


def _as_topic(d: Draft, e: Draft, gap: int) -> bool:
    """A proposed agreement or ceasefire with no place or date of its own, just after talks: their topic."""
    return (d.kind in ("agreement", "ceasefire") and e.kind == "talks" and d.status in PROSPECTIVE
            and d.mention is None and d.date is None and gap <= 2)


_AIR_REFERS_TO = ("airstrike", "shelling", "killing", "destruction")
_BOMBINGS = {"explosion", "suicide_bomb"}


def _kinds_fit(d: Draft, e: Draft, as_topic: bool) -> bool:
    if _two_happenings(d, e):
        return False
    if {d.kind, e.kind} == _BOMBINGS and e.kind in d.kinds and not (d.planted or e.planted):
        return True                       # هجوم بسيارة مفخخة. … واقتحم انتحاري بسيارة مفخخة: the one bombing
    if (e.kind, d.kind) == ("suicide_bomb", "explosion") and d.definite and not (d.planted or d.ordinal):
        return True                       # تفجير انتحاري استهدف حفل زفاف في كابول. ووقع التفجير في قاعة: told again
    if {d.kind, e.kind} == {"withdrawal", "territory"}:
        return True                       # سيطرت على مدينة قندوز … بعد انسحاب القوات منها: what one left, the other took
    return (d.kind == e.kind or d.kind in e.kinds or as_topic
            or (d.kind == "killing" and e.violent) or ((d.reference or d.generic) and e.violent)
            or (e.kind == "killing" and d.violent))


def _two_happenings(d: Draft, e: Draft) -> bool:
    """What the two mentions' words say makes them two happenings, whatever their kinds."""
    if (d.execution or e.execution) and d.kind != e.kind and not (d.reference or d.generic):
        return True                       # أعدم التنظيم 20 شخصا after a strike on the town: another happening
    if (d.shot and e.kind in _REMOTE) or (e.shot and d.kind in _REMOTE):
        return True                       # قتل شاب برصاص مسلحين. … شن الطيران غارات: two happenings
    if ((d.targeted or d.shot) and e.kind == "territory") or ((e.targeted or e.shot) and d.kind == "territory"):
        return True                       # حررت القوات مدينة أوديغلي. … كما اغتال مسلحون شيخا في أفجوي: two happenings
        #                                   (أحكمت المقاومة سيطرتها على مطار عدن. … قتل مدنيان برصاص قناص: two)
    return d.reference and d.kind == "airstrike" and e.kind not in _AIR_REFERS_TO
    #                                       بأن الطيران الحربي استهدف … after a ground attack: the aircraft's own strike


def _statuses_fit(d: Draft, e: Draft, s1: str | None, s2: str | None) -> bool:
    if not (s1 and s2 and s1 != s2) or (s1 in PROSPECTIVE and s2 in PROSPECTIVE):
        return True
    # fighting that goes on at the very place it broke out is one battle
    same_site = d.mention is not None and e.mention is not None and same_place(d.mention, e.mention)
    return {s1, s2} == {"occurred", "ongoing"} and same_site


def _dates_fit(d: Draft, e: Draft, s1: str | None, s2: str | None, dm: Mention | None,
               em: Mention | None) -> bool:
    if not (d.date and e.date and d.date.date != e.date.date):
        return True
    if d.kind != e.kind and not d.date_reported and d.date.precision == 1 and not (d.date.since or e.date.since):
        return False                      # أعلنت اليوم السيطرة على المطار … وكانت اشتباكات قد دارت أمس في الدريهمي: two
    for reported, told in ((d, e), (e, d)):
        if reported.date_reported and 0 < (reported.date.date - told.date.date).days <= _REPORT_DAYS:
            return True                   # reported on a day, happened a day or two before: one happening
    # a planned meeting re-dated in the same place is still the one meeting
    return bool(s1 in PROSPECTIVE and s2 in PROSPECTIVE and dm and em and same_place(dm, em))


_SUBURB_KM = 10.0            # two settlements nearer than this may be one happening's (a town and its front)


def _places_fit(d: Draft, e: Draft, dm: Mention | None, em: Mention | None, gap: int) -> bool:
    if dm and em:
        if same_place(dm, em) or dm.place.id == em.place.id:
            return True
        if _two_settlements(dm, em, gap if not d.definite else max(gap, 1)):
            return False                  # الطارمية and خان بني سعد, 17 km apart: two towns, two happenings
        reach = _COUNTRY_SENTENCES if "country" in (dm.place.kind, em.place.kind) else _INSIDE_SENTENCES
        return (inside(dm, em) or inside(em, dm)) and gap <= reach
    if dm and (e.weak or not em):
        return gap <= 1                   # a heading or a placeless event takes a place only from the next sentence
    # قتل شاب في المزيريب … قتل ثلاثة في قرية خربة الزعرور: a village we lack is still another place
    # (but الانفجار وقع في قرية هيمو: the blast told again, at its village)
    if gap > 0 and not (d.reference or d.definite) and _elsewhere(d.mention, em):
        return False
    return gap <= _NEAR_SENTENCES


def _elsewhere(m: Mention | None, other: Mention | None) -> bool:
    """*m* names a settlement the gazetteer lacks (قرية خربة الزعرور), *other* a known one of
    another name: two places, whatever the distance the missing one would have."""
    return (m is not None and other is not None and not m.resolved and m.kind in SETTLED
            and other.place.kind in SETTLED and m.name != other.name)


def _two_settlements(a: Mention, b: Mention, gap: int = 1) -> bool:
    """Two towns (or villages, or cities) named as they are, not a relative area around one, and
    further apart than a suburb from its city (الجفينة, a front of Marib city, is one with it), or
    two such strikes told apart in one sentence (غارة استهدفت منزلهم في مدينة رفح، كما قتل ثلاثة
    في غارة على منزل في بلدة عبسان الكبيرة, 9 km apart; not في الغارة نفسها, told again: the
    caller passes a definite mention's gap as at least 1)."""
    if not (a.qualifier is None and b.qualifier is None and a.placed_by is None and b.placed_by is None):
        return False
    if _two_quarters(a, b):
        return True
    return (a.place.kind in SETTLED and b.place.kind in SETTLED
            and (gap == 0 or great_circle_km(a.lat, a.lon, b.lat, b.lon) > _SUBURB_KM))


_QUARTER_KM = 2.0            # two quarters of a city further apart than this are two places


def _two_quarters(a: Mention, b: Mention) -> bool:
    """ومعارك في المعلا … قتل مدنيان برصاص قناص في مديرية صيرة (كريتر): two quarters of one city
    (or a quarter and a village beside it), not a city and a quarter inside it."""
    kinds = {a.place.kind, b.place.kind}
    return ("neighbourhood" in kinds and kinds <= {"neighbourhood", "village"} and a.place.id != b.place.id
            and great_circle_km(a.lat, a.lon, b.lat, b.lon) > _QUARTER_KM)


def _absorb(e: Draft, d: Draft) -> None:
    as_topic = e.kind == "talks" and d.kind in ("agreement", "ceasefire") and d.kind not in e.kinds
    upgraded = ((e.kind == "killing" and d.kind != "killing" and d.violent and not e.execution)
                or (e.kind, d.kind) == ("withdrawal", "territory"))    # left, then taken: the takeover
    if upgraded or (e.weak and not d.weak):
        e.head = d.head                     # the event reads from its strongest mention
    if upgraded:
        e.kind = d.kind
    elif (e.kind, d.kind) == ("explosion", "suicide_bomb") and not e.planted:
        e.kind = d.kind                     # the car bomb, then the bomber who drove it: a suicide bombing
    _absorb_place(e, d, as_topic, upgraded)
    if d.date is not None and not as_topic and (e.date is None or (e.date_reported and not d.date_reported)):
        # the day it happened before the day of its report
        e.date, e.date_reported, e.date_far = d.date, d.date_reported, d.date_far
    if as_topic:
        e.topic = e.topic or d.kind
    else:
        e.statuses |= d.statuses
        e.topic = e.topic or d.topic
    e.triggers.extend(d.triggers)
    e.sentences.extend(s for s in d.sentences if s not in e.sentences)


def _absorb_place(e: Draft, d: Draft, as_topic: bool, upgraded: bool) -> None:
    """The place the event keeps when *d* joins it: the upgrading mention's, or the more precise one inside it."""
    if upgraded:
        if d.mention is not None and (d.mention.resolved or e.mention is None):
            e.mention, e.outcome_place = d.mention, d.outcome_place
    elif d.mention is not None and not as_topic:
        em = e.mention
        if (em is None or not em.resolved or e.outcome_place
                or (more_precise(d.mention, em) and inside(d.mention, em))):
            if d.mention.resolved or em is None:
                e.mention, e.outcome_place = d.mention, d.outcome_place
