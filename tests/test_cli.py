"""Tests of the ``hindinum`` command line (``hindinum.cli``).

Most tests call :func:`hindinum.cli.main` in-process; a few run the real ``python -m hindinum``
and ``hindinum`` executables. Expected outputs are built from :func:`hindinum.normalize` and
:func:`hindinum.extract` line by line, so these tests check the command line, not the reading
of numbers (one contract example aside).
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

import pytest

import hindinum
from conftest import require
from hindinum import cli
from hindinum.cli import EXTRACT_FIELDS, main

SAMPLE = [
    "अब 9.2 करोड़ डॉलर देने होंगे",
    "कुल 1,25,000 रुपये खर्च हुए",
    "",
    "करीब 5 लोग आए, 12 गए",
    "उसे 3.5% ब्याज मिला",
    "कोई संख्या नहीं",
    "वह दूसरे स्थान पर रहा, 2024 में ₹ 500 मिले",
]


def sample_bytes(ending: str = "\n") -> bytes:
    return "".join(line + ending for line in SAMPLE).encode()


def expected_normalized(data: bytes, **options: Any) -> bytes:
    """What ``hindinum normalize`` must write for ``data``: line by line, endings kept."""
    out = []
    for raw in data.split(b"\n"):
        line = raw.decode()
        ending = "\r" if line.endswith("\r") else ""
        out.append(hindinum.normalize(line[: len(line) - len(ending)], **options) + ending)
    return "\n".join(out).encode()


def expected_records(data: bytes, name: str) -> list[dict[str, object]]:
    records = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        line = raw.decode().removesuffix("\r")
        for amount in hindinum.extract(line):
            records.append({"file": name, "line": number, **amount.to_dict()})
    return records


def run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode()


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_bytes(sample_bytes())
    return path


# --------------------------------------------------------------------------- normalize


def test_normalize_contract_example(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "in.txt"
    path.write_text("अब 9.2 करोड़ डॉलर देने होंगे\n", encoding="utf-8")
    code, out, err = run(capsysbinary, "normalize", str(path))
    assert (code, err) == (0, "")
    assert out.decode() == "अब 92000000 USD देने होंगे\n"


def test_normalize_file_to_stdout(sample_file: Path, capsysbinary: Any) -> None:
    code, out, err = run(capsysbinary, "normalize", str(sample_file))
    assert (code, err) == (0, "")
    assert out == expected_normalized(sample_file.read_bytes())
    assert out != sample_file.read_bytes()  # something was rewritten


@pytest.mark.parametrize(
    "data",
    [
        "कुल 5 लोग\r\nअब 9.2 करोड़ डॉलर\n\r\n\nआखिरी 7",  # mixed endings, no final newline
        "एक\rबीच में 5\r\n",  # a lone \r inside a line is content
        "\n\n\n",
        "",
        "सिर्फ़ 3\r",  # a final lone \r
        "\ufeffबीओएम के बाद 4\n",  # a byte order mark stays where it is
    ],
)
def test_normalize_keeps_line_endings(tmp_path: Path, capsysbinary: Any, data: str) -> None:
    path = tmp_path / "endings.txt"
    path.write_bytes(data.encode())
    code, out, _ = run(capsysbinary, "normalize", str(path))
    assert code == 0
    assert out == expected_normalized(data.encode())
    assert out.count(b"\n") == data.count("\n")
    assert out.count(b"\r") == data.count("\r")
    assert out.endswith(b"\n") == data.endswith("\n")


def test_normalize_options(sample_file: Path, capsysbinary: Any) -> None:
    code, out, _ = run(
        capsysbinary,
        "normalize",
        "--digits",
        "devanagari",
        "--grouping",
        "indian",
        str(sample_file),
    )
    assert code == 0
    expected = expected_normalized(sample_file.read_bytes(), digits="devanagari", grouping="indian")
    assert out == expected
    assert out != expected_normalized(sample_file.read_bytes())


@pytest.mark.parametrize("args", [[], ["-"]])
def test_stdin(monkeypatch: pytest.MonkeyPatch, capsysbinary: Any, args: list[str]) -> None:
    data = sample_bytes("\r\n")
    set_stdin(monkeypatch, data)
    code, out, err = run(capsysbinary, "normalize", *args)
    assert (code, err) == (0, "")
    assert out == expected_normalized(data)


def test_output_file(sample_file: Path, tmp_path: Path, capsysbinary: Any) -> None:
    target = tmp_path / "out.txt"
    code, out, err = run(capsysbinary, "normalize", str(sample_file), "-o", str(target))
    assert (code, out, err) == (0, b"", "")
    assert target.read_bytes() == expected_normalized(sample_file.read_bytes())


def test_several_files_in_order(tmp_path: Path, capsysbinary: Any) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes("पहले 1\nफिर 2".encode())  # no final newline: nothing is added
    second.write_bytes("बाद में 3\n".encode())
    code, out, _ = run(capsysbinary, "normalize", str(first), str(second))
    assert code == 0
    assert out == expected_normalized(first.read_bytes()) + expected_normalized(second.read_bytes())


# --------------------------------------------------------------------------- extract


def test_extract_jsonl(sample_file: Path, capsysbinary: Any) -> None:
    code, out, err = run(capsysbinary, "extract", str(sample_file))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert records == expected_records(sample_file.read_bytes(), str(sample_file))
    assert len(records) >= 3
    lines = sample_file.read_text(encoding="utf-8").split("\n")
    for record in records:
        assert tuple(record) == EXTRACT_FIELDS
        assert lines[record["line"] - 1][record["start"] : record["end"]] == record["text"]
        assert isinstance(record["value"], str)
    assert any(r["kind"] == "money" and r["currency"] == "USD" for r in records)


def test_extract_stdin_is_named_dash(monkeypatch: pytest.MonkeyPatch, capsysbinary: Any) -> None:
    set_stdin(monkeypatch, "कोई संख्या नहीं\nकुल 5 लोग\n".encode())
    code, out, _ = run(capsysbinary, "extract")
    assert code == 0
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert records and all(r["file"] == "-" and r["line"] == 2 for r in records)


def test_extract_offsets_within_crlf_lines(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("कोई नहीं\r\nकुल 5 लोग और 7 गाड़ियाँ\r\n".encode())
    code, out, _ = run(capsysbinary, "extract", str(path))
    assert code == 0
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["line"] for r in records] == [2, 2]
    line = "कुल 5 लोग और 7 गाड़ियाँ"
    five, seven = line.index("5"), line.index("7")
    assert [(r["start"], r["end"], r["value"]) for r in records] == [
        (five, five + 1, "5"),
        (seven, seven + 1, "7"),
    ]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_extract_csv_tsv(
    sample_file: Path, tmp_path: Path, capsysbinary: Any, fmt: str, delimiter: str
) -> None:
    other = tmp_path / "other.txt"
    other.write_bytes('कुल 1,00,000 रुपये, "उद्धरण" में 5\n'.encode())
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(
        capsysbinary, "extract", "--format", fmt, str(sample_file), str(other), "-o", str(target)
    )
    assert (code, out) == (0, b"")
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=delimiter))
    assert tuple(rows[0]) == EXTRACT_FIELDS  # one header, even for two files
    expected = expected_records(sample_file.read_bytes(), str(sample_file))
    expected += expected_records(other.read_bytes(), str(other))
    as_text = [["" if r[k] is None else str(r[k]) for k in EXTRACT_FIELDS] for r in expected]
    assert rows[1:] == as_text
    assert len(rows) > 3


def test_extract_csv_header_without_amounts(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: Any
) -> None:
    set_stdin(monkeypatch, "कोई संख्या नहीं\n".encode())
    code, out, _ = run(capsysbinary, "extract", "--format", "csv")
    assert code == 0
    assert out.decode() == ",".join(EXTRACT_FIELDS) + "\n"


# --------------------------------------------------------------------------- --jobs


def big_input(tmp_path: Path, lines: int = 400) -> Path:
    path = tmp_path / "big.txt"
    endings = ["\n", "\r\n", "\n"]
    text = "".join(SAMPLE[i % len(SAMPLE)] + f" {i}" + endings[i % 3] for i in range(lines))
    path.write_bytes(text.encode() + "अंत 9".encode())
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["normalize"],
        ["normalize", "--digits", "devanagari", "--grouping", "western"],
        ["extract"],
        ["extract", "--format", "csv"],
        ["extract", "--format", "tsv"],
    ],
)
def test_jobs_give_identical_output(tmp_path: Path, capsysbinary: Any, args: list[str]) -> None:
    path = big_input(tmp_path)
    files = [str(path), str(path)]
    code, serial, _ = run(capsysbinary, *args, *files)
    assert code == 0
    assert serial
    for jobs in (["--jobs", "2", "--chunk-lines", "7"], ["-j", "2"], ["--jobs", "0"]):
        code, parallel, _ = run(capsysbinary, *args, *jobs, *files)
        assert code == 0
        assert parallel == serial, jobs


# --------------------------------------------------------------------------- invalid input


def bad_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "bad.txt"
    path.write_bytes("पहली 1\nदूसरी 2\n".encode() + b"tee\xff\xfe 3\n" + "चौथी 4\n".encode())
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_invalid_utf8_names_the_line(tmp_path: Path, capsysbinary: Any, jobs: str) -> None:
    path = bad_utf8(tmp_path)
    code, out, err = run(capsysbinary, "normalize", "--jobs", jobs, "--chunk-lines", "1", str(path))
    assert code == 65
    assert f"{path}:3:" in err
    assert "invalid UTF-8" in err and "--errors replace" in err
    assert "Traceback" not in err
    # everything before the bad line was written, nothing after it
    assert out == expected_normalized("पहली 1\nदूसरी 2\n".encode())


def test_invalid_utf8_on_stdin(monkeypatch: pytest.MonkeyPatch, capsysbinary: Any) -> None:
    set_stdin(monkeypatch, b"ok\n\xc3(\n")
    code, _, err = run(capsysbinary, "extract")
    assert code == 65
    assert "<stdin>:2:" in err


def test_errors_replace(tmp_path: Path, capsysbinary: Any) -> None:
    path = bad_utf8(tmp_path)
    code, out, err = run(capsysbinary, "normalize", "--errors", "replace", str(path))
    assert (code, err) == (0, "")
    text = out.decode()
    assert "tee\ufffd\ufffd" in text
    assert text.count("\n") == 4
    code, out, _ = run(capsysbinary, "extract", "--errors", "replace", str(path))
    assert code == 0
    assert 3 in {json.loads(line)["line"] for line in out.decode().splitlines()}


def test_errors_surrogateescape_passes_bytes_through(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "bytes.txt"
    path.write_bytes(b"\xff\xfe\n")
    code, out, _ = run(capsysbinary, "normalize", "--errors", "surrogateescape", str(path))
    assert code == 0
    assert out == b"\xff\xfe\n"


# --------------------------------------------------------------------------- exit codes


def test_missing_file(sample_file: Path, tmp_path: Path, capsysbinary: Any) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsysbinary, "normalize", str(sample_file), str(missing))
    assert code == 66
    assert out == b""  # inputs are checked before anything is written
    assert "nope.txt" in err and "No such file" in err


def test_directory_input(tmp_path: Path, capsysbinary: Any) -> None:
    code, _, err = run(capsysbinary, "extract", str(tmp_path))
    assert code == 66
    assert "directory" in err


def test_output_cannot_be_created(sample_file: Path, tmp_path: Path, capsysbinary: Any) -> None:
    code, _, err = run(
        capsysbinary, "normalize", str(sample_file), "-o", str(tmp_path / "no" / "x")
    )
    assert code == 73
    assert "cannot create" in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["normalize", "--digits", "roman"],
        ["normalize", "--grouping", "chinese"],
        ["extract", "--format", "xml"],
        ["extract", "--jobs", "-1"],
        ["extract", "--jobs", "many"],
        ["normalize", "--errors", "ignore"],
    ],
)
def test_usage_errors(capsysbinary: Any, argv: list[str]) -> None:
    code, out, err = run(capsysbinary, *argv)
    assert code == 2
    assert out == b""
    assert "usage:" in err


def test_output_is_an_input(sample_file: Path, capsysbinary: Any) -> None:
    before = sample_file.read_bytes()
    code, _, err = run(capsysbinary, "normalize", str(sample_file), "-o", str(sample_file))
    assert code == 2
    assert "also an input" in err
    assert sample_file.read_bytes() == before


def test_help_shows_examples(capsysbinary: Any) -> None:
    for argv in (["--help"], ["normalize", "--help"], ["extract", "-h"]):
        code, out, _ = run(capsysbinary, *argv)
        assert code == 0
        assert "examples:" in out.decode()
        assert "hindinum" in out.decode()


def test_version(capsysbinary: Any) -> None:
    code, out, _ = run(capsysbinary, "--version")
    assert code == 0
    build = "compiled" if hindinum.compiled else "plain Python"
    assert out.decode().strip() == f"hindinum {hindinum.__version__} ({build})"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_internal_error_is_reported(
    tmp_path: Path, capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    if jobs != "1" and multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched function reaches worker processes only through fork")
    path = tmp_path / "in.txt"
    path.write_bytes("एक\nBOOM\nतीन\n".encode())
    real = hindinum.normalize

    def fragile(text: str, **options: Any) -> str:
        if text == "BOOM":
            raise RuntimeError("boom")
        return real(text, **options)

    monkeypatch.setattr(hindinum, "normalize", fragile)
    code, _, err = run(capsysbinary, "normalize", "--jobs", jobs, "--chunk-lines", "2", str(path))
    assert code == 70
    assert f"{path}:2:" in err and "RuntimeError: boom" in err


# --------------------------------------------------------------------------- progress bar


def test_progress_forced_and_off(sample_file: Path, tmp_path: Path, capsysbinary: Any) -> None:
    require("tqdm")  # extra "cli"
    target = tmp_path / "out.txt"
    code, _, err = run(capsysbinary, "normalize", "--progress", str(sample_file), "-o", str(target))
    assert code == 0
    assert "B" in err and "\r" in err  # a tqdm bar counting bytes
    code, _, err = run(
        capsysbinary, "normalize", "--no-progress", str(sample_file), "-o", str(target)
    )
    assert (code, err) == (0, "")
    code, _, err = run(capsysbinary, "normalize", str(sample_file), "-o", str(target))
    assert (code, err) == (0, "")  # stderr is no terminal here: no bar by default


def test_progress_without_tqdm(
    sample_file: Path, tmp_path: Path, capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    target = tmp_path / "out.txt"
    code, _, err = run(capsysbinary, "normalize", "--progress", str(sample_file), "-o", str(target))
    assert code == 0
    assert "needs tqdm" in err
    assert target.read_bytes() == expected_normalized(sample_file.read_bytes())


# --------------------------------------------------------------------------- streaming


class _CountingReader(io.RawIOBase):
    """A raw input that makes its lines on demand and counts the bytes handed out."""

    def __init__(self, lines: int) -> None:
        self.remaining = lines
        self.pending = b""
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while len(self.pending) < len(buffer) and self.remaining:
            self.pending += b"x\n" * min(self.remaining, 1024)
            self.remaining -= min(self.remaining, 1024)
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        self.given += size
        return size


class _LagWriter(io.RawIOBase):
    """A raw output that records how far reading ran ahead of writing."""

    def __init__(self, reader: _CountingReader) -> None:
        self.reader = reader
        self.written = 0
        self.max_lag = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.written += len(data)
        self.max_lag = max(self.max_lag, self.reader.given - self.written)
        return len(data)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_streams_with_bounded_read_ahead(monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    lines = 60_000  # 120 kB of input, made on demand
    reader = _CountingReader(lines)
    writer = _LagWriter(reader)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(reader, 4096)))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(writer, 4096)))
    code = main(["normalize", "--jobs", jobs, "--chunk-lines", "100"])
    assert code == 0
    assert writer.written == reader.given == 2 * lines  # "x" is no amount: output == input
    # Reading never ran more than a few buffers and chunks ahead of writing: the input is
    # streamed, not read whole (which would make the lag the whole input).
    assert writer.max_lag < 24_000


# --------------------------------------------------------------------------- real processes


def scripts_dir() -> Path:
    return Path(sysconfig.get_path("scripts"))


def test_python_dash_m(sample_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hindinum", "normalize"],
        input=sample_file.read_bytes(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected_normalized(sample_file.read_bytes())


def test_console_script(sample_file: Path, tmp_path: Path) -> None:
    script = scripts_dir() / ("hindinum.exe" if os.name == "nt" else "hindinum")
    assert script.exists(), f"console script not installed at {script}"
    done = subprocess.run(
        [str(script), "extract", "--jobs", "2", str(sample_file)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert records == expected_records(sample_file.read_bytes(), str(sample_file))
    done = subprocess.run(
        [str(script), "extract", str(tmp_path / "missing.txt")],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 66
    assert b"missing.txt" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_broken_pipe_exits_quietly(tmp_path: Path, jobs: str) -> None:
    path = tmp_path / "many.txt"
    path.write_bytes(("कुल 5 लोग\n" * 200_000).encode())  # far more than a pipe buffer
    process = subprocess.Popen(
        [sys.executable, "-m", "hindinum", "normalize", "--jobs", jobs, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read()
    code = process.wait(timeout=120)
    assert first
    assert code == cli.EX_BROKEN_PIPE
    assert err == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_interrupt_exits_130(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "hindinum", "normalize", str(fifo)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # as from a terminal, even if this test runs where SIGINT is ignored (a background job)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    # Opening the FIFO for writing succeeds only once the command has opened it for
    # reading: by then Python handles SIGINT, and the command waits for input.
    deadline = time.monotonic() + 60
    while True:
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.05)
    # A signal that lands after the interpreter's last check for signals and before the
    # blocking read() starts is handled only when read() returns, which here is never
    # (CPython's race, not the command's): press Ctrl-C again, as a user would, after a wait
    # long enough that the command is not still exiting from the first.
    try:
        code = None
        for _ in range(6):
            process.send_signal(signal.SIGINT)
            try:
                code = process.wait(timeout=10)
                break
            except subprocess.TimeoutExpired:
                continue
    finally:
        os.close(writer)
    assert code == cli.EX_INTERRUPTED
    assert process.stderr is not None and b"Traceback" not in process.stderr.read()


# --------------------------------------------------------------------------- docs/cli.md


def console_examples() -> list[tuple[str, str]]:
    """``(command, expected output)`` for every ``$`` line of the console blocks of docs/cli.md."""
    doc = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
    examples: list[tuple[str, list[str]]] = []
    in_block = False
    for line in doc.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block = line == "```console"
        elif in_block and line.startswith("$ "):
            examples.append((line[2:], []))
        elif in_block:
            examples[-1][1].append(line)
    return [(command, "\n".join(output)) for command, output in examples]


def test_docs_console_examples(tmp_path: Path) -> None:
    examples = console_examples()
    assert len(examples) >= 10
    env = {**os.environ, "PATH": f"{scripts_dir()}{os.pathsep}{os.environ.get('PATH', '')}"}
    for command, expected in examples:
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        got = [line.rstrip() for line in done.stdout.decode().splitlines()]
        assert got == [line.rstrip() for line in expected.splitlines()], command


def test_kinds_option(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "k.txt"
    path.write_text("शाम 7 बजे 5 किलो चावल 50 रुपये में\n", encoding="utf-8")
    code, out, _ = run(capsysbinary, "extract", "--kinds", "money,time", str(path))
    assert code == 0
    kinds = [json.loads(line)["kind"] for line in out.decode("utf-8").splitlines()]
    assert kinds == ["time", "money"]
    code, out, _ = run(capsysbinary, "normalize", "--kinds", "money", str(path))
    assert code == 0
    assert out.decode("utf-8") == "शाम 7 बजे 5 किलो चावल 50 INR में\n"
    code, out, _ = run(capsysbinary, "normalize", str(path))
    assert out.decode("utf-8") == "19:00 5 kg चावल 50 INR में\n"
    code, _, err = run(capsysbinary, "extract", "--kinds", "cash", str(path))
    assert code == 2
    assert "'cash' is not a kind" in err


def test_dollar_option(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "d.txt"
    path.write_text("$5 और 7 डॉलर, 10 अमेरिकी डॉलर\n", encoding="utf-8")
    code, out, _ = run(capsysbinary, "normalize", "--dollar", "CAD", str(path))
    assert code == 0
    assert out.decode("utf-8") == "5 CAD और 7 CAD, 10 USD\n"
    code, out, _ = run(capsysbinary, "extract", "--dollar", "AUD", str(path))
    assert code == 0
    currencies = [json.loads(line)["currency"] for line in out.decode("utf-8").splitlines()]
    assert currencies == ["AUD", "AUD", "USD"]
    code, out, _ = run(capsysbinary, "normalize", "--dollar", "cad", str(path))
    assert code == 0  # any case, as for extract(dollar="cad")
    assert out.decode("utf-8") == "5 CAD और 7 CAD, 10 USD\n"
    code, _, err = run(capsysbinary, "extract", "--dollar", "XYZ", str(path))
    assert code == 2
    assert "argument --dollar: must be an active ISO 4217 currency code" in err


def test_subunits_option(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "s.txt"
    path.write_text("शेयर 34 सेंट गिरा, डीज़ल सत्तर पैसे सस्ता\n", encoding="utf-8")
    code, out, _ = run(capsysbinary, "normalize", str(path))
    assert code == 0
    assert out.decode("utf-8") == "शेयर 34 सेंट गिरा, डीज़ल 0.7 INR सस्ता\n"
    code, out, _ = run(capsysbinary, "normalize", "--subunits", "main", str(path))
    assert code == 0
    assert out.decode("utf-8") == "शेयर 0.34 USD गिरा, डीज़ल 0.7 INR सस्ता\n"
    code, out, _ = run(capsysbinary, "extract", str(path))
    assert code == 0
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert [(r["value"], r["currency"], r["subunit"]) for r in records] == [
        ("34", None, "cent"), ("0.7", "INR", None)]
    code, _, err = run(capsysbinary, "extract", "--subunits", "minor", str(path))
    assert code == 2 and "--subunits" in err


# --------------------------------------------------------------------------- summary line


class _FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal, as stderr is when run by hand."""

    def isatty(self) -> bool:
        return True


SUMMARY = re.compile(
    r"^hindinum (normalize|extract): ([\d,]+) lines?, ([\d,]+) (amounts?|lines? changed) "
    r"in \d+\.\d\d s( \(\d+\.\d MB/s\))?$"
)


@pytest.mark.parametrize("command", ["normalize", "extract"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_summary_on_a_terminal(
    sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, jobs: str
) -> None:
    fake = _FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    target = tmp_path / "out"
    assert main([command, "--jobs", jobs, str(sample_file), "-o", str(target)]) == 0
    last = fake.getvalue().replace("\r", "\n").splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, fake.getvalue()
    data = sample_file.read_bytes()
    assert match.group(2) == str(len(SAMPLE))
    if command == "extract":
        assert int(match.group(3)) == len(expected_records(data, str(sample_file)))
    else:
        changed = sum(hindinum.normalize(line) != line for line in SAMPLE)
        assert (int(match.group(3)), match.group(4)) == (changed, "lines changed")
    # --quiet: neither bar nor summary
    fake.seek(0)
    fake.truncate()
    assert main([command, "--quiet", str(sample_file), "-o", str(target)]) == 0
    assert fake.getvalue() == ""


def test_no_summary_when_stderr_is_no_terminal(sample_file: Path, tmp_path: Path) -> None:
    """In a subprocess with stderr a pipe: silent by default, a summary with --progress."""
    target = tmp_path / "out.jsonl"
    for extra, expect_summary in (([], False), (["--progress"], True),
                                  (["--progress", "--quiet"], False)):
        done = subprocess.run(
            [sys.executable, "-m", "hindinum", "extract", *extra, str(sample_file), "-o",
             str(target)],
            capture_output=True, timeout=120, check=False,
        )
        assert done.returncode == 0, done.stderr
        err = done.stderr.decode()
        last = err.replace("\r", "\n").splitlines()[-1] if err.strip() else ""
        assert bool(SUMMARY.match(last)) == expect_summary, (extra, err)
        if not expect_summary:
            assert err == ""


# --------------------------------------------------------------------------- encodings, NUL


TEXT_LINES = "कुल 1,25,000 रुपये\r\nअब 9.2 करोड़ डॉलर\nकरीब 5 लोग"


@pytest.mark.parametrize(
    ("mark", "codec", "name"),
    [
        (b"\xff\xfe", "utf-16-le", "UTF-16"),
        (b"\xfe\xff", "utf-16-be", "UTF-16"),
        (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
        (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    ],
)
def test_utf16_and_utf32_are_recognized(
    tmp_path: Path, mark: bytes, codec: str, name: str
) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(mark + TEXT_LINES.encode(codec))
    plain = tmp_path / "plain.txt"
    plain.write_bytes(TEXT_LINES.encode())
    done = subprocess.run([sys.executable, "-m", "hindinum", "extract", str(path)],
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == cli.EX_DATAERR
    err = done.stderr.decode()
    assert f"this looks like {name}" in err and f"--encoding {name.lower()}" in err
    assert f"iconv -f {name} -t UTF-8" in err
    assert done.stdout == b""
    for command in ("extract", "normalize"):
        wide = subprocess.run(
            [sys.executable, "-m", "hindinum", command, "--encoding", name.lower(), str(path)],
            capture_output=True, timeout=120, check=False)
        utf8 = subprocess.run([sys.executable, "-m", "hindinum", command, str(plain)],
                              capture_output=True, timeout=120, check=False)
        assert (wide.returncode, wide.stderr) == (0, b"")
        assert wide.stdout == utf8.stdout.replace(str(plain).encode(), str(path).encode())


def test_other_encodings_stream_line_by_line(tmp_path: Path, capsysbinary: Any) -> None:
    """Long lines across read blocks, \\r\\n, a lone \\r and no final newline, in UTF-16."""
    text = "\n".join(["क " * 70_000 + "7 लाख", "एक\rबीच में 5\r", "", *SAMPLE, "आखिरी 3"])
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode("utf-16"))
    for jobs in ("1", "3"):
        code, out, err = run(capsysbinary, "normalize", "--encoding", "UTF16", "--jobs", jobs,
                             str(path))
        assert (code, err) == (0, "")
        assert out == expected_normalized(text.encode())
    code, out, _ = run(capsysbinary, "extract", "--encoding", "utf-16", str(path))
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert records == expected_records(text.encode(), str(path))


def test_invalid_text_in_another_encoding(tmp_path: Path, capsysbinary: Any) -> None:
    path = tmp_path / "bad16.txt"
    path.write_bytes("ठीक 1\n".encode("utf-16-le") + b"\x00\xd8" + "2\n".encode("utf-16-le"))
    code, out, err = run(capsysbinary, "normalize", "--encoding", "utf-16-le", str(path))
    assert code == cli.EX_DATAERR
    assert f"{path}:2: invalid utf-16-le" in err and "--errors replace" in err
    assert out == "ठीक 1\n".encode()  # what came before the bad line
    code, _, err = run(capsysbinary, "normalize", "--encoding", "no-such-codec", str(path))
    assert code == 2 and "unknown encoding" in err


def test_utf8_bom_is_accepted_and_not_counted_by_extract(
    tmp_path: Path, capsysbinary: Any
) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "कुल 5 लोग\n7 और\n".encode())
    code, out, err = run(capsysbinary, "extract", str(path))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert [(r["line"], r["text"], r["start"], r["end"]) for r in records] == [
        (1, "5", 4, 5), (2, "7", 0, 1)]
    assert "कुल 5 लोग"[4:5] == "5"  # offsets into the line without the mark
    code, out, _ = run(capsysbinary, "normalize", str(path))
    assert out == path.read_bytes()  # the mark is written back


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_nul_bytes_are_refused_unless_allowed(
    tmp_path: Path, capsysbinary: Any, jobs: str
) -> None:
    path = tmp_path / "binary.dat"
    path.write_bytes("ठीक 1\n".encode() + b"ELF\x00\x01 5 \xff\n" + b"3\n")
    code, out, err = run(capsysbinary, "extract", "--errors", "replace", "--jobs", jobs,
                         str(path))
    assert code == cli.EX_BINARY == 79
    assert f"{path}:2: NUL byte at offset 3 of the line" in err and "--allow-nul" in err
    assert [json.loads(line)["line"] for line in out.decode().splitlines()] == [1]
    code, out, err = run(capsysbinary, "extract", "--errors", "replace", "--allow-nul",
                         "--jobs", jobs, str(path))
    assert (code, err) == (0, "")
    assert [json.loads(line)["line"] for line in out.decode().splitlines()] == [1, 2, 3]


def test_nul_in_utf16_without_bom_points_to_encoding(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes(TEXT_LINES.encode("utf-16-le"))
    done = subprocess.run([sys.executable, "-m", "hindinum", "normalize", str(path)],
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 79
    assert b"UTF-16/UTF-32 without a byte order mark: pass --encoding" in done.stderr
