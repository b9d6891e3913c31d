"""Conciliador: hearings, agreements and actas for family-welfare conciliation offices."""

__version__ = "0.1.0"
