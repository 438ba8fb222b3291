"""Free-text search over the gazetteer: what `geomap gazetteer search` and the geocoder ask.

A query is a name (Arabic or Latin), optionally with an admin term (محافظة حلب) and
comma-separated context (كفر ناها، حلب، سوريا). Exact names come first; when
nothing has the exact name, spelling variants follow (see :mod:`gazetteer.variants`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .admin import find_admin_area, split_admin_term
from .arabic import is_arabic, normalize
from .places import Candidate, Place

_SUB_AREAS = frozenset({"admin1", "admin2", "admin3", "admin4", "admin5", "region"})
_CONTEXT_SEP = re.compile(r"\s*[،,]\s*")


@dataclass(frozen=True, slots=True)
class Match:
    """A place a query names: how it matched and how well."""

    place: Place
    name: str                  # the gazetteer name that matched
    score: float               # 1.0 for an exact name, else the variant's similarity
    how: str                   # exact, admin, variant
    accepted: bool = True      # False for a variant suggestion without evidence
    flags: int = 0

    def to_dict(self) -> dict:
        d = self.place.to_dict()
        d.update(admin_chain=list(self.place.admin_chain), matched=self.name, score=self.score,
                 match=self.how, accepted=self.accepted)
        return d


def _context_ok(place: Place, context: list[str], gaz) -> bool:
    """Every context term names the place's country or an area of its admin chain."""
    names = {normalize(n) for n in (place.admin1_name, place.admin2_name, place.admin3_name) if n}
    names |= {n.lower() for n in (place.admin1_name, place.admin2_name, place.admin3_name) if n}
    country = gaz.country_area(place.country) if place.country else None
    if country:
        names |= {normalize(country.name_ar or ""), country.name.lower(), (place.country or "").lower()}
    for term in context:
        split = split_admin_term(term)
        bare = split[1] if split else normalize(term)
        if bare not in names and term.lower() not in names:
            # an admin area given by a name the chain spells differently (محافظة حلب vs SY02)
            areas = {c.place.id for c in gaz.lookup(bare)} if is_arabic(bare) else set()
            chain = {a.id for a in (gaz.admin1_area(place.country, place.admin1),) if a}
            if not areas & chain:
                return False
    return True


def find(gaz, query: str, *, country: str | None = None, kinds=None, limit: int = 10,
         variants: bool = True) -> list[Match]:
    """Ranked places for *query*, best first."""
    parts = [p for p in _CONTEXT_SEP.split(query.strip()) if p]
    if not parts:
        return []
    head, context = parts[0], parts[1:]
    country = country.upper() if country else None
    matches: list[Match] = []
    for area in find_admin_area(gaz, head, country=country):
        matches.append(Match(area, head, 1.0, "admin"))
    exact: tuple[Candidate, ...] = gaz.lookup(head) if is_arabic(head) else gaz.lookup_latin(head)
    matches += [Match(c.place, c.name, 1.0, "exact", True, c.flags) for c in exact]
    if not exact and not matches and variants and is_arabic(head):
        matches += [Match(v.place, v.candidate.name, v.similarity, "variant", v.accepted,
                          v.candidate.flags)
                    for v in gaz.lookup_variants(head, country=country, limit=max(limit, 10))]
    if country:
        matches = [m for m in matches if m.place.country == country]
    if kinds:
        kinds = set(kinds)
        matches = [m for m in matches if m.place.kind in kinds]
    if context:
        matches = [m for m in matches if _context_ok(m.place, context, gaz)]
    seen, out = set(), []
    # a bare name means the city more often than the province it names (حلب)
    for m in sorted(matches, key=lambda m: (not m.accepted, -m.score, m.how != "admin",
                                            m.how != "admin" and m.place.kind in _SUB_AREAS,
                                            -m.place.population, m.place.id)):
        if m.place.id not in seen:
            seen.add(m.place.id)
            out.append(m)
    return out[:limit]
