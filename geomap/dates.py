"""Date expressions in Arabic news, resolved against the publication date.

A rule layer over the normalised tokens, with its words in ``geomap/data``
(``date_words.tsv``, ``months.tsv``, ``holidays.tsv``): today/yesterday/tomorrow,
weekdays (اليوم الجمعة، الخميس، يوم الثلاثاء الماضي، ليلة السبت), relative days
and weeks (قبل يومين، منذ ثلاثة أيام، الأسبوع الماضي), "الـ 12 من الشهر الحالي",
explicit dates with Egyptian, Levantine, Maghrebi or Hijri month names
(12 أيلول/سبتمبر 2016، 26 شوال 1436 هـ), months with أواخر/مطلع/منتصف, and
Islamic holidays (عيد الأضحى) through ``hijridate`` — unless the text itself
dates the holiday ("عيد الاضحى الذي يحل في الـ 12 من الشهر الحالي"), which then
holds for every mention of it. Durations (امدها 48 ساعة، لمدة ثلاثة أيام) are not dates.

``precision`` follows ACLED's time precision: 1 the day, 2 a day within about a
week (a holiday's declared date, "a few days ago", a week), 3 the month.

>>> import datetime as dt
>>> [(d.text, d.date.isoformat()) for d in find_dates("وصل اليوم الجمعة", dt.date(2016, 9, 9))]
[('اليوم الجمعة', '2016-09-09')]
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, replace
from gazetteer.once import once

from gazetteer.arabic import Token, as_tokens, normalize, stems, tokenize
from gazetteer.tables import load

from .errors import InputError
from .model import DateMention
from .lexicon import WordCache, surface_forms
from .quantities import is_number_word, number_at

_HOLIDAY_LINK_GAP = 6      # at most this many holiday_link words between a holiday and its date


@dataclass(frozen=True)
class _Words:
    weekdays: dict[str, int]
    days: dict[str, int]
    past: frozenset[str]
    next: frozenset[str]
    current: frozenset[str]
    parts: dict[str, int]
    units: dict[str, int]
    night: frozenset[str]
    recent: frozenset[str]
    ordinals: dict[str, int]        # الثامن → 8 (one or two words)
    months: dict[str, int]          # Gregorian month names (one or two words)
    hijri: dict[str, int]           # Hijri month names
    holidays: dict[str, tuple[int, int]]
    year_words: frozenset[str]      # عام، العام، سنة
    era: frozenset[str]             # م، هـ after a year
    since: frozenset[str]           # منذ before a date
    holiday_link: frozenset[str]    # between a holiday and its date (عيد الاضحى الذي يحل في الـ 12)
    start: frozenset[str]           # words an expression can start with (after proclitics)
    month_in: frozenset[str] = frozenset()   # words that make a bare month name after them a month (في مايو)
    last_night: dict[str, int] = field(default_factory=dict)   # الليلة (الماضية): days from the publication date
    since_gap: frozenset[str] = frozenset()  # صباح، أول أيام: may stand between منذ and its date
    named_for: frozenset[str] = frozenset()  # سوق، مسجد: a weekday after it is a name (سوق الجمعة), no date
    date_named_for: frozenset[str] = frozenset()  # كتيبة، ميدان: a day and month after it is a name (ميدان 17 فبراير)
    compared: frozenset[str] = frozenset()   # الأعنف، الأولى: a date after it and منذ is a comparison, no time
    some: frozenset[str] = frozenset()       # عدة، بضعة: قبل عدة أسابيع is some weeks ago, as قبل أسابيع
    week_words: frozenset[str] = frozenset()  # الأسبوع: الأسبوع الأخير من حزيران, a week of a month
    week_ordinals: dict[str, int] = field(default_factory=dict)   # الأول 1 … الرابع 4، الأخير 5 (the last)


@once
def _words() -> _Words:
    by_role: dict[str, dict[str, str]] = {}
    for r in load("date_words.tsv", "geomap"):
        by_role.setdefault(r["role"], {})[normalize(r["word"])] = r["value"]
    months, hijri = {}, {}
    for r in load("months.tsv", "geomap"):
        (hijri if r["calendar"] == "hijri" else months)[normalize(r["name"])] = int(r["month"])
    holidays = {normalize(r["name"]): (int(r["hijri_month"]), int(r["hijri_day"]))
                for r in load("holidays.tsv", "geomap")}
    ints = lambda role: {w: int(v) for w, v in by_role.get(role, {}).items()}   # noqa: E731
    words = lambda role: frozenset(by_role.get(role, {}))                       # noqa: E731
    w = _Words(weekdays=ints("weekday"), days=ints("day"), past=words("past"), next=words("next"),
               current=words("current"), parts=ints("part"), units=ints("unit"), night=words("night"),
               recent=words("recent"), ordinals=ints("ordinal"), months=months, hijri=hijri, holidays=holidays,
               year_words=words("year_word"), era=words("era"), since=words("since"),
               holiday_link=words("holiday_link"), start=frozenset(), month_in=words("month_in"),
               last_night=ints("last_night"), since_gap=words("since_gap"), named_for=words("named_for"),
               date_named_for=words("date_named_for"),
               compared=words("compared"), some=words("some"), week_words=words("week_word"),
               week_ordinals=ints("week_ordinal"))
    start = (set(w.weekdays) | set(w.days) | set(w.parts) | set(w.night) | set(w.recent) | set(w.last_night)
             | {m.split(" ")[0] for m in (*months, *hijri, *holidays, *w.ordinals)}
             | words("start") | w.year_words)
    return _Words(**{**w.__dict__, "start": frozenset(start)})


def find_dates(text: str, published: dt.date | None,
               tokens: list[Token] | None = None) -> list[DateMention]:
    """Date expressions of *text* resolved against *published* (none without it)."""
    if published is None:
        return []
    toks = as_tokens(tokens) if tokens is not None else tokenize(text)
    w = _words()
    found: list[tuple[int, int, DateMention]] = []
    nxt = 0
    for i in _may_start.hits(toks.norms):         # the few words a date expression may start at
        if i < nxt:
            continue
        if i > 0 and toks.norms[i - 1] in w.named_for and toks.norms[i] in w.weekdays:
            continue                               # سوق الجمعة بطرابلس: a market's name, no Friday
        hit = _match(toks, i, published, w)
        if hit is None or hit[1] is None:
            continue
        j, date, precision, rule = hit
        if rule == "day-month" and i > 0 and not w.date_named_for.isdisjoint(_bare(toks.norms, i - 1)):
            nxt = j + 1
            continue                               # كتيبة شهداء 17 فبراير، ميدان 17 فبراير: a name, no date
        if _compared_since(toks.norms, i, w):
            nxt = j + 1
            continue                               # هي الأعنف منذ أشهر: a record, not when it happened
        start, end = toks.starts[i], toks.ends[j]
        since = rule != "ago" and _after_since(toks.norms, i, w)
        found.append((i, j, DateMention(start, end, text[start:end], date, precision, rule, since,
                                        _ahead(toks, i, rule, w))))
        nxt = j + 1
    _date_holidays_from_text(found, toks)
    _years_told_after(found, toks)
    _weekdays_of_dates_told(found)
    _written_the_day_before(found, toks, published, w)
    kept = [d for _, _, d in found]
    return [d for d in kept if not (_a_dateline(d, text) and _another_date_in_its_sentence(d, kept, text))]


_DATELINE_DASHES = ("–", "-", "—", "ـ")
_DATELINE_WORDS = 3          # words before a dateline's date on its line (الخرطوم، نواكشوط (رويترز))


def _a_dateline(d: DateMention, text: str) -> bool:
    """A calendar date that opens its line after at most a city and an agency and is followed by a dash
    (الخرطوم 1 يوليو 2024 – سيطرت قوات الدعم السريع، فجر السبت): the day the report was filed, not the
    day of what its sentence tells."""
    if d.rule not in _CALENDAR_RULES:
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    if not 0 < len(text[line_start:d.start].split()) <= _DATELINE_WORDS:
        return False                 # (a date opening its line is an entry of a chronology: 6 أكتوبر 2015 - هجوم …)
    return text[d.end:d.end + 3].strip().startswith(_DATELINE_DASHES)


def _another_date_in_its_sentence(d: DateMention, found: list[DateMention], text: str) -> bool:
    """Another date stands after the dateline before its sentence ends (فجر السبت): with none, the
    dateline's day is the best one the sentence has."""
    ends = [i for i in (text.find(c, d.end) for c in ".\n؟!") if i >= 0]
    end = min(ends) if ends else len(text)
    return any(x is not d and d.end <= x.start < end for x in found)


_RELATIVE_RULES = {"relative-day": None, "day-before-yesterday": -2}
_REANCHORED = frozenset(["relative-day", "day-before-yesterday", "last-night"])
_WRITTEN_BEFORE = (-2, -1)      # days before the publication date an article may have been written


def _written_the_day_before(found: list[tuple[int, int, DateMention]], toks, published: dt.date, w: _Words) -> None:
    """An article whose every relative day with a weekday says it was written a day before its
    publication date (أمس الاثنين in a text published on Wednesday: written on Tuesday) reads its
    bare relative days from that day too (أمس: Monday; الليلة الماضية: Monday night; غدا:
    Wednesday, still ahead of its writing: ``ahead`` keeps it planned)."""
    shifts = {s for s in (_shift_of(i, j, d, toks, published, w) for i, j, d in found) if s is not None}
    if len(shifts) != 1 or next(iter(shifts)) not in _WRITTEN_BEFORE:
        return
    shift = dt.timedelta(days=next(iter(shifts)))
    for n, (i, j, d) in enumerate(found):
        if _reanchored(i, j, d, toks, w):
            found[n] = (i, j, replace(d, date=d.date + shift))


_YEAR_RULES = frozenset(["year", "year-last"])       # a year told on its own (عام 2014، العام الماضي)
_YEAR_LINKS = frozenset(["من", "في"])                # الثالث من آب من العام الماضي


def _years_told_after(found: list[tuple[int, int, DateMention]], toks) -> None:
    """A day and month told with its year right after it (في الثالث من آب/أغسطس من العام الماضي، 3 أغسطس
    من عام 2014): the day of that year, not of the publication's."""
    for n in range(len(found) - 1):
        i, j, d = found[n]
        i2, _, y = found[n + 1]
        if d.rule != "day-month" or y.rule not in _YEAR_RULES or d.date.year == y.date.year:
            continue
        if i2 == j + 1 or (i2 == j + 2 and toks.norms[j + 1] in _YEAR_LINKS):
            found[n] = (i, j, replace(d, date=_safe_date(y.date.year, d.date.month, d.date.day) or d.date,
                                      rule="day-month-year"))


_WEEKDAY_REACH = 12      # tokens between a weekday and the calendar date that may be its day
_CALENDAR_RULES = frozenset(["day-month", "day-month-year", "numeric", "hijri-numeric", "hijri-day-month"])   # a calendar day told


def _weekdays_of_dates_told(found: list[tuple[int, int, DateMention]]) -> None:
    """A weekday told near a calendar date that falls on it is that date (خلال صلاة الجمعة … في 26
    يونيو الماضي: Friday 26 June, not the last Friday before publication)."""
    told = [(i, d) for i, _, d in found if d.rule in _CALENDAR_RULES]
    for n, (i, j, d) in enumerate(found):
        if d.rule != "weekday":
            continue
        same = next((c for k, c in told if abs(k - i) <= _WEEKDAY_REACH and c.date.weekday() == d.date.weekday()
                     and c.date != d.date), None)
        if same is not None:
            found[n] = (i, j, replace(d, date=same.date, rule="weekday of a date told"))


def _reanchored(i: int, j: int, d: DateMention, toks, w: _Words) -> bool:
    """A bare relative day (أمس، اليوم، غدا، أول من أمس، الليلة الماضية), read from the day the text
    was written; not a written-out pair such as اليوم (أمس), which names that day already."""
    if d.rule not in _REANCHORED or _names_weekday(toks, j, w):
        return False
    return d.rule != "relative-day" or j == i


def _ahead(toks, i: int, rule: str, w: _Words) -> bool:
    """غدا، بعد غد: a day after the one the text was written on."""
    if rule == "day-after-tomorrow":
        return True
    return rule == "relative-day" and (_day_offset(toks, i, w) or 0) > 0


def _day_offset(toks, i: int, w: _Words) -> int | None:
    """The days from the writing day a relative-day word at token i names (أمس -1، اليوم 0، غدا 1)."""
    return next((w.days[stem] for stem in _bare(toks.norms, i) if stem in w.days), None)


def _names_weekday(toks, j: int, w: _Words) -> bool:
    return toks.norms[j] in w.weekdays


def _shift_of(i: int, j: int, d: DateMention, toks, published: dt.date, w: _Words) -> int | None:
    """Days between the publication date and the day a relative day with its weekday was written
    on (أمس الاثنين on a Wednesday: -1), or None for any other expression."""
    if d.rule == "today+weekday" or (d.rule == "weekday" and toks.norms[i] == "اليوم"):
        return (d.date - published).days            # اليوم الثلاثاء: written on Tuesday
    if d.rule not in _RELATIVE_RULES or j == i or not _names_weekday(toks, j, w):
        return None
    base = _RELATIVE_RULES[d.rule]
    if base is None:
        base = _day_offset(toks, i, w)
        if base is None:
            return None
    return (d.date - published).days - base


def _after_since(norms: list[str], i: int, w: _Words) -> bool:
    """منذ right before the date at token i, or a word or two before it (منذ مساء الخميس، منذ أول
    أيام عيد الفطر)."""
    before = i
    while before > 0 and i - before < 2 and norms[before - 1] in w.since_gap:
        before -= 1
    return before > 0 and norms[before - 1] in w.since


def record_since(norms: list[str], k: int) -> bool:
    """The word at token k is منذ after a superlative or "the first" (هو الأخطر منذ، الأولى من نوعها
    منذ): the span of a record (see :func:`_compared_since`)."""
    w = _words()
    return norms[k] in w.since and _compared_since(norms, k, w)


def _compared_since(norms: list[str], i: int, w: _Words) -> bool:
    """The date is the span of a record (هي الأعنف منذ أشهر، الأولى من نوعها منذ عام 2011): منذ
    after a superlative or "the first"."""
    k = i                                          # منذ أشهر: the expression starts with منذ
    while k > 0 and i - k < 3 and norms[k] not in w.since:
        k -= 1                                     # منذ مساء الخميس: a word or two may stand between
    if k < 1 or norms[k] not in w.since:
        return False
    before = norms[k - 1]
    return before in w.compared or (k > 3 and norms[k - 3] in w.compared and norms[k - 2] == "من")


def _date_holidays_from_text(found: list[tuple[int, int, DateMention]], toks: list[Token]) -> None:
    """A holiday followed by the date the text gives it takes that date, in every mention of it."""
    given: dict[str, DateMention] = {}
    link = _words().holiday_link
    for (i, j, d), nxt in zip(found, found[1:]):
        if d.rule.startswith("holiday") and nxt[2].precision == 1 and not nxt[2].rule.startswith("holiday"):
            gap = toks.norms[j + 1:nxt[0]]
            if len(gap) <= _HOLIDAY_LINK_GAP and all(g in link for g in gap):
                given.setdefault(d.rule, nxt[2])
    for _, _, d in found:
        if d.rule in given:
            d.date, d.precision = given[d.rule].date, 1
            d.rule += " (dated by the text)"


def _date_rules(norm: str) -> tuple:
    """The expression rules that may match at a word (in the order they are tried): each
    rule's test of its first word, made once per word; empty for most words."""
    digits = norm.isdigit() or _the_day_in_digits(norm)
    if not (digits or norm in _start_surfaces() or _year_of(norm) or _hijri_year_of(norm)):
        return ()                       # most words: one set look-up
    w = _words()
    bare = stems(norm)
    if not (digits or _year_of(norm) or _hijri_year_of(norm) or any(stem in w.start for stem in bare)):
        return ()
    word = _FirstWord(norm, bare, w, _first_words())
    return tuple(rule for starts, rules in _RULES_BY_FIRST_WORD if starts(word) for rule in rules)


def _the_day_in_digits(norm: str) -> bool:
    """الـ24, the article written on a day's digits as one word (الـ24 من الشهر الجاري)."""
    return norm[:2] == "ال" and norm[2:].isdigit()


@dataclass(frozen=True)
class _FirstWord:
    """A word an expression may start at, as the rules' tests see it."""
    norm: str
    bare: tuple[str, ...]           # its stems (proclitics off)
    w: _Words
    firsts: _Firsts

    def stem_in(self, table) -> bool:
        return any(s in table for s in self.bare)


def _starts_weekday(x: _FirstWord) -> bool:
    return x.stem_in(x.w.night) or x.stem_in(x.w.weekdays) or x.norm in ("اليوم", "يوم")


def _starts_day(x: _FirstWord) -> bool:
    return x.norm in _FIRST or x.norm == "بعد" or x.stem_in(x.w.days)


def _starts_last_night(x: _FirstWord) -> bool:
    return x.norm in x.w.last_night


_AGO = ("قبل", "منذ", "وقبل", "ومنذ", "فقبل", "فمنذ")
_ABOUT = ("حوالى", "حوالي", "نحو", "قرابة", "زهاء")     # قبل حوالى عشرة أيام: about ten days ago


def _starts_ago(x: _FirstWord) -> bool:
    return x.norm in _AGO


def _starts_day_in_digits(x: _FirstWord) -> bool:
    return x.norm.isdigit() and bool(_day_number(x.norm))     # a day of the month is 1 to 31


def _starts_day_in_words(x: _FirstWord) -> bool:
    norm = x.norm
    return not norm.isdigit() and (
        norm == "ال" or _the_day_in_digits(norm) or norm in x.firsts.ordinals or x.stem_in(x.w.ordinals)
        or is_number_word(norm) or (norm[:1] in ("و", "ب", "ل") and norm[1:].isdigit()))


def _starts_month(x: _FirstWord) -> bool:
    return x.norm in x.w.parts or x.norm in x.firsts.months or x.stem_in(x.w.months)


def _starts_holiday(x: _FirstWord) -> bool:
    return x.stem_in(x.firsts.holidays)


def _starts_period(x: _FirstWord) -> bool:
    return x.norm in x.w.recent or x.norm in _PERIOD_WORDS or (x.norm[:1] in ("و", "ف") and x.norm[1:] in _PERIOD_WORDS)


def _starts_year(x: _FirstWord) -> bool:
    return x.norm in x.w.parts or x.norm in x.w.year_words or x.norm in _SEASON_OF_YEAR or bool(_year_of(x.norm))


def _day_number(norm: str) -> int | None:
    """The day a token of digits names (1–31), or None (not int(): a 5,000-digit number, or ², is no day)."""
    digits = norm.lstrip("0")
    if not norm.isdecimal() or not 0 < len(digits) <= 2 or int(digits) > 31:
        return None
    return int(digits)


@dataclass(frozen=True)
class _Firsts:
    ordinals: frozenset[str]        # first words of two-word ordinals (الحادي والعشرين)
    months: frozenset[str]          # first words of two-word month names (تشرين الاول)
    holidays: frozenset[str]        # first words of holiday names (عيد الاضحي)


@once
def _first_words() -> _Firsts:
    w = _words()
    first = lambda table: frozenset(p.split(" ")[0] for p in table)     # noqa: E731
    return _Firsts(frozenset(p.split(" ")[0] for p in w.ordinals if " " in p),
                   frozenset(p.split(" ")[0] for p in w.months if " " in p), first(w.holidays))


@once
def _start_surfaces() -> frozenset[str]:
    """Every written form whose proclitic readings may include a start word (a superset)."""
    return frozenset(surface_forms(_words().start, False))


_may_start: WordCache[tuple] = WordCache(
    _date_rules, candidates=lambda words: _start_surfaces().intersection(words).union(
        w for w in words if w[:1].isdigit() or _the_day_in_digits(w)))


def _bare(norms: list[str], i: int) -> tuple[str, ...]:
    return stems(norms[i])


def _word(toks, i) -> str:
    return toks.norms[i] if 0 <= i < len(toks.norms) else ""


def _match(toks: list[Token], i: int, pub: dt.date, w: _Words):
    """The date expression starting at token i: (last token, date, precision, rule), or None."""
    for rule in _may_start.get(toks.norms[i]) or ():
        hit = rule(toks, i, pub, w)
        if hit:
            return hit
    return None


def _weekday_expr(toks, i, pub, w: _Words):
    bare = _bare(toks.norms, i)
    nxt = _word(toks, i + 1)
    # ليلة الجمعة: the night before Friday
    if any(b in w.night for b in bare) and nxt in w.weekdays:
        end, date = _weekday_with_marker(toks, i + 1, pub, w)
        return end, date - dt.timedelta(days=1), 1, "night-before-weekday"
    # اليوم الجمعة / يوم الثلاثاء الماضي
    if toks.norms[i] in ("اليوم", "يوم") and nxt in w.weekdays:
        end, date = _weekday_with_marker(toks, i + 1, pub, w)
        if toks.norms[i] == "اليوم" and end == i + 1 and w.weekdays[nxt] == pub.weekday():
            return end, pub, 1, "today+weekday"
        return end, date, 1, "weekday"
    for stem in bare:
        if stem in w.weekdays:
            end, date = _weekday_with_marker(toks, i, pub, w, stem)
            return end, date, 1, "weekday"
    return None


def _weekday_with_marker(toks, k, pub, w: _Words, stem: str | None = None) -> tuple[int, dt.date]:
    """The weekday at token k with an optional الماضي/المقبل after it."""
    weekday = w.weekdays[stem or toks.norms[k]]
    after = _word(toks, k + 1)
    past, future = after in w.past, after in w.next
    return (k + 1 if past or future else k), _weekday(pub, weekday, past, future)


_FIRST = ("اول", "واول", "فاول")        # أول (من) أمس, with و or ف before it


def _day_expr(toks, i, pub, w: _Words):
    nxt = _word(toks, i + 1)
    first = toks.norms[i] in _FIRST
    if first and nxt in ("امس", "الامس"):
        return _named_weekday(toks, i + 1, pub - dt.timedelta(days=2), "day-before-yesterday", w)
    if first and nxt == "من" and _word(toks, i + 2) in ("امس", "الامس"):     # أول من أمس
        return _named_weekday(toks, i + 2, pub - dt.timedelta(days=2), "day-before-yesterday", w)
    if any(s in ("امس", "الامس") for s in _bare(toks.norms, i)) and nxt == "الاول":          # (و)أمس الأول
        return _named_weekday(toks, i + 1, pub - dt.timedelta(days=2), "day-before-yesterday", w)
    if toks.norms[i] == "بعد" and nxt in ("غد", "غدا"):
        return i + 1, pub + dt.timedelta(days=2), 1, "day-after-tomorrow"
    for stem in _bare(toks.norms, i):
        if stem in w.days and not (stem == "غد" and toks.norms[i] == stem):
            end = i
            if stem == "اليوم" and _word(toks, i - 1) in ("حتي", "الي"):
                return None                    # حتى اليوم: up to now, not a date
            if stem == "اليوم" and (nxt in ("نفسه", "ذاته") or _word(toks, i - 1) in ("نفس", "ذات")):
                return None                    # في اليوم نفسه: the day told before, not today
            if stem == "اليوم" and (nxt in w.ordinals or nxt in ("الاخير", "التالي")) \
                    and not toks.norms[i].lstrip("و").startswith("لل"):
                return None                    # في اليوم الأول من المرحلة، اليوم التالي: a day of something, not
                #                                today (but لليوم الرابع على التوالي: today, the fourth day running)
            if stem == "اليوم" and nxt in ("امس", "الامس"):
                return i + 1, pub - dt.timedelta(days=1), 1, "relative-day"    # اليوم (أمس): a paper's "today" is yesterday
            return _named_weekday(toks, i, pub + dt.timedelta(days=w.days[stem]), "relative-day", w)
    return None


def _named_weekday(toks, end: int, day: dt.date, rule: str, w: _Words):
    """A relative day (أمس، أول من أمس) ending at token *end*, with the weekday that may follow it
    (أمس السبت، أول من أمس الجمعة): the weekday decides, as the one nearest the relative day (a
    text written the evening before its publication date says أمس of the day before that)."""
    weekday = w.weekdays.get(_word(toks, end + 1))
    if weekday is None:
        return end, day, 1, rule
    shift = (weekday - day.weekday()) % 7
    return end + 1, day + dt.timedelta(days=shift if shift <= 3 else shift - 7), 1, rule


def _last_night_expr(toks, i, pub, w: _Words):
    """الليلة الماضية: the night before the publication date (الليلة alone is tonight: not read)."""
    if _word(toks, i + 1) not in w.past:
        return None
    return i + 1, pub + dt.timedelta(days=w.last_night[toks.norms[i]]), 1, "last-night"


def _ago_expr(toks, i, pub, w: _Words):
    """قبل يومين، منذ ثلاثة أيام، قبل أسبوع، قبل أيام، قبل 70 عاما: a time before the publication date."""
    if toks.norms[i] not in _AGO:
        return None
    k = i + 1
    if k < len(toks.norms) and (toks.norms[k] in _ABOUT or toks.norms[k] in w.some):   # قبل عدة أسابيع
        k += 1
    elif k + 1 < len(toks.norms) and toks.norms[k] in ("اكثر", "أكثر") and toks.norms[k + 1] == "من":
        k += 2                                 # منذ أكثر من عام: over a year ago
    number = number_at(toks, k)
    count = None
    if number and number[1] == number[2]:
        count, k = number[1], number[0] + 1
    unit_word = _word(toks, k)
    unit = w.units.get(unit_word)
    if not unit:                               # hours and minutes are not dates
        return None
    if count is None and _word(toks, k + 1) in w.weekdays:
        return None                            # منذ يوم الخميس: since Thursday, not a day ago
    if count is None and number_at(toks, k + 1):
        return None                            # منذ عام 2011: the year, not a year ago
    if count is None and unit_word in ("سنوات", "سنين", "اعوام"):
        return None                            # منذ سنوات طويلة: years, no year
    if count is None:
        if unit_word.endswith(("ين", "ان")):   # يومين، أسبوعين: the dual is two
            count = 2
        elif unit_word in ("ايام", "اسابيع", "اشهر"):
            return k, pub - dt.timedelta(days=3 * unit), 2, "some-days-ago"
        else:
            count = 1
    days = count * unit
    if days > 400 and unit < 365 or count > 150:
        return None                            # قبل 70 عاما: years ago, in years only
    if unit == 365:                            # years: the same day, that many years before
        return k, pub.replace(year=pub.year - count, day=min(pub.day, 28) if pub.month == 2 else pub.day), 3, "ago"
    return k, pub - dt.timedelta(days=days), (1 if unit == 1 and count <= 7 else 2 if unit <= 7 else 3), "ago"


def _day_of_month_expr(toks, i, pub, w: _Words):
    """الـ 12 من الشهر الحالي ; 12 أيلول/سبتمبر 2016 ; 26 شوال 1436 هـ ; الثامن من الشهر الجاري."""
    got = _day_at(toks, i, w)
    if got is None:
        return None
    day, k = got
    if not 1 <= day <= 31:
        return None
    m = k + 1 if _word(toks, k) == "من" else k
    if _word(toks, m) == "الشهر":
        return _day_of_relative_month(toks, m, day, pub, w)
    if _word(toks, k) == "من":                # 12 من سبتمبر
        k += 1
        if _word(toks, k) == "شهر":           # الثامن من شهر يوليو، التاسع من شهر رمضان
            k += 1
    hijri_end, hijri_month = _hijri_month_at(toks, k, w)
    if hijri_month:
        end, year = _year_after(toks, hijri_end)
        return end, _hijri_to_gregorian(year, hijri_month, day, pub), 1, "hijri-day-month"
    return _day_of_named_month(toks, k, day, pub, w)


def _day_at(toks, i, w: _Words) -> tuple[int, int] | None:
    """The day a date expression starts with at token i (12, الـ 12, الحادي والعشرين, الثامن من,
    ثلاثة): (day, the token after it), or None."""
    day_i = i + 1 if toks.norms[i] == "ال" else i
    if _the_day_in_digits(toks.norms[i]):
        return _day_number(toks.norms[i][2:]) or 0, i + 1     # الـ24 من الشهر الجاري, written as one word
    if _word(toks, day_i).isdigit():
        return _day_number(_word(toks, day_i)) or 0, day_i + 1
    two = f"{_word(toks, i)} {_word(toks, i + 1)}"
    if two in w.ordinals:                     # الحادي والعشرين من
        return w.ordinals[two], i + 2
    ordinal = next((w.ordinals[s] for s in _bare(toks.norms, i) if s in w.ordinals), None)
    if ordinal is not None:                   # الثامن من الشهر الجاري
        # الثاني alone is "the second", not a date
        return (ordinal, i + 1) if _word(toks, i + 1) == "من" else None
    number = number_at(toks, i) if toks.norms[i] != "ال" else None
    if not number or number[1] != number[2]:
        return None
    return number[1], number[0] + 1


def _day_of_relative_month(toks, m, day: int, pub, w: _Words):
    """The day of this, last or next month: الـ 12 من الشهر الحالي / الماضي / المقبل (الشهر at token m)."""
    which = _word(toks, m + 1)
    if which in w.current:
        return m + 1, _safe_date(pub.year, pub.month, day), 1, "day-of-this-month"
    if which in w.past:
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return m + 1, _safe_date(y, mo, day), 1, "day-of-last-month"
    if which in w.next:
        y, mo = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
        return m + 1, _safe_date(y, mo, day), 1, "day-of-next-month"
    return None


def _day_of_named_month(toks, k, day: int, pub, w: _Words):
    """A day and a Gregorian month name at token k, with an optional year: 12 أيلول/سبتمبر 2016."""
    month_end, month = _month_at(toks, k, w)
    if not month:
        return None
    end, year = _year_after(toks, month_end)
    after = _word(toks, end + 1)
    if year is None and (after in w.past or after in w.next or after in w.current):
        end += 1
    date = _safe_date(year or pub.year, month, day)
    if year is None and date and date > pub + dt.timedelta(days=31) and after not in w.next:
        date = _safe_date(pub.year - 1, month, day)
    return end, date, 1, "day-month"


def _part_of_month_expr(toks, i, pub, w: _Words):
    """اواخر تموز/ يوليو الماضي ; تموز الماضي ; يوليو 2013; مطلع الشهر الحالي."""
    part = w.parts.get(toks.norms[i])
    if part and _word(toks, i + 1) == "الشهر":
        return _part_of_relative_month(toks, i, pub, w)
    k = i + 1 if part else i
    month_end, month = _month_at(toks, k, w)
    if not month:
        return None
    end, year = _year_after(toks, month_end)
    after = _word(toks, month_end + 1)
    if year is None:
        if not part and after not in w.past and after not in w.next and _word(toks, i - 1) not in w.month_in:
            return None                        # a bare month name is too weak (ماي، آب), but في مايو is May
        year = pub.year
        if after in w.past:
            end = month_end + 1
            if month >= pub.month:
                year -= 1
        elif after in w.next:
            end = month_end + 1
            if month <= pub.month:
                year += 1
        elif month > pub.month:
            year -= 1
    date = _safe_date(year, month, part or 15)
    if (year, month) == (pub.year, pub.month) and not part:
        date = min(date, pub)                  # في أغسطس, said in August: not after the publication
    return end, date, 3, ("month-part" if part else "month")


def _week_of_month_expr(toks, i, pub, w: _Words):
    """الأسبوع الأخير من حزيران، الأسبوع الأول من يوليو: a week of a month (time precision 2), the
    middle of that week; not the first of the month (الأول من يوليو)."""
    nth = w.week_ordinals.get(_word(toks, i + 1))
    if nth is None or _word(toks, i + 2) not in ("من", "في"):
        return None
    month_end, month = _month_at(toks, i + 3, w)
    if not month:
        return None
    end, year = _year_after(toks, month_end)
    if year is None:
        after = _word(toks, month_end + 1)
        year = pub.year - (1 if month > pub.month else 0)
        if after in w.past or after in w.next:
            end = month_end + 1
    day = calendar.monthrange(year, month)[1] - 3 if nth > 4 else 7 * (nth - 1) + 4
    return end, _safe_date(year, month, day), 2, "week-of-month"


def _starts_week(x: "_FirstWord") -> bool:
    return x.norm in x.w.week_words


def _holiday_expr(toks, i, pub, w: _Words):
    for stem in _bare(toks.norms, i):
        for length in (4, 3, 2, 1):
            phrase = " ".join([stem, *toks.norms[i + 1:i + length]])
            if phrase in w.holidays and i + length <= len(toks):
                month, day = w.holidays[phrase]
                date = _nearest_holiday(pub, month, day)
                if date is None:
                    return None
                key = f"holiday {month}-{day}"
                return i + length - 1, date, (3 if day == 0 else 2), key
    return None


_PERIOD_WORDS = ("اليومين", "الايام", "الاسبوع", "الشهر", "الصيف", "الشتاء", "الربيع", "الخريف")    # (normalised)
# A season → its middle month (الصيف الماضي: the last summer before the current season).
_SEASON_MONTH = {"الشتاء": 1, "الربيع": 4, "الصيف": 7, "الخريف": 10}
_SEASON_OF_YEAR = {"شتاء": 1, "ربيع": 4, "صيف": 7, "خريف": 10}      # صيف 2014، شتاء عام 2013 (normalised)


def _period_expr(toks, i, pub, w: _Words):
    """الأسبوع الماضي، الشهر الماضي، مؤخرا."""
    norm, nxt = toks.norms[i], _word(toks, i + 1)
    if norm[:1] in ("و", "ف") and norm[1:] in _PERIOD_WORDS:
        norm = norm[1:]                         # والشهر الماضي، والأسبوع المقبل
    if norm in w.recent:
        return i, pub, 3, "recently"
    if norm in ("اليومين", "الايام") and nxt in w.past:          # خلال اليومين الماضيين
        return i + 1, pub - dt.timedelta(days=1), 2, "past-days"
    if norm == "الاسبوع":
        if nxt in w.past:
            return i + 1, pub - dt.timedelta(days=7), 2, "last-week"
        if nxt in w.next:
            return i + 1, pub + dt.timedelta(days=7), 2, "next-week"
        if nxt in w.current:
            return i + 1, pub, 2, "this-week"
    if norm in _SEASON_MONTH and nxt in w.past:
        return i + 1, _last_season(pub, _SEASON_MONTH[norm]), 3, "last-season"
    if norm == "الشهر":
        if nxt in w.past:
            y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
            return i + 1, _safe_date(y, m, 15), 3, "last-month"
        if nxt in w.current:
            return i + 1, _safe_date(pub.year, pub.month, min(15, pub.day)), 3, "this-month"
    return None


def _part_of_relative_month(toks, i, pub, w: _Words):
    """مطلع الشهر الحالي (early this month), أواخر الشهر الماضي: that part of the month."""
    after = _word(toks, i + 2)
    if after in w.past:
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
    elif after in w.current:
        y, m = pub.year, pub.month
    else:
        return None
    date = _safe_date(y, m, w.parts[toks.norms[i]])
    if date is None:
        return None
    return i + 2, min(date, pub), 3, "month-part"


def _last_season(pub: dt.date, middle: int) -> dt.date:
    """الصيف الماضي: the season's middle month in the last year it had ended by *pub* (the summer
    before this one when the text is written in summer)."""
    ends = dt.date(pub.year, middle + 1, 28)
    return dt.date(pub.year if ends < pub else pub.year - 1, middle, 15)


_FIRST_YEAR = 1900
# A year's part → the month that stands for it (مطلع 2015 → February, منتصف 2014 → June).
_PART_MONTH = {3: 2, 5: 2, 15: 6, 25: 11}


def _year_of(norm: str) -> int | None:
    """The year a token names: four digits from 1900, with an optional م (2011م)."""
    digits = norm[:-1] if norm.endswith("م") else norm
    if len(digits) == 4 and digits.isdecimal() and int(digits) >= _FIRST_YEAR:
        return int(digits)
    return None


_YEAR_BEFORE = ("في", "منذ", "خلال", "قبل", "بعد", "حتي", "الي", "عام", "العام")   # (also with و or ف: وفي 2012)


def _year_expr(toks, i, pub, w: _Words):
    """عام 2013، في 2014، منتصف 2014، مطلع العام 2015، العام الماضي: a year (time precision 3, rule "year")."""
    norm = toks.norms[i]
    part = w.parts.get(norm)
    season = _SEASON_OF_YEAR.get(norm)
    k = i + 1 if part or season else i
    if _word(toks, k) in w.year_words:
        nxt = _word(toks, k + 1)
        if nxt in w.past:
            return k + 1, dt.date(pub.year - 1, 7, 1) if not part else _part_date(pub.year - 1, part), 3, "year-last"
        if nxt in w.current:
            return k + 1, dt.date(pub.year, 7, 1) if not part else _part_date(pub.year, part), 3, "year-this"
        k += 1
    year = _year_of(_word(toks, k))
    if year is None or year > pub.year + 1:
        return None
    if _word(toks, k + 1) in w.era:
        k += 1
    before = _word(toks, i - 1)
    if k == i and before not in _YEAR_BEFORE and not (before[:1] in "وف" and before[1:] in _YEAR_BEFORE) \
            and not _chronology_entry(toks, i):
        return None                    # a number that looks like a year: not without في or عام
    if season:
        return k, dt.date(year, season, 15), 3, "year-season"      # صيف 2014: its middle month
    return k, (_part_date(year, part) if part else dt.date(year, 7, 1)), 3, "year"


def _chronology_entry(toks, i: int) -> bool:
    """The year opens its line or its sentence and a dash or colon follows it: an entry of a
    chronology (في مثل هذا اليوم: "1978 - اغتيال …", entries on one line or one after another),
    which the year dates."""
    text = getattr(toks, "text", None)
    if text is None:
        return False
    line_start = text.rfind("\n", 0, toks.starts[i]) + 1
    before = text[line_start:toks.starts[i]].strip()
    after = text[toks.ends[i]:toks.ends[i] + 4].lstrip()
    # (a dash followed by a digit is a date's: 2015-08-03)
    return (not before or before[-1] in ".!?؟:") and after[:1] in ("-", "–", ":") and not after[1:2].isdigit()


def _part_date(year: int, part: int) -> dt.date:
    return dt.date(year, _PART_MONTH.get(part, 6), 15)


def _numeric_date_expr(toks, i, pub, w: _Words):
    """27 / 12 / 2011: day, month, year in digits (the slashes are not tokens); 19 - 8 - 1427هـ:
    the same in the Hijri calendar (the Saudi press's dates)."""
    day = _day_number(toks.norms[i])
    month = _word(toks, i + 1)
    if not day or not month.isdecimal() or not 1 <= int(month) <= 12:
        return None
    year = _year_of(_word(toks, i + 2))
    if year is not None:
        return i + 2, _safe_date(year, int(month), day), 1, "numeric"
    hijri = _hijri_year_of(_word(toks, i + 2))
    if hijri is None or day > 30:
        return None
    return _past_hijri_mark(toks, i + 2), _hijri_to_gregorian(hijri, int(month), day, pub), 1, "hijri-numeric"


def _hijri_numeric_expr(toks, i, pub, w: _Words):
    """1436/10/15: a Hijri year, month and day in digits (the Saudi press's order)."""
    year = _hijri_year_of(toks.norms[i])
    month, day = _word(toks, i + 1), _day_number(_word(toks, i + 2))
    if year is None or not month.isdecimal() or not 1 <= int(month) <= 12 or not day or day > 30:
        return None
    return _past_hijri_mark(toks, i + 2), _hijri_to_gregorian(year, int(month), day, pub), 1, "hijri-numeric"


def _past_hijri_mark(toks, k: int) -> int:
    """The last token of a Hijri date whose last number is token k: the هـ written apart after it, if any."""
    return k + 1 if _word(toks, k + 1) == "ه" else k


_HIJRI_YEARS = (1350, 1460)      # the Hijri years a four-digit number after a day and a month may be


def _hijri_year_of(norm: str) -> int | None:
    """The Hijri year a token names: four digits from 1350 to 1460, with an optional هـ (1427هـ)."""
    digits = norm[:-1] if norm.endswith("ه") else norm
    if len(digits) == 4 and digits.isdecimal() and _HIJRI_YEARS[0] <= int(digits) <= _HIJRI_YEARS[1]:
        return int(digits)
    return None


def _starts_hijri_year(x: "_FirstWord") -> bool:
    return bool(_hijri_year_of(x.norm))


# The rules _date_rules offers at a first word, in the order they are tried.
_RULES_BY_FIRST_WORD = (
    (_starts_week, (_week_of_month_expr,)),
    (_starts_weekday, (_weekday_expr,)),
    (_starts_day, (_day_expr,)),
    (_starts_ago, (_ago_expr,)),
    (_starts_last_night, (_last_night_expr,)),
    (_starts_day_in_digits, (_day_of_month_expr, _numeric_date_expr)),
    (_starts_day_in_words, (_day_of_month_expr,)),
    (_starts_month, (_part_of_month_expr,)),
    (_starts_holiday, (_holiday_expr,)),
    (_starts_period, (_period_expr,)),
    (_starts_year, (_year_expr,)),
    (_starts_hijri_year, (_hijri_numeric_expr,)),
)


def _year_after(toks, k) -> tuple[int, int | None]:
    """A year right after token k (optionally after عام, and followed by م or هـ): (last token, year)."""
    w = _words()
    j = k + 1
    if _word(toks, j) in w.year_words:
        j += 1
    word = _word(toks, j)
    if word.isdigit() and len(word) == 4:
        if _word(toks, j + 1) in w.era:
            j += 1
        return j, int(word)
    return k, None


def _month_at(toks, k, w: _Words) -> tuple[int, int | None]:
    """A Gregorian month name at token k (one or two words, or "تموز/ يوليو"): (last token, month)."""
    two = f"{_word(toks, k)} {_word(toks, k + 1)}"
    if two in w.months:
        end, month = k + 1, w.months[two]
    else:
        month = None
        for stem in (_bare(toks.norms, k) if 0 <= k < len(toks) else []):
            if stem in w.months:
                month = w.months[stem]
                break
        if month is None:
            return k, None
        end = k
    # the second name of a pair (تموز/ يوليو, أكتوبر/تشرين الأول) names the same month
    two_after = f"{_word(toks, end + 1)} {_word(toks, end + 2)}"
    if w.months.get(two_after) == month:
        end += 2
    elif w.months.get(_word(toks, end + 1)) == month:
        end += 1
    return end, month


def _hijri_month_at(toks, k, w: _Words) -> tuple[int, int | None]:
    two = f"{_word(toks, k)} {_word(toks, k + 1)}"
    if two in w.hijri:
        return k + 1, w.hijri[two]
    if _word(toks, k) in w.hijri:
        return k, w.hijri[_word(toks, k)]
    return k, None


def _hijri_to_gregorian(year: int | None, month: int, day: int, pub: dt.date) -> dt.date | None:
    from hijridate import Gregorian, Hijri

    try:
        if year is None:
            year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _nearest_holiday(pub: dt.date, month: int, day: int) -> dt.date | None:
    """The holiday's date (Umm al-Qura calendar) nearest to the publication date."""
    from hijridate import Gregorian, Hijri

    try:
        year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
        options = [dt.date(*Hijri(y, month, day or 15).to_gregorian().datetuple()) for y in (year - 1, year, year + 1)]
    except (ValueError, OverflowError):
        return None
    return min(options, key=lambda d: abs((d - pub).days))


def _weekday(pub: dt.date, weekday: int, past: bool, future: bool) -> dt.date:
    """The weekday nearest before the publication date (news reports the past).

    "الماضي" means strictly before; "المقبل" the next one after.
    """
    if future:
        delta = (weekday - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta)
    delta = (pub.weekday() - weekday) % 7
    if past and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    day = min(day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (or a date; None or blank: no date).

    Raises :class:`~geomap.errors.InputError` (a ``ValueError``) with a message for the user:

    >>> parse_published("2016-09-09"), parse_published("  ")
    (datetime.date(2016, 9, 9), None)
    >>> parse_published("9/9/2016")
    Traceback (most recent call last):
    geomap.errors.InputError: publication date '9/9/2016' is not a date in the form YYYY-MM-DD
    """
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"publication date {value!r} is not a date in the form YYYY-MM-DD")
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"publication date {value!r} is not a date in the form YYYY-MM-DD") from None
