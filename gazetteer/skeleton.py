"""Consonant skeletons: an Arabic spelling and a Latin one of the same name, reduced to the same key.

GeoNames has many towns of Somalia, Mali, Nigeria or Afghanistan under a Latin name only
(Beledweyne, Damboa, Aguelhok, Taloqan). The press writes them in Arabic letters (بلدوين، دامبوا،
أغيلهوك، طالقان). Both spellings keep the consonants and lose or change the vowels, so each is
reduced to a key of consonant classes: vowels and the letters that often write one (ا و ي ى ة ء ع)
are dropped, and letters one language tells apart and the other writes alike share a class
(ق ك غ خ and q k g c kh gh; ت ط ث and t th; س ص and s; ب and b p).

>>> arabic_key("بلدوين"), latin_key("Beledweyne")
('BLDN', 'BLDN')
>>> arabic_key("أغيلهوك") == latin_key("Aguelhok")
True
>>> latin_key("Al Bayda")          # a Latin name with the article has no key (see :func:`latin_key`)
''

This is a transliteration of names, not of text: the key only looks a place up. Callers decide how
much evidence a key is (see ``geomap.resolve``: only for a name with a cue word, in a country the
article is about, when one place alone has the key).
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["arabic_key", "latin_key", "MIN_KEY"]

MIN_KEY = 3     # a key of fewer consonants matches too much to be evidence

_ARABIC = {"ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "J", "ح": "H", "ه": "H", "خ": "K",
           "د": "D", "ض": "D", "ذ": "D", "ظ": "Z", "ر": "R", "ز": "Z", "س": "S", "ص": "S", "ش": "X",
           "چ": "X", "غ": "K", "ف": "F", "ڤ": "F", "ق": "K", "ك": "K", "گ": "K", "ل": "L", "م": "M",
           "ن": "N"}
_LATIN_PAIRS = (("dj", "J"), ("sh", "X"), ("ch", "X"), ("kh", "K"), ("gh", "K"), ("th", "T"),
                ("dh", "D"), ("ph", "F"), ("x", "KS"))
_LATIN = {"b": "B", "p": "B", "t": "T", "j": "J", "h": "H", "d": "D", "z": "Z", "r": "R", "s": "S",
          "k": "K", "q": "K", "g": "K", "c": "K", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N"}
_LATIN_ARTICLE = re.compile(r"(?:^|[\s-])(?:a|e)[lsdrtzn]h?[\s-]")     # Al Bayda, Ash Shaykh, Qasr el-Kebir
_DOUBLED = re.compile(r"([a-z])\1")


def arabic_key(norm: str) -> str:
    """The key of a normalised Arabic name (a final ة and the article of each word left out)."""
    out = []
    for word in norm.split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        if word.endswith("ة"):
            word = word[:-1]
        out.extend(_ARABIC.get(ch, "") for ch in word)
    return "".join(out)


def latin_key(name: str) -> str:
    """The key of a Latin name; '' for a name with an Arabic article (Al Bayda, Ash Shaykh Zuwayd):
    such a place has its Arabic name in GeoNames far more often than not, and a Latin article
    matched against an Arabic name without one is a different name."""
    s = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode("ascii")
    if _LATIN_ARTICLE.search(s):
        return ""
    s = _DOUBLED.sub(r"\1", s)                # Hallein, Horst: a doubled letter is one consonant
    for pair, cls in _LATIN_PAIRS:
        s = s.replace(pair, cls)
    return s.translate(_LATIN_TABLE)


# lowercase letters to their class; the classes the pairs gave (upper case) kept; the rest dropped
_LATIN_TABLE = {i: _LATIN.get(chr(i), chr(i) if chr(i).isupper() else None) for i in range(128)}
