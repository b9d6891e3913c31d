"""iCalendar (RFC 5545) files: an officer's hearings for a phone or a desktop calendar.

Instants are written in UTC (``DTSTART:20261130T150000Z``), which every calendar reads
correctly in its own time zone without a VTIMEZONE block; ``X-WR-TIMEZONE`` names the office's
zone for calendars that show it. Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character (RFC 5545 §3.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

LINE_OCTETS = 75
EventStatus = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: dt.datetime  # aware
    end: dt.datetime  # aware
    summary: str
    location: str = ""
    description: str = ""
    status: EventStatus = "CONFIRMED"
    #: Bumped each time the event changes, so a calendar replaces its old copy.
    sequence: int = 0
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets joined by CRLF + space."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = LINE_OCTETS - 1  # continuation lines start with one space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def unfold(text: str) -> list[str]:
    """The logical lines of a folded iCalendar text (for tests and for reading files back)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def utc_stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("instante sin zona horaria")
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    timezone: str,
    stamp: dt.datetime,
    product: str = "-//Conciliador//Agenda de audiencias//ES",
) -> str:
    """A complete VCALENDAR with one VEVENT per event."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{timezone}",
    ]
    now = utc_stamp(stamp)
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{now}",
            f"DTSTART:{utc_stamp(event.start)}",
            f"DTEND:{utc_stamp(event.end)}",
            f"SEQUENCE:{event.sequence}",
            f"STATUS:{event.status}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.location:
            lines.append(f"LOCATION:{escape_text(event.location)}")
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.categories:
            lines.append(f"CATEGORIES:{','.join(escape_text(c) for c in event.categories)}")
        lines += ["TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
