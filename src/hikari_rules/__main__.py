"""``python -m hikari_rules``: the ``hikari-rules`` command (see :mod:`hikari_rules.cli`)."""

from __future__ import annotations

import sys

from hikari_rules.cli import main

if __name__ == "__main__":
    sys.exit(main())
