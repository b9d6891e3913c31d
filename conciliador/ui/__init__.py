"""The desktop application (PySide6). Qt lives only here; every rule lives in the services."""
