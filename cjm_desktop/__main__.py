"""`python -m cjm_desktop` starts the editor."""

import sys

from cjm_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
