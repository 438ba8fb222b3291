"""geomap's exception tree. Each error carries a message a user can act on."""

from gazetteer.errors import GazetteerError


class GeomapError(Exception):
    """Base class of geomap's errors."""


class InputError(GeomapError, ValueError):
    """The input cannot be parsed as an Arabic article (empty, binary, not Arabic, too long…)."""


__all__ = ["GeomapError", "InputError", "GazetteerError", "NotFound", "StoreError", "StoreUnwritable"]


class StoreError(GeomapError):
    """The event store cannot be opened or written (wrong file, newer schema, locked…)."""


class StoreUnwritable(StoreError):
    """The event store cannot take writes at all (read-only file or folder, full disk): an
    ingest stops at the first one instead of failing every article after it."""


class NotFound(GeomapError, LookupError):
    """No stored article or event with this id."""
