"""Actors: who acts in an article, from curated tables (``geomap/data/actors.tsv``,
``actor_heads.tsv``, ``name_stops.tsv``) and the demonyms of ``gazetteer/data/demonyms.tsv``.

Three rules, tried at each token:

- an alias of a known actor (جبهة النصرة = جبهة فتح الشام, تنظيم الدولة = داعش);
- a head word with a demonym: a state actor (الجيش السوري → Military Forces of
  Syria, الحكومة اليمنية → Government of Yemen, مقاتلات تركية → Military Forces of Turkey);
- a title, an optional demonym and a name: a person (وزير الخارجية الأمريكي جون كيري;
  الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان gives two).

>>> from gazetteer.arabic import tokenize
>>> text = "وصل وزير الخارجية الأمريكي جون كيري اليوم إلى جنيف"
>>> [(a.name, a.person, a.title) for a in find_actors(text, tokenize(text))]
[('Government of United States', 'جون كيري', 'وزير الخارجية')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from gazetteer.once import once

from gazetteer.arabic import Token, as_tokens, clitic_readings, normalize
from gazetteer.demonyms import demonyms
from gazetteer.tables import load

from .countries import country_name
from .lexicon import PhraseIndex
from .model import Actor, Mention
from .toponyms import rules

__all__ = ["country_name", "find_actors", "government_of", "speaker_at"]     # country_name: geomap.export still imports it from here

_GAP = re.compile(r"[\s\u200c-\u200f]*")
_MAX_NAME_WORDS = 3
_MAX_HEAD_GAP = 2          # words between a head and its demonym: طائرات حربية روسية


@dataclass(frozen=True)
class _Alias:
    actor: str
    name: str
    name_ar: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class _Head:
    kind: str
    name: str
    title: str | None


@dataclass(frozen=True)
class _Tables:
    aliases: PhraseIndex
    heads: PhraseIndex
    stops: frozenset[str]
    demonyms: dict[str, str]


@once
def _tables() -> _Tables:
    aliases = {r["alias"]: _Alias(r["actor"], r["name"], r["name_ar"], r["kind"], r["country"] or None)
               for r in load("actors.tsv", "geomap")}
    heads = {r["head"]: _Head(r["kind"], r["name"], r["title"] or None)
             for r in load("actor_heads.tsv", "geomap")}
    stops = frozenset(normalize(r["word"]) for r in load("name_stops.tsv", "geomap"))
    return _Tables(PhraseIndex(aliases), PhraseIndex(heads), stops, demonyms())


def find_actors(text: str, tokens: list[Token], sentence_of: list[int] | None = None) -> list[Actor]:
    """The actors named in *text*, in order (see the module docstring)."""
    t = _tables()
    found: list[Actor] = []
    nxt = 0
    # the few words an alias or a head may start at, in order
    aliases, heads = set(t.aliases.hits(tokens)), set(t.heads.hits(tokens))
    for i in sorted(aliases | heads):
        if i < nxt:
            continue
        got = ((_alias_at(text, tokens, i, t, sentence_of) if i in aliases else None)
               or (_head_at(text, tokens, i, t, sentence_of) if i in heads else None))
        if not got:
            continue
        actors, last = got
        found.extend(actors)
        nxt = last + 1
    return found


def _joined(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Tokens i..j are one phrase: only spaces between them."""
    toks = as_tokens(tokens)
    starts, ends = toks.starts, toks.ends
    for k in range(i, j):
        end, start = ends[k], starts[k + 1]
        if not (start - end == 1 and text[end] == " ") and not _GAP.fullmatch(text, end, start):
            return False
    return True


def _demonym(tok: Token, t: _Tables) -> str | None:
    for stem, clitics in clitic_readings(tok.norm):
        if stem in t.demonyms and clitics in ("", "و"):
            return t.demonyms[stem]
    return None


def _alias_actor(text: str, tokens: list[Token], i: int, last: int, alias: _Alias,
                 title: str | None = None) -> Actor:
    start, end = tokens[i].start, tokens[last].end
    if alias.kind == "person":
        # ACLED codes a head of state or minister as their government
        name = f"Government of {country_name(alias.country)}" if alias.country else alias.name_ar
        return Actor(start, end, text[start:end], name, alias.name_ar, "person", alias.country,
                     person=alias.name_ar, title=title, id=alias.actor, person_en=alias.name)
    return Actor(start, end, text[start:end], alias.name, alias.name_ar, alias.kind, alias.country,
                 id=alias.actor)


def _alias_at(text, tokens, i, t: _Tables, sentence_of):
    hit = t.aliases.match(tokens, i, sentence_of)
    if not hit or not _joined(text, tokens, i, hit[0]) or _a_town_so_named(text, tokens, i):
        return None
    last, alias, _ = hit
    return [_alias_actor(text, tokens, i, last, alias)], last


_TOWN_KINDS = ("city", "town", "village")


def _a_town_so_named(text: str, tokens: list[Token], i: int) -> bool:
    """وسط مدينة القاعدة بمحافظة إب: a town named like an armed group, after its cue word, is the town."""
    if i == 0 or not _joined(text, tokens, i - 1, i):
        return False
    cues = rules().feature_cues
    return any(cues.get(stem) in _TOWN_KINDS for stem, clitics in clitic_readings(tokens[i - 1].norm))


def _head_at(text, tokens, i, t: _Tables, sentence_of):
    hit = t.heads.match(tokens, i, sentence_of)
    if not hit or not _joined(text, tokens, i, hit[0]):
        return None
    last, head, _ = hit
    if head.kind == "person":
        return _people_after_title(text, tokens, i, last, head, t)
    # a head word and, within two words, a demonym: القوات التركية, طائرات حربية روسية
    for k in range(last + 1, min(len(tokens), last + 2 + _MAX_HEAD_GAP)):
        if not _joined(text, tokens, last, k) or tokens[k].norm in t.stops:
            return None
        country = _demonym(tokens[k], t)
        if country:
            start, end = tokens[i].start, tokens[k].end
            ar = f"{text[tokens[i].start:tokens[last].end]} ({country_name(country, 'ar')})"
            return [Actor(start, end, text[start:end], head.name.format(country=country_name(country)),
                          ar, head.kind, country, id=f"{head.kind}:{country}")], k
        if t.heads.match(tokens, k) or t.aliases.match(tokens, k):
            return None
    return None


def _people_after_title(text, tokens, i, last, head: _Head, t: _Tables):
    """Title [demonym] [name] (و demonym name)*: one actor per person."""
    actors = []
    k = last + 1
    start = tokens[i].start
    while k < len(tokens) and _joined(text, tokens, k - 1, k):
        country = _demonym(tokens[k], t)
        if actors and not _list_goes_on(tokens[k], country):
            break
        got = _person_at(text, tokens, start, k, country, head, t)
        if got is None:
            break
        actor, k = got
        actors.append(actor)
        start = tokens[k].start if k < len(tokens) else start
    if not actors:
        return None
    return actors, k - 1


def _list_goes_on(tok: Token, country: str | None) -> bool:
    """After a first person, only "و demonym …" names another: والتركي رجب طيب أردوغان."""
    if country is None:
        return False
    return not country or tok.norm.startswith("و")


def _name_end(text: str, tokens: list[Token], name_from: int, t: _Tables) -> int:
    """One past the last word of the name that starts at *name_from* (at most three words)."""
    name_to = name_from
    while (name_to < len(tokens) and name_to - name_from < _MAX_NAME_WORDS
           and _joined(text, tokens, name_to - 1, name_to)
           and _is_name_word(tokens[name_to], t, name_to == name_from)):
        name_to += 1
    return name_to


def _person_at(text, tokens, start: int, k: int, country: str | None, head: _Head, t: _Tables):
    """The person (or government) named at token *k* after a title, and the token after it."""
    name_from = k + 1 if country else k
    name_to = _name_end(text, tokens, name_from, t)
    alias = t.aliases.match(tokens, name_from) if name_to > name_from else None
    if alias and alias[1].kind == "person" and alias[0] < name_to:
        a = _alias_actor(text, tokens, name_from, alias[0], alias[1], head.title)
        a.start, a.text = start, text[start:a.end]
        return a, alias[0] + 1
    if not (country or name_to > name_from):
        return None
    return _titled_actor(text, tokens, start, k, name_from, name_to, country, head), (
        name_to if name_to > name_from else k + 1)


def _titled_actor(text, tokens, start: int, k: int, name_from: int, name_to: int,
                  country: str | None, head: _Head) -> Actor:
    """A title with a demonym, a name or both: a person, or a government when no name follows."""
    named = name_to > name_from
    end_tok = name_to - 1 if named else k
    person = text[tokens[name_from].start:tokens[name_to - 1].end] if named else None
    name = head.name.format(country=country_name(country)) if country and head.name else (person or "")
    name_ar = f"{head.title or ''} {country_name(country, 'ar') or ''}".strip() if country else (person or "")
    end = tokens[end_tok].end
    return Actor(start, end, text[start:end], name, name_ar, "person" if person else "government", country,
                 person=person, title=head.title, id=f"person:{person}" if person else f"government:{country}")


def _is_name_word(tok: Token, t: _Tables, first: bool) -> bool:
    norm = tok.norm
    if not norm.isalpha() or len(norm) < 2 or norm in t.stops or _demonym(tok, t):
        return False
    if norm.startswith("و") and not first:     # والمعارضة: a new phrase, not the name going on
        return False
    return not t.heads.match([tok], 0)


@once
def _speakers() -> PhraseIndex:
    """``speakers.tsv``: organisations read only as a statement's speaker."""
    return PhraseIndex({r["alias"]: _Alias(r["actor"], r["name"], r["name_ar"], r["kind"], r["country"] or None)
                        for r in load("speakers.tsv", "geomap")})


def speaker_at(tokens: list[Token], i: int) -> tuple[Actor, int] | None:
    """The organisation of ``speakers.tsv`` named from token *i* (رابطة العالم الإسلامي، لرابطة …),
    and its last token; None when none is.

    >>> from gazetteer.arabic import tokenize
    >>> actor, last = speaker_at(tokenize("أدان البرلمان العربي الهجوم"), 1)
    >>> actor.name, last
    ('Arab Parliament', 2)
    """
    hit = _speakers().match(tokens, i)
    if not hit:
        return None
    last, alias, _ = hit
    start, end = tokens[i].start, tokens[last].end
    written = " ".join(t.text for t in tokens[i:last + 1])
    return Actor(start, end, written, alias.name, alias.name_ar, alias.kind, alias.country, id=alias.actor), last


def government_of(m: Mention) -> Actor:
    """The government of the state a mention names as a speaker (أدانت اسبانيا، وأدانت المنامة،
    أدانت مملكة البحرين: Government of Spain, of Bahrain)."""
    country = m.place.country
    return Actor(m.start, m.end, m.text, f"Government of {country_name(country)}",
                 f"الحكومة ({country_name(country, 'ar')})", "government", country, id=f"government:{country}")
