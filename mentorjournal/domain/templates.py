"""Reflection templates: built-in prompts and the user's own.

Built-in templates are Markdown files in ``resources/templates/`` (found
through ``mentorjournal.resources``, also when installed from a wheel): the file
name (without ``.md``) is the key, the first line ``# Name`` is the name shown
to the user, the rest is the body that fills a new reflection.

User templates live *inside* the encrypted journal, as JSON under the
``journal_meta`` key ``templates.user`` — never in a plaintext file. They need
an open journal (``db.DB`` bound); built-ins do not.

A reflection records the key of the template it started from in its
``template`` field (the demo journal uses the built-in keys).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mentorjournal import resources
from mentorjournal.domain import validation
from mentorjournal.errors import NotFound, ValidationError
from mentorjournal.storage.db import DB
from mentorjournal.storage.models import Meta

log = logging.getLogger(__name__)

BUILTIN_DIR = resources.folder("templates")
META_KEY = "templates.user"
USER_PREFIX = "user."
MAX_USER_TEMPLATES = 200

#: Built-in keys in the order they are offered.
BUILTIN_ORDER = (
    "after_session",
    "weekly_review",
    "new_perspective",
    "workplace_situation",
    "win",
    "after_mentoring",
)


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    body: str
    builtin: bool


def parse(key: str, text: str, *, builtin: bool = True) -> Template:
    """A template from Markdown: ``# Name`` on the first line, then the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    first = lines[0].strip() if lines else ""
    if first.startswith("# "):
        name = first[2:].strip()
        body = "\n".join(lines[1:]).lstrip("\n")
    else:
        name = key.replace("_", " ").capitalize()
        body = text
    return Template(key=key, name=name or key, body=body, builtin=builtin)


@lru_cache(maxsize=4)
def _builtins(folder: Path) -> tuple[Template, ...]:
    found: dict[str, Template] = {}
    for path in sorted(folder.glob("*.md")):
        try:
            found[path.stem] = parse(path.stem, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("built-in template %s unreadable: %s", path.name, type(exc).__name__)
    order = {key: n for n, key in enumerate(BUILTIN_ORDER)}
    return tuple(sorted(found.values(), key=lambda t: (order.get(t.key, len(order)), t.key)))


def builtin_templates(folder: Path | None = None) -> list[Template]:
    """The built-in templates (no journal needed)."""
    return list(_builtins(folder or BUILTIN_DIR))


def user_templates() -> list[Template]:
    """The user's templates from the open journal, sorted by name."""
    row = Meta.get_or_none(Meta.key == META_KEY)
    if row is None:
        return []
    try:
        items = json.loads(row.value)
    except ValueError:
        log.warning("user templates in the journal are unreadable; ignoring them")
        return []
    result = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and all(
            isinstance(item.get(k), str) for k in ("key", "name", "body")
        ):
            result.append(Template(item["key"], item["name"], item["body"], builtin=False))
    return sorted(result, key=lambda t: (t.name.casefold(), t.key))


def list_templates() -> list[Template]:
    """Built-ins first (in their fixed order), then the user's; user ones need an open journal."""
    return builtin_templates() + (user_templates() if DB.obj is not None else [])


def get(key: str) -> Template:
    """The template called ``key``; ``NotFound`` if there is none."""
    for template in list_templates():
        if template.key == key:
            return template
    raise NotFound(f"No reflection template {key[:60]!r}.")


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")
    return slug[:40] or "template"


def _store(items: list[Template]) -> None:
    value = json.dumps(
        [{"key": t.key, "name": t.name, "body": t.body} for t in items], ensure_ascii=False
    )
    with DB.atomic():
        Meta.insert(key=META_KEY, value=value).on_conflict_replace().execute()


def save_user_template(name: str, body: str, key: str | None = None) -> Template:
    """Add a user template (or replace the one called ``key``); return it.

    A template with the same name (any case) is replaced too, so saving
    "Monday check-in" twice keeps one.
    """
    name = validation.check_value("name", validation.Rule("line", required=True), name)
    if not name:
        raise ValidationError("name", "must not be empty")
    body = validation.check_value("body", validation.TEXT, body)
    current = user_templates()
    same = [t for t in current if t.key == key or t.name.casefold() == name.casefold()]
    if key is not None and key not in {t.key for t in current}:
        raise NotFound("No such template of yours to replace.")
    if same:
        key = same[0].key
    else:
        if len(current) >= MAX_USER_TEMPLATES:
            raise ValidationError("name", f"you can keep at most {MAX_USER_TEMPLATES} templates")
        taken = {t.key for t in current}
        base = USER_PREFIX + _slug(name)
        key, n = base, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
    template = Template(key=key, name=name, body=body, builtin=False)
    kept = [t for t in current if t not in same]
    _store(kept + [template])
    log.info("user template saved")
    return template


def delete_user_template(key: str) -> None:
    """Delete the user's template ``key``; built-ins cannot be deleted."""
    if not key.startswith(USER_PREFIX):
        raise ValidationError("template", "built-in templates cannot be deleted")
    current = user_templates()
    kept = [t for t in current if t.key != key]
    if len(kept) == len(current):
        raise NotFound("No such template of yours.")
    _store(kept)
    log.info("user template deleted")


__all__ = [
    "Template",
    "builtin_templates",
    "delete_user_template",
    "get",
    "list_templates",
    "save_user_template",
    "user_templates",
]
