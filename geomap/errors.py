"""geomap's exception tree. Each error carries a message a user can act on."""

from gazetteer.errors import GazetteerError


class GeomapError(Exception):
    """Base class of geomap's errors."""


class InputError(GeomapError, ValueError):
    """What the user sent cannot be used: not an Arabic article (empty, binary, not Arabic, too
    long…), a bad filter, a bad field. The service answers 4xx, never 5xx."""


class LimitExceeded(InputError):
    """One request asks for more than the service takes at once (bytes after decompression,
    articles in one upload, a body too large for who sent it): the service answers 413."""


class ConfigurationError(GeomapError, ValueError):
    """geomap was set up wrongly (an environment variable or option with a value it cannot use)."""


__all__ = ["GeomapError", "InputError", "LimitExceeded", "ConfigurationError", "GazetteerError",
           "NotFound", "StoreError", "StoreUnwritable"]


class StoreError(GeomapError):
    """The event store cannot be opened or written (wrong file, newer schema, locked…)."""


class StoreUnwritable(StoreError):
    """The event store cannot take writes at all (read-only file or folder, full disk): an
    ingest stops at the first one instead of failing every article after it."""


class NotFound(GeomapError, LookupError):
    """No stored article or event with this id."""
