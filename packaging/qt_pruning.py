"""Leave Qt plugins the editor never loads out of the frozen build, with the libraries that were
collected only for them.

PyInstaller's Qt hooks collect every plugin of a plugin type (all platforms, all platform
themes). The GTK3 platform theme, for one, pulls in cairo, pango, gdk-pixbuf and atk, while
libgtk-3 itself is never bundled; mixing the bundled cairo with the user's GTK is a known source of
crashes. Used by cjm_desktop.spec (needs PyInstaller, so imported only at build time).
"""

from __future__ import annotations

from pathlib import PurePath

from PyInstaller.depend.bindepend import get_imports

#: (plugin folder, name fragment): embedded-device platforms, VNC, the GTK3 theme (Qt's own
#: Fusion/xdg-portal look is used instead) and evdev input for framebuffer devices.
UNUSED_PLUGINS = (
    ("platforms", "qeglfs"),
    ("platforms", "qlinuxfb"),
    ("platforms", "qminimalegl"),
    ("platforms", "qvkkhrdisplay"),
    ("platforms", "qvnc"),
    ("platformthemes", "qgtk3"),
    ("egldeviceintegrations", ""),
    ("generic", ""),
)


def is_unused_plugin(dest: str) -> bool:
    parts = PurePath(dest).parts
    if "plugins" not in parts or len(parts) < 2:
        return False
    folder, name = parts[-2], parts[-1]
    return any(folder == f and fragment in name for f, fragment in UNUSED_PLUGINS)


def _closure(starts: set[str], by_name: dict[str, str]) -> set[str]:
    """Bundled library names reachable from the sources in `starts` by link-time imports."""
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        src = todo.pop()
        for name, _path in get_imports(src):
            base = PurePath(name).name
            if base in by_name and base not in seen:
                seen.add(base)
                todo.append(by_name[base])
    return seen


def prune(binaries: list[tuple]) -> tuple[list[tuple], list[str]]:
    """The binaries TOC without unused plugins and the libraries only they needed, and the
    names of what was left out."""
    removed = [entry for entry in binaries if is_unused_plugin(entry[0])]
    if not removed:
        return binaries, []
    kept = [entry for entry in binaries if not is_unused_plugin(entry[0])]
    by_name = {PurePath(dest).name: src for dest, src, _kind in kept}
    only_theirs = _closure({src for _d, src, _k in removed}, by_name)
    roots = {src for dest, src, _k in kept if PurePath(dest).name not in only_theirs}
    still_needed = _closure(roots, by_name)
    dropped = only_theirs - still_needed
    result = [entry for entry in kept if PurePath(entry[0]).name not in dropped]
    return result, sorted([PurePath(e[0]).name for e in removed] + sorted(dropped))
