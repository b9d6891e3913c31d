"""Small building blocks shared by the areas (forms, tables, progress)."""
