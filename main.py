"""Start Rewire from a checkout: `python main.py [--data-dir DIR] [...]`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
