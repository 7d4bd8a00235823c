"""Calendar files (iCalendar, RFC 5545): export what is planned, import an invitation.

Export (``calendar_ics``): planned sessions from today on as timed ``VEVENT``s
("Session with Ana", the session's length, else an hour) and open action
items with a due date as all-day ``VEVENT``s (calendar apps import those more
widely than ``VTODO``). Each event's ``UID`` is the record's uuid, so a
calendar that imports the file again updates the events instead of doubling
them. Times are floating local times, as the journal keeps them. Only titles
go out: no agenda, notes or takeaways. Lines end in CRLF, are folded at 75
octets (never inside a UTF-8 character), and text is escaped (``\\ ; , \\n``).

Import (``read_invitation`` then ``add_invitation``): the first ``VEVENT`` of an
invitation becomes a planned session with a person: the one whose name is an
``ATTENDEE`` or ``ORGANIZER`` (``CN=``) or appears in the ``SUMMARY``, else the
one the user chooses. UTC and ``TZID`` times become local time. The same
invitation imported again (its ``UID``, kept in ``source_ref``) moves the
session it made rather than adding another. A file that is not an invitation
is refused with one line.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentorjournal import __version__
from mentorjournal.domain import queries, records, rules
from mentorjournal.exchange.incoming import ImportRefused
from mentorjournal.storage.models import ActionItem, Person, Session, SourceRef
from mentorjournal.text.plain import first_line, shorten

log = logging.getLogger(__name__)

#: ``source`` of the ``source_ref`` rows an imported invitation leaves.
SOURCE = "ics"
#: Length of a session without one, in minutes.
DEFAULT_MINUTES = 60
#: Largest invitation file read, in bytes.
MAX_BYTES = 1_000_000
#: Longest title on an exported event.
TITLE_LEN = 120
PRODID = f"-//MentorJournal//MentorJournal {__version__}//EN"


# -- writing ----------------------------------------------------------------


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded at 75 octets, continuation lines starting with a space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # not inside a character
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74  # the leading space counts
    return "\r\n ".join(parts)


def _stamp(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


@dataclass(frozen=True)
class Event:
    """One event of the export."""

    uid: str
    summary: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    categories: str


def events(
    today: dt.date | None = None, person: int | None = None, include_actions: bool = True
) -> list[Event]:
    """What the export holds: planned sessions from today on, open dated action items."""
    today = today or dt.date.today()
    names = {p.id: p.name for p in Person.select(Person.id, Person.name).where(rules.live(Person))}
    found: list[Event] = []
    query = Session.select().where(
        Session.status == "planned",
        Session.held_at >= dt.datetime.combine(today, dt.time()),
        rules.live(Session),
    )
    if person is not None:
        query = query.where(Session.person == person)
    for s in query.order_by(Session.held_at, Session.id):
        if s.person_id not in names:
            continue
        minutes = s.duration_min or DEFAULT_MINUTES
        found.append(
            Event(
                uid=f"{s.uuid}@mentorjournal",
                summary=f"Session with {names[s.person_id]}",
                start=s.held_at,
                end=s.held_at + dt.timedelta(minutes=minutes),
                categories="Mentoring",
            )
        )
    if include_actions:
        actions = (
            ActionItem.select()
            .where(rules.is_open(), ActionItem.due_on >= today, rules.live(ActionItem))
            .order_by(ActionItem.due_on, ActionItem.id)
        )
        keep: set[int] | None = None
        if person is not None:
            keep = {a.id for a in queries.open_actions(person=person)}
        for a in actions:
            if a.due_on is None or (keep is not None and a.id not in keep):
                continue
            title = shorten(first_line(a.text), TITLE_LEN) or "Action item"
            found.append(
                Event(
                    uid=f"{a.uuid}@mentorjournal",
                    summary=f"Due: {title}",
                    start=a.due_on,
                    end=a.due_on + dt.timedelta(days=1),
                    categories="Action item",
                )
            )
    return found


def calendar_ics(
    today: dt.date | None = None,
    person: int | None = None,
    include_actions: bool = True,
    now: dt.datetime | None = None,
) -> str:
    """The calendar as iCalendar text (CRLF line ends)."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for ev in events(today, person, include_actions):
        lines += ["BEGIN:VEVENT", f"UID:{escape(ev.uid)}", f"DTSTAMP:{_stamp(stamp)}Z"]
        if isinstance(ev.start, dt.datetime) and isinstance(ev.end, dt.datetime):
            lines += [f"DTSTART:{_stamp(ev.start)}", f"DTEND:{_stamp(ev.end)}"]
        else:
            lines += [
                f"DTSTART;VALUE=DATE:{ev.start:%Y%m%d}",
                f"DTEND;VALUE=DATE:{ev.end:%Y%m%d}",
                "TRANSP:TRANSPARENT",
            ]
        lines += [
            f"SUMMARY:{escape(ev.summary)}",
            f"CATEGORIES:{escape(ev.categories)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(path: Path, today: dt.date | None = None, person: int | None = None) -> int:
    """Write the calendar to ``path``; returns how many events it holds."""
    text = calendar_ics(today, person)
    path.write_bytes(text.encode("utf-8"))
    return text.count("BEGIN:VEVENT")


# -- reading ----------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    """The first event of an invitation, as the journal needs it."""

    uid: str
    summary: str
    start: dt.datetime  # local, naive
    minutes: int | None
    names: tuple[str, ...]  # attendees' and the organiser's common names
    online: bool  # a link in the location, URL or description


def unfold(text: str) -> list[str]:
    """Content lines with folding undone (CRLF or LF)."""
    lines: list[str] = []
    for raw in re.split(r"\r\n|\n|\r", text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def unescape(value: str) -> str:
    def one(m: re.Match[str]) -> str:
        c = m.group(1)
        return "\n" if c in "nN" else c

    return re.sub(r"\\(.)", one, value)


def _split(line: str) -> tuple[str, dict[str, str], str]:
    """``NAME;P=V;Q="x:y":value`` → (NAME, params, value)."""
    quoted = False
    colon = -1
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            colon = i
            break
    if colon < 0:
        return line.upper(), {}, ""
    head, value = line[:colon], line[colon + 1 :]
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, _, val = part.partition("=")
        params[key.strip().upper()] = val.strip().strip('"')
    return (parts[0] if parts else "").strip().upper(), params, value


def _when(value: str, params: dict[str, str]) -> tuple[dt.datetime, bool]:
    """A DTSTART value as local naive time; ``True`` when it was a whole day."""
    value = value.strip()
    if params.get("VALUE", "").upper() == "DATE" or re.fullmatch(r"\d{8}", value):
        day = dt.datetime.strptime(value[:8], "%Y%m%d")
        return day.replace(hour=9), True
    m = re.fullmatch(r"(\d{8}T\d{4})(\d{2})?(Z?)", value)
    if not m:
        raise ValueError(value)
    moment = dt.datetime.strptime(m.group(1) + (m.group(2) or "00"), "%Y%m%dT%H%M%S")
    if m.group(3):
        return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None), False
    tzid = params.get("TZID")
    if tzid:
        try:
            zone = ZoneInfo(tzid)
        except (ZoneInfoNotFoundError, ValueError):
            return moment, False  # an unknown zone: read as local time
        return moment.replace(tzinfo=zone).astimezone().replace(tzinfo=None), False
    return moment, False


_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def _minutes(duration: str) -> int | None:
    m = _DURATION.fullmatch(duration.strip())
    if not m or m.group(1) == "-":
        return None
    weeks, days, hours, mins = (int(g or 0) for g in m.groups()[1:5])
    return ((weeks * 7 + days) * 24 + hours) * 60 + mins


def parse_invitation(text: str, name: str = "the file") -> Invitation:
    """The first ``VEVENT`` of iCalendar ``text``; ``ImportRefused`` otherwise."""
    lines = unfold(text)
    if not lines or lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise ImportRefused(f"{name} is not a calendar file (.ics): it does not begin a VCALENDAR.")
    props: list[tuple[str, dict[str, str], str]] = []
    depth: list[str] = []
    found = False
    for line in lines:
        key, params, value = _split(line)
        if key == "BEGIN":
            depth.append(value.strip().upper())
            if depth == ["VCALENDAR", "VEVENT"]:
                found = True
            continue
        if key == "END":
            if depth and depth[-1] == "VEVENT" and found and len(depth) == 2:
                break
            if depth:
                depth.pop()
            continue
        if found and depth == ["VCALENDAR", "VEVENT"]:
            props.append((key, params, value))
    if not found:
        raise ImportRefused(f"{name} holds no event (VEVENT) to plan a session from.")
    start = end = None
    all_day = False
    minutes: int | None = None
    summary = uid = ""
    names: list[str] = []
    online = False
    for key, params, value in props:
        try:
            if key == "DTSTART":
                start, all_day = _when(value, params)
            elif key == "DTEND":
                end, _ = _when(value, params)
            elif key == "DURATION":
                minutes = _minutes(value)
        except ValueError:
            raise ImportRefused(f"{name}: the event's {key} is not a date and time.") from None
        if key == "SUMMARY":
            summary = unescape(value).strip()
        elif key == "UID":
            uid = unescape(value).strip()
        elif key in ("ATTENDEE", "ORGANIZER") and params.get("CN"):
            names.append(params["CN"].strip())
        elif key in ("LOCATION", "URL", "DESCRIPTION", "X-GOOGLE-CONFERENCE"):
            online = online or bool(re.search(r"https?://", unescape(value)))
    if start is None:
        raise ImportRefused(f"{name}: the event has no start (DTSTART).")
    if minutes is None and end is not None and not all_day:
        minutes = int((end - start).total_seconds() // 60)
    if all_day or minutes is None or not 0 < minutes <= 1440:
        minutes = None
    return Invitation(
        uid=uid,
        summary=summary,
        start=start,
        minutes=minutes,
        names=tuple(dict.fromkeys(n for n in names if n)),
        online=online,
    )


def read_invitation(path: Path) -> Invitation:
    """Read an invitation file; one clear line (``ImportRefused``) when it cannot be."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRefused(f"{path.name} is too large for an invitation ({size} bytes).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"{path.name}: no such file.") from None
    except IsADirectoryError:
        raise ImportRefused(f"{path.name} is a folder, not a calendar file.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name} is not a calendar file (not UTF-8 text).") from None
    return parse_invitation(text, path.name)


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def match_people(invitation: Invitation, people: Iterable[Person] | None = None) -> list[int]:
    """Live people named by the invitation (attendees, organiser, then the summary)."""
    people = list(people if people is not None else queries.people())
    wanted = {_norm(n) for n in invitation.names}
    found = [p.id for p in people if _norm(p.name) in wanted]
    if found:
        return found
    summary = _norm(invitation.summary)
    return [p.id for p in people if p.name.strip() and _norm(p.name) in summary]


def add_invitation(invitation: Invitation, person: int) -> tuple[Session, bool]:
    """A planned session with ``person`` from the invitation; ``(session, True)`` when it
    moved the session an earlier import of the same invitation made."""
    who = records.get_person(person)
    fields = {
        "held_at": invitation.start,
        "duration_min": invitation.minutes,
        "status": "planned",
    }
    if invitation.uid:
        ref = SourceRef.get_or_none(
            SourceRef.source == SOURCE,
            SourceRef.source_id == invitation.uid[:255],
            SourceRef.kind == "session",
        )
        if ref is not None:
            before = Session.get_or_none(Session.uuid == ref.record_uuid, rules.live(Session))
            if before is not None and before.status == "planned":
                moved = records.update("session", before.id, person=who.id, **fields)
                return records.typed(moved, Session), True
    role = "mentor" if who.relation == "mentee" else "mentee"
    created = records.create(
        "session",
        person=who.id,
        role=role,
        format="video" if invitation.online else "in_person",
        agenda=invitation.summary,
        **fields,
    )
    session = records.typed(created, Session)
    if invitation.uid:
        SourceRef.replace(
            source=SOURCE,
            source_id=invitation.uid[:255],
            kind="session",
            record_uuid=str(session.uuid),
        ).execute()
    return session, False
