"""The QGIS plugin entry: menu, toolbar, translator and Processing provider.

Start-up stays cheap: nothing here reads vocabularies, touches the network or
imports the catalogue; those load on first use.
"""
from __future__ import annotations

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Passerelle", text)


def install_translator():
    """Load the .qm of the QGIS user locale, if shipped; returns the translator or None."""
    locale = (QSettings().value("locale/userLocale", "") or QLocale.system().name())[:2]
    path = os.path.join(PLUGIN_DIR, "i18n", f"passerelle_{locale}.qm")
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if translator.load(path):
        QCoreApplication.installTranslator(translator)
        return translator
    return None


class PasserellePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.actions = []
        self.check_dialog = None

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from .processing.provider import PasserelleProvider

        self.provider = PasserelleProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        self.initProcessing()
        icon = QIcon(os.path.join(PLUGIN_DIR, "resources", "icon.svg"))
        action = QAction(icon, tr("Check project layers"), self.iface.mainWindow())
        action.setObjectName("passerelleCheckLayers")
        action.triggered.connect(self.show_check_dialog)
        self.iface.addToolBarIcon(action)
        self.iface.addPluginToMenu(tr("&Passerelle"), action)
        self.actions.append(action)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(tr("&Passerelle"), action)
            self.iface.removeToolBarIcon(action)
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)

    def show_check_dialog(self):
        from .ui.check_dialog import CheckDialog

        if self.check_dialog is None:
            self.check_dialog = CheckDialog(self.iface)
        self.check_dialog.show()
        self.check_dialog.raise_()
        self.check_dialog.run_checks()
