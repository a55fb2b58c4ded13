"""Give the memory a render no longer uses back to the system (glibc only).

Synthesis builds lists and arrays of Python floats (a 24-s loop is ~1.2 million of them, 8
bytes each plus the list's pointers and the objects). When they are freed, glibc keeps the
pages in its heaps for later use, so a process that rendered one loop stays ~50 MB larger
than one that did not, for its whole life. ``malloc_trim(0)`` returns the free pages at the
top of every heap and the free whole pages inside them. Elsewhere (macOS, Windows, musl)
this does nothing: their allocators return large blocks by themselves or have no such call.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> bool:
    """Return freed heap memory to the system; True when the allocator could be asked."""
    trim = _malloc_trim()
    if trim is None:
        return False
    try:
        trim(0)
    except OSError as exc:  # never worth failing a render over
        log.info("malloc_trim failed: %s", exc)
        return False
    return True
