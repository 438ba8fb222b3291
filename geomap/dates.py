"""Date expressions in Arabic news, resolved against the publication date.

A rule layer over the normalised tokens: today/yesterday/tomorrow, weekdays
(اليوم الجمعة، الخميس، يوم الثلاثاء الماضي), "الـ 12 من الشهر الحالي", explicit
dates with Levantine or Egyptian month names (12 أيلول/سبتمبر 2016), months
with أواخر/مطلع/منتصف, and last week. Durations (امدها 48 ساعة) are not dates.

>>> import datetime as dt
>>> [(d.text, d.date.isoformat()) for d in find_dates("وصل اليوم الجمعة", dt.date(2016, 9, 9))]
[('اليوم الجمعة', '2016-09-09')]
"""

from __future__ import annotations

import calendar
import datetime as dt

from gazetteer.arabic import Token, normalize, strip_proclitics, tokenize

from .model import DateMention

WEEKDAYS = {normalize(w): i for i, w in enumerate(
    ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])}
WEEKDAYS[normalize("الإثنين")] = 0

MONTHS = {}
for _num, _names in enumerate([
    "يناير كانون_الثاني جانفي", "فبراير شباط فيفري", "مارس آذار", "أبريل ابريل نيسان أفريل",
    "مايو أيار ماي", "يونيو حزيران جوان", "يوليو تموز جويلية يوليوز", "أغسطس اغسطس آب أوت غشت",
    "سبتمبر أيلول", "أكتوبر اكتوبر تشرين_الأول", "نوفمبر تشرين_الثاني", "ديسمبر كانون_الأول",
], start=1):
    for _name in _names.split():
        MONTHS[normalize(_name.replace("_", " "))] = _num

_PAST = {normalize(w) for w in ["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "السابق"]}
_NEXT = {normalize(w) for w in ["المقبل", "المقبلة", "القادم", "القادمة"]}
_THIS_MONTH = {normalize(w) for w in ["الحالي", "الجاري"]}
_PARTS = {normalize("أواخر"): 25, normalize("اواخر"): 25, normalize("نهاية"): 25,
          normalize("أوائل"): 5, normalize("مطلع"): 3, normalize("بداية"): 3,
          normalize("منتصف"): 15, normalize("أواسط"): 15}
_DAY_WORDS = {normalize("اليوم"): 0, normalize("أمس"): -1, normalize("الأمس"): -1,
              normalize("البارحة"): -1, normalize("غدا"): 1, normalize("غدًا"): 1}


# Words a date expression can start with (after proclitics); anything else is skipped at once.
_START = (set(WEEKDAYS) | set(_DAY_WORDS) | set(_PARTS) | {m.split(" ")[0] for m in MONTHS}
          | {normalize("اليوم"), "يوم", "اول", "بعد", "ال", "الاسبوع"})


def find_dates(text: str, published: dt.date | None,
               tokens: list[Token] | None = None) -> list[DateMention]:
    """Date expressions of *text* resolved against *published* (none without it)."""
    if published is None:
        return []
    toks = tokens if tokens is not None else tokenize(text)
    found: list[DateMention] = []
    i = 0
    while i < len(toks):
        norm = toks[i].norm
        if not norm.isdigit() and not any(stem in _START for stem in _bare(toks[i])):
            i += 1
            continue
        hit = _match(toks, i, published)
        if hit is None:
            i += 1
            continue
        j, date, precision, rule = hit
        if date is None:
            i += 1
            continue
        found.append(DateMention(toks[i].start, toks[j].end, text[toks[i].start:toks[j].end],
                                 date, precision, rule))
        i = j + 1
    return found


def _bare(tok: Token) -> list[str]:
    return [s for s, _ in strip_proclitics(tok.norm)]


def _word(toks, i) -> str:
    return toks[i].norm if 0 <= i < len(toks) else ""


def _match(toks: list[Token], i: int, pub: dt.date):
    w = _bare(toks[i])
    nxt = _word(toks, i + 1)
    # اليوم الجمعة / يوم الثلاثاء الماضي / الخميس
    if toks[i].norm in (normalize("اليوم"), "يوم") and nxt in WEEKDAYS:
        past = _word(toks, i + 2) in _PAST
        future = _word(toks, i + 2) in _NEXT
        end = i + 2 if (past or future) else i + 1
        if toks[i].norm == "اليوم" and not past and not future:
            if WEEKDAYS[nxt] == pub.weekday():
                return end, pub, 1, "today+weekday"
        return end, _weekday(pub, WEEKDAYS[nxt], past, future), 1, "weekday"
    for stem in w:
        if stem in WEEKDAYS:
            past = nxt in _PAST
            future = nxt in _NEXT
            return (i + 1 if (past or future) else i), _weekday(pub, WEEKDAYS[stem], past, future), 1, "weekday"
    # اول امس / بعد غد / امس / اليوم / غدا
    if toks[i].norm == "اول" and nxt in ("امس", "الامس"):
        return i + 1, pub - dt.timedelta(days=2), 1, "day-before-yesterday"
    if toks[i].norm == "بعد" and nxt in ("غد", "غدا"):
        return i + 1, pub + dt.timedelta(days=2), 1, "day-after-tomorrow"
    for stem in w:
        if stem in _DAY_WORDS:
            return i, pub + dt.timedelta(days=_DAY_WORDS[stem]), 1, "relative-day"
    # الـ 12 من الشهر الحالي / الماضي
    day_i = i + 1 if toks[i].norm == "ال" else i
    if _word(toks, day_i).isdigit():
        day = int(_word(toks, day_i))
        k = day_i + 1
        if _word(toks, k) == "من":
            k += 1
        if _word(toks, k) == "الشهر" and 1 <= day <= 31:
            which = _word(toks, k + 1)
            if which in _THIS_MONTH:
                return k + 1, _safe_date(pub.year, pub.month, day), 1, "day-of-this-month"
            if which in _PAST:
                y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                return k + 1, _safe_date(y, m, day), 1, "day-of-last-month"
            if which in _NEXT:
                y, m = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
                return k + 1, _safe_date(y, m, day), 1, "day-of-next-month"
        # 12 أيلول/سبتمبر 2016
        month_end, month = _month_at(toks, k)
        if month and 1 <= day <= 31:
            end, year = month_end, None
            if _word(toks, month_end + 1).isdigit() and len(_word(toks, month_end + 1)) == 4:
                end, year = month_end + 1, int(_word(toks, month_end + 1))
            date = _safe_date(year or pub.year, month, day)
            if year is None and date and date > pub + dt.timedelta(days=31):
                date = _safe_date(pub.year - 1, month, day)
            if date:
                return end, date, 1, "day-month"
    # اواخر تموز/ يوليو الماضي ; تموز الماضي
    part = _PARTS.get(toks[i].norm)
    k = i + 1 if part else i
    month_end, month = _month_at(toks, k)
    if month and (part or _word(toks, month_end + 1) in _PAST | _NEXT
                  or (_word(toks, month_end + 1).isdigit() and len(_word(toks, month_end + 1)) == 4)):
        end = month_end
        year = pub.year
        after = _word(toks, month_end + 1)
        if after.isdigit() and len(after) == 4:
            year, end = int(after), month_end + 1
        elif after in _PAST:
            end = month_end + 1
            if month >= pub.month:
                year -= 1
        elif after in _NEXT:
            end = month_end + 1
            if month <= pub.month:
                year += 1
        elif month > pub.month:
            year -= 1
        return end, _safe_date(year, month, part or 15), 3, "month"
    # الاسبوع الماضي
    if toks[i].norm == "الاسبوع" and nxt in _PAST:
        return i + 1, pub - dt.timedelta(days=7), 2, "last-week"
    return None


def _month_at(toks, k) -> tuple[int, int | None]:
    """A month name at token k (one or two words, or "تموز/ يوليو"): (last token, month)."""
    two = f"{_word(toks, k)} {_word(toks, k + 1)}"
    if two in MONTHS:
        end, month = k + 1, MONTHS[two]
    else:
        month = None
        for stem in (_bare(toks[k]) if 0 <= k < len(toks) else []):
            if stem in MONTHS:
                month = MONTHS[stem]
                break
        if month is None:
            return k, None
        end = k
    # the second name of a pair (تموز/ يوليو) names the same month
    if MONTHS.get(_word(toks, end + 1)) == month:
        end += 1
    return end, month


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
    if not 1 <= month <= 12:
        return None
    day = min(day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (or a date); raises ValueError with a clear message."""
    if value is None or isinstance(value, dt.date):
        return value
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"publication date {value!r} is not a date in the form YYYY-MM-DD") from None
