"""Criteria profiles: one jurisdiction's unified criteria, loaded from data files."""

from conciliador.criteria.loader import (
    DEFAULT_PROFILE,
    ProfileError,
    available_profiles,
    currency_rule,
    load_profile,
    load_profile_file,
)
from conciliador.criteria.schema import Profile

__all__ = [
    "DEFAULT_PROFILE",
    "Profile",
    "ProfileError",
    "available_profiles",
    "currency_rule",
    "load_profile",
    "load_profile_file",
]
