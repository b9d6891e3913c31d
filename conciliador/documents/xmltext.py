"""User text inside a Word document, exactly as it was typed.

A .docx holds its text in XML 1.0, which cannot hold most C0 control characters (U+0000 to
U+001F except tab, line feed and carriage return), nor U+FFFE, U+FFFF or lone surrogates.
Whatever a person typed must still appear, and come back, exactly:

- tab and line breaks become Word's own tab and line break (``<w:tab/>``, ``<w:br/>``), which
  every reader shows as such and python-docx reads back as ``\\t`` and ``\\n``; a carriage
  return, alone or before a line feed, is one line break (``\\r\\n`` reads back as ``\\n``);
- every other C0 control character and DEL is written as its visible Unicode «control
  picture» (U+0000 → ␀ U+2400, U+0001 → ␁ … U+001F → ␟, U+007F → ␡), so a reader sees that
  something unusual was typed there and ``restore_controls`` gives the typed text back;
- U+FFFE, U+FFFF and lone surrogates, which no keyboard produces and no XML can hold, become
  U+FFFD (the replacement character).

Everything else — XML specials, quotes, emoji, right-to-left text, very long fields — is
escaped and kept as it is.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_PICTURES[0x7F] = "\u2421"
_RESTORE = {ord(v): chr(k) for k, v in _PICTURES.items()}
_FORBIDDEN = re.compile("[\ufffe\uffff\ud800-\udfff]")
_TRANSLATE = {k: v for k, v in _PICTURES.items()}
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
_TAB = '</w:t><w:tab/><w:t xml:space="preserve">'


def xml_safe(text: str) -> str:
    """The text with every character XML 1.0 cannot hold replaced as described above
    (tabs and line breaks kept)."""
    return _FORBIDDEN.sub("\ufffd", text.translate(_TRANSLATE))


def restore_controls(text: str) -> str:
    """Undo ``xml_safe``'s control pictures: the text as it was typed."""
    return text.translate(_RESTORE)


def run_markup(text: str) -> Markup:
    """Text for the inside of a ``<w:t>`` element: escaped, with tabs and line breaks as
    Word's own elements."""
    safe = str(escape(xml_safe(text)))
    safe = safe.replace("\r\n", "\n").replace("\r", "\n")
    return Markup(safe.replace("\n", _BREAK).replace("\t", _TAB))
