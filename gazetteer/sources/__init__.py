"""Gazetteer sources: one module per importer."""
