"""Timing and machine helpers shared by run.py, compiled.py and reliability.py."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE = re.compile(r"[^।?!\n]*[^\s।?!\n][^।?!\n]*")


def log(msg: str) -> None:
    """Progress on stderr."""
    print(msg, file=sys.stderr, flush=True)


def count_sentences(text: str) -> int:
    """Sentences: stretches of text ending in ।, ?, ! or a line break (non-blank).

    >>> count_sentences("पहला वाक्य। दूसरा?\\n\\nतीसरा")
    3
    """
    return sum(1 for _ in _SENTENCE.finditer(text))


def _first_field(path: str, key: str) -> str | None:
    """The value after ``key:`` on the first line of ``path`` that starts with ``key``."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def machine() -> dict[str, Any]:
    """CPU model, cores, memory, OS, Python, regex, the checkout's commit, date, load."""
    import regex

    mem = _first_field("/proc/meminfo", "MemTotal")
    git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True, check=False)
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "cpu": _first_field("/proc/cpuinfo", "model name") or platform.processor() or "?",
        "cores": os.cpu_count(),
        "memory": f"{int(mem.split()[0]) / 2**20:.1f} GiB" if mem else "?",
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "regex": regex.__version__,
        "commit": git.stdout.strip() or "?",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_start": load,
    }


def time_lines(
    fn: Callable[[str], object], lines: Sequence[str], runs: int, budget: float
) -> dict[str, Any]:
    """Time ``fn`` over ``lines`` (one call per line); median of ``runs`` runs.

    The first pass stops once it has taken ``budget`` seconds; the lines done by then are the
    sample that every run times (the whole input when it finished).
    """
    t0 = time.perf_counter()
    n = 0
    for line in lines:
        fn(line)
        n += 1
        if time.perf_counter() - t0 > budget:
            break
    times = [time.perf_counter() - t0]
    sample = lines[:n]
    for _ in range((min(runs, 3) if times[0] > budget / 2 else runs) - 1):
        gc.collect()
        t = time.perf_counter()
        for line in sample:
            fn(line)
        times.append(time.perf_counter() - t)
    nbytes = sum(len(s.encode()) + 1 for s in sample)
    med = statistics.median(times)
    return {
        "seconds": med, "min_seconds": min(times), "runs": len(times), "bytes": nbytes,
        "lines": n, "all_lines": len(lines), "sample": n < len(lines),
        "mb_s": nbytes / med / 1e6, "sent_s": sum(map(count_sentences, sample)) / med,
    }


def time_calls(fn: Callable[[str], object], pieces: Sequence[str], runs: int) -> dict[str, Any]:
    """Time one call per piece; the time per call is a run's time over the pieces.

    Median and fastest of ``runs`` runs; ``bytes`` is the mean size of a piece.
    """
    times = []
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        for p in pieces:
            fn(p)
        times.append((time.perf_counter() - t) / len(pieces))
    nbytes = sum(len(p.encode()) for p in pieces) / len(pieces)
    med = statistics.median(times)
    return {"seconds": med, "min_seconds": min(times), "runs": runs, "pieces": len(pieces),
            "bytes": nbytes, "mb_s": nbytes / med / 1e6}


def import_time(module: str, runs: int) -> dict[str, Any] | None:
    """Cumulative import time (``python -X importtime``) of ``module`` in fresh processes.

    One unmeasured run first leaves the bytecode cached, so the figure is that of an installed
    package with its ``.pyc`` files. Median and fastest of ``runs`` runs.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    vals = []
    for i in range(runs + 1):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                              capture_output=True, text=True, check=False, cwd=ROOT, env=env)
        if proc.returncode:
            return None
        cum = [int(p[1]) for p in (ln.split("|") for ln in proc.stderr.splitlines())
               if len(p) == 3 and p[2].strip() == module]
        if cum and i:
            vals.append(cum[-1])
    if not vals:
        return None
    return {"ms": statistics.median(vals) / 1000, "min_ms": min(vals) / 1000, "runs": len(vals)}


#: Peak RSS in KB of this process: VmHWM starts afresh at exec, unlike ru_maxrss, which
#: carries over the peak of the (big) benchmark process that forked it.
_RSS_SCRIPT = """
import json, sys
def rss():
    with open("/proc/self/status") as fh:
        return next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:"))
with open(sys.argv[1], encoding="utf-8") as fh:
    lines = [line.rstrip("\\n") for line in fh]
out = {"bare": rss()}
if sys.argv[2] == "lib":
    import hindinum
    out["import"] = rss()
    out["amounts"] = sum(len(hindinum.extract(line)) for line in lines)
    out["run"] = rss()
print(json.dumps(out))
"""


def peak_rss(corpus_path: Path) -> dict[str, Any] | None:
    """Peak RSS (MB) of a fresh process reading the corpus, bare and with hindinum.extract."""
    res = {}
    for mode in ("bare", "lib"):
        proc = subprocess.run([sys.executable, "-c", _RSS_SCRIPT, str(corpus_path), mode],
                              capture_output=True, text=True, check=False, cwd=ROOT)
        if proc.returncode:
            log(f"peak RSS ({mode}) failed: {proc.stderr[-500:]}")
            return None
        res[mode] = json.loads(proc.stdout)
    bare, lib = res["bare"]["bare"], res["lib"]
    return {
        "bare_python_mb": bare / 1024,
        "after_import_mb": lib["import"] / 1024,
        "after_extract_mb": lib["run"] / 1024,
        "import_share_mb": (lib["import"] - bare) / 1024,
        "library_share_mb": (lib["run"] - bare) / 1024,
        "amounts": lib["amounts"],
    }
