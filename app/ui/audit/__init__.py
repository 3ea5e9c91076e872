"""The "Journal d'audit" page (coordinator only)."""
