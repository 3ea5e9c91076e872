"""The partner directory page ("Réseau") and its dialogs."""
