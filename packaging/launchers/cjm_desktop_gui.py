"""Frozen entry point of the `cjm-desktop` executable: the editor (PyInstaller needs a script)."""

import sys

from cjm_desktop.ui.app import main

sys.exit(main(sys.argv))
