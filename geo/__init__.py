"""Turn news articles into maps of places, routes and meetings, offline."""

__version__ = "0.1.0"
