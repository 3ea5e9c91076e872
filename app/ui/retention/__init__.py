"""Retention and purge screen (coordinator)."""
