"""The plugin's entry points open the panel and the editor; the UI layer only talks to the API."""
import ast
import os

import pytest
from qgis.core import QgsApplication, QgsMapLayerType
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QAction

from passerelle.plugin import PasserellePlugin
from passerelle.processing.provider import PasserelleProvider

UI = os.path.join(os.path.dirname(__file__), "..", "..", "passerelle", "ui")


@pytest.fixture
def plugin(qgis_iface):
    plugin = PasserellePlugin(qgis_iface)
    qgis_iface.addCustomActionForLayerType.reset_mock()
    plugin.initGui()
    yield plugin
    plugin.unload()


def test_toolbar_menu_and_layer_tree_open_the_panel_and_the_editor(qtbot, plugin, qgis_iface, layers):
    window = qgis_iface.mainWindow()
    panel_action = window.findChild(QAction, "passerellePanelAction")
    assert panel_action in plugin.actions
    # The layer tree's context menu offers « Décrire » for vector and raster layers.
    registered = {(call.args[0].objectName(), call.args[2]) for call in
                  qgis_iface.addCustomActionForLayerType.call_args_list}
    assert ("passerelleDescribeLayer", QgsMapLayerType.VectorLayer) in registered
    assert ("passerelleDescribeLayer", QgsMapLayerType.RasterLayer) in registered

    panel_action.trigger()
    assert plugin.panel is not None and plugin.panel.objectName() == "PasserellePanel"
    assert plugin.panel.item(layers["parcelles"].id()) is not None

    qgis_iface.setActiveLayer(layers["zonage_plu"])
    qgis_iface.layerTreeView.return_value.selectedLayers.return_value = [layers["zonage_plu"]]
    describe = next(a for a in plugin.layer_actions if a.objectName() == "passerelleDescribeLayer")
    describe.trigger()
    assert plugin.panel.editor is not None and plugin.panel.editor.layer_ids == [layers["zonage_plu"].id()]
    assert plugin.panel.selected_ids() == [layers["zonage_plu"].id()]
    plugin.panel.editor.close()


def test_unload_removes_what_the_plugin_added(qgis_iface, layers):
    plugin = PasserellePlugin(qgis_iface)
    plugin.initGui()
    plugin.show_panel()
    qgis_iface.removeCustomActionForLayerType.reset_mock()
    plugin.unload()
    assert plugin.panel is None and plugin.actions == [] and plugin.layer_actions == []
    assert qgis_iface.removeCustomActionForLayerType.call_count == 2
    left = [action.objectName() for action in qgis_iface.mainWindow().findChildren(QAction)]
    assert not [name for name in left if name.startswith("passerelle")], left


def test_the_plugin_registers_its_processing_provider_and_unload_removes_only_that_one(qgis_iface):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("passerelle") is None
    plugin = PasserellePlugin(qgis_iface)
    plugin.initGui()
    assert registry.providerById("passerelle") is plugin.provider is not None
    plugin.unload()
    assert registry.providerById("passerelle") is None

    # A provider registered before the plugin starts (a script, the Processing tests) is not the plugin's.
    theirs = PasserelleProvider()
    assert registry.addProvider(theirs)
    try:
        plugin = PasserellePlugin(qgis_iface)
        plugin.initGui()
        assert plugin.provider is None
        plugin.unload()
        assert registry.providerById("passerelle") is theirs and not sip.isdeleted(theirs)
    finally:
        registry.removeProvider(theirs)


def test_the_ui_layer_reaches_qgis_data_only_through_the_api():
    """Widgets call passerelle.api (and read the catalogue's plain data), never the I/O or publishing code."""
    offenders = []
    for name in sorted(os.listdir(UI)):
        if not name.endswith(".py"):
            continue
        tree = ast.parse(open(os.path.join(UI, name), encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = ("." * node.level) + (node.module or "")
                if any(part in module for part in ("qgis_io", "publishers", "sdi", "processing")):
                    offenders.append(f"{name}: {module}")
    assert offenders == []
