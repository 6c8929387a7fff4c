"""Keep doctest collection away from integration modules whose framework is not installed."""

from __future__ import annotations

import importlib.util

_OPTIONAL = {
    "hindinum/spacy.py": "spacy",
    "hindinum/stanza.py": "stanza",
    "hindinum/indic.py": "indicnlp",
    "hindinum/dask.py": "dask",
}

collect_ignore = [path for path, mod in _OPTIONAL.items() if importlib.util.find_spec(mod) is None]
collect_ignore += ["benchmarks"]
