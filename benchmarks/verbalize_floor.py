"""The least a sentence costs hindinum: verbalize, extract, the tokenizer and its regex alone.

    python benchmarks/verbalize_floor.py              # the build installed (or on PYTHONPATH)
    PYTHONPATH=/tmp/cb python benchmarks/verbalize_floor.py   # a compiled build (compiled.py)

The sentences are those of ``verbalize_speed.py`` (NeMo's Hindi TN test inputs, the seed
article, the real-text sentences); each figure is the best of 7 passes over them, in
microseconds a sentence. ``verbalize`` must find the amounts (one ``extract``) and read its
words back (about one more): these floors bound how fast it can be (docs/verbalize.md).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from profile_core import best_of
from verbalize_speed import load_sentences

import hindinum

tokenize = importlib.import_module("hindinum.tokenize")


def main() -> None:
    texts = [text for _, text in load_sentences()]
    print(f"{len(texts)} sentences, hindinum {'compiled' if hindinum.compiled else 'plain'}")
    for name, fn in [("verbalize", hindinum.verbalize), ("extract", hindinum.extract),
                     ("tokens", tokenize.raw_tokens), ("tokenizer regex", tokenize._RAW_RE.findall),
                     ("str.split", str.split)]:
        print(f"  {name:16} {best_of(fn, texts, 7) / len(texts) * 1e6:7.1f} µs")


if __name__ == "__main__":
    main()
