"""Balise: encrypted, offline case management for domestic-violence support services."""

__version__ = "0.1.0"
