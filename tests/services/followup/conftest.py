"""A world with one signed agreement, built once (signing runs LibreOffice) and copied."""

from tests.support.followup import _followed_template, followed

__all__ = ["_followed_template", "followed"]
