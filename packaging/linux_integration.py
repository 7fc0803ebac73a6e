"""The Linux desktop integration the build carries: the .desktop launcher, AppStream metadata,
the MIME type of .cjm files and the icons, laid out as a `share/` tree inside the built folder,
with `install-linux.sh` beside the programs to put them where the desktop looks.

    python3 packaging/linux_integration.py DIST_FOLDER   (build.py does this on Linux)

Why an install script rather than a system package: the folder build runs from anywhere, and the
desktop only needs four small files registered (for the user in ~/.local, or system-wide) to show
the launcher, open .cjm files on a double-click and show the icon on them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # the checkout's package, whichever environment runs this
    sys.path.insert(0, str(ROOT))

from cjm_desktop.resource_paths import icons_dir  # noqa: E402

LINUX = HERE / "linux"
APP_ID = "nl.cjmdesktop.CjmDesktop"
MIME_TYPE = "application/x-cjm-journey"
#: The application's own icon (the one the window shows).
APP_ICON = icons_dir() / "cjm-desktop.svg"


def share_files() -> list[tuple[Path, str]]:
    """(source file, path below share/) of everything the desktop reads."""
    icon_name = MIME_TYPE.replace("/", "-")
    return [
        (LINUX / f"{APP_ID}.desktop", f"applications/{APP_ID}.desktop"),
        (LINUX / f"{APP_ID}.metainfo.xml", f"metainfo/{APP_ID}.metainfo.xml"),
        (LINUX / "cjm-desktop-mime.xml", f"mime/packages/{APP_ID}.xml"),
        (APP_ICON, f"icons/hicolor/scalable/apps/{APP_ID}.svg"),
        # The document icon is the application's: a .cjm file is recognised by it.
        (APP_ICON, f"icons/hicolor/scalable/mimetypes/{icon_name}.svg"),
    ]


def stage(dist: Path) -> list[Path]:
    """Copy the share/ tree and install-linux.sh into the built folder `dist`."""
    written = []
    for source, relative in share_files():
        target = dist / "share" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    script = dist / "install-linux.sh"
    shutil.copyfile(LINUX / "install-linux.sh", script)
    script.chmod(0o755)
    written.append(script)
    return written


if __name__ == "__main__":
    for path in stage(Path(sys.argv[1]).resolve()):
        print(path)
