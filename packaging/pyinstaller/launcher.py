"""Entry script for the PyInstaller bundle: the same as the ``cxdesigner`` console command."""

import sys

from cxdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
