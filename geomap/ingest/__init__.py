"""Ingest: articles from files, folders and uploads into the event store."""

from .readers import ArticleInput, Failure, count, expand, read_bytes, read_path, read_paths, supported
from .runner import Summary, ingest, parse_input

__all__ = ["ArticleInput", "Failure", "Summary", "count", "expand", "ingest", "parse_input",
           "read_bytes", "read_path", "read_paths", "supported"]
