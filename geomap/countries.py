"""Country names from the Unicode CLDR (babel), for actors and for the exported events.

>>> country_name("SY"), country_name("TR", "ar"), country_name(None)
('Syria', 'تركيا', None)
"""

from __future__ import annotations

from gazetteer.once import once


@once
def country_name(code: str | None, locale: str = "en") -> str | None:
    """A country's name from CLDR (babel): ``country_name("SY")`` → ``'Syria'``; an unknown code as it is."""
    if not code:
        return None
    from babel import Locale

    return Locale.parse(locale).territories.get(code, code)
