"""The gazetteer's exception tree: one base class, each also a builtin where it fits."""


class GazetteerError(Exception):
    """Base class of every error the gazetteer raises."""


class GazetteerNotFound(GazetteerError, FileNotFoundError):
    """The gazetteer file does not exist (build it with `geomap gazetteer build`)."""


class GazetteerCorrupt(GazetteerError):
    """The gazetteer file exists but cannot be read as a gazetteer."""


class GazetteerBuildError(GazetteerError):
    """Building or importing a gazetteer source failed."""


class GazetteerImportError(GazetteerBuildError, ValueError):
    """A file given to `geomap gazetteer import` cannot be read as a gazetteer."""


class GazetteerDownloadError(GazetteerError, OSError):
    """A download failed: offline, server unreachable, file missing or damaged."""


class InvalidLayerName(GazetteerError, ValueError):
    """A layer name with characters a file name cannot safely hold."""


class InvalidEntry(GazetteerError, ValueError):
    """A user entry with a bad name, coordinate, kind, country or admin area."""
