"""The "Équipe" page: team accounts (coordinator only)."""
