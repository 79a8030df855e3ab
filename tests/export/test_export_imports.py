"""The PDF export and the export command stay Qt-free (reportlab lives in cxdesigner.export only)."""

from __future__ import annotations

import subprocess
import sys


def test_pdf_export_never_loads_qt() -> None:
    code = (
        "import sys, cxdesigner.export.pdf, cxdesigner.cli.export_cmd; "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_export_command_module_does_not_load_reportlab_until_a_pdf_is_asked_for() -> None:
    code = "import sys, cxdesigner.cli.export_cmd; print('reportlab' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"
