"""Monthly-summary documents: one report layout rendered as XLSX, CSV and PDF. No Qt."""
