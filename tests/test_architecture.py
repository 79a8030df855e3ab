"""Imports run one way: nothing outside cxdesigner.ui loads Qt; heavy libraries load lazily."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cxdesigner


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(cxdesigner.__path__, "cxdesigner."):
        if info.name.startswith("cxdesigner.ui") or info.name == "cxdesigner.__main__":
            continue
        names.append(info.name)
    return names


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_no_module_outside_ui_loads_pyside6():
    modules = non_ui_modules()
    assert "cxdesigner.model.operations" in modules and "cxdesigner.cli.main" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    assert run_python(code).strip() == "[]"


def test_model_and_layout_load_no_networkx_or_reportlab():
    code = (
        "import sys\n"
        "import cxdesigner.model, cxdesigner.layout, cxdesigner.commands, cxdesigner.storage, cxdesigner.cli.main\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'networkx', 'reportlab', 'PySide6', 'yaml'}))\n"
    )
    assert run_python(code).strip() == "[]"


def test_model_modules_import_nothing_but_the_standard_library_and_themselves():
    import ast
    from pathlib import Path

    folder = Path(cxdesigner.__file__).parent / "model"
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = {(node.module or "").split(".")[0]}
            else:
                continue
            assert roots <= set(sys.stdlib_module_names) | {"__future__"}, (path.name, roots)
