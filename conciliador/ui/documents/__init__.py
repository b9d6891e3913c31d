"""Documents inside the desktop: a PDF previewed with QtPdf, printed through the system's print
dialog (its pages rendered off the GUI thread) or saved, and a small viewer for any list of
documents (a hearing's citations, a case's referral letters)."""
