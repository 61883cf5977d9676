"""Shared by every test folder."""

QGIS_INI = ("qgis_gui_enabled", "qgis_disable_exit", "qgis_canvas_height", "qgis_canvas_width")


def pytest_addoption(parser, pluginmanager):
    # tests/unit and tests/desktop run without pytest-qgis (-p no:qgis): declare its ini keys so
    # pytest does not warn about them.
    if not pluginmanager.has_plugin("pytest_qgis"):
        for name in QGIS_INI:
            parser.addini(name, "pytest-qgis option, unused without the plugin")
