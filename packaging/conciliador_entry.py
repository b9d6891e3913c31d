"""The bundle's program: the same ``main`` as the ``conciliador`` command.

``freeze_support``: a worker process started with ``spawn`` (``demo/workers.py``) runs this
same executable, which must then run the worker, not a second copy of the application. (Today
the demo generator keeps to one process when frozen: its ``shards.spawn_can_start`` finds no script
file to re-import.)
"""

import multiprocessing
import sys

from conciliador.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
