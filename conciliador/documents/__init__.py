"""Documents: formatting of dates, money and words; templates → .docx → PDF. No Qt."""
