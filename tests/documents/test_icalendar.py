"""iCalendar text: escaping, folding at 75 octets, UTC instants."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from conciliador.documents.icalendar import (
    CalendarEvent,
    calendar_text,
    escape_text,
    fold,
    unfold,
)

MANAGUA = ZoneInfo("America/Managua")


def _unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append({"n": "\n", "N": "\n"}.get(value[i + 1], value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")))
def test_folding_keeps_every_line_within_75_octets_and_unfolds_back(text: str) -> None:
    line = f"DESCRIPTION:{escape_text(text)}"
    folded = fold(line)
    assert all(len(piece.encode("utf-8")) <= 75 for piece in folded.split("\r\n"))
    assert unfold(folded) == [line]
    assert _unescape(line.removeprefix("DESCRIPTION:")) == text


def test_a_calendar_has_one_event_per_hearing_in_utc() -> None:
    start = dt.datetime(2026, 11, 30, 9, 0, tzinfo=MANAGUA)
    event = CalendarEvent(
        uid="audiencia-7@mn-d2.conciliador",
        start=start,
        end=start + dt.timedelta(hours=1),
        summary="Audiencia de conciliación MN-D2-2026-00012",
        location="Sala 1, Delegación Distrital II; Managua",
        description="Materias: Pensión alimenticia, Cuido y crianza\nEstado: Programada",
        sequence=2,
    )
    text = calendar_text(
        [event],
        name="Audiencias — Ana Martínez",
        timezone="America/Managua",
        stamp=dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC),
    )
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "DTSTART:20261130T150000Z" in lines  # 09:00 in Managua (UTC-6)
    assert "DTEND:20261130T160000Z" in lines
    assert "SEQUENCE:2" in lines
    assert "LOCATION:Sala 1\\, Delegación Distrital II\\; Managua" in lines
    assert (
        "DESCRIPTION:Materias: Pensión alimenticia\\, Cuido y crianza\\nEstado: Programada" in lines
    )
    assert lines.count("BEGIN:VEVENT") == 1
