"""Evaluation: commands that print precision, recall, F1 and distance errors on public corpora.

Every claim about quality is a command anyone can run (``geomap eval …``). Corpora are read
from ``../shared`` next to the checkout, or from ``--data``.
"""
