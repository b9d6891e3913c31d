"""The bundle's program: the same ``main`` as the ``conciliador`` command.

``freeze_support`` lets a frozen program start its worker processes (the demo generator's
``spawn`` workers run this same executable).
"""

import multiprocessing
import sys

from conciliador.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
