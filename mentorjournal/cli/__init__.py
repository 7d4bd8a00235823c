"""The headless command line (``app.main`` is the entry point)."""
