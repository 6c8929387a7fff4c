"""``explain``: why hindinum read what it read, and why it left the rest.

:func:`explain` runs the recognizer with a trace and returns every decision it made: each
amount with the phases that built it, and each candidate a rule turned down, with the rule's
name and reason. It is for people asking "why did it read this?" (or "why not?"): print it,
or read its :class:`~hindinum.recognize.Decision` records.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from hindinum.api import checked_options
from hindinum.recognize import Decision, find_amounts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from hindinum.options import Subunits

__all__ = ["Decision", "Explanation", "explain"]


class Explanation(list[Decision]):
    """The decisions of one reading, in the order they were made; ``str()`` gives a table."""

    def __str__(self) -> str:
        import textwrap  # 1 ms of import time, only for printing

        if not self:
            return "no candidate: nothing in the text can open an amount"
        lines: list[str] = []
        for d in self:
            where = f"{d.start}:{d.end}"
            if d.amount is not None:
                a = d.amount
                value = f"{a.value}" if a.value_max is None else f"{a.value}..{a.value_max}"
                unit = a.currency or a.subunit or ""
                head = f"{where:>9}  {d.text!r} -> {value} {unit} [{a.kind}]".rstrip()
                lines.append(head)
                lines += textwrap.wrap("; ".join(d.steps), 88,
                                       initial_indent=f"{'':11}because: ",
                                       subsequent_indent=" " * 11)
            else:
                lines.append(f"{where:>9}  {d.text!r} -> {d.verdict} ({d.rule})")
                lines += textwrap.wrap(d.why, 88, initial_indent=f"{'':11}because: ",
                                       subsequent_indent=" " * 11)
        return "\n".join(lines)


def explain(text: str, *, dollar: str = "USD", subunits: Subunits = "auto") -> Explanation:
    """Every decision the recognizer makes on ``text``: the amounts it reads, with the phases
    that built each, and the candidates its rules turn down, with the rule and its reason.

    The options are those of :func:`hindinum.extract`, whose result the amounts equal.

    >>> for d in explain("iPhone 15 के लिए 11 लाख डॉलर दिए"):
    ...     print(d.verdict, d.rule, repr(d.text))
    not an amount model_name '15'
    amount amount '11 लाख डॉलर'
    >>> print(explain("एक रिपोर्ट: करीब 5 करोड़ रुपये"))
          0:2  'एक' -> not an amount (article)
               because: A word that is also a number, alone before an ordinary word, is the
               article or adjective it usually is: ``एक रिपोर्ट``, ``आधी रात``. Before a unit
               of measure it is a number (``एक किलो``, ``आधा लीटर``).
        17:30  '5 करोड़ रुपये' -> 50000000 INR [money]
               because: qualifier before: about; number: 5 करोड़; currency after: INR
    """
    dollar = checked_options(text, dollar, subunits)  # extract's checks, errors and codes
    trace: list[Decision] = []
    find_amounts(text, dollar, subunits, trace=trace)
    return Explanation(d if d.why else replace(d, why=_reason(d.rule)) for d in trace)


@functools.cache
def _reasons() -> dict[str, str]:
    """The first paragraph of each rule's docstring, read from ``rules.py`` itself: the
    compiled build keeps no docstrings on its functions."""
    import ast
    from pathlib import Path

    source = Path(__file__).with_name("rules.py")
    if not source.is_file():
        return {}
    out = {}
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            doc = ast.get_docstring(node) or ""
            out[node.name] = " ".join(doc.split("\n\n")[0].split())
    return out


def _reason(rule: str) -> str:
    return _reasons().get(rule, "")
