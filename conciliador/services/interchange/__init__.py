"""The JSON interchange format: export and all-or-nothing import."""
