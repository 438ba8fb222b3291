"""The stages of parsing an article that stand alone: checking the text, the places of a text
(rules, then the tagger), the headline, and the clock ``geomap bench parse`` reads. The parse
itself is :meth:`geomap.parser.Parser.parse` (and :func:`geomap.parse`)."""

from __future__ import annotations

import time

from gazetteer import Gazetteer, open_default
from gazetteer.arabic import arabic_ratio, mostly_arabic, sentences as split_sentences, tokenize

from .errors import InputError
from .resolve import resolve, rule_places
from .toponyms import recognize

MAX_CHARS = 500_000           # about 100 news articles; longer input is almost surely a mistake
MIN_ARABIC_RATIO = 0.3


def decode_text(data: str | bytes) -> str:
    """Text from bytes (UTF-8, a BOM allowed), or an :class:`InputError` for a binary file or
    another encoding; text is returned as it is."""
    if isinstance(data, bytes):
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return _utf16(data)         # Notepad's "Unicode": its byte-order mark says so
        if b"\x00" in data[:4096]:
            raise InputError("the input is a binary file, not text")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"the input is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
                f"{_windows_arabic(data)}; save it as UTF-8 and try again") from None
    return data


def _utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError("the input starts with a UTF-16 byte-order mark but is not UTF-16 text") from None


def _windows_arabic(data: bytes) -> str:
    """A hint when the bytes read as Arabic in Windows-1256, the usual encoding of older Arabic files."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return ""
    if not mostly_arabic(text, 0.5):
        return ""
    return ("; it reads as Arabic in Windows-1256 (cp1256): convert it, e.g. "
            "iconv -f cp1256 -t utf-8 FILE > FILE.utf8.txt")


def check_text(text: str | bytes) -> str:
    """The article text (line ends as LF), or an :class:`InputError` saying why it cannot be one."""
    text = decode_text(text)
    if not isinstance(text, str):
        raise InputError(f"expected text, got {type(text).__name__}")
    # One text, one article: a form sends CRLF line ends, a file has LF; the same text stored
    # twice would be two articles.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError("the input contains NUL characters: it looks like a binary file")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"the text holds half a character at {exc.start} (a lone surrogate, "
                         f"{text[exc.start]!a}): it is not valid Unicode") from None
    if not text or text.isspace():
        raise InputError("the article is empty")
    if len(text) > MAX_CHARS:
        raise InputError(f"the article is {len(text):,} characters long; the limit is {MAX_CHARS:,}")
    if not mostly_arabic(text, MIN_ARABIC_RATIO):
        ratio = arabic_ratio(text)
        raise InputError(
            f"the text is not Arabic: {ratio:.0%} of its letters are Arabic script "
            f"(at least {MIN_ARABIC_RATIO:.0%} needed)")
    return text


class StageClock:
    """Adds up the wall and CPU time of each stage of :func:`parse` (for ``geomap bench parse``)."""

    def __init__(self):
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def start(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def lap(self, stage: str) -> None:
        """The time since the last lap belongs to *stage*."""
        wall, cpu = time.perf_counter(), time.process_time()
        self.wall[stage] = self.wall.get(stage, 0.0) + wall - self._wall
        self.cpu[stage] = self.cpu.get(stage, 0.0) + cpu - self._cpu
        self._wall, self._cpu = wall, cpu


def _no_lap(stage: str) -> None:
    return None


def find_places(text: str, gazetteer: Gazetteer | None = None, *, tokens=None, sents=None,
                tagger=None, domain: str = "news") -> list:
    """The place mentions of *text*, resolved: the rules, plus the finds of *tagger* (a trained
    :class:`~geomap.tagger.Tagger`, e.g. ``Parser.from_environment().tagger``) when one is given.

    No input checks: for evaluation and tools; :func:`parse` checks its input.
    """
    gaz = gazetteer or open_default()
    tokens = tokens if tokens is not None else tokenize(text)
    sents = sents if sents is not None else split_sentences(text)
    return _tag(text, tokens, sents, resolve(recognize(text, tokens, sents, gaz), gaz, text), gaz,
                tagger=tagger, domain=domain)


def _tag(text: str, tokens, sents, mentions: list, gaz: Gazetteer, *, tagger=None,
         domain: str = "news") -> list:
    """The rules' mentions with the finds of *tagger* merged in (None: the rules alone)."""
    if tagger is None or not tokens:
        return mentions
    from .tagger import merge_model_mentions

    return merge_model_mentions(text, tokens, sents, mentions, tagger.tag(text, tokens, mentions, gaz),
                                gaz, domain=domain, veto=tagger.veto)


def read_headline(title: str, gaz: Gazetteer):
    """The headline's triggers, places and death counts (see :mod:`geomap.events.headline`)."""
    from .events import find_triggers
    from .events.context import moved_away
    from .events.fatalities import find_death_counts
    from .events.headline import Headline

    tokens = tokenize(title)
    sentence_of = [0] * len(tokens)
    found = resolve(recognize(title, tokens, [_whole(title)], gaz), gaz, title)
    for m in found:
        m.in_title = True
    norms = [t.norm for t in tokens]
    triggers = [t for t in find_triggers(tokens, sentence_of) if not moved_away(norms, sentence_of, t)]
    return Headline(tokens=tokens, triggers=triggers,
                    mentions=[m for m in found if m.role == "place"],
                    deaths=find_death_counts(tokens, sentence_of))


def _whole(text: str):
    from gazetteer.arabic import Sentence

    return Sentence(0, len(text), 0)
