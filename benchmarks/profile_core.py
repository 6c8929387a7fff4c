"""Profile hindinum.extract() (or normalize()) on the generated corpus with cProfile.

    python benchmarks/profile_core.py                # extract, 5 MB, top 25 by own time
    python benchmarks/profile_core.py --call normalize --mb 1 --top 40
    python benchmarks/profile_core.py --stages       # time of each stage, no profiler

Prints the hot spots by own time (tottime) and by cumulative time, and writes the raw profile to
benchmarks/out/CALL.prof (open it with ``python -m pstats`` or snakeviz).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import corpus as corpus_mod
from run import stage_fns

import hindinum


def best_of(fn: Callable[[str], object], lines: list[str], runs: int) -> float:
    """The fastest of ``runs`` passes of ``fn`` over ``lines``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        for ln in lines:
            fn(ln)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    """Profile one call per line over the corpus and print the top functions."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--call", choices=("extract", "normalize"), default="extract")
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    ap.add_argument("--share", type=float, default=0.4)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--stages", action="store_true",
                    help="time the stages of extract() (best of 5 runs) instead of profiling")
    a = ap.parse_args()
    text = corpus_mod.generate(int(a.mb * 1e6), share=a.share, seed=0).text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    nbytes = len(text.encode())
    if a.stages:
        for name, fn in [*stage_fns(), ("extract()", hindinum.extract),
                         ("normalize()", hindinum.normalize)]:
            best = best_of(fn, lines, 5)
            print(f"{name:34s} {best:7.3f} s  {nbytes / best / 1e6:6.2f} MB/s")
        return 0
    fn = getattr(hindinum, a.call)
    best_of(fn, lines[:50], 1)  # warm caches outside the profile
    plain = best_of(fn, lines, 1)
    prof = cProfile.Profile()
    prof.runcall(best_of, fn, lines, 1)
    Path(a.out).mkdir(parents=True, exist_ok=True)
    prof.dump_stats(str(Path(a.out) / f"{a.call}.prof"))
    print(f"hindinum {hindinum.__version__}: {a.call}() over {len(lines)} lines, "
          f"{nbytes / 1e6:.2f} MB: {plain:.2f} s unprofiled = {nbytes / plain / 1e6:.2f} MB/s")
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(a.top)
        print(f"\n== by {key} ==\n" + buf.getvalue().strip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
