"""Journal text: Markdown rendered safely (``render``) and reduced to plain text (``plain``).

One grammar for both: what the reading view shows and what a list summarises
come from the same rules. Import the submodule you need (``render`` loads the
Markdown parser, which start-up does not need).
"""
