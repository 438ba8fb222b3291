"""Demonyms: nationality adjectives and the country each names (``data/demonyms.tsv``).

Recognition uses them to keep الروسي out of the places; event extraction turns
them into country actors (الرئيس الروسي → Russia).

>>> demonyms()[normalize("السورية")], demonyms()[normalize("الأمريكيين")]
('SY', 'US')
"""

from __future__ import annotations

from .once import once

from .arabic import normalize
from .tables import load


@once
def demonyms() -> dict[str, str]:
    """Every inflected form (normalised) → ISO 3166-1 alpha-2 country code."""
    forms: dict[str, str] = {}
    for row in load("demonyms.tsv"):
        base = normalize(row["demonym"])
        for form in (base, base + "ه", base + "ون", base + "ين"):
            forms[form] = row["country"]
            forms["ال" + form] = row["country"]
    return forms
