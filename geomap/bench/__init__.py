"""``geomap bench``: speed figures measured on this machine, printed as a table (or JSON).

``parse`` times :func:`geomap.parse` on real Arabic news (SaudiNewsNet) by stage, beside
the raw multi-pattern scan of the gazetteer's names over the same text; ``gazetteer``
times the gazetteer itself.
"""
