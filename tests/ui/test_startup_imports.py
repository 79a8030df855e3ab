"""Start-up stays light: opening a window loads neither networkx nor reportlab (nor YAML or PDFium).

Each costs more than Qt's whole start-up; they load the first time a feature needs them.
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_window_opens_without_the_heavy_libraries(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        f"QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})\n"
        "from cxdesigner.ui.app import ensure_app, open_window\n"
        "app = ensure_app()\n"
        "window = open_window(None)\n"
        "app.processEvents()\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'networkx', 'reportlab', 'yaml', 'pypdfium2'})\n"
        "print(heavy, len(window.scene.items()) > 0)\n"
        "window.document.undo_stack.setClean()\n"
        "window.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[] True"
