"""Run real QGIS programs (python with qgis, qgis_process, QGIS desktop) from the tests."""
from __future__ import annotations

import glob
import os
import zipfile
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN_SOURCE = os.path.join(ROOT, "passerelle")


def venv_site_packages() -> str:
    found = glob.glob(os.path.join(ROOT, ".venv", "lib", "python3*", "site-packages"))
    return found[0] if found else ""


def environment(extra: dict | None = None) -> dict:
    """Environment for a child QGIS process: headless, and seeing our venv packages and the repo."""
    env = dict(os.environ)
    paths = [ROOT, venv_site_packages(), "/usr/share/qgis/python/plugins"]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths + [env.get("PYTHONPATH", "")] if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PROJ_DATA", "/usr/share/proj")
    env.update(extra or {})
    return env


def run_python(code: str, timeout: int = 120, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``code`` in a NEW python process (Debian's, where qgis lives)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=environment(extra_env), cwd=ROOT)


def build_package() -> str:
    """`make package`: the zip a user installs with "Install from ZIP"."""
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, capture_output=True, timeout=300)
    return os.path.join(ROOT, "dist", "passerelle.zip")


def install_plugin(profiles_dir: str) -> str:
    """Install the plugin zip into a fresh QGIS profile, as the plugin manager does, and enable it."""
    plugins = os.path.join(profiles_dir, "profiles", "default", "python", "plugins")
    os.makedirs(plugins, exist_ok=True)
    with zipfile.ZipFile(build_package()) as archive:
        archive.extractall(plugins)
    target = os.path.join(plugins, "passerelle")
    ini_dir = os.path.join(profiles_dir, "profiles", "default", "QGIS")
    os.makedirs(ini_dir, exist_ok=True)
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w", encoding="utf-8") as handle:
        handle.write("[PythonPlugins]\npasserelle=true\n\n[Processing]\nconfiguration\\PASSERELLE_ACTIVE=true\n"
                     "\n[qgis]\nshowTips=false\nchecksAskedPermissionPluginManager=true\n")
    return target
