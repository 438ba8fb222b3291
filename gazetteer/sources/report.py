"""What an import into a gazetteer layer did: the report every importer returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportReport:
    """A layer written by an importer: its name and file, the places and names in it, the areas
    derived from their members, the rows skipped (with the first warnings) and the time taken."""
    layer: str
    path: Path
    places: int = 0
    names: int = 0
    derived_areas: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
