#!/bin/sh
# Register the CJM Desktop folder with the Linux desktop: the launcher in the applications menu,
# .cjm files opening in the editor on a double-click, and the icons. The programs stay in this
# folder; `cjm-desktop` and `cjm` are linked into PREFIX/bin.
#
#   ./install-linux.sh              for this user (PREFIX=~/.local)
#   sudo ./install-linux.sh --system   for everyone (PREFIX=/usr/local)
#   ./install-linux.sh --uninstall  [--system]   remove what was installed
#
# PREFIX can also be given in the environment. Move the folder? Run the script again.
set -eu

APP_ID=nl.cjmdesktop.CjmDesktop
MIME_TYPE=application/x-cjm-journey
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
ACTION=install
for arg in "$@"; do
  case $arg in
    --system) PREFIX=/usr/local ;;
    --uninstall) ACTION=uninstall ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done
SHARE=$PREFIX/share
FILES="applications/$APP_ID.desktop metainfo/$APP_ID.metainfo.xml mime/packages/$APP_ID.xml
icons/hicolor/scalable/apps/$APP_ID.svg icons/hicolor/scalable/mimetypes/application-x-cjm-journey.svg"

refresh() {
  # Each cache is optional: a desktop without the tool does not use that cache either.
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -f -t "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

if [ "$ACTION" = uninstall ]; then
  for f in $FILES; do rm -f "$SHARE/$f"; done
  rm -f "$PREFIX/bin/cjm-desktop" "$PREFIX/bin/cjm"
  refresh
  echo "CJM Desktop removed from $PREFIX"
  exit 0
fi

for f in $FILES; do
  mkdir -p "$(dirname "$SHARE/$f")"
  cp "$HERE/share/$f" "$SHARE/$f"
done
# The launcher names the program by its full path: PREFIX/bin is not on every session's PATH.
# Quoted only when the path needs it: xdg-open's generic fallback (no desktop environment)
# cannot run a quoted Exec, while every desktop handles an unquoted plain path.
case "$HERE" in
  *[!A-Za-z0-9/._+-]*) EXEC="\"$HERE/cjm-desktop\"" ;;
  *) EXEC="$HERE/cjm-desktop" ;;
esac
sed -i -e "s|^Exec=cjm-desktop|Exec=$EXEC|" \
       -e "s|^TryExec=cjm-desktop|TryExec=$HERE/cjm-desktop|" \
       "$SHARE/applications/$APP_ID.desktop"
mkdir -p "$PREFIX/bin"
ln -sf "$HERE/cjm-desktop" "$PREFIX/bin/cjm-desktop"
ln -sf "$HERE/cjm" "$PREFIX/bin/cjm"
refresh
# Make CJM Desktop the program .cjm files open with (for this user), unless the user chose.
if [ "$PREFIX" = "$HOME/.local" ] && command -v xdg-mime >/dev/null 2>&1; then
  if [ -z "$(xdg-mime query default "$MIME_TYPE" 2>/dev/null)" ]; then
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || true
  fi
fi
echo "CJM Desktop installed in $PREFIX (programs stay in $HERE)"
