"""The domain stays headless: catalogue/ imports neither Qt nor QGIS."""
import ast
import os

CATALOGUE = os.path.join(os.path.dirname(__file__), "..", "..", "passerelle", "catalogue")


def test_catalogue_imports_no_qt_and_no_qgis():
    offenders = []
    for folder, _dirs, files in os.walk(CATALOGUE):
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            for node in ast.walk(ast.parse(open(path, encoding="utf-8").read())):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                offenders += [f"{name}: {m}" for m in modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip")]
    assert offenders == []
