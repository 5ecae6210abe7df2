"""One exception hierarchy; the edges (command line, pages) turn it into a one-line message."""


class GeoError(Exception):
    """Base of every error the project raises on purpose."""


class InputError(GeoError):
    """The user's input cannot be used (empty, binary, bad date, missing file...)."""


class DataMissingError(GeoError):
    """A built artefact (gazetteer, model, front-end files) is missing; run `make setup`."""


class StoreError(GeoError):
    """The local store could not complete an operation."""


class NotFoundError(GeoError):
    """A story or record does not exist."""
