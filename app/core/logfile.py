"""A small size-rotating log file handler.

The standard library's logging.handlers pulls in socket, pickle and queue (~15 ms at start-up)
for features we do not use; this keeps `rewire.log` under `max_bytes`, with `backups` old files
(`rewire.log.1` ... `.N`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLogFile(logging.FileHandler):
    def __init__(self, path: Path, max_bytes: int = 1_000_000, backups: int = 5) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            pass
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            src, dst = f"{base}.{i}", f"{base}.{i + 1}"
            if os.path.exists(src):
                os.replace(src, dst)
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
