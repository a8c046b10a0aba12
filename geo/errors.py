"""The one exception hierarchy of incident-mapper.

Every error the project raises on purpose derives from
:class:`IncidentMapperError`; where a builtin fits, the subclass inherits it
too, so ``except ValueError`` or ``except OSError`` keep working.
"No match" is never an error: lookups return ``None`` or an empty result.

Examples
--------
>>> from geo.errors import DocumentError, IncidentMapperError
>>> err = DocumentError("report.txt", "file is empty")
>>> isinstance(err, IncidentMapperError), isinstance(err, ValueError)
(True, True)
>>> str(err)
'report.txt: file is empty'
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DocumentError",
    "ExportError",
    "GazetteerError",
    "GeocoderError",
    "IncidentMapperError",
    "RendererUnavailable",
]


class IncidentMapperError(Exception):
    """Root of every error raised by incident-mapper."""


class GazetteerError(IncidentMapperError, RuntimeError):
    """The gazetteer index could not be built, loaded or extended."""


class GeocoderError(IncidentMapperError, RuntimeError):
    """A geocoder failed (bad configuration, an online service refused...)."""


class ConfigError(IncidentMapperError, ValueError):
    """A configuration value or option is invalid."""


class DocumentError(IncidentMapperError, ValueError):
    """A document could not be read; the message names the file.

    Parameters
    ----------
    path : str
        The file (or document id) that failed.
    reason : str
        What went wrong, as a sentence a user can act on.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        return (type(self), (self.path, self.reason))


class ExportError(IncidentMapperError, OSError):
    """Writing an output (table, map, image) failed."""


class RendererUnavailable(IncidentMapperError, RuntimeError):
    """No headless browser is available to render a PNG or PDF."""
