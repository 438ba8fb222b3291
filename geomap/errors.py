"""geomap's exception tree. Each error carries a message a user can act on."""

from gazetteer.errors import GazetteerError


class GeomapError(Exception):
    """Base class of geomap's errors."""


class InputError(GeomapError, ValueError):
    """The input cannot be parsed as an Arabic article (empty, binary, not Arabic, too long…)."""


__all__ = ["GeomapError", "InputError", "GazetteerError"]
