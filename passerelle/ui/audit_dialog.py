"""The audit dialog: an administrator audits a whole catalogue and looks at the result.

The catalogue is a target of the chosen profile (CSW, GeoNetwork, CKAN, udata, OpenDataSoft), the
address of a CSW, or a folder of ISO 19139 records. The audit (:func:`passerelle.api.audit`) runs in a
``QgsTask`` with progress and cancel; its outputs go to a folder: the French dashboard (opened in the
browser), the findings as CSV and JSON, and the records' extents, added to the map coloured by access
level.
"""
from __future__ import annotations

import datetime as _dt
import os
from typing import Optional
from urllib.parse import urlsplit

from qgis.core import (Qgis, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsProject, QgsRendererCategory,
                       QgsVectorLayer)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout,
                                 QLabel, QLineEdit, QProgressBar, QRadioButton, QSpinBox, QVBoxLayout)

from .. import api
from . import config
from .common import Task, error_text, notify, start, tr
from .widgets import push_button

AUDITABLE = ("csw", "geonetwork", "ckan", "udata", "opendatasoft", "local")
#: access level of the extents layer -> fill colour (the dashboard's)
ACCESS_COLOURS = (("ouverte", "#2e7d32"), ("partagée", "#ef6c00"), ("fermée", "#c62828"), ("non renseignée", "#9e9e9e"))
EXTENTS_LAYER = "emprises_fiches"


def audits_folder() -> str:
    """Where audits are written unless the administrator chooses: ``audits/<date-time>`` in Passerelle's data."""
    return os.path.join(api.data_dir(), "audits", _dt.datetime.now().strftime("%Y-%m-%d_%H%M%S"))


class AuditDialog(QDialog):
    """See the module's documentation. ``audited`` is emitted with the report when an audit ends."""

    audited = pyqtSignal(object)

    def __init__(self, iface, profile: Optional[str] = None, parent=None):
        """``profile``: the profile whose rules and targets the audit uses ("": none; None: the one in use)."""
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.task = None
        self.report = None
        self.extents_layer = None
        self._label = ""
        self.setObjectName("PasserelleAuditDialog")
        self.setWindowTitle(tr("Passerelle — audit a catalogue"))
        self._build()
        self._fill_profiles(config.current_profile() if profile is None else profile)
        self.profile_combo.currentIndexChanged.connect(lambda *_: self._fill_targets())
        self._fill_targets()
        self._busy(False)

    @property
    def profile_value(self) -> str:
        """The chosen profile: a shipped profile's name, a file's path, or "" (default rules)."""
        return self.profile_combo.currentData() or ""

    # -- widgets ----------------------------------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("auditProfile")
        self.profile_combo.setToolTip(tr("The profile whose rules (required fields, vocabularies, territory) the "
                                         "records are checked against, and whose targets may be audited"))
        profile_label = QLabel(tr("&Profile:"), self)
        profile_label.setBuddy(self.profile_combo)
        row = QHBoxLayout()
        row.addWidget(profile_label)
        row.addWidget(self.profile_combo, 1)
        layout.addLayout(row)
        source = QGroupBox(tr("Catalogue to audit"), self)
        form = QFormLayout(source)
        self.choice = QButtonGroup(self)
        self.target_radio = QRadioButton(tr("&Target of the profile"), source)
        self.target_combo = QComboBox(source)
        self.target_combo.setObjectName("auditTarget")
        self.csw_radio = QRadioButton(tr("CSW &address"), source)
        self.csw_edit = QLineEdit(source)
        self.csw_edit.setObjectName("auditCswUrl")
        self.csw_edit.setPlaceholderText("https://geo.exemple.fr/geonetwork/srv/fre/csw")
        self.folder_radio = QRadioButton(tr("&Folder of ISO 19139 records"), source)
        self.folder_widget = QgsFileWidget(source)
        self.folder_widget.setObjectName("auditFolder")
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        rows = ((self.target_radio, self.target_combo), (self.csw_radio, self.csw_edit),
                (self.folder_radio, self.folder_widget))
        for number, (radio, field) in enumerate(rows):
            self.choice.addButton(radio, number)
            form.addRow(radio, field)
            radio.toggled.connect(self._source_changed)
        layout.addWidget(source)

        options = QGroupBox(tr("Options"), self)
        form = QFormLayout(options)
        self.links_box = QCheckBox(tr("Check the &links (HTTP status, WMS/WFS layers, downloads)"), options)
        self.links_box.setObjectName("auditLinks")
        self.links_box.setChecked(True)
        form.addRow(self.links_box)
        self.limit_spin = QSpinBox(options)
        self.limit_spin.setObjectName("auditLimit")
        self.limit_spin.setRange(0, 10_000_000)
        self.limit_spin.setSpecialValueText(tr("all"))
        self.limit_spin.setToolTip(tr("Audit only the first records (0: all of them)"))
        limit_label = QLabel(tr("Records a&udited:"), options)
        limit_label.setBuddy(self.limit_spin)
        form.addRow(limit_label, self.limit_spin)
        self.output_widget = QgsFileWidget(options)
        self.output_widget.setObjectName("auditOutput")
        self.output_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.output_widget.setFilePath(audits_folder())
        output_label = QLabel(tr("&Output folder:"), options)
        output_label.setBuddy(self.output_widget.lineEdit())
        form.addRow(output_label, self.output_widget)
        self.map_box = QCheckBox(tr("Add the records' &extents to the map"), options)
        self.map_box.setObjectName("auditAddToMap")
        self.map_box.setChecked(True)
        form.addRow(self.map_box)
        layout.addWidget(options)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("auditProgress")
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.run_button = push_button(self, tr("&Run the audit"), "auditRun", default=True)
        self.cancel_button = push_button(self, tr("&Cancel the audit"), "auditCancel")
        self.dashboard_button = push_button(self, tr("Open the &dashboard"), "auditDashboard",
                                            tooltip=tr("The audit's dashboard in your web browser"))
        self.folder_button = push_button(self, tr("Ope&n the output folder"), "auditOpenFolder")
        self.close_button = push_button(self, tr("Close"), "auditClose")
        for button in (self.run_button, self.cancel_button, self.dashboard_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.dashboard_button.clicked.connect(self.open_dashboard)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.resize(640, 460)

    def choose_profile(self, value: str) -> None:
        """Audit with ``value``'s rules and targets (the list of profiles read again)."""
        self._fill_profiles(value)
        self._fill_targets()

    def _fill_profiles(self, wanted: str):
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for value, text in config.profile_choices():
            self.profile_combo.addItem(text, value)
        index = self.profile_combo.findData(wanted)
        if index < 0:  # a profile file given by the caller, not among the agent's
            self.profile_combo.addItem(os.path.basename(wanted), wanted)
            index = self.profile_combo.count() - 1
        self.profile_combo.setCurrentIndex(index)
        self.profile_combo.blockSignals(False)

    def _fill_targets(self):
        self.target_combo.clear()
        self.status.clear()
        try:
            profile = config.effective_profile(self.profile_value)
        except Exception as error:  # an unreadable profile: the other sources still work
            self.status.setText(error_text(error))
            profile = None
        targets = profile.targets.items() if profile is not None else ()
        for name, settings in targets:
            if settings.get("type") in AUDITABLE:
                self.target_combo.addItem(f"{settings.get('title') or name} ({settings['type']})", name)
        has_targets = self.target_combo.count() > 0
        self.target_radio.setEnabled(has_targets)
        if self.choice.checkedButton() is None or (self.target_radio.isChecked() and not has_targets):
            (self.target_radio if has_targets else self.folder_radio).setChecked(True)
        self._source_changed()

    def _source_changed(self, *_):
        self.target_combo.setEnabled(self.target_radio.isChecked())
        self.csw_edit.setEnabled(self.csw_radio.isChecked())
        self.folder_widget.setEnabled(self.folder_radio.isChecked())

    def _busy(self, busy: bool):
        self.profile_combo.setEnabled(not busy)
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        done = self.report is not None and bool(self.report.files)
        self.dashboard_button.setEnabled(done and not busy)
        self.folder_button.setEnabled(done and not busy)

    # -- the audit --------------------------------------------------------------------------------
    def source(self):
        """What the API receives as ``source``: a target name, a CSW address or a folder ("" when missing)."""
        if self.target_radio.isChecked():
            return self.target_combo.currentData() or ""
        if self.csw_radio.isChecked():
            return self.csw_edit.text().strip()
        return self.folder_widget.filePath().strip()

    def source_label(self) -> str:
        """The source as the administrator knows it: the target's title, the CSW's server, the folder's name."""
        if self.target_radio.isChecked():
            return self.target_combo.currentText().rsplit(" (", 1)[0]
        if self.csw_radio.isChecked():
            return urlsplit(self.source()).netloc or self.source()
        return os.path.basename(self.source().rstrip("/\\")) or self.source()

    def run(self) -> bool:
        """Start the audit in a background task; False when something is missing."""
        if self.task is not None:
            return False
        source = self.source()
        if not source:
            self.status.setText(tr("Choose the catalogue to audit."))
            return False
        output = self.output_widget.filePath().strip() or audits_folder()
        links, limit = self.links_box.isChecked(), self.limit_spin.value() or None
        value = self.profile_value

        def work(task):
            return api.audit(source, config.effective_profile(value), links=links, limit=limit, output=output,
                             progress=lambda share: task.setProgress(100.0 * share), cancelled=task.isCanceled)

        self.report = None
        self._label = self.source_label()
        self.task = Task(tr("Passerelle: auditing {source}").format(source=source), work, self._done)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.progress.setValue(0)
        self.status.setText(tr("Auditing {source}…").format(source=source))
        self._busy(True)
        start(self.task)
        return True

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def _done(self, task):
        self.task = None
        if task.error is not None:
            self._busy(False)
            message = tr("The audit failed: {}").format(error_text(task.error))
            self.status.setText(message)
            notify(self.iface, message, Qgis.Critical)
            return
        self.report = report = task.result
        self._busy(False)
        if report is None:  # cancelled before the task began: nothing was read
            self.status.setText(tr("Audit cancelled before it began."))
            return
        totals = report.totals()
        message = tr("{records} record(s) audited: {errors} error(s), {warnings} warning(s), {links} broken "
                     "link(s), {overdue} overdue update(s).").format(
            records=totals["records"], errors=totals["errors"], warnings=totals["warnings"],
            links=totals["broken_links"], overdue=totals["overdue"])
        if not report.complete:
            message = tr("Audit cancelled: the figures cover the records read.") + " " + message
        self.status.setText(message)
        notify(self.iface, message, Qgis.Warning if totals["errors"] else Qgis.Success, 6)
        if self.map_box.isChecked() and report.complete and report.files.get("gpkg"):  # cancelled: on disk only
            self.extents_layer = add_extents_layer(report.files["gpkg"], self._label)
        self.audited.emit(report)

    # -- results ----------------------------------------------------------------------------------
    def open_dashboard(self) -> bool:
        if self.report is None or not self.report.files.get("html"):
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(self.report.files["html"]))

    def open_folder(self) -> bool:
        if self.report is None or not self.report.files.get("html"):
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.report.files["html"])))

    def reject(self):
        self.cancel()
        super().reject()


def add_extents_layer(path: str, label: str):
    """The extents layer of an audit (``label``: its source), added to the project and coloured by access level;
    None if unreadable."""
    layer = QgsVectorLayer(f"{path}|layername={EXTENTS_LAYER}", tr("Audit — records' extents ({})").format(label),
                           "ogr")
    if not layer.isValid():
        return None
    categories = []
    for value, colour in ACCESS_COLOURS:
        red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        symbol = QgsFillSymbol.createSimple({"color": f"{red},{green},{blue},64", "outline_color": colour,
                                             "outline_width": "0.4"})
        categories.append(QgsRendererCategory(value, symbol, value))
    layer.setRenderer(QgsCategorizedSymbolRenderer("acces", categories))
    QgsProject.instance().addMapLayer(layer)
    return layer
