"""Checks of the options the public functions take, with one clear error for each."""

from __future__ import annotations

__all__ = ["SUBUNIT_MODES", "check_currency_code", "check_subunits"]


def check_currency_code(code: object, name: str) -> None:
    """Raise unless ``code`` looks like an ISO 4217 code (three capital letters)."""
    if not isinstance(code, str):
        raise TypeError(f"{name} must be an ISO 4217 code as str, not {type(code).__name__}")
    if not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
        raise ValueError(f"{name} must be an ISO 4217 code such as 'USD', not {code!r}")


SUBUNIT_MODES = ("auto", "main")


def check_subunits(mode: object) -> None:
    """Raise unless ``mode`` is one of :data:`SUBUNIT_MODES`."""
    if not isinstance(mode, str):
        raise TypeError(f"subunits must be str, not {type(mode).__name__}")
    if mode not in SUBUNIT_MODES:
        raise ValueError(f"subunits must be one of {SUBUNIT_MODES}, not {mode!r}")
