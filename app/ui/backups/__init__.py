"""Backups screen (Paramètres › Sauvegardes) and the daily backup at lock or exit."""
