"""Frozen entry point of the `cjm` executable: the command line (PyInstaller needs a script)."""

import sys

from cjm_desktop.cli import main

sys.exit(main())
