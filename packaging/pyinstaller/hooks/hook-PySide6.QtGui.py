"""Replaces PyInstaller's own ``hook-PySide6.QtGui``: the same collection, minus Qt plugins this app
never loads, so their Qt dependencies (QtQuick, QtQml, QtPdf, QtVirtualKeyboard, …) are never
analysed or bundled. ``hookspath`` hooks take precedence over PyInstaller's built-in ones.

Kept: the desktop platform plugins (xcb, wayland, windows, cocoa), ``offscreen`` and ``minimal``
(headless smoke tests), the SVG icon engine, the common image formats, input methods for typing
(compose, ibus), the xdg-desktop-portal platform theme (native file dialogs), and wayland integrations.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# (plugin folder, file-name stems) dropped; "*" drops the whole folder. Stems have no "lib" prefix
# and no suffix, so the list reads the same on Linux (.so), macOS (.dylib) and Windows (.dll).
DROPPED_PLUGINS = {
    "egldeviceintegrations": {"*"},  # eglfs only: embedded boards without a window system
    "generic": {"*"},  # evdev/tuio input for eglfs and linuxfb
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay", "qdirect2d"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},  # pulls QtQuick and QtQml
    "imageformats": {"qpdf", "qtiff", "qwebp", "qtga", "qwbmp"},  # qpdf pulls QtPdf (pdfium)
    # GTK 3 theme: would bundle the build machine's GLib/GTK stack (cairo, pango, gdk-pixbuf, …) and
    # then load the user's libgtk-3 against it; the xdg-desktop-portal theme gives native dialogs
    "platformthemes": {"qgtk3"},
}


def _dropped(dest: str, src: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return False
    folder = "/".join(parts[parts.index("plugins") + 1 :])
    stems = DROPPED_PLUGINS.get(folder)
    if not stems:
        return False
    name = src.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return "*" in stems or stem in stems or stem.removesuffix("d") in stems  # "d": Windows debug builds


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if not _dropped(dest, src)]
