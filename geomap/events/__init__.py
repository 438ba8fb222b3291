"""Event extraction: trigger words → typed, dated, located events with their evidence.

Triggers (``geomap/data/triggers.tsv``, matched with proclitics and attached
pronouns) each have a kind (``event_kinds.tsv``) coded in ACLED's taxonomy. An
event takes the place of its sentence nearest its trigger and the role of that
place (the site, or what a ceasefire or agreement is about), the date nearest
to it (else the publication date, approximately), a status from the cue words
around it (``status_cues.tsv``), its actors and its dead. Mentions of one
happening, within a sentence and across the article, become one event
(:mod:`geomap.events.merging`).

Modules: ``tables`` (the lexicon), ``triggers``, ``status``, ``places``,
``fatalities``, ``merging``, ``extract``.
"""

from .extract import extract
from .tables import Kind, kinds
from .triggers import Trigger, find_triggers

__all__ = ["Kind", "Trigger", "extract", "find_triggers", "kinds"]
