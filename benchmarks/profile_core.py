"""Profile hindinum.extract() (or normalize()) on the generated corpus with cProfile.

    python benchmarks/profile_core.py                # extract, 5 MB, top 25 by own time
    python benchmarks/profile_core.py --call normalize --mb 1 --top 40

Prints the hot spots by own time (tottime) and by cumulative time, and writes the raw profile to
benchmarks/out/extract.prof (open it with ``python -m pstats`` or snakeviz).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import corpus as corpus_mod


def main() -> int:
    """Profile one call per line over the corpus and print the top functions."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--call", choices=("extract", "normalize"), default="extract")
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    ap.add_argument("--share", type=float, default=0.4)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--out", default=str(HERE / "out"))
    a = ap.parse_args()
    import hindinum

    fn = getattr(hindinum, a.call)
    text = corpus_mod.generate(int(a.mb * 1e6), share=a.share, seed=0).text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for ln in lines[:50]:  # warm caches outside the profile
        fn(ln)
    t = time.perf_counter()
    for ln in lines:
        fn(ln)
    plain = time.perf_counter() - t
    prof = cProfile.Profile()
    prof.enable()
    for ln in lines:
        fn(ln)
    prof.disable()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    prof.dump_stats(str(out / f"{a.call}.prof"))
    nbytes = len(text.encode())
    print(
        f"hindinum {getattr(hindinum, '__version__', '?')}: {a.call}() over {len(lines)} lines, "
        f"{nbytes / 1e6:.2f} MB: {plain:.2f} s unprofiled = {nbytes / plain / 1e6:.2f} MB/s"
    )
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(a.top)
        print(f"\n== by {key} ==")
        print(buf.getvalue().strip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
