"""The ``hindinum`` command: ``hindinum normalize``, ``verbalize`` and ``extract``.

All three subcommands read text from files (or standard input) line by line and never hold
more than a bounded number of lines in memory, so a file of any size can be processed:

* ``normalize`` writes every line back with its amounts rewritten by :func:`hindinum.normalize`;
  everything else, line endings included (``\\n``, ``\\r\\n`` or none on the last line), is
  written back byte for byte.
* ``verbalize`` does the same with :func:`hindinum.verbalize`: amounts as spoken Hindi;
* ``extract`` writes one record per amount found by :func:`hindinum.extract`, as JSON Lines,
  CSV or TSV, with the file name, the 1-based line number and the offsets of the amount within
  its line (Python ``str`` offsets, i.e. code points, without the line ending).

``--jobs N`` processes chunks of lines in ``N`` worker processes; the output is the same as
with one process, in the same order.

Input is UTF-8 unless ``--encoding`` names another encoding; output is always UTF-8. A UTF-8
byte order mark is accepted (``normalize`` writes it back, ``extract`` does not count it in
the offsets); a UTF-16 or UTF-32 byte order mark without ``--encoding`` stops the command with a
hint, and so does a NUL byte (binary data) unless ``--allow-nul`` is given.

With the progress bar (on a terminal, or ``--progress``) one summary line follows the run on
standard error: lines, amounts found (``extract``) or lines changed (``normalize``), seconds
and MB/s. ``--quiet`` turns both off.

Exit codes follow ``sysexits.h``: 0 success, 2 usage error, 65 (``EX_DATAERR``) invalid UTF-8
(or text in another encoding than the one given), 66 (``EX_NOINPUT``) an input that cannot be
opened, 70 (``EX_SOFTWARE``) an internal error, 73 (``EX_CANTCREAT``) an output that cannot be
created, 74 (``EX_IOERR``) a read or write error, 79 (hindinum's own, above the range of
``sysexits.h``) a NUL byte in the input, 130 interrupted (Ctrl-C), 141 output pipe closed early
(as for a process that SIGPIPE ended; nothing is printed).

The command is a thin layer over :func:`main`, which can be called in-process:

>>> import contextlib, io, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "in.txt"
>>> _ = path.write_bytes("कुल 5 लोग\\r\\n".encode())
>>> main(["normalize", str(path), "-o", str(path.with_suffix(".out"))])
0
>>> path.with_suffix(".out").read_bytes() == "कुल 5 लोग\\r\\n".encode()
True
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import multiprocessing
import os
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from typing import IO, Any

import hindinum
from hindinum.options import DIGITS, GROUPINGS, SCALES, SUBUNITS, check_currency, check_kinds
from hindinum.types import AMOUNT_FIELDS, Kind

__all__ = ["EXTRACT_FIELDS", "main", "split_ending"]

EX_OK = 0
EX_USAGE = 2
EX_DATAERR = 65
EX_NOINPUT = 66
EX_SOFTWARE = 70
EX_CANTCREAT = 73
EX_IOERR = 74
EX_BINARY = 79  # not in sysexits.h: NUL bytes, the input is no text
EX_INTERRUPTED = 130
EX_BROKEN_PIPE = 141

#: Columns of ``hindinum extract`` output, in order (JSON keys and CSV/TSV header alike): the
#: file and line, then the fields of :class:`hindinum.Amount` as :meth:`~hindinum.Amount.to_dict`
#: writes them.
EXTRACT_FIELDS: tuple[str, ...] = ("file", "line", *AMOUNT_FIELDS)

STDIN = "-"
_CHUNK_BYTES = 1 << 20  # a parallel chunk also ends once it holds this many bytes

_EXAMPLES = """\
examples:
  hindinum normalize news.txt > news.norm.txt
  echo "अब 9.2 करोड़ डॉलर देने होंगे" | hindinum normalize
  hindinum normalize --digits devanagari --grouping indian a.txt b.txt -o out.txt
  hindinum extract corpus.txt --format csv -o amounts.csv
  zcat big.txt.gz | hindinum extract --jobs 4 | head
  hindinum extract --errors replace broken.txt

  hindinum extract --encoding utf-16 exported.txt

exit codes: 0 ok, 2 usage, 65 invalid UTF-8 (or not the --encoding given), 66 input not found,
            70 internal error, 73 cannot create output, 74 I/O error, 79 NUL bytes (binary
            input, see --allow-nul), 130 interrupted, 141 broken pipe
"""

_NORMALIZE_EXAMPLES = """\
examples:
  echo "अब 9.2 करोड़ डॉलर देने होंगे" | hindinum normalize
      -> अब 92000000 USD देने होंगे
  hindinum normalize --digits devanagari --grouping indian news.txt -o news.norm.txt
  hindinum normalize --jobs 4 big.txt > big.norm.txt

Everything but the amounts, line endings included, is written back unchanged.
"""

_VERBALIZE_EXAMPLES = """\
examples:
  echo "अब 9.2 करोड़ डॉलर देने होंगे" | hindinum verbalize
      -> अब नौ दशमलव दो करोड़ डॉलर देने होंगे
  hindinum verbalize --colloquial --scales crore news.txt -o news.spoken.txt

Everything but the amounts, line endings included, is written back unchanged.
"""

_EXTRACT_EXAMPLES = """\
examples:
  echo "अब 9.2 करोड़ डॉलर देने होंगे" | hindinum extract
      -> {"file": "-", "line": 1, "text": "9.2 करोड़ डॉलर", "start": 3, ...,
          "value": "92000000", "kind": "money", "currency": "USD", ...}
  hindinum extract news.txt --format csv -o amounts.csv
  hindinum extract --format tsv --jobs 4 *.txt > amounts.tsv

"line" is 1-based; "start" and "end" are code-point offsets within the line (line ending
excluded); "value" and "value_max" are exact decimal strings.
"""


# --------------------------------------------------------------------------- errors


class _InputError(Exception):
    """An input file cannot be opened or read (exit ``EX_NOINPUT``)."""


class _DecodeError(Exception):
    """Input that is not text in the expected encoding (exit ``EX_DATAERR``)."""

    def __init__(self, name: str, line: int, exc: UnicodeDecodeError) -> None:
        bad = exc.object[exc.start : exc.end]
        if exc.encoding.replace("-", "").lower() in ("utf8", "utf8sig"):
            what = f"invalid UTF-8 (byte {bad[:1].hex(' ')} at byte offset {exc.start} of the line)"
        else:
            what = f"invalid {exc.encoding} ({exc.reason})"
        super().__init__(
            f"{_display(name)}:{line}: {what}; use --errors replace to substitute U+FFFD"
        )


class _WrongEncodingError(Exception):
    """A UTF-16 or UTF-32 byte order mark where UTF-8 was expected (exit ``EX_DATAERR``)."""

    def __init__(self, name: str, encoding: str, order: str) -> None:
        shown = "FILE" if name == STDIN else name
        super().__init__(
            f"{_display(name)}: this looks like {encoding} (it starts with a {encoding} "
            f"{order} byte order mark), not UTF-8; convert it with "
            f"'iconv -f {encoding} -t UTF-8 {shown}' or pass --encoding {encoding.lower()}",
        )


class _BinaryError(Exception):
    """A NUL byte in the input (exit ``EX_BINARY``): binary data, or UTF-16/32 without a BOM."""

    def __init__(self, name: str, line: int, offset: int) -> None:
        super().__init__(
            f"{_display(name)}:{line}: NUL byte at offset {offset} of the line: this does not "
            "look like text (a binary file, or UTF-16/UTF-32 without a byte order mark: pass "
            "--encoding); use --allow-nul to read it anyway"
        )


class _CoreError(Exception):
    """hindinum itself failed on a line (exit ``EX_SOFTWARE``); picklable across processes."""


# --------------------------------------------------------------------------- line handling


def split_ending(line: str) -> tuple[str, str]:
    """Split ``line`` into its content and its line ending (``\\r\\n``, ``\\n``, ``\\r`` or none).

    >>> split_ending("पाँच\\r\\n"), split_ending("पाँच\\n"), split_ending("पाँच")
    (('पाँच', '\\r\\n'), ('पाँच', '\\n'), ('पाँच', ''))
    >>> split_ending("a\\rb\\n")
    ('a\\rb', '\\n')
    """
    if line.endswith("\n"):
        if line.endswith("\r\n"):
            return line[:-2], "\r\n"
        return line[:-1], "\n"
    if line.endswith("\r"):
        return line[:-1], "\r"
    return line, ""


# One input line: (1-based line number, content, line ending).
_Line = tuple[int, str, str]


@dataclass(frozen=True)
class _Reading:
    """How input bytes become lines: the options that concern reading."""

    encoding: str = "utf-8"  # a codec name as codecs.lookup() gives it
    errors: str = "strict"
    allow_nul: bool = False
    skip_bom: bool = False  # drop a byte order mark at the start (extract: not text)


#: Byte order marks that say the text is not UTF-8: (mark, encoding, byte order), longest first.
_FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32", "little-endian"),
    (codecs.BOM_UTF32_BE, "UTF-32", "big-endian"),
    (codecs.BOM_UTF16_LE, "UTF-16", "little-endian"),
    (codecs.BOM_UTF16_BE, "UTF-16", "big-endian"),
)


def _read_lines(stream: IO[bytes], name: str, reading: _Reading) -> Iterator[tuple[_Line, int]]:
    """Yield the lines of a binary stream with their size in bytes, one line at a time.

    Splits on ``\\n`` only (a ``\\r`` stays part of the line). UTF-8 is decoded line by line;
    no UTF-8 sequence can contain the byte ``\\n``, so this is exact. Other encodings are
    decoded as a stream (see :func:`_decoded_lines`).
    """
    if reading.encoding != "utf-8":
        yield from _decoded_lines(stream, name, reading)
        return
    # With --errors replace or surrogateescape bad bytes were asked for: no BOM check then.
    peek = getattr(stream, "peek", None)
    head = peek(4)[:4] if peek is not None and reading.errors == "strict" else b""
    for mark, encoding, order in _FOREIGN_BOMS:
        if head.startswith(mark):
            raise _WrongEncodingError(name, encoding, order)
    for number, raw in enumerate(stream, 1):
        if not reading.allow_nul and b"\0" in raw:
            raise _BinaryError(name, number, raw.index(b"\0"))
        try:
            text = raw.decode("utf-8", reading.errors)
        except UnicodeDecodeError as exc:
            raise _DecodeError(name, number, exc) from None
        if number == 1 and reading.skip_bom and text.startswith("\ufeff"):
            text = text[1:]
        body, ending = split_ending(text)
        yield (number, body, ending), len(raw)


def _decoded_lines(
    stream: IO[bytes], name: str, reading: _Reading
) -> Iterator[tuple[_Line, int]]:
    """The lines of a stream in any encoding, split on ``\\n`` after decoding.

    A line's size in bytes is not known exactly here: each block's bytes are counted on the
    last line that block completes, which is what a progress bar needs. On undecodable bytes
    the lines before them are still yielded, then the error names the line they are in.
    """
    decoder = codecs.getincrementaldecoder(reading.encoding)(reading.errors)
    number = 0
    pending: list[str] = []  # the start of a line that continues in the next block
    nbytes = 0
    while True:
        block = stream.read(1 << 16)
        nbytes += len(block)
        error: UnicodeDecodeError | None = None
        state = decoder.getstate()
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            error = exc
            decoder.setstate(state)  # decode what came before the bad bytes, then stop
            try:
                text = decoder.decode(block[: max(0, exc.start - len(state[0]))])
            except UnicodeDecodeError:
                text = ""
        pieces = text.split("\n")
        pending.append(pieces[0])
        complete = pieces[:-1]
        if complete:
            complete[0] = "".join(pending)
            pending = [pieces[-1]]
        if not block and "".join(pending):
            complete.append("".join(pending))  # the last line, without a line ending
            pending = []
        for index, line in enumerate(complete):
            number += 1
            if not reading.allow_nul and "\0" in line:
                raise _BinaryError(name, number, line.index("\0"))
            if number == 1 and reading.skip_bom and line.startswith("\ufeff"):
                line = line[1:]
            ending = "\n" if index < len(pieces) - 1 else ""
            body, end = split_ending(line + ending)
            last = index == len(complete) - 1
            yield (number, body, end), nbytes if last else 0
            if last:
                nbytes = 0
        if error is not None:
            raise _DecodeError(name, number + 1, error)
        if not block:
            return


def _chunked(lines: Iterable[tuple[_Line, int]], size: int) -> Iterator[tuple[list[_Line], int]]:
    """Group lines into lists of at most ``size`` lines (or about 1 MiB), with their bytes.

    On invalid input the lines read before the bad one are still yielded first, so that the
    output up to the error does not depend on the chunk size.
    """
    chunk: list[_Line] = []
    nbytes = 0
    try:
        for line, length in lines:
            chunk.append(line)
            nbytes += length
            if len(chunk) >= size or nbytes >= _CHUNK_BYTES:
                yield chunk, nbytes
                chunk, nbytes = [], 0
    except (_DecodeError, _WrongEncodingError, _BinaryError):
        if chunk:
            yield chunk, nbytes
        raise
    if chunk:
        yield chunk, nbytes


# --------------------------------------------------------------------------- the work itself


@dataclass(frozen=True)
class _Job:
    """What to do with each chunk of lines; small and picklable, sent along with every chunk."""

    command: str
    options: dict[str, Any] = field(default_factory=dict)
    format: str = "jsonl"


#: The subcommands that write every line back with its amounts rewritten by the function of
#: their name (looked up at each call: ``hindinum.<name>``).
_REWRITERS = ("normalize", "verbalize")


def _run_chunk(job: _Job, name: str, lines: list[_Line]) -> tuple[str, int]:
    """Turn a chunk of lines of file ``name`` into output text (runs in a worker process).

    Also returns what the summary counts: the amounts found (``extract``) or the lines
    changed (``normalize``).
    """
    try:
        if job.command in _REWRITERS:
            rewrite = getattr(hindinum, job.command)
            parts = []
            changed = 0
            for _, body, end in lines:
                out = rewrite(body, **job.options)
                changed += out != body
                parts.append(out + end)
            return "".join(parts), changed
        found = 0
        if job.format == "jsonl":
            parts = []
            for number, body, _ in lines:
                for amount in hindinum.extract(body, **job.options):
                    record = {"file": name, "line": number, **amount.to_dict()}
                    parts.append(json.dumps(record, ensure_ascii=False) + "\n")
            return "".join(parts), len(parts)
        buffer = io.StringIO()
        writer = _csv_writer(buffer, job.format)
        for number, body, _ in lines:
            for amount in hindinum.extract(body, **job.options):
                record = {"file": name, "line": number, **amount.to_dict()}
                writer.writerow(
                    ["" if record[key] is None else record[key] for key in EXTRACT_FIELDS]
                )
                found += 1
        return buffer.getvalue(), found
    except Exception as exc:  # noqa: BLE001 - a bug in hindinum: name the failing line
        number = lines[0][0] if lines else 0
        for number, body, _ in lines:  # find the failing line for the report
            try:
                _check_line(job, body)
            except Exception:  # noqa: BLE001
                break
        raise _CoreError(
            f"{_display(name)}:{number}: hindinum failed on this line: {type(exc).__name__}: {exc}"
        ) from None


def _check_line(job: _Job, body: str) -> None:
    if job.command in _REWRITERS:
        getattr(hindinum, job.command)(body, **job.options)
    else:
        for amount in hindinum.extract(body):
            amount.to_dict()


def _csv_writer(stream: IO[str], fmt: str) -> Any:
    return csv.writer(stream, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")


def _header(job: _Job) -> str:
    if job.command != "extract" or job.format == "jsonl":
        return ""
    buffer = io.StringIO()
    _csv_writer(buffer, job.format).writerow(EXTRACT_FIELDS)
    return buffer.getvalue()


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: let the parent alone handle it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# A chunk's result: (output text, amounts found or lines changed, lines, bytes read).
_Result = tuple[str, int, int, int]


class _Serial:
    """Runs each chunk in this process."""

    def __init__(self, job: _Job) -> None:
        self.job = job

    def submit(self, name: str, lines: list[_Line], nbytes: int) -> Iterator[_Result]:
        yield (*_run_chunk(self.job, name, lines), len(lines), nbytes)

    def drain(self) -> Iterator[_Result]:
        return iter(())

    def close(self) -> None:
        pass


class _Parallel:
    """Runs chunks in a process pool, in order, with a bounded number of chunks in flight.

    ``Pool.imap`` would read the whole input ahead of slow workers; this keeps at most
    ``window`` chunks queued or running, so memory stays flat however large the input is.
    """

    def __init__(self, job: _Job, jobs: int) -> None:
        self.job = job
        self.pool: Pool = multiprocessing.get_context().Pool(jobs, initializer=_init_worker)
        self.window = 2 * jobs + 2
        self.pending: deque[tuple[AsyncResult[tuple[str, int]], int, int]] = deque()

    def submit(self, name: str, lines: list[_Line], nbytes: int) -> Iterator[_Result]:
        result = self.pool.apply_async(_run_chunk, (self.job, name, lines))
        self.pending.append((result, len(lines), nbytes))
        while len(self.pending) >= self.window:
            yield self._pop()

    def drain(self) -> Iterator[_Result]:
        while self.pending:
            yield self._pop()

    def _pop(self) -> _Result:
        result, nlines, nbytes = self.pending.popleft()
        return (*result.get(), nlines, nbytes)

    def close(self) -> None:
        self.pending.clear()
        self.pool.terminate()
        self.pool.join()


# --------------------------------------------------------------------------- input and output


def _display(name: str) -> str:
    return "<stdin>" if name == STDIN else name


class _Output:
    """UTF-8 output to a binary stream; flushes every write when it is a terminal."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.to_stdout = path in (None, STDIN)
        self.text_only: IO[str] | None = None
        self.stream: IO[bytes] | None = None
        if self.to_stdout:
            stdout = sys.stdout
            if stdout is None:
                raise OSError("standard output is closed")
            stdout.flush()
            binary = getattr(stdout, "buffer", None)
            if binary is None:  # a text-only replacement (some IDEs, some test harnesses)
                self.text_only = stdout
            else:
                self.stream = binary
            self.interactive = _isatty(stdout)
        else:
            assert path is not None
            self.stream = open(path, "wb")  # noqa: SIM115 - closed in close()
            self.interactive = False

    def write(self, text: str) -> None:
        if not text:
            return
        if self.text_only is not None:
            self.text_only.write(text)
        else:
            assert self.stream is not None
            # surrogateescape: bytes kept by ``--errors surrogateescape`` go out unchanged.
            self.stream.write(text.encode("utf-8", "surrogateescape"))
        if self.interactive:
            self.flush()

    def flush(self) -> None:
        if self.text_only is not None:
            self.text_only.flush()
        elif self.stream is not None:
            self.stream.flush()

    def close(self) -> None:
        if self.to_stdout:
            self.flush()
        elif self.stream is not None:
            self.stream.close()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _stdin_binary() -> IO[bytes]:
    stdin = sys.stdin
    if stdin is None:
        raise _InputError("<stdin>: standard input is closed")
    binary = getattr(stdin, "buffer", None)
    if binary is None:  # text-only replacement: re-encode what it gives
        return io.BytesIO(stdin.read().encode("utf-8", "surrogateescape"))
    return binary  # type: ignore[no-any-return]


def _check_inputs(paths: Sequence[str]) -> int | None:
    """Stat every named input before any output is written; the total size when all known."""
    total: int | None = 0
    for path in paths:
        if path == STDIN:
            size = _regular_size(sys.stdin)
        else:
            try:
                info = os.stat(path)
            except OSError as exc:
                raise _InputError(f"cannot open {path!r}: {exc.strerror}") from None
            if stat.S_ISDIR(info.st_mode):
                raise _InputError(f"cannot read {path!r}: Is a directory")
            if not os.access(path, os.R_OK):
                raise _InputError(f"cannot open {path!r}: Permission denied")
            size = info.st_size if stat.S_ISREG(info.st_mode) else None
        total = None if total is None or size is None else total + size
    return total


def _regular_size(stream: object) -> int | None:
    try:
        info = os.fstat(stream.fileno())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def set_description_str(self, desc: str) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_wanted(args: argparse.Namespace, total: int | None, output: _Output) -> bool:
    """Progress on stderr: forced by ``--progress``, off with ``--no-progress`` or ``--quiet``,
    else only for files, when stderr is a terminal and the output is not."""
    if args.quiet:
        return False
    if args.progress is not None:
        return bool(args.progress)
    return (
        total is not None
        and total > 0
        and _isatty(sys.stderr)
        and not (output.to_stdout and output.interactive)
    )


def _progress_bar(args: argparse.Namespace, total: int | None, wanted: bool) -> Any:
    """A tqdm bar on stderr when progress is wanted (and tqdm is installed)."""
    if not wanted:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        if args.progress:
            print("hindinum: --progress needs tqdm (pip install tqdm, or the [cli] extra)",
                  file=sys.stderr)
        return _NoBar()
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        dynamic_ncols=True,
        leave=False,
    )


@dataclass
class _Totals:
    """What a run did, for the summary line."""

    command: str
    files: int = 0
    lines: int = 0
    counted: int = 0  # amounts found (extract) or lines changed (normalize)
    nbytes: int = 0

    def summary(self, seconds: float) -> str:
        """The summary line: lines, amounts (or lines changed), seconds, MB/s (10^6 bytes).

        >>> _Totals("extract", 1, 12345, 678, 2_500_000).summary(0.5)
        'hindinum extract: 12,345 lines, 678 amounts in 0.50 s (5.0 MB/s)'
        >>> _Totals("normalize", 2, 1, 1, 10).summary(0.0)
        'hindinum normalize: 2 files, 1 line, 1 line changed in 0.00 s'
        """
        def count(n: int, word: str) -> str:
            return f"{n:,} {word}{'' if n == 1 else 's'}"

        parts = [count(self.files, "file")] if self.files > 1 else []
        parts.append(count(self.lines, "line"))
        if self.command == "extract":
            parts.append(count(self.counted, "amount"))
        else:
            parts.append(count(self.counted, "line") + " changed")
        rate = f" ({self.nbytes / seconds / 1e6:.1f} MB/s)" if seconds >= 0.001 else ""
        return f"hindinum {self.command}: {', '.join(parts)} in {seconds:.2f} s{rate}"


def _print_summary(totals: _Totals, seconds: float, stream: IO[str] | None) -> None:
    if stream is not None:
        print(totals.summary(seconds), file=stream)


# --------------------------------------------------------------------------- command line


def _positive_jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs or (os.cpu_count() or 1)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``hindinum`` command."""
    parser = argparse.ArgumentParser(
        prog="hindinum",
        description="Find numbers and amounts of money in Hindi text and read them exactly.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build = "compiled" if hindinum.compiled else "plain Python"
    parser.add_argument("--version", action="version",
                        version=f"%(prog)s {hindinum.__version__} ({build})")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common_parser()
    _add_normalize_command(commands, common)
    _add_verbalize_command(commands, common)
    _add_extract_command(commands, common)
    return parser


def _common_parser() -> argparse.ArgumentParser:
    """The options both subcommands take, as a parent parser."""
    common = argparse.ArgumentParser(add_help=False)
    _add_file_options(common)
    _add_input_options(common)
    _add_money_options(common)
    _add_progress_options(common)
    return common


def _add_file_options(common: argparse.ArgumentParser) -> None:
    """The input files, the output and the worker processes."""
    common.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files to read (UTF-8 unless --encoding says otherwise), line by line; "
        "'-' or none reads standard input",
    )
    common.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of standard output"
    )
    common.add_argument(
        "-j",
        "--jobs",
        type=_positive_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per CPU); the output does not change",
    )
    common.add_argument(
        "--chunk-lines",
        type=_positive,
        default=1000,
        metavar="N",
        help="lines sent to a worker at a time with --jobs (default 1000)",
    )


def _add_input_options(common: argparse.ArgumentParser) -> None:
    """How input bytes are decoded: --errors, --encoding, --allow-nul."""
    common.add_argument(
        "--errors",
        choices=("strict", "replace", "surrogateescape"),
        default="strict",
        help="invalid UTF-8: 'strict' stops with exit code 65 naming the line (default), "
        "'replace' reads it as U+FFFD, 'surrogateescape' passes the bytes through unchanged",
    )
    common.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="ENC",
        help="encoding of the input, e.g. utf-16 (default utf-8); the output is always UTF-8",
    )
    common.add_argument(
        "--allow-nul",
        action="store_true",
        help="read input that holds NUL bytes (by default a NUL byte stops the command with "
        "exit code 79, as binary files and UTF-16 without a byte order mark hold them)",
    )


def _add_money_options(common: argparse.ArgumentParser) -> None:
    """How money is read: --dollar and --subunits."""
    common.add_argument(
        "--dollar",
        type=_currency_code,
        default="USD",
        metavar="CODE",
        help="ISO 4217 code (any case) that a bare डॉलर/$ stands for (default USD), and सेंट "
        "when cents are converted",
    )
    common.add_argument(
        "--subunits",
        choices=SUBUNITS,
        default="auto",
        help="money written only in a subunit: 'auto' reads पैसे in rupees and keeps "
        "34 सेंट as 34 cents (default), 'main' converts every subunit (34 सेंट = 0.34 USD)",
    )


def _add_progress_options(common: argparse.ArgumentParser) -> None:
    """The progress bar and summary line: --progress/--no-progress and --quiet."""
    common.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar and a summary line on stderr (default: only for files, when stderr "
        "is a terminal and the output is not)",
    )
    common.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary (errors are still reported)",
    )


def _add_normalize_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """The ``normalize`` subcommand and its options --digits and --grouping."""
    normalize = commands.add_parser(
        "normalize",
        parents=[common],
        help="rewrite every amount as digits (and ISO 4217 codes), keep the rest unchanged",
        description="Rewrite every amount in the text as digits, leaving everything else\n"
        "(line endings included) unchanged.",
        epilog=_NORMALIZE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    normalize.add_argument(
        "--digits",
        choices=DIGITS,
        default="latin",
        help="digits to write (default latin)",
    )
    normalize.add_argument(
        "--grouping",
        choices=GROUPINGS,
        default="none",
        help="digit grouping: none 1234567, indian 12,34,567, western 1,234,567 (default none)",
    )
    _add_kinds(normalize, "rewrite only these kinds, keep the others as written")


def _add_verbalize_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """The ``verbalize`` subcommand and its options --colloquial and --scales."""
    verbalize = commands.add_parser(
        "verbalize",
        parents=[common],
        help="rewrite every amount as spoken Hindi words (for speech synthesis)",
        description="Rewrite every amount in the text as spoken Hindi, leaving everything\n"
        "else (line endings included) unchanged.",
        epilog=_VERBALIZE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verbalize.add_argument(
        "--colloquial",
        action="store_true",
        help="say halves and quarters as Hindi speaks them (1.5 lakh: dedh lakh)",
    )
    verbalize.add_argument(
        "--scales",
        choices=SCALES,
        default="traditional",
        help="traditional names every scale; crore counts in crore up to 10^14 "
        "(default traditional)",
    )


def _add_extract_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """The ``extract`` subcommand and its option --format."""
    extract = commands.add_parser(
        "extract",
        parents=[common],
        help="list every amount with its file, line, offsets and exact value",
        description="Write one record per amount: file, line (1-based), then the fields\n"
        f"{', '.join(AMOUNT_FIELDS)}\n"
        "(start and end are offsets within the line).",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "-f",
        "--format",
        choices=("jsonl", "csv", "tsv"),
        default="jsonl",
        help="JSON Lines (default), or CSV/TSV with a header row",
    )
    _add_kinds(extract, "only these kinds")


def _add_kinds(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--kinds",
        type=_kinds,
        default=None,
        metavar="KIND[,KIND...]",
        help=f"{what} (" + ", ".join(k.value for k in Kind) + "); all by default",
    )


def _encoding(name: str) -> str:
    """argparse type for --encoding: a codec Python knows, by its canonical name."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name!r}") from None
    if not info._is_text_encoding:  # e.g. "rot13", "base64"
        raise argparse.ArgumentTypeError(f"not a text encoding: {name!r}")
    return info.name


def _kinds(text: str) -> tuple[str, ...]:
    """argparse type for --kinds: kind names separated by commas."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    try:
        check_kinds(names)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return names


def _currency_code(text: str) -> str:
    """argparse type for --dollar: an active ISO 4217 code in any case, as for extract()."""
    try:
        return check_currency(text, "--dollar")
    except ValueError as exc:  # "argument --dollar: must be an active ISO 4217 ..."
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--dollar ")) from None


def main(argv: list[str] | None = None) -> int:
    """Run the ``hindinum`` command with ``argv`` (default ``sys.argv[1:]``); the exit code.

    >>> main(["normalize", "--digits", "roman"])
    2
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EX_USAGE
    try:
        return _run(args, parser)
    except KeyboardInterrupt:
        return EX_INTERRUPTED


def _fail(message: str, code: int) -> int:
    print(f"hindinum: {message}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Check the inputs and the output, then process every input; the exit code."""
    paths: list[str] = args.files or [STDIN]
    if _output_is_input(args.output, paths):
        return _fail(f"output {args.output!r} is also an input", EX_USAGE)
    try:
        total = _check_inputs(paths)
    except _InputError as exc:
        return _fail(str(exc), EX_NOINPUT)
    try:
        output = _Output(args.output)
    except OSError as exc:
        return _fail(f"cannot create {args.output!r}: {exc.strerror or exc}", EX_CANTCREAT)
    return _process(args, paths, total, output)


def _output_is_input(output: str | None, paths: Sequence[str]) -> bool:
    """Whether the named output file is also one of the inputs."""
    if output is None or output == STDIN:
        return False
    return any(path != STDIN and _same_file(path, output) for path in paths)


def _job_for(args: argparse.Namespace) -> _Job:
    """What to do with each chunk: the subcommand and its options."""
    if args.command == "normalize":
        return _Job(
            "normalize",
            {"digits": args.digits, "grouping": args.grouping, "dollar": args.dollar,
             "subunits": args.subunits, "kinds": args.kinds},
        )
    if args.command == "verbalize":
        return _Job(
            "verbalize",
            {"colloquial": args.colloquial, "scales": args.scales, "dollar": args.dollar,
             "subunits": args.subunits},
        )
    options = {"dollar": args.dollar, "subunits": args.subunits, "kinds": args.kinds}
    return _Job("extract", options, format=args.format)


def _reading_for(args: argparse.Namespace) -> _Reading:
    """How to read the input: encoding, errors, NUL bytes, byte order mark."""
    return _Reading(
        encoding=args.encoding,
        errors=args.errors,
        allow_nul=args.allow_nul,
        skip_bom=args.command == "extract",
    )


def _process(
    args: argparse.Namespace, paths: list[str], total: int | None, output: _Output
) -> int:
    """Run the job over every input into ``output``, with progress and summary; the exit code."""
    job = _job_for(args)
    executor: _Serial | _Parallel | None = None
    bar: Any = _NoBar()
    wanted = _progress_wanted(args, total, output)
    totals = _Totals(args.command, files=len(paths))
    started = time.perf_counter()
    try:
        # Workers first: with the fork start method, fork before tqdm starts its monitor thread.
        executor = _Parallel(job, args.jobs) if args.jobs > 1 else _Serial(job)
        bar = _progress_bar(args, total, wanted)
        chunk_lines = args.chunk_lines if args.jobs > 1 else 1
        output.write(_header(job))
        sink = _Sink(output, bar, totals)
        code = _process_inputs(paths, _reading_for(args), executor, sink, chunk_lines)
        if code != EX_OK:
            return code
        output.flush()
        bar.close()
        bar = _NoBar()
        if wanted:
            _print_summary(totals, time.perf_counter() - started, sys.stderr)
        return EX_OK
    except _InputError as exc:
        return _fail(str(exc), EX_NOINPUT)
    except _CoreError as exc:
        return _fail(f"{exc} (please report this bug)", EX_SOFTWARE)
    except BrokenPipeError:
        if output.to_stdout:
            _silence_stdout()
            return EX_BROKEN_PIPE
        return _fail(f"cannot write {args.output!r}: broken pipe", EX_IOERR)
    except OSError as exc:
        return _fail(f"I/O error: {exc}", EX_IOERR)
    finally:
        _close_all(bar, executor, output)


@dataclass
class _Sink:
    """Where the chunks' results go: the output, the progress bar and the totals."""

    output: _Output
    bar: Any
    totals: _Totals

    def emit(self, results: Iterable[_Result]) -> None:
        """Write each result in order, advance the bar and count it."""
        for text, counted, nlines, nbytes in results:
            self.output.write(text)
            self.bar.update(nbytes)
            self.totals.counted += counted
            self.totals.lines += nlines
            self.totals.nbytes += nbytes


def _process_inputs(
    paths: list[str],
    reading: _Reading,
    executor: _Serial | _Parallel,
    sink: _Sink,
    chunk_lines: int,
) -> int:
    """Send every input's chunks to ``executor`` and emit the results in order; the exit code."""
    try:
        for path in paths:
            sink.bar.set_description_str(_display(path))
            with _open_input(path) as stream:
                lines = _read_lines(stream, path, reading)
                for chunk, nbytes in _chunked(lines, chunk_lines):
                    sink.emit(executor.submit(path, chunk, nbytes))
        sink.emit(executor.drain())
    except (_DecodeError, _WrongEncodingError, _BinaryError) as exc:
        sink.emit(executor.drain())  # everything before the bad line, as with --jobs 1
        sink.output.flush()
        code = EX_BINARY if isinstance(exc, _BinaryError) else EX_DATAERR
        return _fail(str(exc), code)
    return EX_OK


def _close_all(bar: Any, executor: _Serial | _Parallel | None, output: _Output) -> None:
    """Close the progress bar, the workers and the output, whatever happened before."""
    bar.close()
    if executor is not None:
        executor.close()
    try:
        output.close()
    except OSError:
        if output.to_stdout:
            _silence_stdout()


class _open_input:
    """Open a named file, or standard input for ``-``, in binary mode; ``_InputError`` if not.

    The stream can ``peek()``, so that a byte order mark is seen before any line is read.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.stream: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes]:
        if self.path == STDIN:
            stdin = _stdin_binary()
            if not hasattr(stdin, "peek"):
                stdin = io.BufferedReader(stdin)  # type: ignore[type-var]
            return stdin
        try:
            self.stream = open(self.path, "rb")
        except OSError as exc:
            raise _InputError(f"cannot open {self.path!r}: {exc.strerror or exc}") from None
        return self.stream

    def __exit__(self, *exc_info: object) -> None:
        if self.stream is not None:
            self.stream.close()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so that exiting prints no traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, ValueError, OSError):
        pass
