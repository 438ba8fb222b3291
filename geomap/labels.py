"""Words the pages and maps show: labels for the codes in an event's fields, and numbers with
their nouns in correct Arabic agreement (``geomap/data/ui_labels.tsv``, ``arabic_plurals.tsv``)."""

from __future__ import annotations

from gazetteer.once import once
from gazetteer.tables import load

from .events import kinds
from .events.tables import DIPLOMATIC

TIERS = {"violent": 0, "other": 1, "diplomatic": 2}     # the map draws lower tiers larger and on top


@once
def labels() -> dict[str, dict[str, dict[str, str]]]:
    """``{group: {code: {"ar": …, "en": …}}}`` for status, geo_precision, time_precision, report, place_role."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for r in load("ui_labels.tsv", "geomap"):
        out.setdefault(r["group"], {})[r["key"]] = {"ar": r["label_ar"], "en": r["label_en"]}
    return out


@once
def plurals() -> dict[str, dict[str, str]]:
    """``{noun: {category: form}}``, Arabic categories and ``en_one``/``en_other``."""
    return {r["noun"]: {k: v for k, v in r.items() if k not in ("noun", "source")}
            for r in load("arabic_plurals.tsv", "geomap")}


def count_ar(n: int, noun: str) -> str:
    """*n* with *noun* in Arabic, the noun agreeing with the number.

    >>> [count_ar(n, "event") for n in (0, 1, 2, 8, 379, 100)]
    ['لا أحداث', 'حدث واحد', 'حدثان', '8 أحداث', '379 حدثاً', '100 حدث']
    """
    from babel import Locale

    form = plurals()[noun][Locale("ar").plural_form(abs(int(n)))]
    return form.replace("{n}", str(n))


def count_en(n: int, noun: str) -> str:
    """*n* with *noun* in English.

    >>> count_en(1, "event"), count_en(3, "event")
    ('1 event', '3 events')
    """
    return plurals()[noun]["en_one" if n == 1 else "en_other"].replace("{n}", str(n))


def kind_tier(kind) -> int:
    if kind.violent:
        return TIERS["violent"]
    return TIERS["diplomatic"] if kind.kind in DIPLOMATIC else TIERS["other"]


@once
def ui_tables() -> dict:
    """What the map scripts need to draw and word things: the kinds, the labels, the plurals."""
    table = {k: {"kind": v.kind, "label_ar": v.label_ar, "label_en": v.label_en, "colour": v.colour,
                 "shape": v.shape, "event_type": v.event_type, "tier": kind_tier(v)}
             for k, v in kinds().items()}
    return {"kinds": table, "labels": labels(), "plurals": plurals()}
