"""Admin areas named with their term: محافظة حلب, منطقة جبل سمعان, ناحية الأتارب, ولاية غازي عنتاب.

The terms and the admin level each means in each country are in
``gazetteer/data/admin_terms.tsv`` (منطقة is a district in Syria, a region in Saudi Arabia).
"""

from __future__ import annotations

from .once import once

from .arabic import normalize
from .places import Place
from .tables import load


@once
def admin_terms() -> dict[str, dict[str, tuple[str, ...]]]:
    """Normalised term → {country or '*': kinds in order of preference}."""
    terms: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in load("admin_terms.tsv"):
        terms.setdefault(normalize(row["word"]), {})[row["country"]] = tuple(row["kinds"].split("|"))
    return terms


def kinds_for(term: str, country: str | None) -> tuple[str, ...]:
    """The kinds of area *term* names in *country*.

    >>> kinds_for("منطقة", "SY"), kinds_for("منطقة", "SA"), kinds_for("محافظة", "IQ")
    (('admin2',), ('admin1',), ('admin1',))
    """
    by_country = admin_terms().get(normalize(term), {})
    return by_country.get(country or "", by_country.get("*", ()))


def split_admin_term(text: str) -> tuple[str, str] | None:
    """(term, name) when *text* starts with an admin term.

    >>> split_admin_term("محافظة حلب")
    ('محافظه', 'حلب')
    >>> split_admin_term("حلب") is None
    True
    """
    norm = normalize(text)
    term, _, rest = norm.partition(" ")
    terms = admin_terms()
    if rest and term in terms and "seat" not in terms[term].get("*", ()):
        return term, rest
    return None


def strip_admin_terms(name: str) -> str | None:
    """The bare name under leading admin terms and مركز (the seat of a unit), or None.

    >>> strip_admin_terms("ناحية مركز الأتارب")
    'الأتارب'
    >>> strip_admin_terms("حلب") is None
    True
    """
    words = name.split()
    terms = admin_terms()
    i = 0
    while i < len(words) - 1 and normalize(words[i]) in terms:
        i += 1
    return " ".join(words[i:]) if i else None


def with_article(name: str) -> str | None:
    """The one-word name with the article ال added (أتارب → الأتارب), as news often writes it.

    Only this direction: dropping ال makes everyday words (الباب → باب, "door").

    >>> with_article("أتارب"), with_article("الأتارب")
    ('الأتارب', None)
    """
    norm = normalize(name)
    if " " in norm or norm.startswith("ال") or len(norm) < 3:
        return None
    return "ال" + name


def find_admin_area(gaz, query: str, *, country: str | None = None) -> list[Place]:
    """The admin areas a phrase such as «محافظة حلب» names, best first.

    The area named X of the kind the term means in X's country; when the
    gazetteer knows no such area but knows a place X (a city), the area of that
    kind containing it. Returns [] when *query* has no admin term.
    """
    split = split_admin_term(query)
    if not split:
        return []
    term, name = split
    cands = [c for c in gaz.lookup(name) if not country or c.place.country == country.upper()]
    if not cands:
        return []
    home = country.upper() if country else cands[0].place.country
    found: list[tuple[int, Place]] = []
    for c in cands:
        p = c.place
        kinds = kinds_for(term, p.country)
        if p.country == home and p.kind in kinds:
            found.append((kinds.index(p.kind), p))
    if not found:
        # محافظة X where the gazetteer knows only the city X: the area around it
        kinds = kinds_for(term, home)
        for c in cands:
            if c.place.country != home or c.place.is_area:
                continue
            for rank, kind in enumerate(kinds):
                area = gaz.admin_area(c.place, kind)
                if area:
                    found.append((rank, area))
                    break
            if found:
                break
    found.sort(key=lambda x: (x[0], -x[1].population))
    seen, out = set(), []
    for _, p in found:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out
