"""Pick the SaudiNewsNet articles of the events gold (issue 11) by a fixed rule, before anyone
looks at what geomap finds in them.

    python tools/select_gold.py [--data ../shared] > selection.json
    python tools/select_gold.py --batch 2 > tests/gold/events_2015b/selection.json
    python tools/select_gold.py --batch 3 > tests/gold/events_2015c/selection.json
    python tools/select_gold.py --batch 4 > tests/gold/events_2015d/selection.json
    python tools/select_gold.py --batch 5 > tests/gold/events_2015e/selection.json
    python tools/select_gold.py --batch 6 > tests/gold/events_2015f/selection.json
    python tools/select_gold.py --batch 7 > tests/gold/events_2015g/selection.json
    python tools/select_gold.py --batch 8 > tests/gold/events_2015h/selection.json
    python tools/select_gold.py --batch 9 > tests/gold/events_2015i/selection.json
    python tools/select_gold.py --batch 10 > tests/gold/events_2015j/selection.json

Rule: articles of 600–4,500 characters, not already in ``tests/gold/events_saudinewsnet.json``,
ordered by the SHA-256 of their id (a fixed shuffle), are put in the first category whose words
they contain (conflict: a country or city word in the title and two or more violence words in the
text; non-conflict: a topic word in the title, no country-at-war word in the title, and — to make
the test hard — at least one word that is violent in a war report), and the first N of each
category are taken. The split is fixed by the same rule for every gold set: the number after '#'
in the id, even → dev, odd → test.

Batch 2 (``tests/gold/events_2015b``, round 2's fourth session) takes the next articles of the same
shuffle: articles of batch 1 (``tests/gold/events_2015/selection.json``) are skipped, and the counts
per category are ``BATCH2``. Batch 3 (``tests/gold/events_2015c``) skips batches 1 and 2 and takes
``BATCH3``. Batch 4 (``tests/gold/events_2015d``, round 2's fifth session) skips batches 1–3 and
takes ``BATCH4``; batch 5 (``tests/gold/events_2015e``, the same session) skips batches 1–4 and
takes ``BATCH5``; batch 6 (``tests/gold/events_2015f``, the sixth session) skips batches 1–5 and
takes ``BATCH6``; batch 7 (``tests/gold/events_2015g``, the same session) skips batches 1–6 and takes
``BATCH7``; batch 8 (``tests/gold/events_2015h``, the ninth session) skips batches 1–7 and takes
``BATCH8`` (what the shuffle has left: Iraq 3 articles, Libya none). Batch 9 (``tests/gold/events_2015i``,
the tenth session) skips batches 1–8 and takes ``BATCH9``; because Iraq and Libya have no article of
600–4,500 characters left, their articles (and only theirs) may be 300–8,000 characters long
(``WIDE``), decided before the batch was drawn. Batch 10 (``tests/gold/events_2015j``, the twelfth
session) skips batches 1–9 and takes ``BATCH10``, with twice batch 9's sport, economy and culture
articles (the false violent events per 100 non-conflict articles rest on few such articles), Iraq and
Libya again ``WIDE``; it also skips the one article whose violent events the twelfth session listed
before drawing (``SEEN``: odd id, so it would have fallen in the test half). Each was picked, and
split, before anyone looked at geomap's output on it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VIOLENCE = re.compile("غارة|غارات|قصف|اشتباك|معارك|معركة|مقتل|قتلى|قتل |تفجير|انفجار|هجوم|سيطر|استهداف|"
                      "استهدف|كمين|براميل|صاروخ|قذائف|اختطاف|انتحاري|مفخخ")
CONFLICT = {
    "syria": ("سوري|حلب|ادلب|إدلب|دمشق|حمص|درعا|الرقة|دير الزور|حماة|اللاذقية|الحسكة|القنيطرة|الزبداني|داريا|"
              "دوما|الغوطة", 14),
    "iraq": ("العراق|عراقي|بغداد|الأنبار|الانبار|الرمادي|الفلوجة|الموصل|صلاح الدين|ديالى|كركوك|تكريت|بيجي|"
             "الحشد", 12),
    "yemen": ("اليمن|يمني|صنعاء|عدن|تعز|الحوثي|مأرب|لحج|أبين|الضالع|شبوة|صعدة|الحديدة|المخا", 14),
    "libya": ("ليبيا|ليبي|طرابلس|بنغازي|سرت|درنة|مصراتة", 8),
    "other": ("سيناء|العريش|أفغان|طالبان|الصومال|نيجيريا|بوكو حرام|الكردستاني|غزة|القدس|الضفة|لبنان|"
              "عرسال|جازان|نجران|تركيا|مصر|باكستان|مالي|تونس", 8),
}
AT_WAR = "|".join(words for words, _ in CONFLICT.values())
NON_CONFLICT = {
    "sport": ("مباراة|الدوري|منتخب|نادي|كأس|لاعب|الهلال|النصر|الاتحاد|الأهلي|بطولة|مدرب", 12),
    "economy": ("أسهم|الأسهم|النفط|البورصة|السوق|مؤشر|الاستثمار|الريال|الاقتصاد|شركة|أسعار|البنك", 12),
    "culture": ("مهرجان|معرض|رواية|فيلم|مسرح|فنان|شاعر|الثقافة|كتاب|الفنان|مسلسل|التراث", 12),
}
BATCH2 = {"syria": 10, "iraq": 10, "yemen": 10, "libya": 5, "other": 5, "sport": 3, "economy": 3, "culture": 3}
BATCH3 = {"syria": 14, "iraq": 14, "yemen": 14, "libya": 6, "other": 8, "sport": 2, "economy": 2, "culture": 2}
BATCH4 = {"syria": 16, "iraq": 16, "yemen": 16, "libya": 8, "other": 10, "sport": 3, "economy": 3, "culture": 3}
BATCH5 = {"syria": 20, "iraq": 20, "yemen": 20, "libya": 10, "other": 14, "sport": 4, "economy": 4, "culture": 4}
BATCH6 = {"syria": 24, "iraq": 24, "yemen": 24, "libya": 10, "other": 16, "sport": 4, "economy": 4, "culture": 4}
BATCH7 = BATCH6
BATCH8 = {"syria": 16, "iraq": 3, "yemen": 16, "libya": 0, "other": 12, "sport": 3, "economy": 3, "culture": 3}
BATCH9 = {"syria": 10, "iraq": 8, "yemen": 8, "libya": 4, "other": 8, "sport": 2, "economy": 2, "culture": 2}
BATCH10 = {"syria": 10, "iraq": 6, "yemen": 10, "libya": 4, "other": 8, "sport": 4, "economy": 4, "culture": 4}
WIDE = {9: {"iraq", "libya"}, 10: {"iraq", "libya"}}
SEEN = {10: {"2015-08-06#1979"}}
TRAPS = re.compile("هجوم|مواجهة|سقوط|اشتباك|قصف|انفجار|ضربة|معركة|حرب|انهيار|قتل|سيطر|هزيمة|اقتحام|"
                   "غزو|تفجير|انتحار")


def category(article: dict) -> str | None:
    title, text = article.get("title") or "", article["content"]
    for name, (words, _) in CONFLICT.items():
        if re.search(words, title) and len(set(VIOLENCE.findall(text))) >= 2:
            return name
    if re.search(AT_WAR, title):
        return None
    for name, (words, _) in NON_CONFLICT.items():
        if re.search(words, title) and TRAPS.search(text):
            return name
    return None


def select(corpus: Path, batch: int = 1) -> list[dict]:
    taken = {a["id"] for a in json.loads((ROOT / "tests/gold/events_saudinewsnet.json").read_text())["articles"]}
    for earlier in ("events_2015", "events_2015b", "events_2015c", "events_2015d", "events_2015e",
                    "events_2015f", "events_2015g", "events_2015h", "events_2015i")[:batch - 1]:
        taken |= {a["id"] for a in json.loads((ROOT / "tests/gold" / earlier / "selection.json").read_text())["articles"]}
    taken |= SEEN.get(batch, set())
    pool = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in taken or not 300 <= len(a["content"]) <= 8000:
                continue
            pool.append((hashlib.sha256(a["id"].encode()).hexdigest(), a))
    pool.sort(key=lambda x: x[0])
    wanted = ({name: n for name, (_, n) in {**CONFLICT, **NON_CONFLICT}.items()} if batch == 1
              else dict({2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6, 7: BATCH7, 8: BATCH8, 9: BATCH9,
                    10: BATCH10}[batch]))
    chosen: list[dict] = []
    titles: set[str] = set()
    for _, a in pool:
        cat = category(a)
        if cat is None or wanted[cat] == 0 or a["title"] in titles:
            continue
        if not 600 <= len(a["content"]) <= 4500 and cat not in WIDE.get(batch, ()):
            continue
        wanted[cat] -= 1
        titles.add(a["title"])
        chosen.append({"id": a["id"], "category": cat, "conflict": cat in CONFLICT,
                       "split": split_of(a["id"]), "title": a["title"], "source": a["source"]})
    return chosen


def split_of(article_id: str) -> str:
    """dev for an even number after '#', test for an odd one."""
    return "dev" if int(article_id.rsplit("#", 1)[1]) % 2 == 0 else "test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--batch", type=int, choices=range(1, 11), default=1)
    args = parser.parse_args()
    chosen = select(args.data / "corpora" / "saudinewsnet.jsonl.gz", args.batch)
    print(json.dumps(chosen, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
