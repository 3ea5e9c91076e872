"""The coordinator's indicators page (statistics for the funders)."""
