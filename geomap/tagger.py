"""An optional statistical tagger (a CRF) that finds place names the rules miss.

The rules (gazetteer matching, cue words, filters) stay the backbone; the CRF sees their
output as features, together with the words around each token, and learns from the train
splits of the public corpora where the guidelines put location mentions. A model is built
by one command from ``../shared`` (``geomap model train``) into the data directory; when no
model is there, geomap runs on the rules alone.

Two models, because the corpora cut spans differently: ``news`` (ANERcorp, AQMAR and
NewsFANE: the name alone) and ``tweets`` (IDRISI-R: the name with its cue word).
"""

from __future__ import annotations

import os
import threading
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.arabic import Token, sentences as split_sentences, strip_proclitics, tokenize

from .model import Mention
from .toponyms import _clitic_chars, _hashtag, _is_filtered, _Text, rules

DOMAINS = ("news", "tweets")
_LABELS = ("B", "I", "O")


def model_path(domain: str, environ: Mapping[str, str]) -> Path:
    """``$GEOMAP_MODELS/<domain>.crfsuite`` under the settings of *environ* (a mapping like
    ``os.environ``, read by commands when they start), or ``models/`` in the user data directory."""
    return _model_path(domain, environ.get("GEOMAP_MODELS"), environ.get("XDG_DATA_HOME"), environ.get("HOME"))


@lru_cache(maxsize=64)
def _model_path(domain: str, models: str | None, xdg_data_home: str | None, home: str | None) -> Path:
    """:func:`model_path` for these settings (the path functions cost more than a parse stage)."""
    if models:
        return Path(models).expanduser() / f"{domain}.crfsuite"
    from platformdirs import user_data_path

    return user_data_path("geomap", appauthor=False) / "models" / f"{domain}.crfsuite"


def _bucket(population: int) -> str:
    if population >= 1_000_000:
        return "1M"
    if population >= 100_000:
        return "100k"
    if population >= 10_000:
        return "10k"
    return "small"


def features(text: str, tokens: list[Token], mentions: list[Mention], gaz: Gazetteer) -> list[dict]:
    """One feature dict per token (crfsuite's attribute form)."""
    r = rules()
    tag, role, kind = _rule_columns(tokens, mentions)
    words = [_word(text, t, gaz, r) for t in tokens]
    return [_token_features(i, words, tag, role, kind) for i in range(len(tokens))]


def _rule_columns(tokens: list[Token], mentions: list[Mention]) -> tuple[list[str], list[str], list[str]]:
    """Per token, what the rules found there: B/I/O, the mention's role and its place kind."""
    tag = ["O"] * len(tokens)
    role = [""] * len(tokens)
    kind = [""] * len(tokens)
    starts = {t.start: t.index for t in tokens}
    for m in mentions:
        first = _index_at(m.area_start if m.area_start is not None else m.start, tokens, starts)
        last = _index_at(max(m.start, m.end - 1), tokens, starts)
        for k in range(first, last + 1):
            tag[k] = "B" if k == first else "I"
            role[k] = m.role
            kind[k] = m.place.kind if m.place else (m.cue_kind or "")
    return tag, role, kind


def _word(text: str, t: Token, gaz: Gazetteer, r) -> dict:
    """What one token is on its own: its form, its stem, and what the gazetteer and the rules know of it."""
    readings = [s for s, _ in strip_proclitics(t.norm)]
    stem = next((s for s in readings if s in gaz.first_words), readings[-1])
    clitic = t.norm[: len(t.norm) - len(stem)] if t.norm.endswith(stem) else ""
    cands = gaz.lookup(stem) if stem in gaz.names else ()
    top = max(cands, key=lambda c: c.place.population, default=None)
    return {
        "w": t.norm, "stem": stem, "clitic": clitic,
        "suf2": t.norm[-2:], "suf3": t.norm[-3:], "pre2": t.norm[:2], "pre3": t.norm[:3],
        "al": t.norm.startswith("ال"), "digit": t.norm.isdigit(),
        "latin": t.text.isascii() and t.text.isalpha(),
        "hash": _hashtag(text, t.start, t.end) or "",
        "gaz": stem in gaz.names, "gazfirst": stem in gaz.first_words,
        "gazkind": top.place.kind if top else "", "gazpop": _bucket(top.place.population) if top else "",
        "block": stem in r.blocklist,
        "cue": r.feature_cues.get(stem, "") or r.area_cues.get(stem, ""),
        "dir": r.direction_before.get(stem, "") or r.direction_after.get(stem, ""),
        "person": _person_feature(stem, r),
        "org": stem in r.org_heads,
    }


def _person_feature(stem: str, r) -> str:
    if stem in r.given_names:
        return "given"
    if stem in r.kunya:
        return "kunya"
    return "title" if stem in r.titles else ""


def _token_features(i: int, words: list[dict], tag: list[str], role: list[str], kind: list[str]) -> dict:
    """The features of token *i*: its own, then its neighbours' two words either side."""
    w = words[i]
    f = {"bias": 1.0, "w=" + w["w"]: 1.0, "stem=" + w["stem"]: 1.0, "clitic=" + w["clitic"]: 1.0,
         "suf2=" + w["suf2"]: 1.0, "suf3=" + w["suf3"]: 1.0, "pre2=" + w["pre2"]: 1.0,
         "pre3=" + w["pre3"]: 1.0, "rule=" + tag[i]: 1.0, "role=" + role[i]: 1.0,
         "kind=" + kind[i]: 1.0, "hash=" + w["hash"]: 1.0, "gazkind=" + w["gazkind"]: 1.0,
         "gazpop=" + w["gazpop"]: 1.0, "cue=" + w["cue"]: 1.0, "dir=" + w["dir"]: 1.0,
         "person=" + w["person"]: 1.0}
    for flag in ("al", "digit", "latin", "gaz", "gazfirst", "block", "org"):
        if w[flag]:
            f[flag] = 1.0
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(words):
            _add_neighbour(f, off, words[j], tag[j])
        else:
            f[f"{off}:edge"] = 1.0
    return f


def _add_neighbour(f: dict, off: int, v: dict, rule_tag: str) -> None:
    """Add to *f* the features of the word *off* tokens away (*v*, tagged *rule_tag* by the rules)."""
    f[f"{off}:stem=" + v["stem"]] = 1.0
    f[f"{off}:rule=" + rule_tag] = 1.0
    f[f"{off}:cue=" + v["cue"]] = 1.0
    f[f"{off}:person=" + v["person"]] = 1.0
    if v["org"]:
        f[f"{off}:org"] = 1.0
    if v["gaz"]:
        f[f"{off}:gaz"] = 1.0
    if abs(off) == 1:
        f[f"{off}:w=" + v["w"]] = 1.0
        f[f"{off}:suf2=" + v["suf2"]] = 1.0


def _index_at(offset: int, tokens: list[Token], starts: dict[int, int]) -> int:
    if offset in starts:
        return starts[offset]
    for t in tokens:
        if t.start <= offset < t.end:
            return t.index
        if t.start > offset:
            return t.index
    return len(tokens) - 1


def labels(tokens: list[Token], gold: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O per token from gold character spans (a token touched by a span is inside it)."""
    out = ["O"] * len(tokens)
    for a, b in sorted(gold):
        inside = [t.index for t in tokens if t.start < b and a < t.end]
        for k, idx in enumerate(inside):
            if out[idx] == "O":
                out[idx] = "B" if k == 0 else "I"
    return out


def spans_from_labels(tokens: list[Token], tags: list[str]) -> list[tuple[int, int]]:
    """Token index ranges (first, last) of the B/I runs."""
    runs, first = [], None
    for i, tag in enumerate(tags):
        if tag == "B" or (tag == "I" and first is None):
            if first is not None:
                runs.append((first, i - 1))
            first = i
        elif tag == "O" and first is not None:
            runs.append((first, i - 1))
            first = None
    if first is not None:
        runs.append((first, len(tags) - 1))
    return runs


class Tagger:
    """A trained CRF model; thread-safe (one crfsuite tagger per thread).

    With *veto* (the default) a one-word rule mention with no cue word that the model tags as
    no place is dropped (:func:`merge_model_mentions`)."""

    def __init__(self, path: str | os.PathLike, *, veto: bool = True):
        import pycrfsuite

        self.path = Path(path)
        self.veto = veto
        if not self.path.is_file():
            raise FileNotFoundError(f"no tagger model at {self.path}; build it with `geomap model train`")
        self._local = threading.local()
        self._pycrfsuite = pycrfsuite
        self._tagger()                     # fail early on a corrupt file

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
        return tagger

    def tag(self, text: str, tokens: list[Token], mentions: list[Mention], gaz: Gazetteer) -> list[str]:
        if not tokens:
            return []
        return self._tagger().tag(features(text, tokens, mentions, gaz))


_loaded: dict[tuple[Path, bool], Tagger | None] = {}
_lock = threading.Lock()


def load_tagger(path: Path, *, veto: bool = True) -> Tagger | None:
    """The tagger of the model file *path* (loaded once per process), or None when there is none."""
    with _lock:
        key = (path, veto)
        if key not in _loaded:
            try:
                _loaded[key] = Tagger(path, veto=veto) if path.is_file() else None
            except (OSError, ImportError, ValueError):
                _loaded[key] = None
        return _loaded[key]


def train(samples, gaz: Gazetteer, path: str | os.PathLike, *, c1: float = 0.1, c2: float = 0.1,
          iterations: int = 150, progress=None) -> dict:
    """Train a model from samples with ``text`` and ``gold`` (character spans) and write it."""
    import pycrfsuite

    from .resolve import rule_places

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for sample in samples:
        tokens = tokenize(sample.text)
        if not tokens:
            continue
        mentions = rule_places(sample.text, gaz, tokens=tokens, sents=split_sentences(sample.text))
        trainer.append(features(sample.text, tokens, mentions, gaz), labels(tokens, sample.gold))
        n += 1
        if progress:
            progress(1)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    trainer.train(str(tmp))
    os.replace(tmp, path)
    with _lock:
        for key in [k for k in _loaded if k[0] == path]:
            del _loaded[key]
    return {"samples": n, "path": str(path), "bytes": path.stat().st_size}


def _weak(m: Mention) -> bool:
    """A rule mention the model may overrule: a one-word name with no cue word."""
    return m.role != "demonym" and not (m.cue or m.qualifier) and " " not in m.name


def merge_model_mentions(text: str, tokens: list[Token], sents, mentions: list[Mention], tags: list[str],
                         gaz: Gazetteer, *, domain: str = "news", veto: bool = True) -> list[Mention]:
    """The rule mentions plus the tagger's runs that no rule mention covers (and, with *veto*,
    without the weak rule mentions the model tags as no place).

    A run whose words are a gazetteer name is resolved like a name with a cue word (the
    model is the evidence); any other run is kept as an unresolved place name.
    """
    from .resolve import resolve

    r = rules()
    runs = spans_from_labels(tokens, tags)
    mentions, covered = _kept_rule_mentions(tokens, mentions, tags, runs, veto)
    starts = [s.start for s in sents]
    context = _Text(text, tokens, sents)
    new = []
    for first, last in runs:
        if any(k in covered for k in range(first, last + 1)):
            continue
        if _is_filtered(context, first, tokens[first].norm, r):
            continue                   # a person's or an organisation's name, as the rules say
        new.append(_model_mention(text, tokens[first:last + 1], starts, gaz, r))
    if not new:
        return mentions
    resolved = resolve([m for m in new if m.role == "place"], gaz)
    unresolved = [m for m in new if m.role == "unresolved"]
    return sorted(mentions + resolved + unresolved, key=lambda m: m.start)


def _kept_rule_mentions(tokens: list[Token], mentions: list[Mention], tags: list[str],
                        runs: list[tuple[int, int]], veto: bool) -> tuple[list[Mention], set[int]]:
    """The rule mentions the model does not overrule, and the token indexes they cover."""
    covered = set()
    kept = []
    for m in mentions:
        a = m.area_start if m.area_start is not None else m.start
        b = m.area_end if m.area_end is not None else m.end
        inside = [t.index for t in tokens if t.start < b and a < t.end]
        if veto and inside and all(tags[k] == "O" for k in inside) and _weak(m):
            continue                   # the model, seeing the context, says this is no place
        if m.role == "unresolved" and _inside_longer_run(inside, runs):
            continue                   # مدينة صباح الأحمد: the model sees the whole unknown name
        kept.append(m)
        covered.update(inside)
    return kept, covered


def _inside_longer_run(inside: list[int], runs: list[tuple[int, int]]) -> bool:
    """Whether a run of the model holds the tokens *inside* and more."""
    if not inside:
        return False
    return any(run[0] <= inside[0] and inside[-1] <= run[1] and run[1] - run[0] > inside[-1] - inside[0]
               for run in runs)


def _model_mention(text: str, run: list[Token], starts: list[int], gaz: Gazetteer, r) -> Mention:
    """The mention of one run of the model's tags (a cue word and a name, or a name alone)."""
    cue = _run_cue(run, r)
    name_tokens = run[1:] if cue else run
    name, clitics = _run_name(name_tokens, gaz)
    start = name_tokens[0].start + (_clitic_chars(name_tokens[0].text, clitics) if clitics else 0)
    end = name_tokens[-1].end
    area_start = run[0].start if cue else None
    return Mention(
        start=start, end=end, text=text[start:end], name=name,
        sentence=max(0, bisect_right(starts, start) - 1),
        role="place" if name in gaz.names else "unresolved",
        cue=cue, cue_kind=r.feature_cues.get(cue) if cue else None,
        area_start=area_start, area_end=end if cue else None,
        area_text=text[area_start:end] if cue else None,
        hashtag=_hashtag(text, area_start if cue else start, end), evidence="model")


def _run_cue(run: list[Token], r) -> str | None:
    """The feature cue word ("مدينة") a run of two or more words starts with, if any."""
    if len(run) < 2:
        return None
    stems = [s for s, _ in strip_proclitics(run[0].norm)]
    return next((s for s in stems if s in r.feature_cues), None)


def _run_name(name_tokens: list[Token], gaz: Gazetteer) -> tuple[str, str]:
    """The name the words spell and the clitics before it: the first reading the gazetteer
    knows, else the words as they are (only a leading و is surely a clitic of an unknown name)."""
    rest = " ".join(t.norm for t in name_tokens[1:])
    for stem, clitics in strip_proclitics(name_tokens[0].norm):
        candidate = f"{stem} {rest}" if rest else stem
        if candidate in gaz.names:
            return candidate, clitics
    word = name_tokens[0].norm
    stem, clitics = (word[1:], "و") if word.startswith("و") and len(word) > 4 else (word, "")
    return (f"{stem} {rest}" if rest else stem), clitics
