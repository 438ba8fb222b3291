"""What an article, and each of its sentences, is about: armed conflict, sport, economy,
culture or health — and whether a sentence tells of an accident.

Words of ``geomap/data/topic_words.tsv`` (read with their proclitics: وبالمباراة → مباراة)
add their weight to their topic; the title counts twice. An article is about sport (economy,
culture) when that topic's score is clearly ahead of conflict's: then its هجوم، مواجهة،
سقوط are a striker's attack, a match and a market's fall, not violence
(:func:`geomap.events.extract.extract` keeps no violent event in it).

>>> from gazetteer.arabic import tokenize, sentences
>>> text = "فاز الهلال في المباراة على النصر بهدفين، وسجل المهاجم هدفا في الشوط الأول من الدوري."
>>> toks = tokenize(text)
>>> profile(toks, toks.sentence_of(sentences(text))).label
'sport'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer.arabic import Tokens, normalize, stems
from gazetteer.once import once
from gazetteer.tables import load

from ..lexicon import WordCache

TOPICS = ("conflict", "sport", "economy", "culture", "health", "accident", "crime")
OTHER_TOPICS = ("sport", "economy", "culture", "health")
_LEAD = 2.0             # another topic leads conflict when its score is this many times conflict's
_MIN_OTHER = 6          # … and at least this
_MIN_CONFLICT = 4       # an article is about conflict with this score and no topic ahead of it


@dataclass(frozen=True)
class Profile:
    """Topic scores of an article and of each of its sentences."""

    scores: dict[str, float]
    sentences: list[dict[str, float]]
    label: str                               # conflict | sport | economy | culture | other
    hits: dict[int, dict[str, float]]        # token index → the weights its word adds
    title: dict[str, float] = field(default_factory=dict)   # the headline's own topic scores

    def sentence(self, k: int) -> dict[str, float]:
        return self.sentences[k] if 0 <= k < len(self.sentences) else {}

    def support(self, sentence: int, topic: str, skip: range = range(0)) -> float:
        """The *topic* score of one sentence without the tokens in *skip* (a trigger's own words)."""
        own = sum(self.hits[k].get(topic, 0.0) for k in skip if k in self.hits)
        return self.sentence(sentence).get(topic, 0.0) - own


@once
def _table() -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for r in load("topic_words.tsv", "geomap"):
        if r["topic"] not in TOPICS:
            raise ValueError(f"topic_words.tsv: unknown topic {r['topic']!r} for {r['word']!r}")
        table.setdefault(normalize(r["word"]), {})[r["topic"]] = float(r["weight"])
    return table


def _weights(norm: str) -> dict[str, float] | None:
    """The topic weights of a word: its own, or (a definite form the table lacks: المسلحون) the
    weights of the form without its article."""
    table = _table()
    for stem in stems(norm):
        if stem in table:
            return table[stem]
        if stem.startswith("ال") and len(stem) >= 5 and stem[2:] in table:
            return table[stem[2:]]
    return None


_WORDS: WordCache = WordCache(_weights)


def profile(tokens: Tokens, sentence_of: list[int], title: Tokens | None = None) -> Profile:
    """The topic profile of an article's tokens (and its title's, counted twice)."""
    n_sentences = (max(sentence_of) + 1) if len(sentence_of) else 0
    per_sentence: list[dict[str, float]] = [{} for _ in range(n_sentences)]
    scores: dict[str, float] = {}
    hits: dict[int, dict[str, float]] = {}
    for k in _WORDS.hits(tokens.norms):
        weights = _WORDS.get(tokens.norms[k])
        hits[k] = weights
        bucket = per_sentence[sentence_of[k]]
        for topic, w in weights.items():
            bucket[topic] = bucket.get(topic, 0.0) + w
            scores[topic] = scores.get(topic, 0.0) + w
    headline: dict[str, float] = {}
    if title is not None:
        for k in _WORDS.hits(title.norms):
            for topic, w in _WORDS.get(title.norms[k]).items():
                scores[topic] = scores.get(topic, 0.0) + 2 * w
                headline[topic] = headline.get(topic, 0.0) + w
    return Profile(scores=scores, sentences=per_sentence, label=_label(scores), hits=hits, title=headline)


def _label(scores: dict[str, float]) -> str:
    conflict = scores.get("conflict", 0.0)
    best = max(OTHER_TOPICS, key=lambda t: scores.get(t, 0.0))
    other = scores.get(best, 0.0)
    if other >= _MIN_OTHER and other >= _LEAD * conflict:
        return best
    # an accident or a crime told at length is no article about conflict for its words of death
    # (مقتل 11 شخصا … إثر فيضانات), though it is no sport or economy either
    mishap = max(scores.get("accident", 0.0), scores.get("crime", 0.0))
    if conflict >= _MIN_CONFLICT and not (mishap >= _MIN_OTHER and mishap >= _LEAD * conflict):
        return "conflict"
    return "other"
