"""Shared helpers for the security, crash-consistency and migration tests."""
