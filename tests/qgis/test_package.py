"""`make package` gives a zip QGIS installs; the plugin starts cheap."""
import configparser
import zipfile

from support.qgis_env import build_package, run_python


def test_package_holds_a_complete_plugin():
    with zipfile.ZipFile(build_package()) as archive:
        names = set(archive.namelist())
        metadata = configparser.ConfigParser()
        metadata.read_string(archive.read("passerelle/metadata.txt").decode("utf-8"))
    general = metadata["general"]
    assert general["name"] == "Passerelle" and general["qgisMinimumVersion"] == "3.22"
    assert general["description[fr]"] and general["tracker"] and general["repository"] and general["homepage"]
    assert {"passerelle/__init__.py", "passerelle/plugin.py", "passerelle/i18n/passerelle_fr.qm",
            "passerelle/catalogue/vocab/frequency.ttl", "passerelle/ui/publish_dialog.ui"} <= names
    assert all(name.startswith("passerelle/") for name in names)
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)


def test_plugin_start_imports_nothing_heavy(tmp_path):
    with zipfile.ZipFile(build_package()) as archive:
        archive.extractall(tmp_path)
    code = f"""
import sys
sys.path.insert(0, {str(tmp_path)!r})
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
import passerelle
from passerelle import plugin
assert passerelle.__file__.startswith({str(tmp_path)!r}), passerelle.__file__
heavy = [m for m in ("rdflib", "pandas", "shapely", "passerelle.catalogue.vocabularies", "passerelle.api",
                     "urllib.request", "requests") if m in sys.modules]
print("HEAVY=" + ",".join(heavy))
"""
    result = run_python(code)
    line = next(printed for printed in result.stdout.splitlines() if printed.startswith("HEAVY="))
    assert line == "HEAVY=", result.stdout + result.stderr[-2000:]
