from __future__ import annotations

import os
import pathlib

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"

REQUIRE_SOURCES = "HIKARI_RULES_REQUIRE_SOURCES"
"""Set (to anything but ``""`` or ``0``) by ``.ci/run``: there a missing ``../shared`` fails the
tests that verify the rules against the source texts instead of skipping them."""


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    """``../shared`` beside the checkout (RULES.md, API.md, sources/).

    Without it the tests that read it are skipped (a clone on its own still runs every
    other test), unless ``HIKARI_RULES_REQUIRE_SOURCES`` is set: then they fail.
    """
    if not (SHARED / "sources").is_dir():
        if os.environ.get(REQUIRE_SOURCES, "") not in ("", "0"):
            pytest.fail(f"{SHARED} is not beside this checkout, and {REQUIRE_SOURCES} requires it")
        pytest.skip("../shared is not beside this checkout")
    return SHARED
