"""``hindinum verbalize`` in a subprocess: streams like ``normalize``, line endings kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "hindinum", "verbalize", "--quiet", *args],
                          input=stdin, capture_output=True, timeout=120, check=False, env=env)


def test_stdin_to_stdout_keeps_line_endings() -> None:
    text = "अब 9.2 करोड़ डॉलर\r\nकुल ₹123.57\nकोई संख्या नहीं"
    proc = _run(stdin=text.encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == ("अब नौ दशमलव दो करोड़ डॉलर\r\n"
                                    "कुल एक सौ तेईस रुपये सत्तावन पैसे\nकोई संख्या नहीं")


def test_options_reach_verbalize(tmp_path: Path) -> None:
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_bytes("1.5 लाख\n1500000000000\n".encode())
    proc = _run("--colloquial", "--scales", "crore", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().decode() == "डेढ़ लाख\nएक लाख पचास हज़ार करोड़\n"


def test_measures_through_the_command_line(tmp_path: Path) -> None:
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_bytes("10:30 बजे, 5 kg और 15/08/2023\n".encode())
    assert _run(str(src), "-o", str(out)).returncode == 0
    assert out.read_bytes().decode() == ("दस बजकर तीस मिनट, पाँच किलोग्राम और पंद्रह अगस्त "
                                         "दो हज़ार तेईस\n")
    assert _run("--colloquial", str(src), "-o", str(out)).returncode == 0
    assert out.read_bytes().decode().startswith("साढ़े दस बजे, ")


def test_parallel_output_is_the_serial_output(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes("".join(f"पंक्ति {i}: ₹{i}.50 और {i}%\n" for i in range(3000)).encode())
    serial, parallel = _run(str(src)), _run("--jobs", "2", str(src))
    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout
    assert serial.stdout.decode().splitlines()[2] == "पंक्ति दो: दो रुपये पचास पैसे और दो प्रतिशत"


def test_bad_option_is_a_usage_error() -> None:
    proc = _run("--scales", "western")
    assert proc.returncode == 2
    assert b"--scales" in proc.stderr


def test_invalid_utf8_is_a_data_error() -> None:
    assert _run(stdin=b"5 \xff\n").returncode == 65


def test_help_names_the_subcommand() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "hindinum", "--help"], capture_output=True,
                          timeout=60, check=False, env=env)
    assert b"verbalize" in proc.stdout
