"""Composition root: private files → logging → arguments → (order | desktop app).

Nothing is built at import time: the database is opened here (or by the order) at start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    import os

    from conciliador import applog
    from conciliador.cli.main import dispatch, parse

    # Everything this process creates — database, documents, exports, backups, logs, the
    # converter's temporary files — is readable by the user only.
    os.umask(0o077)
    applog.configure()
    args = parse(list(sys.argv[1:] if argv is None else argv))
    if args.command is not None:
        return dispatch(args)
    from conciliador.ui.app import run_app

    return run_app(db_url=args.db)


if __name__ == "__main__":
    sys.exit(main())
