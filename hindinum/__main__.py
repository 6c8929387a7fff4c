"""``python -m hindinum``: the same as the ``hindinum`` command (see :mod:`hindinum.cli`)."""

from __future__ import annotations

import sys

from hindinum.cli import main

if __name__ == "__main__":
    sys.exit(main())
