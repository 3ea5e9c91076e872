"""The case screen: header, safe-contact banner, sections and their forms."""
