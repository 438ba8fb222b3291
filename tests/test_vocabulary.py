"""The word vocabulary the matchers share (geomap.lexicon): what it learns must never change
what parse finds — not when a new matcher joins, not past its memory bound, not from threads."""

from concurrent.futures import ThreadPoolExecutor

import geomap
from geomap.lexicon import VOCABULARY, Vocabulary, WordCache

TEXTS = [
    "قتل خمسة مدنيين في غارة جوية على مدينة حلب اليوم الجمعة",
    "وصل وزير الخارجية الأمريكي جون كيري إلى جنيف للقاء نظيره الروسي سيرغي لافروف",
    "سيطرت قوات سوريا الديمقراطية على قرية كفر ناها في ريف حلب الجنوبي الأسبوع الماضي",
    "انفجرت سيارة مفخخة في بغداد أمس وأسفرت عن مقتل 12 شخصا",
]


def _found(doc):
    return ([(m.start, m.end, m.name, m.place.id if m.place else None) for m in doc.mentions],
            [(d.start, d.end, d.date) for d in doc.dates],
            [(e.kind, e.place.id if e.place else None, e.date, e.status) for e in doc.events])


def test_a_word_cache_finds_its_words_and_keeps_its_values():
    vocabulary = Vocabulary()
    long = WordCache(lambda w: len(w) if len(w) > 3 else 0, vocabulary=vocabulary)
    short = WordCache(lambda w: len(w) < 3, vocabulary=vocabulary)
    words = ["في", "مدينة", "حلب", "الشمالية"]
    assert long.hits(words) == [1, 3] and short.hits(words) == [0]
    assert long.get("مدينة") == 5 and long.get("في") is None


def test_past_its_bound_the_vocabulary_forgets_and_finds_the_same():
    vocabulary = Vocabulary(limit=3)
    cache = WordCache(lambda w: w.startswith("ال"), vocabulary=vocabulary)
    first = ["الرقة", "في", "الشمال", "من", "سوريا"]
    second = ["دخلوا", "الموصل", "بعد", "معارك", "الاسبوع"]
    assert cache.hits(first) == [0, 2]
    assert cache.hits(second) == [1, 4]          # more than 3 words known: all forgotten, learnt again
    assert cache.hits(list(first)) == [0, 2]


def test_a_matcher_that_joins_later_sees_every_word(gaz):
    before = [_found(geomap.parse(t, published="2016-09-09", gazetteer=gaz)) for t in TEXTS]
    late = WordCache(lambda w: w == "حلب")       # registering makes every matcher learn anew
    assert late.hits(["في", "حلب"]) == [1]
    after = [_found(geomap.parse(t, published="2016-09-09", gazetteer=gaz)) for t in TEXTS]
    assert after == before
    assert VOCABULARY.learners                    # the shared vocabulary is in use


def test_parse_finds_the_same_from_several_threads(gaz, seed_text):
    texts = TEXTS * 3 + [seed_text]
    alone = [_found(geomap.parse(t, published="2016-09-09", gazetteer=gaz)) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda t: _found(geomap.parse(t, published="2016-09-09", gazetteer=gaz)), texts))
    assert together == alone
