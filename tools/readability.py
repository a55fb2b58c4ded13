"""Print the Flesch-Kincaid and SMOG grades of every English reading (target: grade 6-8).

Usage: python tools/readability.py [ARTICLES_FOLDER] [--strict] [--detail ID]
Same as `python -m app.core.readability`; how each grade is measured is in its docstring.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.readability import main

if __name__ == "__main__":
    sys.exit(main())
