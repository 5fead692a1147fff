"""What the oracle says about optional extras (once per process, on standard error)."""

from __future__ import annotations

import sys
from typing import Final

_BATCH_EXTRA_NOTE: Final = (
    "hikari-rules: CSV files are checked row by row; "
    "installing hikari-rules[batch] (NumPy, pyarrow) makes large CSV files faster\n"
)
_said: set[str] = set()


def suggest_batch_extra() -> None:
    """Say once per process, on standard error, that the ``batch`` extra speeds up CSV files."""
    if "batch" not in _said:
        _said.add("batch")
        sys.stderr.write(_BATCH_EXTRA_NOTE)
