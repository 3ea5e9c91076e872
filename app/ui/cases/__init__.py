"""The case list ("Dossiers"): lazy table model (model.py), filters (filters.py),
the table view (table.py) and the page (page.py). Import the modules directly:
the page depends on ``app.ui.pages``, which imports this package's siblings."""
