"""QGIS in a script or a terminal: a QgsApplication that starts with or without a display.

Qt aborts at start ("could not connect to display", plugin "xcb") when no display is
reachable. Scripts (``scripts/demo.py``, the benches) choose the offscreen platform then.
"""
from __future__ import annotations

import os


def choose_qt_platform(environ=None) -> str:
    """Set ``QT_QPA_PLATFORM=offscreen`` when there is no X11 or Wayland display and none was chosen.

    Call it before creating the QgsApplication; returns the platform in force ("" for Qt's default).

    >>> choose_qt_platform({"DISPLAY": ""})
    'offscreen'
    """
    environ = os.environ if environ is None else environ
    if not environ.get("QT_QPA_PLATFORM") and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "offscreen"
    return environ.get("QT_QPA_PLATFORM", "")


def start_qgis():
    """A started QgsApplication without GUI, on the offscreen platform when there is no display.

    >>> app = start_qgis()
    >>> ...
    >>> app.exitQgis()
    """
    choose_qt_platform()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app
