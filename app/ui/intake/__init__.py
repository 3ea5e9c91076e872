"""Nouveau dossier: the intake form."""
