"""The one JSON reader: hostile but valid files become one clear error, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.jsonfile import JsonFileError, loads_json, read_json


def write(tmp_path: Path, data: bytes | str, name: str = "settings.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_reads_an_ordinary_file(tmp_path: Path) -> None:
    path = write(tmp_path, '{"a": [1, 2.5, "x"], "b": null, "c": true}')
    assert read_json(path) == {"a": [1, 2.5, "x"], "b": None, "c": True}


def test_a_bom_is_simply_read(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + b'{"language": "es"}')
    assert read_json(path) == {"language": "es"}
    assert loads_json("\ufeff[1]") == [1]


def test_deep_nesting_is_refused_with_the_file_named(tmp_path: Path) -> None:
    path = write(tmp_path, "[" * 100_000 + "]" * 100_000, "state.json")
    with pytest.raises(JsonFileError) as caught:
        read_json(path)
    assert "state.json" in str(caught.value)
    assert "nested" in caught.value.problem


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = '{"note": "' + "[" * 500 + '\\"' + "{" * 500 + '"}'
    assert loads_json(text)["note"].startswith("[[[")


def test_a_number_of_5000_digits_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '{"volume": ' + "9" * 5000 + "}")
    with pytest.raises(JsonFileError) as caught:
        read_json(path)
    assert "5000 digits" in caught.value.problem


def test_huge_floats_and_constants_are_refused() -> None:
    for text in ('{"x": 1e999}', '{"x": NaN}', '{"x": -Infinity}', '[' + "1" * 100 + ".5]"):
        with pytest.raises(JsonFileError):
            loads_json(text)


def test_size_limit_names_both_sizes(tmp_path: Path) -> None:
    path = write(tmp_path, "[" + "0," * 3000 + "0]")
    with pytest.raises(JsonFileError) as caught:
        read_json(path, max_bytes=1024)
    assert "larger than the 1 kB" in caught.value.problem


def test_broken_json_says_where(tmp_path: Path) -> None:
    path = write(tmp_path, '{"a": 1,\n "b": }')
    with pytest.raises(JsonFileError) as caught:
        read_json(path)
    assert "line 2" in caught.value.problem


def test_not_utf8_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"name": "Jos\xe9"}')
    with pytest.raises(JsonFileError) as caught:
        read_json(path)
    assert "UTF-8" in caught.value.problem


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(JsonFileError):
        read_json(tmp_path / "dir.json")
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "missing.json")
