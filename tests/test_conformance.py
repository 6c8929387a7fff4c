"""The peer suites in ../shared/corpora, scored by ../shared/tools/conformance.py.

Third-party data is read where it lies, beside the project; the test is skipped where it is
absent (an installed sdist, say) and runs in CI, which has shared/ beside the clone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT.parent / "shared" / "tools" / "conformance.py"


@pytest.mark.skipif(not TOOL.exists(), reason="../shared/tools/conformance.py is not here")
def test_peer_suites_overall_at_least_95_percent() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, str(TOOL), "--min", "0.95"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1].startswith("overall")
