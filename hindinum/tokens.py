"""Amounts in text that some tokenizer has already cut into tokens.

Many pipelines only keep the tokens of a text (indic-nlp's ``trivial_tokenize``, a spaCy or
Stanza tokenizer, a corpus stored one token a line). Such tokenizers cut ``9.2`` into
``9 . 2`` and ``1,50,000`` into ``1 , 50 , 000``, so reading ``" ".join(tokens)`` may see
other numbers than the writer wrote. :func:`join_tokens` puts the tokens back together the way
they were most likely written, remembering where each token went, and :func:`extract_tokens`
reads that text with :func:`hindinum.extract` and gives every amount as a span of token indices.

Nothing here needs a tokenizer library: any token with a ``.text`` attribute, or a plain
``str``, will do.

>>> tokens = ["कुल", "9", ".", "2", "करोड़", "डॉलर", "का", "भुगतान", "।"]
>>> join_tokens(tokens).text
'कुल 9.2 करोड़ डॉलर का भुगतान।'
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

import hindinum
from hindinum.types import Amount

__all__ = ["JoinedTokens", "TokenAmount", "extract_tokens", "join_tokens"]

_DIGITS = frozenset("0123456789०१२३४५६७८९")
# Punctuation that sticks to the token before it ("लाख ।", "5 %", "रु ."); "|" is a danda too.
_CLOSING = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "।", "॥", "|", "…"})
# Punctuation that sticks to the token after it.
_OPENING = frozenset({"(", "[", "{"})
# Separators that stand between two numbers with no space: 9.2, 10:30, 3/4, 5-10.
_NUMBER_JOINERS = frozenset({".", ":", "/", "-", "–", "‐"})
_CURRENCY_SIGNS = frozenset({"₹", "$", "€", "£", "¥"})


@dataclass(frozen=True, slots=True)
class JoinedTokens:
    """Tokens put back into one string.

    ``text[spans[i][0]:spans[i][1]]`` is the text of token ``i``.
    """

    text: str
    spans: tuple[tuple[int, int], ...]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The tokens ``[first, stop)`` that overlap the characters ``text[start:end]``.

        >>> joined = join_tokens(["5", "लाख", "रुपये"])
        >>> joined.token_range(0, 5)
        (0, 2)
        """
        return _token_range(
            [span[0] for span in self.spans], [span[1] for span in self.spans], start, end
        )


@dataclass(frozen=True, slots=True)
class TokenAmount:
    """An amount found in a sequence of tokens.

    ``amount`` is what :func:`hindinum.extract` read, with offsets into the text that
    :func:`join_tokens` made; ``tokens[start_token:end_token]`` are the tokens it covers (a
    token only partly covered, like ``25%तक``, counts as covered).
    """

    amount: Amount
    start_token: int
    end_token: int

    def to_dict(self) -> dict[str, object]:
        """The amount's :meth:`~hindinum.Amount.to_dict` plus the token span.

        >>> found = extract_tokens(["11", "लाख", "डॉलर"])
        >>> found[0].to_dict()["start_token"], found[0].to_dict()["end_token"]
        (0, 3)
        """
        data = self.amount.to_dict()
        data["start_token"] = self.start_token
        data["end_token"] = self.end_token
        return data


def _token_text(token: object) -> str:
    if isinstance(token, str):
        return token
    text = getattr(token, "text", None)
    if isinstance(text, str):
        return text
    raise TypeError(
        f"a token must be a str or have a str .text attribute, not {type(token).__name__}"
    )


def _is_digits(text: str) -> bool:
    return bool(text) and all(char in _DIGITS for char in text)


def _grouped_run(texts: list[str], index: int) -> int:
    """End (exclusive) of a digit-grouping run ``D , DD , DDD`` starting at ``texts[index]``.

    Returns ``index`` when the comma run there is not a valid Indian or Western grouping, so
    that a list like ``10 , 20 , 30`` keeps its spaces.
    """
    first = texts[index]
    lead = len(first) - len(first.rstrip("".join(_DIGITS)))
    if not 1 <= lead <= 3:
        return index
    groups: list[str] = []
    position = index + 1
    while (
        position + 1 < len(texts)
        and texts[position] == ","
        and _is_digits(texts[position + 1])
        and len(texts[position + 1]) in (2, 3)
    ):
        groups.append(texts[position + 1])
        position += 2
    # The last group must have three digits; drop trailing two-digit groups that cannot end a
    # grouping (``1 , 50`` is a list, ``1 , 50 , 000`` is one lakh fifty thousand).
    while groups and len(groups[-1]) != 3:
        groups.pop()
        position -= 2
    if not groups:
        return index
    return position


def _sticks(previous: str, current: str) -> bool:
    """Whether ``current`` is written with no space after ``previous`` (digit runs aside)."""
    if current in _CLOSING or previous in _OPENING:
        return True
    if previous in _CURRENCY_SIGNS:
        return current[:1] in _DIGITS
    # US$, A$, HK$: a short Latin country prefix glued to the dollar sign.
    return current == "$" and previous.isascii() and previous.isupper() and len(previous) <= 3


def join_tokens(tokens: Iterable[object]) -> JoinedTokens:
    """Join tokens into one string the way they were most likely written.

    Tokens are separated by one space, except that digit runs cut by a tokenizer are closed
    again (``9 . 2`` -> ``9.2``, ``1 , 50 , 000`` -> ``1,50,000``, ``10 : 30`` -> ``10:30``),
    closing punctuation sticks to the token before it (``5 %`` -> ``5%``, ``रु .`` -> ``रु.``),
    opening brackets to the token after, a currency sign to the number after it (``₹ 500`` ->
    ``₹500``) and ``$`` to a short country prefix before it (``US $`` -> ``US$``).

    >>> join_tokens(["₹", "1", ",", "50", ",", "000", "और", "25", "%"]).text
    '₹1,50,000 और 25%'
    >>> join_tokens(["10", ",", "20", ",", "30"]).text  # a list, not a grouped number
    '10, 20, 30'
    >>> join_tokens(["11", "लाख"]).spans
    ((0, 2), (3, 6))
    """
    texts = [_token_text(token) for token in tokens]
    count = len(texts)
    tight = [False] * count  # tight[i]: no space between token i - 1 and token i
    for index in range(1, count):
        tight[index] = _sticks(texts[index - 1], texts[index])
    for index in range(1, count - 1):
        previous, current, following = texts[index - 1], texts[index], texts[index + 1]
        if current in _NUMBER_JOINERS and previous[-1:] in _DIGITS and following[:1] in _DIGITS:
            tight[index] = tight[index + 1] = True
    index = 0
    while index < count:
        if texts[index][-1:] in _DIGITS and index + 1 < count and texts[index + 1] == ",":
            stop = _grouped_run(texts, index)
            for inner in range(index + 1, stop):
                tight[inner] = True
            index = max(stop, index + 1)
        else:
            index += 1
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for index, text in enumerate(texts):
        if index and not tight[index]:
            parts.append(" ")
            position += 1
        parts.append(text)
        spans.append((position, position + len(text)))
        position += len(text)
    return JoinedTokens("".join(parts), tuple(spans))


def extract_tokens(tokens: Iterable[object]) -> list[TokenAmount]:
    """Every amount in pretokenized text, as spans of token indices.

    ``tokens`` may be plain strings or objects with a ``.text`` attribute (spaCy, Stanza and
    hindinum tokens all have one). The tokens are put together with :func:`join_tokens` and
    read with :func:`hindinum.extract`.

    >>> tokens = ["देने", "होंगे", "9", ".", "2", "करोड़", "डॉलर", ",", "जानिए"]
    >>> [(found.amount.value, found.amount.currency, found.start_token, found.end_token)
    ...  for found in extract_tokens(tokens)]
    [(Decimal('92000000'), 'USD', 2, 7)]
    """
    joined = join_tokens(tokens)
    starts = [span[0] for span in joined.spans]
    ends = [span[1] for span in joined.spans]
    found: list[TokenAmount] = []
    for amount in hindinum.extract(joined.text):
        first, stop = _token_range(starts, ends, amount.start, amount.end)
        found.append(TokenAmount(amount, first, stop))
    return found


def _token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices ``[first, stop)`` of the tokens overlapping ``start:end`` (both lists sorted)."""
    first = bisect.bisect_right(ends, start)
    stop = bisect.bisect_left(starts, end)
    if first >= stop:
        raise ValueError(f"no token overlaps characters {start}:{end}")
    return first, stop
