"""The QGIS plugin entry: panel, menu, toolbar, layer context menu, translator and Processing provider.

Start-up stays cheap: nothing here reads vocabularies, touches the network or
imports the catalogue; those load when the panel first opens.
"""
from __future__ import annotations

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Passerelle", text)


def ui_locale() -> str:
    """The language QGIS shows (its locale override when set, else the system's), e.g. "fr"."""
    return (QgsApplication.locale() or "")[:2]


def install_translator():
    """Load the .qm of the QGIS user locale, if shipped; returns the translator or None."""
    path = os.path.join(PLUGIN_DIR, "i18n", f"passerelle_{ui_locale()}.qm")
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if translator.load(path):
        QCoreApplication.installTranslator(translator)
        return translator
    return None


class PasserellePlugin:
    def __init__(self, iface):
        from .qgis_io.language import follow_qgis_language

        self.iface = iface
        self.translator = install_translator()
        follow_qgis_language()  # exceptions shown in the Python console: French in a French QGIS
        self.provider = None
        self.actions = []
        self.layer_actions = []
        self.panel = None
        self.settings_dialog = None
        self.admin_dialog = None
        self.audit_dialog = None

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from .processing.provider import PasserelleProvider

        if self.provider is not None:
            return
        provider = PasserelleProvider()
        # The registry deletes a provider it refuses (one with the id "passerelle" is already there, e.g.
        # registered by a script): keep only the one registered here, the only one unload may remove.
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import QgsMapLayerType
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        self.initProcessing()
        icon = QIcon(os.path.join(PLUGIN_DIR, "resources", "icon.svg"))
        window = self.iface.mainWindow()
        panel_action = QAction(icon, tr("Passerelle panel"), window)
        panel_action.setObjectName("passerellePanelAction")
        panel_action.setToolTip(tr("Show the Passerelle panel: layer statuses, tags, checks and publication"))
        panel_action.setCheckable(True)
        panel_action.triggered.connect(self.toggle_panel)
        self.iface.addToolBarIcon(panel_action)
        self.iface.addPluginToMenu(tr("&Passerelle"), panel_action)

        settings_action = QAction(tr("Settings…"), window)
        settings_action.setObjectName("passerelleSettingsAction")
        settings_action.triggered.connect(self.show_settings)
        self.iface.addPluginToMenu(tr("&Passerelle"), settings_action)
        admin_action = QAction(tr("Administration…"), window)
        admin_action.setObjectName("passerelleAdminAction")
        admin_action.setToolTip(tr("Portal administrators: review what agents submitted"))
        admin_action.triggered.connect(self.show_admin)
        self.iface.addPluginToMenu(tr("&Passerelle"), admin_action)
        audit_action = QAction(tr("Audit a catalogue…"), window)
        audit_action.setObjectName("passerelleAuditAction")
        audit_action.setToolTip(tr("Portal administrators: audit a whole catalogue, with a dashboard"))
        audit_action.triggered.connect(self.show_audit)
        self.iface.addPluginToMenu(tr("&Passerelle"), audit_action)
        self.actions = [panel_action, settings_action, admin_action, audit_action]
        self.panel_action = panel_action

        # Layer tree context menu (3.22: custom actions per layer type).
        describe = QAction(icon, tr("Describe in Passerelle…"), window)
        describe.setObjectName("passerelleDescribeLayer")
        describe.triggered.connect(self.describe_selected_layers)
        check = QAction(tr("Check in Passerelle"), window)
        check.setObjectName("passerelleCheckLayer")
        check.triggered.connect(self.check_selected_layers)
        for action in (describe, check):
            for layer_type in (QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer):
                self.iface.addCustomActionForLayerType(action, "", layer_type, True)
        self.layer_actions = [describe, check]

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(tr("&Passerelle"), action)
            self.iface.removeToolBarIcon(action)
        for action in self.layer_actions:
            self.iface.removeCustomActionForLayerType(action)
        for action in self.actions + self.layer_actions:
            action.setParent(None)  # no longer the main window's: a reloaded plugin leaves none behind
        self.actions, self.layer_actions = [], []
        if self.audit_dialog is not None:
            self.audit_dialog.cancel()  # an audit still running stops
            self.audit_dialog.close()
        if self.admin_dialog is not None:
            self.admin_dialog.close()
        self.admin_dialog = self.audit_dialog = None
        if self.panel is not None:
            self.panel.cancel()
            self.panel.disconnect_project()
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # -- actions ----------------------------------------------------------------------------------
    def show_panel(self):
        from qgis.PyQt.QtCore import Qt

        from .ui.panel import PasserellePanel

        if self.panel is None:
            self.panel = PasserellePanel(self.iface)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.panel)
            self.panel.visibilityChanged.connect(self.panel_action.setChecked)
        self.panel.show()
        self.panel.raise_()
        self.panel_action.setChecked(True)
        return self.panel

    def toggle_panel(self, checked=True):
        if checked or self.panel is None or not self.panel.isVisible():
            return self.show_panel()
        self.panel.hide()
        return self.panel

    def show_settings(self):
        from .ui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.iface)
        if self.panel is not None:
            self.settings_dialog.finished.connect(lambda _r: (self.panel.fill_profiles(), self.panel.refresh()))
        self.settings_dialog.show()
        return self.settings_dialog

    def show_admin(self):
        from .ui.admin_dialog import AdminDialog

        self.admin_dialog = AdminDialog(self.iface)
        self.admin_dialog.show()
        self.admin_dialog.refresh()
        return self.admin_dialog

    def show_audit(self):
        """The audit dialog, for the profile in use (the running audit's, while one runs)."""
        from .ui.audit_dialog import AuditDialog

        if self.audit_dialog is None or self.audit_dialog.task is None:
            self.audit_dialog = AuditDialog(self.iface)
        self.audit_dialog.show()
        self.audit_dialog.raise_()
        return self.audit_dialog

    def _selected_layer_ids(self) -> list:
        view = self.iface.layerTreeView()
        layers = list(view.selectedLayers()) if view is not None else []
        if not layers and self.iface.activeLayer() is not None:
            layers = [self.iface.activeLayer()]
        return [layer.id() for layer in layers]

    def describe_selected_layers(self):
        ids = self._selected_layer_ids()
        panel = self.show_panel()
        panel.select(ids)
        return panel.open_editor(ids)

    def check_selected_layers(self):
        ids = self._selected_layer_ids()
        panel = self.show_panel()
        panel.select(ids)
        return panel.check(ids)
