"""The agenda: generic entries (entries.py), the grouped list (tree.py), the
"done" dialog and the page (page.py). Import the modules directly (see
``app.ui.cases``)."""
