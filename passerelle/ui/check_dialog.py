"""A minimal check window: runs the checks of the project's layers in the background."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


def tr(text):
    return QCoreApplication.translate("Passerelle", text)


class CheckDialog(QDialog):
    def __init__(self, iface, parent=None):
        super().__init__(parent or iface.mainWindow())
        self.iface = iface
        self.task = None
        self.setObjectName("passerelleCheckDialog")
        self.setWindowTitle(tr("Passerelle: check project layers"))
        self.resize(800, 500)
        self.browser = QTextBrowser(self)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def run_checks(self):
        from .. import api

        if self.task is not None:
            return
        self.browser.setHtml(tr("Checking…"))
        layer_ids = list(self._project_layer_ids())
        self.task = QgsTask.fromFunction(tr("Passerelle: checking layers"),
                                         lambda task: api.check(layer_ids), on_finished=self._show)
        QgsApplication.taskManager().addTask(self.task)

    def _project_layer_ids(self):
        from qgis.core import QgsProject

        return QgsProject.instance().mapLayers().keys()

    def _show(self, exception, report=None):
        self.task = None
        if exception is not None:
            message = getattr(exception, "message_fr", str(exception))
            self.browser.setPlainText(message)
            self.iface.messageBar().pushMessage("Passerelle", message, level=Qgis.Critical)
            QgsMessageLog.logMessage(message, "Passerelle", Qgis.Critical)
            return
        self.browser.setHtml(report.to_html("fr"))
        summary = tr("{} error(s), {} finding(s)").format(len(report.errors), len(report.findings))
        self.iface.messageBar().pushMessage("Passerelle", summary,
                                            level=Qgis.Warning if report.errors else Qgis.Success)
        QgsMessageLog.logMessage(summary, "Passerelle", Qgis.Info)
