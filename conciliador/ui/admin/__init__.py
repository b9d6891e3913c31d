"""Administración: the office's users, rooms and closure days (administrators)."""
