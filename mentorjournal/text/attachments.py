"""The internal URL scheme of the journal's own attachments: ``mj-attachment:<sha256>``.

Journal Markdown refers to an attached picture as
``![alt](mj-attachment:<64 hex digits of its SHA-256>)``. The renderer emits
``<img src="mj-attachment:<hash>">`` only when its caller confirms that the
journal holds that attachment; the reading view (``ui.record_views.SafeBrowser``)
serves that URL from the journal and refuses every other one. No other
scheme ever becomes an image. Free of the Markdown parser (cheap to import).
"""

from __future__ import annotations

import re

ATTACHMENT_SCHEME = "mj-attachment"
_ATTACHMENT = re.compile(ATTACHMENT_SCHEME + r":([0-9a-f]{64})", re.IGNORECASE)


def attachment_hash(url: str | None) -> str | None:
    """The lowercase SHA-256 hex of an ``mj-attachment:<hash>`` URL, else None."""
    match = _ATTACHMENT.fullmatch(url or "")
    return match.group(1).lower() if match else None


def attachment_url(sha256_hex: str) -> str:
    """The internal URL of an attachment (``mj-attachment:<lowercase hash>``)."""
    digest = attachment_hash(f"{ATTACHMENT_SCHEME}:{sha256_hex}")
    if digest is None:
        raise ValueError("an attachment is named by the 64 hex digits of its SHA-256")
    return f"{ATTACHMENT_SCHEME}:{digest}"
