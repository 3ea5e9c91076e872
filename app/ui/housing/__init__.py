"""Hébergement: the emergency-housing page and its forms."""
