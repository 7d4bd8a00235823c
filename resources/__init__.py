"""Data files, not code: installed as the package ``mentorjournal._resources``.

``templates/`` (reflection templates, Markdown), ``icons/`` (the app icon),
``i18n/`` (compiled translations, when there are some). Look them up with
``mentorjournal.resources.folder(kind)``, never by a path relative to a module.
"""
