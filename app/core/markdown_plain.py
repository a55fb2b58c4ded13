"""Markdown as plain text: the readings' bodies without their marks, for search, snippets and
the reading-level tool (app/core/articles.py re-exports `markdown_to_plain`)."""

from __future__ import annotations

import re

_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"<https?://([^>]+)>"), r"\1"),
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
)
_MARKS = re.compile(r"[*_`\[<]")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_BLOCK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")


def markdown_to_plain(markdown: str) -> str:
    """Markdown without its marks: paragraphs joined into lines, blank lines between blocks."""
    out: list[str] = []
    paragraph: list[str] = []
    for raw in markdown.splitlines():
        if not raw.strip() or re.match(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", raw):
            if paragraph:
                out.append(" ".join(paragraph))
                paragraph = []
            continue
        line = _BLOCK.sub("", raw).strip()
        if _MARKS.search(line):
            for pattern, repl in _INLINE:
                line = pattern.sub(repl, line)
        if _BLOCK.match(raw) and paragraph:
            out.append(" ".join(paragraph))
            paragraph = []
        if _HEADING.match(raw):
            # A heading stands alone and reads as a sentence of its own.
            out.append(line + ("." if line and line[-1] not in ".?!:" else ""))
            continue
        paragraph.append(line)
    if paragraph:
        out.append(" ".join(paragraph))
    return "\n".join(out)
