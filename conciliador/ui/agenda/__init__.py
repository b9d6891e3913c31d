"""The agenda area: day and week views per officer and per room, quick actions, reminder
calls and iCalendar export."""
