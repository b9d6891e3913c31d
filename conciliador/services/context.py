"""What the desktop and the command line hold to reach the services: the database handle.

Re-exported here so the UI never imports ``conciliador.db`` (or SQLAlchemy) itself.
"""

from conciliador.db import Database, DatabaseError, open_database, resolve_url

__all__ = ["Database", "DatabaseError", "open_database", "resolve_url"]
