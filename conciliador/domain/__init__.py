"""Pure domain vocabulary: enums and rules as data. No database, no Qt."""
