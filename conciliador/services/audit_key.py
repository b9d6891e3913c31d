"""The office's audit key: signs the audit trail's anchors, kept away from the database.

Whoever can write the database (or its folder, where the backups' anchors file sits) can
rewrite the whole trail and recompute every hash; what they cannot do without this key is sign
an anchor for the rewritten trail. The key lives in this user's configuration folder
(``~/.config/conciliador/bitacora/`` on Linux; ``CONCILIADOR_KEY_DIR`` moves it), readable by
this user only, and so does the latest anchor of each database this user works with.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from platformdirs import user_config_path
from sqlalchemy import URL

KEY_ENV = "CONCILIADOR_KEY_DIR"
KEY_FILE = "clave-bitacora.key"


def key_dir() -> Path:
    explicit = os.environ.get(KEY_ENV)
    path = Path(explicit) if explicit else user_config_path("conciliador") / "bitacora"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _key() -> bytes:
    path = key_dir() / KEY_FILE
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    fresh = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it a moment ago
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    try:
        os.write(fd, (fresh + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return bytes.fromhex(fresh)


def sign(*parts: str) -> str:
    """HMAC-SHA256 of the parts (tab-joined) with the office key."""
    return hmac.new(_key(), "\t".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()


def valid(signature: str, *parts: str) -> bool:
    return hmac.compare_digest(signature, sign(*parts))


def location_of(url: URL) -> str:
    """Which database an anchor belongs to: its place (file, or server and name), never its
    content — a trail rewritten from its first event must still meet the old anchors."""
    if url.get_backend_name() == "sqlite":
        text = str(Path(url.database or ":memory:").resolve())
    else:
        text = f"{url.get_backend_name()}://{url.host or ''}:{url.port or ''}/{url.database or ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
