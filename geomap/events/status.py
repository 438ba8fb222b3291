"""Status from the words around a trigger: occurred (no cue), ongoing, proposed, planned,
called for, denied. When cues disagree, the stronger one wins (``STATUS_ORDER``)."""

from __future__ import annotations

from gazetteer.arabic import Token, normalize

from ..lexicon import norms_of, readings
from .tables import STATUS_ORDER, status_cues

_ATTEMPT = normalize("محاولة")
_ATTEMPT_OF_SOMEONE = _ATTEMPT[:-1] + "ت"     # محاولته، محاولتهما: the ta marbuta written open before a pronoun
_TO = normalize("إلى")
_FROM = frozenset(normalize(w) for w in ("من", "عن"))
_ATTEMPT_OF = _FROM | {_TO}       # نجا من محاولة، تعرض إلى محاولة
_SUFFERED_REACH = 12     # words between تعرض/نجا and محاولة (تعرض مدير الأمن في عدن لمحاولة اغتيال)
_MAX_BEFORE = 6          # when the table is empty: how far before a trigger a cue may stand


def cue_statuses(first: int, last: int, tokens: list[Token], sentence_of: list[int]) -> set[str]:
    """Statuses the cue words near the trigger spanning tokens first..last point to."""
    before, after = status_cues()
    norms = norms_of(tokens)
    sentence = sentence_of[first]
    found = set()
    reach_before = max((cue.window for cue in before.values()), default=_MAX_BEFORE)
    for k in range(first - 1, max(-1, first - 1 - reach_before), -1):
        if sentence_of[k] != sentence:
            break
        for stem in readings(norms[k]):
            cue = before.get(stem)
            if cue and first - k <= cue.window and _cue_holds(stem, k, norms, sentence_of) \
                    and (cue.window <= _CLAUSE_WINDOW or not _new_clause_between(tokens, norms, k, first)) \
                    and not (stem in _event_cues()["threat_verb"] and _threat_elsewhere(tokens, norms, k, first)) \
                    and not _cue_stops_before(stem, cue.status, tokens, norms, k, first):
                found.add(cue.status)
    found |= span_statuses(first + 1, last, tokens)      # وقف اطلاق النار قد يبدأ بهدنة: one phrase
    if _called_to(first, tokens, norms, sentence_of, before):
        found.add("called_for")
    reach = max((cue.window for cue in after.values()), default=4)
    for k in range(last + 1, min(len(norms), last + 1 + reach)):
        if sentence_of[k] != sentence:
            break
        for stem in readings(norms[k]):
            cue = after.get(stem)
            if cue and k - last <= cue.window and _cue_holds_after(stem, k, norms, sentence_of):
                found.add(cue.status)
    return found


def _cue_stops_before(stem: str, status: str, tokens, norms: list[str], k: int, first: int) -> bool:
    """A cue that does not reach the trigger: لا صحة past a comma or a clause of what is confirmed
    (لا صحة لأنباء سقوط مأرب، وإن المعارك مستمرة في صرواح; لا صحة لذلك موضحا أن مسلحين هاجموا), a
    future verb past the topic of a meeting (سيجتمع مجلس الأمن لبحث الهجوم على خان شيخون: the attack
    is what is discussed, not planned)."""
    words = _event_cues()
    if stem in words["after_no"]:
        return any(_comma_in(_gap(tokens, j)) or norms[j + 1] in words["then_confirmed"] for j in range(k, first))
    if status == "planned" and stem.startswith("س"):
        return any(norms[j] in words["topic_verb"] for j in range(k + 1, first))
    return False


def _cue_holds_after(stem: str, k: int, norms: list[str], sentence_of: list[int]) -> bool:
    """فورا after a truce is wanted at once only in a sentence of a call (دعت … ووقف الأعمال العدائية
    فورا; not قتل السائق فورا، انسحبت القوات فورا)."""
    words = _event_cues()
    if stem not in words["needs_call"]:
        return True
    return any(sentence_of[j] == sentence_of[k] and norms[j] in words["call_verb"]
               for j in range(max(0, k - CALL_REACH - 3), k))


CALL_REACH = 12        # words between a call and what it calls for (ودعت بعثة الأمم المتحدة للدعم في ليبيا
#                        إلى هدنة إنسانية); the events' truce check reads it too


def _threat_elsewhere(tokens, norms: list[str], k: int, first: int) -> bool:
    """A threat (توعد) reaches no further than its clause, and a threat told as what came before
    (بعد ساعات من توعد زعيم الحوثيين بالرد، شنت الطائرات) reaches nothing: what follows happened."""
    if k > 0 and norms[k - 1] in _event_cues()["threat_told_after"]:
        return True
    return any(_comma_in(_gap(tokens, j)) for j in range(k, first))


def _called_to(first: int, tokens, norms: list[str], sentence_of: list[int], before) -> bool:
    """The trigger follows إلى, and a call (دعت، طالب، ناشد) stands before it in its clause: what the
    call asks for, not what happened."""
    words = _event_cues()
    if first >= 3 and norms[first - 2] == _TO and norms[first - 1] in words["call_step"]:
        first -= 1                       # دعا ناشطون إلى الخروج بتظاهرات: to go out in protests
    if first < 2 or norms[first - 1] != _TO:
        return False
    for k in range(first - 2, max(-1, first - 2 - CALL_REACH), -1):
        if sentence_of[k] != sentence_of[first] or norms[k] in words["call_break"]:
            return False                 # (قبل أن تتحول الاحتجاجات إلى مواجهات، مشيرة إلى مقتل)
        if _comma_in(_gap(tokens, k)):
            return False                 # a call's complement runs on with no comma (ودعت بعثة الأمم المتحدة للدعم في ليبيا إلى هدنة)
        if norms[k] in words["call_verb"]:
            return k == 0 or norms[k - 1] not in words["call_answered"]   # (not تلبية لدعوة … إلى التظاهر: answered)
    return False


_CLAUSE_WINDOW = 4      # a cue that reaches further than this words does not reach across a comma that
#                         opens a clause of what happened (وقال إن الجيش سوف يرد على أي اعتداء، وقد قصف
#                         الطيران أمس: the strike happened)
_NEW_CLAUSE = frozenset(["وقد", "فقد", "وكان", "وكانت", "بينما", "فيما", "وفيما", "وبينما"])


def _new_clause_between(tokens, norms: list[str], k: int, first: int) -> bool:
    """A comma or a semicolon stands between tokens k and *first*, and the word after it opens a
    clause of what happened (، وقد): read only for a cue that reaches far."""
    return any(norms[j + 1] in _NEW_CLAUSE and _comma_in(_gap(tokens, j)) for j in range(k, first))


def _gap(tokens, j: int) -> str:
    """The characters between token j and token j + 1 (none when the tokens carry no text)."""
    text = getattr(tokens, "text", "")
    if not text:
        return ""
    starts, ends = getattr(tokens, "starts", None), getattr(tokens, "ends", None)
    end, nxt = (ends[j], starts[j + 1]) if starts is not None else (tokens[j].end, tokens[j + 1].start)
    return text[end:nxt]


def _comma_in(gap: str) -> bool:
    return any(c in gap for c in "،,;؛")


def span_statuses(start: int, end: int, tokens: list[Token]) -> set[str]:
    """Statuses cued anywhere in tokens start..end-1 (between a call and what it calls for)."""
    before, _ = status_cues()
    norms = norms_of(tokens)
    return {before[s].status for k in range(start, end) for s in readings(norms[k])
            if s in before and _cue_holds(s, k, norms)}


def strongest(statuses: set[str]) -> str | None:
    return next((s for s in STATUS_ORDER if s in statuses), None)


def _cue_holds(stem: str, k: int, norms: list[str], sentence_of: list[int] | None = None) -> bool:
    # قد with a present verb is "may" (قد يبدأ); with a past verb it is "had" (قد استهدف)
    if stem == "قد":
        nxt = norms[k + 1] if k + 1 < len(norms) else ""
        if nxt[:1] == "ت" and len(nxt) >= 5 and nxt.endswith(("ت", "وا")):
            return False                # قد تعرضت، قد تمكنوا: the past of a verb of form V or VI, not "may"
        return nxt[:1] in ("ي", "ت", "ن")
    if stem == _ATTEMPT or stem.startswith(_ATTEMPT_OF_SOMEONE):
        return not _attempt_suffered(k, norms, sentence_of)
    if stem in _event_cues()["after_no"]:
        return k > 0 and norms[k - 1] in ("لا", "ولا")     # لا صحة لما يتم تداوله: not وزارة الصحة
    if stem in _then_an():
        return k + 1 < len(norms) and norms[k + 1] == "ان"   # من المرتقب أن: not الاجتماع المرتقب قبل …
    return True


def _event_cues():
    from .context import cues

    return cues()


def _then_an() -> frozenset[str]:
    return _event_cues()["then_an"]


def _attempt_suffered(k: int, norms: list[str], sentence_of: list[int] | None = None) -> bool:
    """تعرض مدير الأمن لمحاولة اغتيال، نجا من محاولة اغتيال: an attempt someone suffered or survived was
    made (ACLED codes the attack); أحبطت محاولة اغتيال, a foiled one, was not. The verb must govern
    the attempt: in its sentence, with no other object of its own between (تعرضت المعارضة لضغوط …
    لمحاولة عقد مفاوضات: the pressure was suffered, not the talks)."""
    from .context import _has, cues

    if norms[k].startswith("ل"):
        survived, j = False, k - 1                      # تعرض … لمحاولة
    elif k > 0 and norms[k - 1] in _ATTEMPT_OF:
        survived, j = norms[k - 1] != _TO, k - 2        # نجا … من محاولة، تعرض … إلى محاولة
    else:
        return False                                    # ومحاولة، أحبطت محاولة
    c = cues()
    verbs, others = (c["attempt_survived"], c["attempt_suffered"]) if survived else (c["attempt_suffered"],
                                                                                       c["attempt_survived"])
    for j in range(j, max(-1, k - 1 - _SUFFERED_REACH), -1):
        if sentence_of is not None and sentence_of[j] != sentence_of[k]:
            return False
        if _has(norms[j], verbs):
            return True
        if _has(norms[j], others) or _object_of_another(norms[j], survived, c["undergone"]):
            return False
    return False


def _object_of_another(norm: str, survived: bool, undergone: frozenset[str]) -> bool:
    """A word that is the verb's own object before the attempt: من/عن for what one survived, إلى or
    ل + a thing undergone (لضغوط، لانتقادات; not تعرض دبلوماسي ليبي … لمحاولة) for what one underwent."""
    from .context import _has

    if survived:
        return norm in _FROM
    return norm == _TO or (norm.startswith("ل") and _has(norm[1:], undergone))
