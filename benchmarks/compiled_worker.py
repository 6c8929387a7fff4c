"""Time the compiled build of hindinum in a process of its own (run by ``run.py --compiled``).

    python benchmarks/compiled_worker.py BUILD_DIR LINES_JSON RUNS BUDGET

BUILD_DIR holds the compiled package (``benchmarks/compiled.py`` makes it); LINES_JSON is a
JSON list of inputs, each ``[label, [line, ...]]``. Prints one JSON list of result rows, timed
by ``run.time_lines`` exactly as the plain build is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    build, lines_file, runs, budget = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    sys.path.insert(0, build)  # before the checkout, which run.py puts on the path
    import hindinum

    if not hindinum.compiled:
        raise SystemExit(f"{build}: hindinum there is not compiled")
    tokenize_mod = sys.modules["hindinum.tokenize"]
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    import run

    rows = []
    for label, lines in json.loads(Path(lines_file).read_text(encoding="utf-8")):
        for call, fn in (("extract", hindinum.extract), ("normalize", hindinum.normalize)):
            r = run.time_lines(fn, lines, runs, budget)
            r.update(input=label, call=f"hindinum.{call}(text)", unit="per line")
            rows.append(r)
        r = run.time_lines(tokenize_mod.raw_tokens, lines, runs, budget)
        r.update(input=label, call="tokens built (raw_tokens)", unit="per line")
        rows.append(r)
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
