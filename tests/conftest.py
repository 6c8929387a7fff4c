"""Shared test set-up.

Integration tests call :func:`require` for their framework. On a developer machine a missing
extra skips those tests; in CI (``HINDINUM_REQUIRE_EXTRAS=1``, set by ``.ci/run``) a missing
extra is a failure, so an integration can never pass CI by being skipped.
"""

from __future__ import annotations

import importlib
import os
import types

import pytest
from hypothesis import settings

settings.register_profile("ci", deadline=None, max_examples=200, print_blob=True)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

REQUIRE_EXTRAS = os.environ.get("HINDINUM_REQUIRE_EXTRAS") == "1"


def require(module: str) -> types.ModuleType:
    """Import ``module`` for an integration test, or skip (fail in CI) when it is missing."""
    if REQUIRE_EXTRAS:
        return importlib.import_module(module)
    return pytest.importorskip(module)
