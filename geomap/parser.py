"""``Parser``: the object that turns Arabic articles into :class:`~geomap.model.Document` s.

A parser is built from a gazetteer (and, optionally, a trained tagger) and builds every table
and matcher it needs while it is made; after that it only reads them, so one parser is shared
by every thread of a server. :func:`geomap.parse` uses one parser per gazetteer, made the first
time that gazetteer is asked for (under a lock).

>>> from gazetteer import open_default                                  # doctest: +SKIP
>>> parser = Parser(open_default())                                     # doctest: +SKIP
>>> doc = parser.parse("قتل خمسة في غارة جوية على مدينة حلب اليوم الجمعة", published="2016-09-09")  # doctest: +SKIP
>>> [(e.kind, e.place.name, str(e.date)) for e in doc.events]           # doctest: +SKIP
[('airstrike', 'Aleppo', '2016-09-09')]

Configuration is read once, where a parser is made: :meth:`Parser.from_environment` reads
``GEOMAP_GAZETTEER``, ``GEOMAP_TAGGER``, ``GEOMAP_MODELS`` and ``GEOMAP_VETO``; nothing reads the environment
while parsing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.arabic import sentences as split_sentences, tokenize
from gazetteer.once import BUILD_LOCK, PerObject

from .actors import find_actors
from .dates import find_dates, parse_published
from .distance import apply_distances
from .errors import ConfigurationError
from .events import extract
from .events.confidence import score as score_confidence
from .metadata import clean_metadata
from .model import Article, Document
from .pipeline import StageClock, _no_lap, _tag, check_text, read_headline
from .resolve import resolve
from .toponyms import recognize

WARM_UP_TEXT = "قتل خمسة مدنيين في غارة جوية على مدينة حلب اليوم الجمعة، وبحث وزير الخارجية الهدنة في جنيف."
_OFF = ("0", "off", "none", "no")


class Parser:
    """Finds the places, dates, actors and events of Arabic articles with one gazetteer.

    *tagger* is a trained :class:`~geomap.tagger.Tagger` whose finds are merged with the rules',
    or None for the rules alone. With *warm* (the default) the parser builds its tables and
    matchers now, so that its first parse is as fast as the rest and nothing is built while
    threads share it."""

    def __init__(self, gazetteer: Gazetteer, *, tagger=None, warm: bool = True):
        self.gazetteer = gazetteer
        self.tagger = tagger
        if warm:
            with BUILD_LOCK:
                self.parse(WARM_UP_TEXT, published="2016-09-09")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None, *, build: bool = False,
                         progress: bool | None = None) -> "Parser":
        """A parser from the settings of *environ* (``os.environ`` by default): the gazetteer at
        ``GEOMAP_GAZETTEER`` (or the user data folder; built first when *build*, else a
        :class:`ConfigurationError` if there is none) and the tagger ``GEOMAP_TAGGER`` allows."""
        from gazetteer import default_path, open_default

        env = os.environ if environ is None else environ
        path = Path(env["GEOMAP_GAZETTEER"]).expanduser() if env.get("GEOMAP_GAZETTEER") else default_path()
        if not build and not path.exists():
            raise ConfigurationError(
                f"there is no gazetteer at {path} yet: build it once with `geomap gazetteer build` "
                "(or call Parser.from_environment(build=True))")
        return cls(open_default(path, build=build, progress=progress), tagger=tagger_from_environment(env))

    def parse(self, text: str | bytes, *, published: str | dt.date | None = None, title: str | None = None,
              source: str | None = None, url: str | None = None, clock=None) -> Document:
        """The :class:`~geomap.model.Document` of one article (see :func:`parse_with`)."""
        return parse_with(self, text, published=published, title=title, source=source, url=url, clock=clock)


def tagger_from_environment(environ: Mapping[str, str], domain: str = "news"):
    """The trained tagger ``GEOMAP_TAGGER`` and ``GEOMAP_MODELS`` point to, or None (rules only,
    or no model trained yet); ``GEOMAP_VETO=0`` keeps the rule mentions the model tags as no place."""
    if environ.get("GEOMAP_TAGGER", "").lower() in _OFF:
        return None
    from .tagger import load_tagger, model_path

    return load_tagger(model_path(domain, environ), veto=environ.get("GEOMAP_VETO", "1") == "1")


def _default_for(gazetteer: Gazetteer) -> Parser:
    return Parser(gazetteer, tagger=tagger_from_environment(os.environ))


_DEFAULTS: PerObject = PerObject(_default_for)


def default_parser(gazetteer: Gazetteer | None = None) -> Parser:
    """The parser :func:`geomap.parse` uses for *gazetteer* (the default one when None): made
    once per gazetteer, under a lock, with the tagger the environment allowed when it was made."""
    if gazetteer is None:
        from gazetteer import default_path, open_default

        if not default_path().exists():
            raise ConfigurationError(
                f"there is no gazetteer at {default_path()} yet: build it once with `geomap gazetteer build`, "
                "or pass gazetteer=")
        gazetteer = open_default(progress=False)
    return _DEFAULTS.get(gazetteer)


def parse(text: str | bytes, *, published: str | dt.date | None = None, title: str | None = None,
          source: str | None = None, url: str | None = None,
          gazetteer: Gazetteer | None = None, clock: StageClock | None = None) -> Document:
    """Find the places, dates and events of an Arabic article, with the parser of *gazetteer*
    (the default gazetteer when None; see :class:`Parser`). This is :func:`geomap.parse`.

    *clock*, if given, adds the time of each stage to itself (``geomap bench parse``).
    """
    return default_parser(gazetteer).parse(text, published=published, title=title, source=source, url=url,
                                           clock=clock)


def warm_up(gazetteer: Gazetteer) -> None:
    """Make the parser :func:`parse` uses for *gazetteer*, with every table and matcher it shares
    between threads (a server calls this before it accepts requests)."""
    default_parser(gazetteer)


def parse_with(parser, text: str | bytes, *, published: str | dt.date | None = None, title: str | None = None,
               source: str | None = None, url: str | None = None, clock: StageClock | None = None) -> Document:
    """What :meth:`Parser.parse` does: check the text, then each stage in turn."""
    lap = clock.lap if clock is not None else _no_lap
    if clock is not None:
        clock.start()
    text = check_text(text)
    article = Article(text=text, **clean_metadata(title=title, source=source, url=url),
                      published=parse_published(published))
    gaz = parser.gazetteer
    lap("check")
    tokens = tokenize(text)
    sents = split_sentences(text)
    sentence_of = tokens.sentence_of(sents)
    lap("tokenise")
    found = recognize(text, tokens, sents, gaz)
    lap("match")
    mentions = resolve(found, gaz, text)
    lap("resolve")
    mentions = _tag(text, tokens, sents, mentions, gaz, tagger=parser.tagger)
    apply_distances(text, tokens, mentions)
    lap("tagger")
    dates = find_dates(text, article.published, tokens)
    lap("dates")
    actors = find_actors(text, tokens, sentence_of)
    lap("actors")
    headline = read_headline(article.title, gaz) if article.title else None
    events = extract(text, tokens, sents, sentence_of, mentions, dates, article.published, actors,
                     title_tokens=headline.tokens if headline else None, headline=headline)
    score_confidence(events, mentions, text, article.published)
    article_id = article.id if events else None     # a hash of the text: computed once, if needed
    for n, e in enumerate(events, 1):
        e.id = f"{article_id}-{n}"
    lap("events")
    return Document(article=article, mentions=mentions, dates=dates, events=events, actors=actors)
