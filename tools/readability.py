"""Print the Flesch-Kincaid grade, words and sentences of every reading (target grade 8-9).

Usage: python tools/readability.py [ARTICLES_FOLDER] [--strict]
Same as `python -m app.core.readability`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.readability import main

if __name__ == "__main__":
    sys.exit(main())
