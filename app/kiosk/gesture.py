"""The hidden staff gesture: five taps in one chosen corner of the screen within three seconds.

Plain Python. The window feeds every press (position, window size, monotonic time); a tap
anywhere else, or a pause longer than the window, starts the count again.
"""

from __future__ import annotations

from collections import deque

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


class CornerTaps:
    def __init__(self, corner: str = "top-left", taps: int = 5, within_s: float = 3.0,
                 size_px: int = 96) -> None:
        if corner not in CORNERS:
            raise ValueError(f"corner must be one of {', '.join(CORNERS)}")
        self.corner = corner
        self.taps = taps
        self.within_s = within_s
        self.size_px = size_px
        self._times: deque[float] = deque()

    def in_corner(self, x: float, y: float, width: float, height: float) -> bool:
        s = self.size_px
        left = x < s
        right = x >= width - s
        top = y < s
        bottom = y >= height - s
        return {
            "top-left": left and top,
            "top-right": right and top,
            "bottom-left": left and bottom,
            "bottom-right": right and bottom,
        }[self.corner]

    def press(self, x: float, y: float, width: float, height: float, now: float) -> bool:
        """Feed one press; True when it completes the gesture (the count then starts again)."""
        if not self.in_corner(x, y, width, height):
            self._times.clear()
            return False
        self._times.append(now)
        while self._times and now - self._times[0] > self.within_s:
            self._times.popleft()
        if len(self._times) >= self.taps:
            self._times.clear()
            return True
        return False

    def reset(self) -> None:
        self._times.clear()
