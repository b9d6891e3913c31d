"""Alembic migration chain; run through ``Database.upgrade()``."""
