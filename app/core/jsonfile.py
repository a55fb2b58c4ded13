"""The one way Rewire reads a JSON file it did not just write itself.

Every file Rewire reads can be wrong, and some wrongs are valid JSON that still break the
standard library: 100,000 nested brackets raise ``RecursionError``, a 5,000-digit integer
raises ``ValueError`` (Python's int-to-str guard), a file saved by Notepad starts with a BOM.
``read_json`` turns each of these into a :class:`JsonFileError` that names the file and says
what is wrong in words a client can act on, so a loader has one exception to catch.

    try:
        raw = read_json(path)
    except JsonFileError as exc:
        notices.append(Notice(Level.WARNING, "Settings file problem", str(exc), path))

Limits are generous for real files and small for hostile ones: the default 4 MB is about a
thousand times a real settings file; callers with bigger files (an exported log) pass
``max_bytes``. Nesting deeper than ``MAX_DEPTH`` and numbers longer than ``MAX_DIGITS`` are
refused before the parser sees them, so no loader ever meets a ``RecursionError``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64
MAX_DIGITS = 40  # a timestamp in nanoseconds has 19; nothing real has 40


class JsonFileError(ValueError):
    """A JSON file that cannot be used: ``path`` and ``problem`` (a sentence, no jargon)."""

    def __init__(self, path: Path | None, problem: str) -> None:
        self.path = path
        self.problem = problem
        where = f"{path.name}: " if path is not None else ""
        super().__init__(f"{where}{problem}")


def read_json(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """The parsed content of ``path``; raises :class:`JsonFileError` for anything wrong.

    A missing file raises ``FileNotFoundError`` (callers usually treat that as "no file yet",
    which is not a problem to report).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise JsonFileError(path, f"the file is {_size(size)}, larger than the "
                                      f"{_size(max_bytes)} Rewire reads")
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise JsonFileError(path, "it is a folder, not a file") from None
    except OSError as exc:
        raise JsonFileError(path, f"it could not be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # the file grew while we looked
        raise JsonFileError(path, f"the file is larger than the {_size(max_bytes)} Rewire reads")
    return loads_json(data, path)


def loads_json(data: bytes | str, path: Path | None = None, *,
               long_numbers: Callable[[str], Any] | None = None) -> Any:
    """Parse JSON text or bytes with the same guards as :func:`read_json`.

    ``long_numbers``: instead of refusing the whole file, a number longer than
    ``MAX_DIGITS`` is handed over as its text (an importer names the row that holds it)."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")  # a BOM is simply read
        except UnicodeDecodeError as exc:
            raise JsonFileError(path, f"it is not UTF-8 text (a byte at position {exc.start} "
                                      "cannot be read); save it as UTF-8") from None
    else:
        text = data[1:] if data.startswith("\ufeff") else data
    _check_shape(text, path)
    try:
        value = json.loads(text, parse_constant=_no_constant(path),
                           parse_int=_int(path, long_numbers),
                           parse_float=_float(path, long_numbers))
        if _SURROGATE.search(text):
            _check_encodable(value, path)
        return value
    except json.JSONDecodeError as exc:
        raise JsonFileError(path, f"it is not valid JSON (line {exc.lineno}, column "
                                  f"{exc.colno}: {exc.msg})") from None
    except (RecursionError, ValueError) as exc:  # belt and braces: _check_shape should catch
        if isinstance(exc, JsonFileError):
            raise
        raise JsonFileError(path, "it is not a file Rewire can read (its structure is too "
                                  "deep or a number is too long)") from None


_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")


def _check_encodable(value: Any, path: Path | None) -> None:
    """Refuse text holding half of a UTF-16 pair ("\\ud800" alone): it cannot be saved back
    as UTF-8, so the next save of that store would fail."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise JsonFileError(path, "it holds text with a broken character (half of a UTF-16 "
                                  "pair); save it again as UTF-8") from None


def problem_of(exc: BaseException) -> str:
    """The words to show for an error raised while reading a file: the problem of a
    :class:`JsonFileError` (without the file name, which the caller names), else the
    operating system's reason."""
    if isinstance(exc, JsonFileError):
        return exc.problem
    if isinstance(exc, OSError):
        return f"it could not be read ({exc.strerror or exc})"
    return str(exc) or type(exc).__name__


def _check_shape(text: str, path: Path | None) -> None:
    """Refuse nesting deeper than MAX_DEPTH, counting brackets outside strings."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return  # cannot be deeper: skip the walk (every real file)
    depth = 0
    in_string = False
    escaped = False
    line = 1
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise JsonFileError(path, f"it is nested more than {MAX_DEPTH} levels deep "
                                          f"(line {line}), which no Rewire file is")
        elif char in "]}":
            depth -= 1


def _int(path: Path | None, long: Callable[[str], Any] | None = None) -> Callable[[str], Any]:
    def parse(token: str) -> Any:
        if len(token.lstrip("-")) > MAX_DIGITS:
            if long is not None:
                return long(token)
            raise JsonFileError(path, f"it holds a number with {len(token)} digits, longer "
                                      "than any value Rewire uses")
        return int(token)
    return parse


def _float(path: Path | None, long: Callable[[str], Any] | None = None
           ) -> Callable[[str], Any]:
    def parse(token: str) -> Any:
        if long is not None and (len(token) > MAX_DIGITS * 2
                                 or not math.isfinite(float(token))):
            return long(token)
        if len(token) > MAX_DIGITS * 2:
            raise JsonFileError(path, f"it holds a number written with {len(token)} characters, "
                                      "longer than any value Rewire uses")
        value = float(token)
        if not math.isfinite(value):
            raise JsonFileError(path, f"it holds a number too large to use ({token[:12]}...)")
        return value
    return parse


def _no_constant(path: Path | None) -> Callable[[str], Any]:
    def parse(name: str) -> Any:
        raise JsonFileError(path, f"it holds {name}, which is not a number JSON allows")
    return parse


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    return f"{max(1, n // 1024)} kB"
