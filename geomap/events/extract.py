"""From triggers to events: place and its role, date and time precision, status, actors,
fatalities, confidence and evidence (see :mod:`geomap.events`)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from gazetteer.once import once
from itertools import accumulate

from gazetteer.arabic import Sentence, Token, as_tokens, normalize, normalize_word
from gazetteer.tables import load

from ..model import Actor, DateMention, Event, Mention
from ..quantities import is_number_word
from ..toponyms import place_words
from .context import (CROWD_REACH, STRATEGIC, TriggerFilter, _definite, _has, _phrase_within, cues, object_after_on,
                      protesters_before, report_is_old, report_of)
from .fatalities import DeathCount, find_death_counts
from .merging import Draft, another_after, fold_sentence, merge_document, strikes_circumstance
from .participants import actors_of, airborne
from .headline import Headline, enrich
from .places import Blockers, SentenceMentions, attach_place, descriptors, means, mention_tokens, said_elsewhere
from .sites import split_by_site, unplace_lone_far
from .status import CALL_REACH, cue_statuses
from .tables import ABOUT_KINDS, VIOLENT_TYPES, kinds, trigger_index
from .topic import Profile, profile as topic_profile
from .triggers import Trigger, find_triggers

# Drafts folded together at most: a news sentence has a handful, and folding is quadratic in
# them, so a run-on "sentence" of thousands of triggers (an attack on /parse) stays linear.
FOLD_WINDOW = 64
_SUBJECT_REACH = 2      # words after a verb its subject may stand (وهاجمت طائرة حربية، قصفت طائرات)
_VICTIMS_REACH = 5      # words after a killing its dead are named in (قتلى وجرحى في صفوف قوات النظام)
_DATE_REACH = 40        # words between a trigger and a date of its sentence that still dates it (run-on sentences)
_REPORT_REACH = 8       # words a date may stand after the verb that reports (كشف العميد … في شرطة نينوى امس)
_CONTEXT_DAYS = 3       # days before publication a day of the sentences before may lie and still date an event
#: date rules of a recent stretch with no day (خلال الأيام الماضية، الأسبوع الماضي، قبل أيام): the event is
#: dated like one the text gives no day for, at the publication date with precision 2
_NO_DAY_RULES = frozenset(["past-days", "last-week", "some-days-ago", "this-week"])
_NO_DAY_SPAN = 7        # days back a stretch with no day may reach (قبل أسبوع) and still be dated so


def extract(text: str, tokens: list[Token], sentences: list[Sentence], sentence_of: list[int],
            mentions: list[Mention], dates: list[DateMention], published: dt.date | None,
            actors: list[Actor] | None = None, title_tokens=None, headline: Headline | None = None) -> list[Event]:
    """The events of one article, one per happening (see the package docstring)."""
    triggers = find_triggers(tokens, sentence_of)
    if not triggers:
        return []
    toks = as_tokens(tokens)
    triggers, claiming = _admitted(triggers, toks, sentence_of, mentions, actors or [], title_tokens)
    claimants: dict[int, list[Trigger]] = {}
    for t in claiming:
        claimants.setdefault(t.sentence, []).append(t)
    if not triggers:
        return []
    m_tok = mention_tokens(mentions, tokens)
    not_places = _actor_places(mentions, actors or [], text)
    not_places |= descriptors(mentions, text, not_places)
    by_sentence: dict[int, list[Trigger]] = {}
    for trig in triggers:
        by_sentence.setdefault(trig.sentence, []).append(trig)
    mentions_of: dict[int, list[int]] = {}
    for n, m in enumerate(mentions):
        mentions_of.setdefault(m.sentence, []).append(n)

    dates_in = _DatesBySpan(dates)
    article = _Article(text, tokens, sentences, published, {}, actors or [], toks.starts, sentence_of)
    drafts: list[Draft] = []
    for s_index, trigs in sorted(by_sentence.items()):
        sent = sentences[s_index]
        every_date = dates_in(sent.start, sent.end)
        sentence_dates = [d for d in every_date if not d.since]
        every = claimants[s_index]
        weapons = means(every, tokens, text)                # بسيارة ملغومة after هجوم: its means, no claimant
        local, blockers = [], Blockers(t for n, t in enumerate(every) if n not in weapons and not _a_strikes_meeting(t, toks.norms))
        near = SentenceMentions(mentions_of.get(s_index, []), m_tok)
        for t in trigs:
            statuses = cue_statuses(t.first, t.last, tokens, sentence_of)
            if _purpose(t, tokens):
                statuses.add("planned")
            d = _draft(t, _flown(t, toks.norms, sentence_of), statuses, tokens, toks.norms, sentence_of)
            d.mention = attach_place(t, blockers, mentions, m_tok, tokens, not_places, text, near.near(t))
            local.append(d)
        _same_place_as_before(local, drafts, toks.norms, _sent_span(sentence_of, s_index))
        _the_city_told_before(local, mentions, not_places, toks, tokens, _sent_span(sentence_of, s_index), s_index,
                              bool(sentence_dates))
        _where_the_sentence_before_was(local, drafts, [n for n in mentions_of.get(s_index, []) if n not in not_places],
                                       s_index, sentences, text, sentence_dates, toks.norms, sentence_of)
        reported = _reported(sentence_dates, toks, sentence_of, trigs)
        # (a sentence whose every day is its report's: وأفادت المنسقية، في بيان لها صباح اليوم السبت، أن
        # الطائرات قصفت … after أمس الجمعة told before: the strikes keep the day told before)
        context = _paragraph_day(s_index, sentences, dates, text, sentence_dates, reported)
        for d in (d for i in range(0, len(local), FOLD_WINDOW) for d in fold_sentence(local[i:i + FOLD_WINDOW], tokens)):
            d.date, d.date_reported, d.date_far = _dated(d.head, sentence_dates, every_date, reported, toks.starts, text)
            d.context_date = context
            d.standing = _standing_since(d, every_date, published, text)   # a truce in force: background
            d.report = _report(d, kinds()[d.kind], None, None, d.status or "occurred", None, d.mention, article)
            drafts.append(d)

    events = _events(drafts, text, tokens, sentences, sentence_of, mentions, published, actors or [])
    enrich(events, headline)
    genre = _genre(toks.norms, dates, published, text)
    for e in events:
        if genre == "column" or (genre == "analysis" and e.date_precision != 1):
            e.report = "background"            # a column tells no news; an analysis, only what it dates to the day
    unplace_lone_far(events, mentions)
    return events


def _a_strikes_meeting(t: Trigger, norms: list[str]) -> bool:
    """غارة استهدفت اجتماعا لأعيان القبيلة في مدينة مرزق: the meeting a strike hit claims no place of its own."""
    return t.kind == "talks" and strikes_circumstance(norms, t.first)


_STANDING = ("ceasefire", "agreement")    # what holds from a day on (a truce, a deal in force)


def _dated(head: Trigger, days: list[DateMention], every_date: list[DateMention], reported: set[int],
           starts: list[int], text: str) -> tuple[DateMention | None, bool, bool]:
    """The draft's own date (:func:`_own_date`), unless it is a later clause's date before the day
    the happening goes on since (:func:`_since_its_day`)."""
    own = _own_date(days, reported, head, starts)
    since = _since_its_day(every_date, head, text)
    if since is not None and own[0] is not None and own[0].date < since.date and own[0].start > head.end:
        return since, False, False
    return own


def _since_its_day(dates: list[DateMention], head: Trigger, text: str) -> DateMention | None:
    """تدور اشتباكات عنيفة منذ فجر الأربعاء …، لاستعادة البلدة التي سيطر عليها النظام في 9 مايو: the
    day a happening goes on since, right after its trigger in its clause (an earlier date of the
    sentence tells of another clause: the happening is not dated before it began)."""
    for x in dates:
        if x.since and x.precision == 1 and x.start >= head.end:
            gap = text[head.end:x.start]
            if len(gap.split()) <= _STANDING_GAP and not any(c in gap for c in _COMMAS):
                return x
    return None


def _standing_since(d: Draft, dates: list[DateMention], published: dt.date | None, text: str) -> bool:
    """A truce or a deal said to hold since a day before the news window, the منذ date right beside
    it in its clause (يسري منذ 30 ديسمبر الماضي وقف لإطلاق النار، الهدنة السارية منذ أسبوعين): it
    stands, it was not made today (not بعد معارك مستمرة منذ يناير، أعلن الطرفان اليوم وقفا لإطلاق النار)."""
    if d.kind not in _STANDING:
        return False
    for x in dates:
        if not (x.since and report_is_old(x, published)):
            continue
        gap = text[x.end:d.head.start] if x.end <= d.head.start else text[d.head.end:x.start]
        if len(gap.split()) <= _STANDING_GAP and not any(c in gap for c in _COMMAS):
            return True
    return False


_STANDING_GAP = 3      # words between a truce and the منذ date it holds since (الهدنة التي تسري منذ …)


def _draft(t: Trigger, kind: str, statuses: set[str], tokens: list[Token], norms: list[str],
           sentence_of: list[int]) -> Draft:
    """The draft a trigger starts, with what its words say of it (its place is attached after)."""
    return Draft(
        head=t, kind=kind, triggers=[t], statuses=statuses,
        remote=t.role == "remote",     # an attack by aircraft names its own happening, no generic word
        reference=t.role == "reference", generic=t.role == "generic" and kind == t.kind,
        another=another_after(t, tokens, sentence_of),
        execution=kind == "killing" and _has(norms[t.first], cues()["execution"]),
        shot=kind in ("killing", "battle") and _shot(t, norms, sentence_of),
        targeted=kind == "killing" and _stem_in(norms[t.first], cues()["targeted"]),
        ordinal=t.last + 1 < len(norms) and sentence_of[t.last + 1] == t.sentence
        and norms[t.last + 1] in cues()["ordinal_after"],
        planted=kind == "explosion" and any(_has(norms[k], cues()["planted"]) for k in range(t.first, t.last + 1)),
        definite=_definite(norms[t.first]),
        anaphoric=_definite(norms[t.first]) and _after_demonstrative(t, tokens, norms, sentence_of),
        sentences=[t.sentence])


_ALSO_REACH = 3     # words after a demonstrative trigger أيضا may stand (وطالت هذه الغارات أيضا)


def _after_demonstrative(t: Trigger, tokens: list[Token], norms: list[str], sentence_of: list[int]) -> bool:
    """هذه الضربات، لهذا الهجوم: a demonstrative right before the trigger, with no punctuation
    between (في غضون ذلك، سيطرت: "meanwhile", no demonstrative of the trigger)."""
    k = t.first - 1
    if not (k >= 0 and sentence_of[k] == t.sentence and _has(norms[k], cues()["demonstrative"])
            and tokens[k].end == tokens[t.first].start - 1):
        return False
    # وطالت هذه الغارات أيضا مديرية حرض: also somewhere else, a strike of its own
    return not any(sentence_of[j] == t.sentence and _has(norms[j], cues()["also"])
                   for j in range(t.last + 1, min(len(norms), t.last + 1 + _ALSO_REACH)))


_GUNFIRE_REACH = 4         # words after a killing word that may say it was by gunfire (قتل شاب برصاص مسلحين)


def _shot(t: Trigger, norms: list[str], sentence_of: list[int]) -> bool:
    """قتل شاب برصاص مسلحين، استشهد برصاص قناص: a killing by gunfire, never the toll of a strike,
    a shelling or a blast told in another sentence."""
    c = cues()
    end = min(len(norms), t.last + 1 + _GUNFIRE_REACH)
    window = [norms[k] for k in range(t.first, end) if sentence_of[k] == t.sentence]
    return (any(_has(w, c["gunfire"]) for w in window)
            and not any(_has(w, c["shrapnel"]) for w in window))   # برصاص وشظايا: maybe a strike's toll


_COMMENTARY_WORDS = 150     # words an article needs before it can be told a column by what it lacks
_DAYS_PER_100 = 0.22       # days told per 100 words below which an article reports little (a day every 450 words)
_REPORTING_PER_100 = 0.8   # reporting verbs and sources per 100 words below which it reports little


def _genre(norms: list[str], dates: list[DateMention], published: dt.date | None = None, text: str = "") -> str | None:
    """What an article of 150 words or more is by what it lacks (a sentence or a paragraph pasted
    alone is read as told):

    - "column": no day of its own (أمس، الاثنين، 12 يوليو) and no one reporting anything (قال، أفاد،
      مصادر، بيان) — a column, an essay or a commentary, whose happenings are its argument;
    - "analysis": under 0.22 days told and 0.8 sources per 100 words — an analysis, an interview
      or a feature, whose happenings with no day of their own are its argument or background
      (gold dev halves of batches 1–7: 36 such articles; 3 of the 20 events drawn in them right);
    - "analysis" too: a part of a series (الحلقة السابقة), told as testimony or memoir;
    - None: news.

    A day counts when it is a day of the news window, not one of history or a since-date (الثالث
    عشر من شهر يونيو 2014، منذ 25 يونيو الماضي: an analysis tells those too)."""
    if len(norms) < _COMMENTARY_WORDS:
        return None
    if "الحلقه" in norms and _phrase_within(norms, 0, len(norms), cues()["series"]):
        return "analysis"                  # وتوقفت الحلقة السابقة عند…: a part of a series, testimony told on
    news_days = [d for d in dates if d.precision == 1 and not d.since and not report_is_old(d, published)]
    reporting = cues()["reporting"]
    sources = sum(1 for n in norms if _stem_in(n, reporting))
    if not sources and all(_nowadays(d, text) for d in news_days):
        return "column"                    # (اليوم alone, with no one reporting: "nowadays", a columnist's)
    per_100 = 100.0 / len(norms)
    days = len(news_days)
    if days * per_100 < _DAYS_PER_100 and sources * per_100 < _REPORTING_PER_100:
        return "analysis"
    return None


def _nowadays(d: DateMention, text: str = "") -> bool:
    """اليوم, واليوم alone (no weekday, no part of the day before it: not فجر اليوم، صباح اليوم): in an
    article no one reports in, the columnist's "nowadays" (واليوم نرى ما قامت به وزارة الداخلية),
    not a day of news."""
    if d.rule != "relative-day" or normalize(d.text).lstrip("و") != "اليوم":
        return False
    before = text[max(0, d.start - _PART_CHARS):d.start].split()
    return not (before and normalize(before[-1]).lstrip("و") in cues()["day_part"])


_PART_CHARS = 12     # characters before اليوم that may hold a part of the day (فجر، صباح، مساء)


def _sent_span(sentence_of: list[int], s_index: int) -> range:
    """The token indices of sentence *s_index*."""
    first = bisect_left(sentence_of, s_index)
    return range(first, bisect_right(sentence_of, s_index))


def _same_place_as_before(local: list[Draft], drafts: list[Draft], norms: list[str], span: range) -> None:
    """وكانت النصرة قد هاجمت الجمعة مقرا للفرقة في المنطقة نفسها: a happening "in the same area"
    with no place of its own happened where the last one placed before it did."""
    if all(d.mention is not None or d.reference for d in local):
        return
    if not _phrase_within(norms, span.start, span.stop, cues()["same_place"]):
        return
    before = next((d.mention for d in reversed(drafts)
                   if d.mention is not None and d.mention.resolved and d.mention.place.kind != "country"), None)
    if before is None:
        return
    for d in local:
        if d.mention is None and not d.reference:      # الهجوم … في نفس المكان: the attack already told
            d.mention = before


def _another_happening(text: str, sentence: Sentence) -> bool:
    """The sentence opens with a word of another happening (وفي حادث منفصل، في تطور آخر، من جهة أخرى)."""
    opening = " ".join(normalize(w) for w in _WORD.findall(text[sentence.start:sentence.start + _OPENING_CHARS])[:_OPENING_WORDS])
    return any(opening.startswith(p) or opening.startswith("و" + p) for p in place_words()["another_happening"])


_OPENING_WORDS = 4      # words of a sentence's opening read for a word of another happening
_WORD = re.compile(r"\w+")


def _where_the_sentence_before_was(local: list[Draft], drafts: list[Draft], here: list[int], s_index: int,
                                   sentences: list[Sentence], text: str, days: list[DateMention],
                                   norms: list[str], sentence_of: list[int]) -> None:
    """A violent happening in a sentence that names no place at all (*here*: its mentions that may be
    places, not a backer's), right after a sentence of the same paragraph whose violent happening was
    placed (…مدعومة بغارات مكثفة من التحالف الذي تقوده الولايات المتحدة, after the sentence that names
    the university of Ramadi): the fight goes on there — unless the sentence tells a day of its own
    that is not the one before's."""
    if here or s_index == 0 or all(d.mention is not None or d.reference for d in local):
        return
    if _anaphor(norms, _sent_span(sentence_of, s_index)) is not None:
        return                        # أحياء المدينة: a place of its own, named before or not
    if "\n" in text[sentences[s_index - 1].end:sentences[s_index].start] or _another_happening(text, sentences[s_index]):
        return                        # (وفي حادث منفصل، من جهة أخرى: another happening)
    before = next((d for d in reversed(drafts) if s_index - 1 in d.sentences), None)
    if before is None or before.mention is None or not before.mention.resolved or not kinds()[before.kind].violent \
            or before.mention.place.kind in _NOT_CARRIED:
        return                        # (a country or a governorate: too wide to say where the next one was)
    if days and not (before.date is not None and any(x.date == before.date.date for x in days)):
        return                        # وأمس اعلنت الشرطة اعتقال مشتبهين في قتل الشرطيين: another day, another happening
    if any(d.kind not in _GOES_ON_KINDS and kinds()[d.kind].violent for d in local):
        return                        # وأسفر هجوم انتحاري بسيارة مفخخة عن مقتل ثلاثة: another incident
    for d in local:
        if d.mention is None and not d.reference and d.kind in _GOES_ON_KINDS:
            d.mention = before.mention


_OPENING_CHARS = 30     # characters of a sentence's opening read for a word of moving on (وفي حادث منفصل،)
# what goes on where the fight before was (a bombing with no place of its own is another incident:
# وأسفر هجوم انتحاري بسيارة مفخخة عن مقتل ثلاثة)
_GOES_ON_KINDS = frozenset(["battle", "airstrike", "shelling", "territory", "killing", "abduction", "arrests"])
_NOT_CARRIED = frozenset(["country", "admin1", "region", "continent", "sea"])


_CITY_REACH = 8              # words after a placeless trigger "the city" may stand
_CITY_SENTENCES = 3          # sentences back the city it means may be named


# What "the city", "the town", "the area", "the district" told after a placeless trigger may mean:
# the kinds of the place named before it (place_words.tsv roles).
_ANAPHOR_KINDS = {"city_anaphor": ("city", "town"), "town_anaphor": ("town", "village", "city"),
                  # (not a city: في المنطقة is as often the Middle East, after a capital)
                  "area_anaphor": ("town", "village", "neighbourhood", "admin2", "admin3", "region", "natural",
                                   "facility"),
                  "district_anaphor": ("admin2", "admin3", "town", "city"),
                  # (the capital: a capital city, PPLC, told before)
                  "capital_anaphor": ("capital",)}


def _the_city_told_before(local: list[Draft], mentions: list[Mention], not_places: set[int], toks,
                          tokens: list[Token], span: range, s_index: int, dated: bool = False) -> None:
    """شن المسلحون هجوما منسقا على المدينة، قصفت الطائرات أحياء المدينة، شنت غارات على تعزيزات في
    المنطقة: a placeless happening in "the city" (the town, the area, the district) happened in the
    last place of that kind named before it in its sentence or the three before (not in المدينة
    المنورة or المنطقة الشرقية, names, nor the daily «المدينة»)."""
    if all(d.mention is not None or d.reference for d in local):
        return
    # (in a sentence with a day, a happening that takes "the city": اجتاحوا المدينة … فجر الاثنين; not
    # a goal, حتى تحرير المدينة, nor what is to come)
    takers = frozenset(d.head.last for d in local if dated and d.status is None)
    found = _anaphor(toks.norms, span, takers)
    if found is None:
        return
    k, kinds_meant = found
    # (the capital of a sentence with no day: only one named in it or the sentence before, not تشن
    # هجمات دامية في العاصمة ومدن أخرى, a habit, paragraphs after the capital was named)
    back = _CITY_SENTENCES if dated or kinds_meant != _ANAPHOR_KINDS["capital_anaphor"] else 1
    # the places of that kind named before the anaphor, the last first
    places = sorted((m for n, m in enumerate(mentions)
                     if m.start < toks.starts[k] and s_index - back <= m.sentence <= s_index
                     and n not in not_places and m.role == "place" and m.resolved
                     and _of_kind(m.place, kinds_meant) and m.metonymy is None and m.qualifier in (None, "near")),
                    key=lambda m: m.start, reverse=True)
    for d in local:
        if d.mention is None and not d.reference and d.head.last < k <= d.head.last + _CITY_REACH:
            d.mention = next((m for m in places if not _told_there(d, m, toks, tokens, s_index)), None)


def _anaphor(norms: list[str], span: range, trigger_lasts: frozenset[int] = frozenset()) -> tuple[int, tuple[str, ...]] | None:
    """The first "the city" (town, area, district) of the sentence told as a place (بالمدينة، في
    المنطقة، أحياء المدينة) or as what a trigger right before it took (اجتاحوا المدينة، اقتحموا
    البلدة), and the kinds of place it may mean."""
    words = place_words()
    for k in span:
        role = next((r for r in _ANAPHOR_KINDS if norms[k] in words.get(r, ())), None)
        after = norms[k + 1] if k + 1 < len(norms) else ""
        if role is None or after.startswith("المنور") or (role != "city_anaphor" and after.startswith("ال")):
            continue                  # المدينة المنورة، بالمنطقة الشرقية، القرية الجديدة: a name, not "the city"
        if norms[k].startswith(("بال", "وبال")) or (k > span.start and norms[k - 1] in words["city_anaphor_before"]) \
                or k - 1 in trigger_lasts or (role == "capital_anaphor" and _parts_of(norms, k, span)):
            return k, _ANAPHOR_KINDS[role]
    return None


def _parts_of(norms: list[str], k: int, span: range) -> bool:
    """في أحياء متفرقة من العاصمة: "the capital" after من and a word of its parts one or two words
    before it (not قادمة من العاصمة, where something came from)."""
    before = place_words()["city_anaphor_before"]
    return (k - 3 >= span.start and norms[k - 1] == "من"
            and (norms[k - 2] in before or norms[k - 3] in before))


def _of_kind(p, kinds: tuple[str, ...]) -> bool:
    """*p* is of one of *kinds*; "capital" is a capital city (PPLC)."""
    return p.kind in kinds or ("capital" in kinds and p.feature_code == "PPLC")


def _told_there(d: Draft, m: Mention, toks, tokens: list[Token], s_index: int) -> bool:
    """*m*, in the draft's own sentence, is where the news was told (في مؤتمر صحفي بالعاصمة كابل …
    هجوما على المدينة), not the city it means."""
    return m.sentence == s_index and said_elsewhere(d.head, m, bisect_right(toks.starts, m.start) - 1, tokens)


def _where_it_is(m: Mention, toks) -> bool:
    """في المملكة، بالمملكة: the home country, by its common noun, named as where something is,
    not as a party to it (a meeting "in the Kingdom" is an office's business, not one of state;
    talks on a ceasefire في سوريا stay talks of state)."""
    k = bisect_right(toks.starts, m.start) - 1
    written = toks.norms[k] if k >= 0 else ""
    if m.name not in cues()["home_country"]:
        return False
    return (k > 0 and toks.norms[k - 1] in cues()["locative"]) or (written[:1] == "ب" and written[1:] == m.name)


def _admitted(triggers: list[Trigger], toks, sentence_of: list[int], mentions: list[Mention],
              actors: list[Actor], title_tokens) -> tuple[list[Trigger], list[Trigger]]:
    """The triggers that tell of happenings, by the article's topics, actors and states; and
    those that claim the places beside them: these, and a habit or a capability, which happen
    somewhere of their own (ودمرت المدرعات قبل أن يستخدموها في هجماتهم المتكررة على منفذ X:
    X is where the attacks are made, not where the armour was destroyed)."""
    topics = topic_profile(toks, sentence_of, as_tokens(title_tokens) if title_tokens is not None else None)
    actor_tokens = [max(0, bisect_right(toks.starts, a.start) - 1) for a in actors]
    states = {m.sentence for m in mentions if m.role == "place" and m.resolved and m.place.kind == "country"
              and not _where_it_is(m, toks)}
    peoples = {m.sentence for m in mentions if m.role == "demonym"}     # وزيري الأشغال اليمنيين
    admitted = TriggerFilter(toks, sentence_of, topics, actors, actor_tokens, triggers, states, peoples)
    kept = [t for t in triggers if admitted.admits(t)]
    ids = {id(t) for t in kept}
    return kept, [t for t in triggers if id(t) in ids or admitted.elsewhere(t)]


def _events(drafts: list[Draft], text: str, tokens: list[Token], sentences: list[Sentence],
            sentence_of: list[int], mentions: list[Mention], published: dt.date | None,
            actors: list[Actor]) -> list[Event]:
    """One event per happening and site of the drafts; no threat, plan or denial of violence."""
    deaths: dict[int, list[DeathCount]] = {}          # by sentence: one lookup per event, not a scan
    for count in find_death_counts(tokens, sentence_of):
        deaths.setdefault(count.sentence, []).append(count)
    token_starts = as_tokens(tokens).starts
    told = tuple(sorted((d.head.start, d.head.sentence, d.kind) for d in drafts
                        if d.head.role == "event" and d.kind in _REFERRED_KINDS))
    events, listed = [], set()
    for d in _sites(merge_document(drafts), mentions, text, listed):
        e = _event(d, text, tokens, sentences, published, deaths, actors, token_starts, sentence_of, told, mentions)
        if (e.event_type in VIOLENT_TYPES or e.kind in STRATEGIC or e.event_type in _CROWD_TYPES) \
                and e.status not in ("occurred", "ongoing"):
            continue                            # a threat, a plan, a call to protest or a denial: nothing happened
        events.append(e)
    return events


def _sites(drafts: list[Draft], mentions: list[Mention], text: str, listed: set) -> list[Draft]:
    """Each draft at each site of its list; two triggers of one kind over one list (خرجت مظاهرات في مدن
    البصرة والنجف … احتجاجا) are one event at each place, not two."""
    out = []
    for merged in drafts:
        sites = split_by_site(merged, mentions, text)
        for d in sites:
            key = (d.kind, id(d.mention), d.head.sentence)
            if len(sites) > 1 and key in listed:
                continue
            listed.add(key)
            out.append(d)
    return out


def _civilians_killed(d: Draft, tokens: list[Token], sentence_of: list[int]) -> bool:
    """A generic attack whose only other trigger is a killing, with civilians (or a place of
    civilians: a hotel, a village, a bus) and no fighters among the words of its sentence."""
    if any(t.kind != "killing" for t in d.triggers if t.role not in ("generic", "reference")):
        return False
    if not any(t.kind == "killing" for t in d.triggers):
        return False
    c = cues()
    norms = as_tokens(tokens).norms
    if _on_civilians(d.head, norms, sentence_of):
        return True                          # هجوم مسلح على حافلة تقل مسيحيين: whatever else the sentence tells
    if _on_forces(d.head, norms, sentence_of):
        return False                         # وهجوم لـ"القاعدة" على نقطة أمنية: a fight, whatever else the sentence tells
    s = d.head.sentence                      # its tokens (sentence_of ascends: no scan of the article)
    low, high = bisect_left(sentence_of, s), bisect_right(sentence_of, s)
    words = norms[low:high]
    subject = range(d.head.first - _SUBJECT_BEFORE, d.head.first)   # مسلحين مجهولين هاجموا: the attackers
    if any((w in c["combatant"] or w in c["combatant_one"]) and low + n not in subject for n, w in enumerate(words)):
        return False                         # قتل جندي وأصيب طفل في هجوم: soldiers among its victims
    targeted = any(_stem_in(norms[t.first], c["targeted"]) for t in d.triggers)
    return targeted or any(w in c["civilian"] or w in c["young_man"] for w in words)


def _on_civilians(head: Trigger, norms: list[str], sentence_of: list[int]) -> bool:
    """هجوم جهادي على فندق ومطعم: the attack's object, right after على, is a place of civilians,
    and no word of the security forces follows it (not هجوم على مدرسة الشرطة)."""
    c = cues()
    k = object_after_on(norms, sentence_of, head, _ON_REACH)
    if k is None or norms[k] not in c["civilian_place"]:
        return False
    return not (k + 1 < len(norms) and _stem_in(norms[k + 1], c["security_after"]))


def _on_forces(head: Trigger, norms: list[str], sentence_of: list[int]) -> bool:
    """هجوم على نقطة أمنية، على مقر الشرطة: the attack's object, right after على, is a place of the
    security forces (a word of them one or two words after على)."""
    k = object_after_on(norms, sentence_of, head, _ON_REACH)
    return k is not None and any(sentence_of[j] == head.sentence and _stem_in(norms[j], cues()["security_after"])
                                 for j in range(k, min(len(norms), k + 2)))


_ON_REACH = 4     # words between an attack word and the على of its object (هجوم جهادي مسلح على، الهجوم الذي شنه مسلحون على)


def _fighters_killed(d: Draft, norms: list[str], sentence_of: list[int]) -> bool:
    """A killing whose dead, named right after one of its mentions, are fighters (قتلى في صفوف
    قوات النظام، مقتل عشرة جنود، تمكنت من قتل 11 مسلحا) and, after none, civilians alone:
    ACLED's Battles, not Violence against civilians. A mention naming both (مقتل 11 من عناصر
    التنظيم و10 مدنيين) says neither."""
    c = cues()
    if any(t.kind != "killing" for t in d.triggers):
        return False

    def told_dead(t: Trigger) -> bool:          # مقتل، قتلى; 6 حوثيين قتلوا برصاص
        return _stem_in(norms[t.first], c["dead"]) or bool(_counted_before(t, norms, sentence_of))

    if d.execution:
        return False                              # وإعدام 13 قائدا: an execution stays a killing
    # the dead of مقتل، قتلى; or whom a killing verb killed (اغتالت ثلاثة من أفراد الدرك: gendarmes)
    dead = [_victims(t, norms, sentence_of) for t in d.triggers if told_dead(t) or t is d.head]
    return "fighters" in dead and "civilians" not in dead


def _victims(t: Trigger, norms: list[str], sentence_of: list[int]) -> str | None:
    """Who the dead named right after a killing word are: fighters, civilians, both, or not said."""
    c = cues()
    after = [norms[k] for k in range(t.last + 1, min(len(norms), t.last + 2 * _VICTIMS_REACH + 1))
             if sentence_of[k] == t.sentence]
    before = _met_death_subject(t, norms, sentence_of)
    near = after[:_VICTIMS_REACH] + before
    # 8 جنود أسرى قتلوا برصاص التنظيم: captives killed, not fallen in a fight
    civilians = any(_stem_in(w, c["civilian"]) for w in after + before) or any(_stem_in(w, c["captive"]) for w in near)
    armed = [(_stem_in(w, c["combatant"]) or _stem_in(w, c["combatant_group"]),
              i > 0 and near[i - 1] in c["agent_before"]) for i, w in enumerate(near)]
    # برصاص الحوثيين، برصاص مسلحين: who killed, not who died; but a policeman or a soldier shot by
    # gunmen (قتل شرطي برصاص مسلحين) died in a fight
    fighters = any(a and not by for a, by in armed) or (
        any(a and by for a, by in armed) and any(_stem_in(w, c["combatant_one"]) for w in near))
    if civilians:
        return "both" if fighters else "civilians"
    return "fighters" if fighters else None


def _met_death_subject(t: Trigger, norms: list[str], sentence_of: list[int]) -> list[str]:
    """The words between لقي and the death it met (لقي عدد من عناصر تنظيم داعش مصرعهم): its dead,
    named before the death word."""
    c = cues()
    for k in range(t.first - 1, max(-1, t.first - _VICTIMS_REACH - 3), -1):
        if sentence_of[k] != t.sentence:
            break
        if norms[k] in c["met_death"]:
            return norms[k + 1:t.first]
    return _counted_before(t, norms, sentence_of)


def _counted_before(t: Trigger, norms: list[str], sentence_of: list[int]) -> list[str]:
    """6 حوثيين قتلوا برصاص القوات: a count right before a plural death verb with no object after
    it (a cause, a place or the sentence's end follows): the words after the count are its dead."""
    c = cues()
    if norms[t.first] not in c["died_plural"] or t.first < 2:
        return []
    nxt = norms[t.last + 1] if t.last + 1 < len(norms) and sentence_of[t.last + 1] == t.sentence else ""
    if nxt and nxt not in c["death_cause"]:
        return []                                 # مسلحون قتلوا خمسة مدنيين: they killed
    for k in range(t.first - 2, max(-1, t.first - _COUNT_REACH - 2), -1):
        if sentence_of[k] != t.sentence:
            break
        if norms[k].isdigit() or is_number_word(norms[k]):
            return norms[k + 1:t.first]
    return []


_COUNT_REACH = 2      # words between a count and the plural death verb after its noun (6 حوثيين قتلوا)


def _stem_in(norm: str, table: frozenset[str]) -> bool:
    return norm in table or (norm[:1] in ("و", "ف", "ب", "ل") and norm[1:] in table)


def _airborne_nearby(d: Draft, tokens: list[Token], sentence_of: list[int]) -> bool:
    """An air word (الطيران الحربي، طائرات، الجوي) within a few words of the event's head trigger."""
    air = cues()["air"]
    norms = as_tokens(tokens).norms
    head = d.head
    for k in range(max(0, head.first - 8), min(len(norms), head.last + 5)):
        if sentence_of[k] == head.sentence and (head.first > k or k > head.last) and _stem_in(norms[k], air):
            return True
    return False


def _flown(t: Trigger, norms: list[str], sentence_of: list[int]) -> str:
    """وهاجمت طائرة حربية مواقع…، قصفت طائرات التحالف: an attack whose subject, right after the
    verb, is an aircraft is an airstrike from the start (not folded into the fighting beside it);
    وفجرت فتاتان نفسيهما: a blast whose bomber blew himself up is a suicide bombing."""
    if t.kind == "explosion":
        return "suicide_bomb" if _word_after(t, norms, sentence_of, cues()["self"], _SUBJECT_REACH + 1) else t.kind
    if t.kind not in ("battle", "shelling", "destruction"):
        return t.kind
    if _word_after(t, norms, sentence_of, cues()["air"], _SUBJECT_REACH) or _aircraft_before_verb(t, norms, sentence_of):
        return "airstrike"
    return t.kind


_SUBJECT_BEFORE = 3        # words between an aircraft named first and its verb (الطيران الحربي استهدف، مقاتلات إسرائيلية قد استهدفت)


def _aircraft_before_verb(t: Trigger, norms: list[str], sentence_of: list[int]) -> bool:
    """بأن الطيران الحربي استهدف تجمعات، طائرات التحالف قصفت: the aircraft named as the subject
    right before a verb (a word without the article; a noun such as الاشتباكات after الطيران is
    another happening told beside the raids)."""
    if _definite(norms[t.first]):
        return False
    air = cues()["air"]
    return any(norms[k] in air and sentence_of[k] == t.sentence
               and all(_subject_word(norms[j]) for j in range(k + 1, t.first))
               for k in range(max(0, t.first - _SUBJECT_BEFORE), t.first))


def _subject_word(norm: str) -> bool:
    """A word between an aircraft and its verb that goes with the subject: a definite adjective
    (الطيران الحربي), a nisba (مقاتلات إسرائيلية) or قد (مقاتلات إسرائيلية قد استهدفت)."""
    return norm.startswith("ال") or norm.endswith("يه") or norm == "قد"


def _word_after(t: Trigger, norms: list[str], sentence_of: list[int], table: frozenset[str], reach: int) -> bool:
    """A word of *table* among the *reach* words after the trigger, in its sentence."""
    return any(norms[k] in table and sentence_of[k] == t.sentence
               for k in range(t.last + 1, min(len(norms), t.last + 1 + reach)))


def _purpose(t: Trigger, tokens: list[Token]) -> bool:
    """للسيطرة عليها، لاستعادتها: ل before taking ground says what was aimed at, not what happened."""
    norm = tokens[t.first].norm
    return t.kind == "territory" and norm.startswith("ل") and norm not in trigger_index().heads(tokens[t.first])


def _actor_places(mentions: list[Mention], actors: list[Actor], text: str) -> set[int]:
    """Mentions that are part of an actor (قوات سوريا الديمقراطية) or name who leads it
    (بقيادة السعودية، التحالف الذي تقوده الولايات المتحدة): not where anything happened."""
    leaders = _leader_words()
    out = set()
    # an actor holds the mention's start if one starting at or before it ends after it
    spans = sorted((a.start, a.end) for a in actors)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))     # the furthest end so far
    for n, m in enumerate(mentions):
        k = bisect_right(starts, m.start)
        if k and reach[k - 1] > m.start:
            out.add(n)
            continue
        before = text[max(0, m.start - 24):m.start].split()
        if before and normalize_word(before[-1]) in leaders:
            out.add(n)
        elif _seat(before, text[m.end:m.end + 16].split()):
            out.add(n)
    return out


def _seat(before: list[str], after: list[str]) -> bool:
    """The place is where a body sits (المرصد ومقره بريطانيا، منظمته التي تتخذ من جنيف مقرا
    لها): its home, not where anything happened."""
    if not before:
        return False
    c, last = cues(), normalize_word(before[-1])
    if last in c["seat_before"] or (last in ("في", "ب") and _seat_clause(before[:-1])):
        return True                     # المرصد ومقره بريطانيا، ومقره في لندن، المؤسسة التي يوجد مقرها في طرابلس
    if last == "في" and len(before) > 1 and normalize_word(before[-2]) in c["seat_of"]:
        return True                     # ولم تعلق الحكومة في بوجمبورا: the government's seat
    return last == "من" and bool(after) and normalize_word(after[0]) in c["seat_after"]


def _seat_clause(before: list[str]) -> bool:
    """…ومقره في، …التي يوجد مقرها في: a body's seat told as its description (not قصفت الطائرات مقره
    في صنعاء, its headquarters struck)."""
    if not before:
        return False
    c, word = cues(), normalize_word(before[-1])
    if word not in c["seat_before"]:
        return False
    return word.startswith("و") or (len(before) > 2 and normalize_word(before[-2]) in c["seat_verb"]
                                    and normalize_word(before[-3]) in c["relative"])


def _leader_words() -> frozenset[str]:
    return _role_words().get("leader", frozenset())


@once
def _role_words() -> dict[str, frozenset[str]]:
    """actor_roles.tsv's words by role (read once)."""
    roles: dict[str, set[str]] = {}
    for r in load("actor_roles.tsv", "geomap"):
        roles.setdefault(r["role"], set()).add(normalize(r["word"]))
    return {role: frozenset(words) for role, words in roles.items()}


def _reported(dates: list[DateMention], toks, sentence_of: list[int], trigs: list[Trigger]) -> set[int]:
    """The dates (by start) of who reported, not of what happened: after a reporting verb, before
    the content it opens and before any trigger (قال مسعفون أمس إن…، أعلن التنظيم أمس الخميس
    مسؤوليته عن هجوم، وفق ما أعلن المرصد الجمعة)."""
    c = cues()
    taken = {k for t in trigs for k in range(t.first, t.last + 1)}
    out = set()
    for d in dates:
        p = bisect_left(toks.starts, d.start)
        for k in range(p - 1, max(-1, p - 1 - _REPORT_REACH), -1):
            if k in taken or sentence_of[k] != sentence_of[p] or _stem_in(toks.norms[k], c["report_content"]):
                break
            if _stem_in(toks.norms[k], c["report_verb"]):
                out.add(d.start)
                break
    return out


_OWN_DAY_REACH = 6      # words after the trigger its own day may stand, beating the day it was reported
#                         (أعلنت الأركان، اليوم الثلاثاء، أن ضربات جوية نفذها سلاح الجو أمس: yesterday)


def _own_date(dates: list[DateMention], reported: set[int], head: Trigger,
              starts: list[int]) -> tuple[DateMention | None, bool, bool]:
    """The sentence's date nearest the trigger; whether it is the day of a report; and whether it
    is a day too far from the trigger to date it (in a run-on sentence it dates another clause)."""
    # a month, a season or a year of the happening beats the day it was reported (قال ناشط أمس إن
    # التنظيم سيطر على الموصل الصيف الماضي)
    opened = any(d.start in reported and d.start < head.start for d in dates)     # قال … أمس إن <trigger>
    told = [d for d in dates if d.start not in reported and d.start > head.start
            and (d.precision == 3 or (d.precision == 1 and bisect_left(starts, d.start) - head.last <= _OWN_DAY_REACH))] \
        if opened else []
    told = told or dates
    best = min(told, key=lambda x: abs(x.start - head.start), default=None)
    if best is None:
        return None, False, False
    far = best.precision == 1 and abs(bisect_left(starts, best.start) - head.first) > _DATE_REACH
    return best, best.start in reported, far


def _paragraph_day(s_index: int, sentences: list[Sentence], dates: list[DateMention], text: str,
                   sentence_dates: list[DateMention], reported: set[int]) -> DateMention | None:
    """The day of the sentences before (:func:`_context_date`) for a sentence whose every day is its
    report's, unless it opens with another happening's words (إلى ذلك، من جهة أخرى)."""
    if not all(x.start in reported for x in sentence_dates) or _another_happening(text, sentences[s_index]):
        return None
    return _context_date(s_index, sentences, dates, text)


def _context_date(s_index: int, sentences: list[Sentence], dates: list[DateMention],
                  text: str) -> DateMention | None:
    """The last date of the two sentences before, within one paragraph: news keeps its time frame
    (a day gives the event its date; any date, a month or a year too, says whether it is history)."""
    for back in (1, 2):
        k = s_index - back
        if k < 0 or "\n" in text[sentences[k].end:sentences[k + 1].start]:
            return None
        inside = [d for d in dates if sentences[k].start <= d.start < sentences[k].end and not d.since]
        if inside:
            return inside[-1]
    return None


@dataclass
class _Article:
    """What building an event from its draft reads of the whole article."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    published: dt.date | None
    deaths: list[DeathCount]
    actors: list[Actor]
    token_starts: list[int]
    sentence_of: list[int]
    told_before: tuple[tuple[int, int, str], ...] = ()   # (start, sentence, kind) of strikes and shelling told

    @property
    def norms(self) -> list[str]:
        return as_tokens(self.tokens).norms


def _event(d: Draft, text: str, tokens: list[Token], sentences: list[Sentence], published,
           deaths: dict[int, list[DeathCount]], actors: list[Actor], token_starts: list[int],
           sentence_of: list[int], told: tuple = (), mentions: list[Mention] = ()) -> Event:
    a = _Article(text, tokens, sentences, published, deaths, actors, token_starts, sentence_of, told)
    head = d.head
    sent = sentences[head.sentence]
    m = None if d.remote and d.kind == "talks" else d.mention     # a phone call has no venue
    date, precision, date_text = _date_of(d, published)
    status = d.status or "occurred"
    if status == "occurred" and date and published and (date > published or _ahead(d, date)):
        status = "planned"                     # a date after publication (or غدا) has not happened yet
    elif status == "planned" and date and published and date < published and d.date is not None \
            and d.date.rule == "weekday" and date == d.date.date:
        date = date + dt.timedelta(days=7)     # ستعقد جولة جديدة يوم الاثنين: the Monday to come
    low, high = _fatalities(d, deaths)
    actor1, actor2, assoc = actors_of(d, actors, tokens, token_starts, sentence_of, mentions)
    k = _kind_of(d, actor1, a)
    role = None if m is None else ("about" if d.kind in ABOUT_KINDS else "site")
    if k.kind == "statement":
        m, role = None, None                      # who condemned is no site, and neither is what they condemned
    sub_event_type = k.sub_event_type
    if d.kind == "territory" and actor1 is not None and actor1.kind in ("state_forces", "police"):
        sub_event_type = "Government regains territory"
    report = _report(d, k, date, precision, status, low, m, a)
    if report == "new" and (status == "planned" or _meeting_called_for(k.kind, status, head, a.norms)):
        report = "planned"                         # a meeting set for next week (or called for) is no happening yet
    if d.date is not None and date == d.date.date and _no_day(d.date, published):
        date = published           # told as news or history by the stretch's own days; dated as with no day
    return Event(
        kind=k.kind, event_type=k.event_type, sub_event_type=sub_event_type,
        label_ar=k.label_ar, label_en=k.label_en,
        trigger=text[head.start:head.end], trigger_start=head.start, trigger_end=head.end,
        sentence=text[sent.start:sent.end], sentence_start=sent.start, sentence_end=sent.end,
        mention=m, date=date, date_precision=precision, date_text=date_text, status=status,
        evidence=_evidence(d, m, a), place_role=role, topic=d.topic,
        fatalities=low, fatalities_max=high if high != low else None,
        actor1=actor1, actor2=actor2, assoc_actors=assoc, report=report)


_CALLED_TRUCES = frozenset(["ceasefire", "agreement"])


def _meeting_called_for(kind: str, status: str, head: Trigger, norms: list[str]) -> bool:
    """دعا إلى اجتماع، يجب أن يشارك في المحادثات: a meeting called for, not held (not التقى البابا
    السيستاني, told by its verb, nor دعا الوزير خلال اجتماع عقده أمس: held, whatever its sentence
    calls for)."""
    c = cues()
    if kind in _CALLED_TRUCES and status == "called_for":
        # دعت البعثة إلى هدنة إنسانية: no truce yet (not اتفق الرئيسان … على ضرورة … التوصل الى وقف لإطلاق
        # النار: talks that agreed on it, the seed's ceasefire; an urging with no verb of calling stays too)
        return any(norms[k] in c["call_verb"] or norms[k] in c["demand_verb"]
                   for k in range(max(0, head.first - CALL_REACH), head.first))
    if kind != "talks" or status != "called_for" or _has(norms[head.first], c["meeting_verb"]):
        return False
    before = norms[head.first - 1] if head.first > 0 else ""
    after = norms[head.last + 1] if head.last + 1 < len(norms) else ""
    return not (before in c["held_meeting_before"] or after in c["held_meeting_after"])


def _date_of(d: Draft, published: dt.date | None) -> tuple[dt.date | None, int | None, str | None]:
    """The event's date, time precision and the words that gave it: its own date; else a recent
    day told in the two sentences before it, in its paragraph (the news keeps its day: تقدمت
    الفصائل الأربعاء … وأفاد المرصد عن مصرع 17); else the publication date (precision 2). A month
    or a year of the sentences before does not date an event; it only says whether the event is
    history (:func:`_report`). (On the first gold's dev half alone the day before was wrong more
    often than right; on the five dev halves together it is right more often: date exact 0.585 →
    0.618 on batch 3's, 0.776 → 0.767 on batch 1's.)"""
    c = d.context_date
    if d.date is not None and d.date_reported and c is not None and c.precision == 1 and published is not None \
            and (d.date.date - c.date).days == 1 and 0 <= (published - c.date).days <= _CONTEXT_DAYS:
        return c.date, 1, c.text               # the day told before, not the day of the report that tells it
    if d.date is not None and not d.date_far:
        return d.date.date, d.date.precision, d.date.text
    if c is not None and c.precision == 1 and published is not None and 0 <= (published - c.date).days <= _CONTEXT_DAYS:
        return c.date, 1, c.text
    if published is not None:
        return published, 2, None              # reported in the article: around its date
    return None, None, None


def _ahead(d: Draft, date: dt.date) -> bool:
    """The event is dated by its own غدا or بعد غد (in a text written the day before its
    publication date, غدا may be the publication date: still to come when written)."""
    return d.date is not None and date == d.date.date and d.date.ahead


def _no_day(date: DateMention, published: dt.date | None) -> bool:
    """A recent stretch of days the text names no day of (في الأيام الماضية، الأسبوع الماضي، قبل
    أيام، منذ أسبوع): such an event is dated at the publication date, precision 2, as the gold
    guideline dates an event the text gives no day for (docs/gold-guidelines.md)."""
    if published is None or date.precision != 2 or date.date > published:
        return False
    return date.rule in _NO_DAY_RULES or (date.rule == "ago" and (published - date.date).days <= _NO_DAY_SPAN)


def _kind_of(d: Draft, actor1: Actor | None, a: _Article):
    """The event's kind, corrected by who acted and the words around it."""
    k = kinds()[d.kind]
    if k.kind == "shelling" and actor1 is not None and airborne(actor1):
        return kinds()["airstrike"]               # قصفت مقاتلات تركية، قصف طيران التحالف: from the air
    if k.kind in ("shelling", "battle", "destruction") and (k.kind != "battle" or d.head.role != "event") \
            and _airborne_nearby(d, a.tokens, a.sentence_of):
        return kinds()["airstrike"]               # استهدف الطيران الحربي، دمرت طائرات التحالف: whoever flew
    if k.kind in ("shelling", "battle", "destruction") and _the_strike_goes_on(d, a):
        return kinds()["airstrike"]               # قاذفات أغارت على مواقع …، كما دمرت معسكراً: the bombers again
    if k.kind == "battle" and (d.head.role == "generic" or (d.head.role == "reference" and d.shot)) \
            and _civilians_killed(d, a.tokens, a.sentence_of):
        return kinds()["killing"]                 # هجوم على سوق قتل فيه 20 شخصا، قتل شاب إثر استهدافه بطلق ناري: civilians
    if k.kind == "killing" and _fighters_killed(d, a.norms, a.sentence_of):
        return kinds()["battle"]                  # أوقع قتلى في صفوف قوات النظام: the dead of a fight
    if k.kind == "abduction" and _has(a.norms[d.head.first], cues()["capture"]) \
            and _victims(d.head, a.norms, a.sentence_of) == "fighters":
        return kinds()["battle"]                  # أسرت المقاومة 40 من مسلحي الحوثي: captives of a fight
    if k.kind == "battle" and d.head.role == "event" and _with_protesters(d, a):
        return kinds()["riot"]                    # مواجهات بين قوات الأمن ومتظاهرين: a violent demonstration
    if k.kind == "battle" and d.head.role == "reference" and actor1 is None:
        referred = _referred_kind(d, a)
        if referred:
            return kinds()[referred]              # قصف طائرات التحالف … وأشار إلى مقتل 11 جراء استهداف مبنى: the strikes told
    return k


def _with_protesters(d: Draft, a: _Article) -> bool:
    """Protesters are named up to six words after a clash word (مواجهات بين قوات الأمن ومتظاهرين),
    or as its doers a few words before it, or a crowd's stones or the rubber bullets and tear gas
    used on it anywhere in its sentence (أصيب 3 شبان بالرصاص المطاطي خلال مواجهات مع قوات الاحتلال)."""
    c, norms, s = cues(), a.norms, d.head.sentence

    def named(low: int, high: int, words: frozenset[str]) -> bool:
        return any(_has(norms[k], words) for k in range(max(0, low), min(len(norms), high)) if a.sentence_of[k] == s)

    if named(d.head.last + 1, d.head.last + 7, c["protesters"]):
        return True
    span = _sent_span(a.sentence_of, s)
    if _has(norms[d.head.first], c["crowd_clash"]) and (named(d.head.last + 1, d.head.last + 5, c["occupation"])
                                                        or named(d.head.first - 4, d.head.first, c["occupation"])
                                                        or named(d.head.last + 1, d.head.last + 5, c["youths"])):
        # خلال مواجهات مع قوات الاحتلال، برصاص قوات الاحتلال خلال مواجهات، مواجهات عنيفة بين شبان والشرطة
        # (not مواجهات مسلحة, مقاتلو القسام)
        return not named(span.start, span.stop, c["armed_clash"])
    # وكان المحتجون قد اقتحموا المنطقة الخضراء: the protesters stormed; قتل ثلاثة متظاهرين في مواجهات مع
    # الشرطة: protesters in clashes, whatever their case (not قتلت الشرطة متظاهرين عندما اقتحمت: force used)
    who = c["protesters"] if _has(norms[d.head.first], c["clash"]) else c["protester_subject"]
    if protesters_before(norms, a.sentence_of, d.head, CROWD_REACH, who):
        return True
    return _phrase_within(norms, span.start, span.stop, c["riot_means"])


def _the_strike_goes_on(d: Draft, a: _Article) -> bool:
    """A verb right after كما goes on with the subject of the airstrike told before it in its sentence
    (قاذفات سو-24 أغارت على مواقع …، كما دمرت معسكراً قرب جسر الشغور: the bombers destroyed it)."""
    first, nxt = d.head.first, d.head.last + 1
    c = cues()
    if first == 0 or a.norms[first - 1] not in c["as_well"]:
        return False
    if nxt < len(a.norms) and (a.norms[nxt].startswith("ال") or a.norms[nxt] in c["ground_subject"]):
        return False          # كما قصفت المليشيات الأحياء، كما قصفت قوات النظام بالمدفعية: a subject of its own
    return _last_strike_told(d, a, 0) == "airstrike"


_CROWD_TYPES = frozenset(["Protests", "Riots"])     # a protest called for or banned is no protest
_REFERRED_KINDS = ("airstrike", "shelling")
_REFERENCE_SENTENCES = 3     # sentences back a "targeting" word with no doer may refer to strikes told


def _referred_kind(d: Draft, a: _Article) -> str | None:
    """The kind of the strikes or shelling told last before a reference word (استهداف) with no doer
    of its own, up to three sentences back."""
    return _last_strike_told(d, a, _REFERENCE_SENTENCES)


def _last_strike_told(d: Draft, a: _Article, back: int) -> str | None:
    """The kind of the strikes or shelling told last before the draft's trigger, in its sentence or
    the *back* sentences before it."""
    told = [kind for start, sentence, kind in a.told_before
            if start < d.head.start and d.head.sentence - back <= sentence]
    return told[-1] if told else None


def _report(d: Draft, k, date, precision, status: str, dead: int | None, m: Mention | None, a: _Article) -> str:
    """new or background (see :func:`geomap.events.context.report_of`)."""
    if d.standing:
        return "background"                        # a truce in force since a day before the news
    norms = a.norms
    sent = a.sentences[d.head.sentence]
    first, last = _first_token(a.token_starts, sent.start), _first_token(a.token_starts, sent.end)
    told = d.date or d.context_date                # the date the event is told under, its own or its paragraph's
    if told is not None and d.date is told and d.date_reported and report_is_old(told, a.published):
        return "background"                        # اعلنت في يناير «تحرير» ديالى: what was announced long ago is older
    # the day a report was made (قال ناشط أمس إن التنظيم قتل منذ سيطرته…) dates the happening only
    # when nothing in the sentence tells it as the past
    return report_of(kind=k.kind, date=told.date if told else date, precision=told.precision if told else precision,
                     own_date=told is not None and not (d.date is told and d.date_reported), date_rule=told.rule if told else None, published=a.published,
                     norms=norms, first=d.head.first, sentence_start=first, sentence_norms=norms[first:last],
                     status=status, fatalities=dead, site_kind=_site_kind(m),
                     dated_after=_dated_after(d, a.text),
                     named_campaign=_named_campaign(d, m, a),
                     context_day=d.date is None and told is not None,
                     clause_start=_clause_start(d.head, sent, a), head_last=d.head.last)


_COMMAS = "،,؛;"


def _dated_after(d: Draft, text: str) -> bool:
    """The event's own date stands after its trigger in the trigger's clause (المدينة التي سيطر عليها
    ليل الأربعاء، إثر تحرير المقاومة، أمس، مديرية عتمة), not in another clause a comma opens
    before it (عملية «السهم الذهبي» التي حررت عدن، استؤنفت مجددا، أمس)."""
    if d.date is None or d.date.start <= d.head.start:
        return False
    between = re.split(f"[{_COMMAS}]", text[d.head.end:d.date.start])
    return not any(part.strip() for part in between[1:])


def _clause_start(head: Trigger, sent: Sentence, a: _Article) -> int:
    """The first token after the last comma of the sentence before the trigger (its own clause)."""
    cut = max(a.text.rfind(c, sent.start, head.start) for c in _COMMAS)
    return _first_token(a.token_starts, cut + 1) if cut >= 0 else 0


def _named_campaign(d: Draft, m: Mention | None, a: _Article) -> bool:
    """معركة القلمون، معارك الرمادي: a battle word in construct with the place it is named after
    is the campaign by its name (described, compared, followed), not one day's fighting."""
    head = d.head
    if m is None or head.first + 1 >= len(a.token_starts):
        return False
    if a.norms[head.first] not in cues()["campaign_name"]:
        return False
    named = m.area_start if m.cue and m.area_start is not None else m.start    # معارك مدينة تل أبيض
    return named == a.token_starts[head.first + 1]


def _evidence(d: Draft, m: Mention | None, a: _Article) -> list[dict]:
    """Every trigger that tells of the event, in text order, with the place in its sentence."""
    evidence = []
    for t in sorted(d.triggers, key=lambda t: t.start):
        s = a.sentences[t.sentence]
        entry = {"sentence_start": s.start, "sentence_end": s.end, "trigger": a.text[t.start:t.end],
                 "trigger_start": t.start, "trigger_end": t.end, "kind": t.kind}
        if m is not None and not m.in_title and s.start <= m.start < s.end:
            entry.update(place=m.area_text or m.text, place_start=m.area_start if m.area_start is not None
                         else m.start, place_end=m.area_end if m.area_end is not None else m.end)
        evidence.append(entry)
    return evidence


def _first_token(token_starts: list[int], offset: int) -> int:
    """The first token starting at or after *offset*."""
    from bisect import bisect_left

    return bisect_left(token_starts, offset)


def _site_kind(m: Mention | None) -> str | None:
    """What the event's place is: None (no place), country (a whole country or larger), or site."""
    if m is None or not m.resolved:
        return None
    from ..model import is_site

    if not is_site(m.place):
        return "country"
    if m.geo_precision == 3 and not (m.placed_by == "context" and m.cue_kind in _SETTLEMENT_CUES):
        return "area"
    return "site"                                # (قريتي البحصة والمشيك, drawn in their plain: villages, no area)


_SETTLEMENT_CUES = frozenset(["village", "town", "city"])


class _DatesBySpan:
    """The dates that start within a span, in their order (a bisect, not a scan of every date)."""

    def __init__(self, dates: list[DateMention]):
        self._dates = dates
        self._order = sorted(range(len(dates)), key=lambda i: dates[i].start)
        self._starts = [dates[i].start for i in self._order]

    def __call__(self, start: int, end: int) -> list[DateMention]:
        inside = self._order[bisect_left(self._starts, start):bisect_left(self._starts, end)]
        return [self._dates[i] for i in sorted(inside)]


def _fatalities(d: Draft, deaths: dict[int, list[DeathCount]]) -> tuple[int | None, int | None]:
    """The dead the event's sentences count (summed within a sentence, the largest sentence wins).

    Only violent events have fatalities; a sentence's counts go to the event whose
    trigger is nearest to them."""
    if not kinds()[d.kind].violent:
        return None, None
    best: tuple[int, int] | None = None
    with_trigger = {t.sentence for t in d.triggers}
    for s in d.sentences:
        counts = deaths.get(s, [])
        if not counts or s not in with_trigger:
            continue
        low = sum(c.low for c in counts)
        high = sum(c.high for c in counts)
        if best is None or low > best[0]:
            best = (low, high)
    return best if best else (None, None)
