#!/usr/bin/env bash
# Install CX Designer's desktop integration (XDG): the .desktop entry, AppStream metainfo, the
# shared-mime-info type for .cxmap files and the icons; optionally the PyInstaller bundle too.
#
#   packaging/linux/install.sh [--prefix DIR] [--bundle DIR] [--exec COMMAND] [--no-update] [--uninstall]
#
#   --prefix DIR    where to install (default: ~/.local; /usr/local for everyone, as root)
#   --bundle DIR    also copy a built one-folder app (build/app/cxdesigner) to PREFIX/lib/cxdesigner
#                   and link PREFIX/bin/cxdesigner to it; the menu entry then starts that binary
#   --exec COMMAND  the program the menu entry starts (default: PREFIX/bin/cxdesigner with --bundle,
#                   else `cxdesigner` from PATH, e.g. after `pip install`)
#   --no-update     do not run update-mime-database, update-desktop-database, gtk-update-icon-cache
#                   (for staging into a package; DESTDIR=/stage is honoured as usual)
#   --uninstall     remove what an install put there (and the bundle), then update the caches
#
# Files, under DESTDIR + PREFIX:
#   share/applications/fi.cxdesigner.CXDesigner.desktop
#   share/metainfo/fi.cxdesigner.CXDesigner.metainfo.xml
#   share/mime/packages/fi.cxdesigner.CXDesigner.xml
#   share/icons/hicolor/{16x16,...,512x512}/apps/fi.cxdesigner.CXDesigner.png
#   share/icons/hicolor/scalable/apps/fi.cxdesigner.CXDesigner.svg
#   with --bundle: lib/cxdesigner/ and bin/cxdesigner

set -euo pipefail

APP_ID=fi.cxdesigner.CXDesigner
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PREFIX="${HOME}/.local"
BUNDLE=""
EXEC=""
UPDATE=1
UNINSTALL=0
DESTDIR="${DESTDIR:-}"

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "install.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#*=}"; shift ;;
        --bundle) [ $# -ge 2 ] || die "--bundle needs a folder"; BUNDLE="$2"; shift 2 ;;
        --bundle=*) BUNDLE="${1#*=}"; shift ;;
        --exec) [ $# -ge 2 ] || die "--exec needs a command"; EXEC="$2"; shift 2 ;;
        --exec=*) EXEC="${1#*=}"; shift ;;
        --no-update) UPDATE=0; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; echo >&2; die "unknown argument: $1" ;;
    esac
done

case "$PREFIX" in
    /*) ;;
    *) PREFIX="$(pwd)/$PREFIX" ;;  # the .desktop file needs absolute paths
esac
PREFIX="${PREFIX%/}"
ROOT="${DESTDIR}${PREFIX}"
SHARE="$ROOT/share"
SIZES="16 22 24 32 48 64 128 256 512"

installed_files() {
    echo "$SHARE/applications/$APP_ID.desktop"
    echo "$SHARE/metainfo/$APP_ID.metainfo.xml"
    echo "$SHARE/mime/packages/$APP_ID.xml"
    for size in $SIZES; do echo "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    echo "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
}

update_caches() {
    [ "$UPDATE" = 1 ] || return 0
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" || echo "install.sh: update-mime-database failed" >&2
    else
        echo "install.sh: update-mime-database not found: .cxmap files are recognised after the next login or update" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" || echo "install.sh: update-desktop-database failed" >&2
    fi
    # Only themes with an index (system prefixes) keep an icon cache; ~/.local needs none.
    if [ -f "$SHARE/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
    fi
}

if [ "$UNINSTALL" = 1 ]; then
    installed_files | while read -r file; do rm -f "$file"; done
    if [ -d "$ROOT/lib/cxdesigner" ] && [ -x "$ROOT/lib/cxdesigner/cxdesigner" ]; then
        rm -rf "$ROOT/lib/cxdesigner"
    fi
    if [ -L "$ROOT/bin/cxdesigner" ]; then
        rm -f "$ROOT/bin/cxdesigner"
    fi
    [ -d "$SHARE/mime" ] && update_caches
    echo "install.sh: removed CX Designer from $ROOT"
    exit 0
fi

for file in "$APP_ID.desktop" "$APP_ID.metainfo.xml" cxdesigner-mime.xml icons/hicolor/scalable/apps/$APP_ID.svg; do
    [ -f "$HERE/$file" ] || die "$HERE/$file is missing"
done
for size in $SIZES; do
    [ -f "$HERE/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] \
        || die "icon ${size}x${size} is missing: run packaging/linux/render_icons.py"
done

if [ -n "$BUNDLE" ]; then
    [ -x "$BUNDLE/cxdesigner" ] || die "$BUNDLE/cxdesigner: not a built bundle (run packaging/build_app.py)"
    rm -rf "$ROOT/lib/cxdesigner"
    mkdir -p "$ROOT/lib" "$ROOT/bin"
    cp -a "$BUNDLE" "$ROOT/lib/cxdesigner"
    ln -sfn "$PREFIX/lib/cxdesigner/cxdesigner" "$ROOT/bin/cxdesigner"
    [ -n "$EXEC" ] || EXEC="$PREFIX/bin/cxdesigner"
fi
[ -n "$EXEC" ] || EXEC=cxdesigner
case "$EXEC" in
    *[[:space:]\"\'\\\$\`]*) die "--exec: give a path without spaces, quotes or backslashes" ;;
esac

install -d "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
sed "s|^Exec=cxdesigner |Exec=$EXEC |" "$HERE/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
chmod 644 "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/cxdesigner-mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
for size in $SIZES; do
    install -D -m 644 "$HERE/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$HERE/icons/hicolor/scalable/apps/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"

update_caches
echo "install.sh: installed CX Designer's desktop integration under $ROOT (menu entry runs: $EXEC)"
