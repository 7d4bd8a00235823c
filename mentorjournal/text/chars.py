"""Characters journal text may not carry into a view or a parser.

``clean`` removes C0 control characters (except tab, newline and carriage
return) and DEL, and replaces lone surrogates (which cannot be encoded as
UTF-8, so no export could write them) with U+FFFD. Cheap, and free of the
Markdown parser so that plain-text fast paths can use it.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without control characters and with lone surrogates replaced."""
    text = _CONTROL.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text
