"""Use cases: every rule, permission check and audit record lives here."""
