"""hindinum: find every number and amount of money in Hindi text and read it exactly.

>>> import hindinum
>>> [(a.text, a.value, a.currency) for a in hindinum.extract("11 लाख डॉलर का भुगतान")]
[('11 लाख डॉलर', Decimal('1100000'), 'USD')]
>>> hindinum.normalize("साढ़े तीन करोड़ रुपये")
'35000000 INR'
>>> hindinum.parse_number("पौने चार लाख")
Decimal('375000')
>>> hindinum.to_words(1100000)
'ग्यारह लाख'
"""

from __future__ import annotations

from hindinum.api import extract, parse_number, tokenize
from hindinum.explain import Decision, Explanation, explain
from hindinum.formats import format_amount, format_value, to_words
from hindinum.normalize import normalize
from hindinum.text import fold
from hindinum.tokenize import _COMPILED
from hindinum.types import (
    Amount,
    Approx,
    HindiNumberError,
    Kind,
    Token,
    TokenType,
    from_json,
    to_json,
)
from hindinum.verbalize import verbalize

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (2.5 ms)
if TYPE_CHECKING:
    from hindinum.tokens import JoinedTokens, TokenAmount, extract_tokens, join_tokens
del TYPE_CHECKING

__version__ = "0.1.0"

#: ``True`` in the compiled build (what ``pip install .`` builds where a C compiler and the
#: Python headers are present: mypyc compiled the core), ``False`` in plain Python (an editable
#: install, or no compiler). Results are the same in both.
compiled: bool = _COMPILED
del _COMPILED

#: Names loaded on first use: the helpers for other tokenizers are not needed by extract().
_LAZY = {name: "hindinum.tokens" for name in
         ("JoinedTokens", "TokenAmount", "extract_tokens", "join_tokens")}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hindinum' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__all__ = [
    "Amount",
    "Approx",
    "Decision",
    "Explanation",
    "HindiNumberError",
    "JoinedTokens",
    "Kind",
    "Token",
    "TokenAmount",
    "TokenType",
    "__version__",
    "compiled",
    "explain",
    "extract",
    "extract_tokens",
    "fold",
    "format_amount",
    "format_value",
    "from_json",
    "join_tokens",
    "normalize",
    "parse_number",
    "to_json",
    "to_words",
    "tokenize",
    "verbalize",
]
