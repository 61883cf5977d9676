"""The publish dialog: a profile, its targets, a dry-run preview, then the publication.

Both the preview (``api.publish(..., dry_run=True)``, whose ``report.requests``
fill the table of planned requests) and the publication run as a ``QgsTask``
with progress and cancel. The result lists an outcome per layer and target,
with links: the published record in the browser, the published WMS or WFS
layer added to the map.
"""
from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QCheckBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from .. import api
from . import config
from .common import Task, error_text, language, log, notify, start, tr, tr_noop

# Loaded when the panel first opens this dialog, never at plugin start (plugin.py does not import this module).
FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "publish_dialog.ui"))

OUTCOME_ROLE = Qt.UserRole
STATE_LABELS = {"published": tr_noop("published"), "updated": tr_noop("updated"), "unchanged": tr_noop("unchanged"),
                "refused": tr_noop("refused"), "failed": tr_noop("failed"), "incomplete": tr_noop("incomplete"),
                "planned": tr_noop("planned"), "removed": tr_noop("removed")}
LIVE_STATES = ("published", "updated", "unchanged")


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state]) if state in STATE_LABELS else state


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


class PublishDialog(QDialog, FORM_CLASS):
    published = pyqtSignal()  # a real publication finished (the panel refreshes its badges)

    def __init__(self, iface, layer_ids, profile: str = "", parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.layer_ids = list(layer_ids)
        self.task = None
        self.report = None
        self.dry_run = True
        self.identifiers = {}  # record identifier -> layer id
        self.target_boxes = {}
        self._build()
        self.fill_profiles(profile or config.current_profile())

    def _build(self):
        self.setupUi(self)  # publish_dialog.ui: the profile, targets, run buttons, result tables and links
        project = QgsProject.instance()
        names = [project.mapLayer(i).name() for i in self.layer_ids if project.mapLayer(i)]
        self.layers_label.setText(tr("{count} layer(s): {names}").format(count=len(names), names=", ".join(names)))
        for table in (self.outcomes_table, self.requests_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)

        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        self.add_profile_button.clicked.connect(self.add_profile_file)
        self.preview_button.clicked.connect(lambda: self.run(dry_run=True))
        self.publish_button.clicked.connect(lambda: self.run(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.outcomes_table.itemSelectionChanged.connect(self._outcome_selected)
        self.outcomes_table.itemDoubleClicked.connect(lambda *_: self.open_record())
        self.record_button.clicked.connect(self.open_record)
        self.wms_button.clicked.connect(lambda: self.add_service_layer("wms"))
        self.wfs_button.clicked.connect(lambda: self.add_service_layer("wfs"))
        self._busy(False)

    # -- profile and targets ----------------------------------------------------------------------
    def fill_profiles(self, selected: str = ""):
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for value, text in config.profile_choices():
            if value:  # publishing needs a profile's targets
                self.profile_combo.addItem(text, value)
        index = self.profile_combo.findData(selected)
        self.profile_combo.setCurrentIndex(index if index >= 0 else 0)
        self.profile_combo.blockSignals(False)
        self._profile_changed()

    def add_profile_file(self, path: str = ""):
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, tr("Portal profile"), "", tr("Profiles (*.json)"))
        if not path:
            return
        from ..catalogue.profile import Profile

        try:
            Profile.load(path)
        except Exception as error:
            self.profile_info.setText(error_text(error))
            return
        config.add_profile_file(path)
        self.fill_profiles(path)

    def profile(self):
        return config.effective_profile(self.profile_combo.currentData() or "")

    def _profile_changed(self, *_):
        for box in self.target_boxes.values():
            self.targets_layout.removeWidget(box)
            box.deleteLater()
        self.target_boxes = {}
        try:
            profile = self.profile()
        except Exception as error:
            self.profile_info.setText(error_text(error))
            self.preview_button.setEnabled(False)
            self.publish_button.setEnabled(False)
            return
        if profile is None:
            self.profile_info.setText(tr("Choose a portal profile."))
            return
        self.profile_info.setText(" — ".join(p for p in (profile.title, tr("version {}").format(profile.version)
                                                          if profile.version else "") if p))
        for name, settings in profile.targets.items():
            kind = {"open": tr("open"), "restricted": tr("restricted"), "internal": tr("internal")}.get(
                settings.get("kind", "open"), settings.get("kind", ""))
            box = QCheckBox(f"{name} — {settings.get('title') or settings.get('type')} "
                            f"({settings.get('type')}, {kind})", self.targets_box)
            box.setObjectName(f"target_{name}")
            box.setChecked(True)
            box.setToolTip(settings.get("url") or settings.get("folder") or "")
            self.targets_layout.addWidget(box)
            self.target_boxes[name] = box
        self._busy(False)

    def chosen_targets(self) -> list:
        return [name for name, box in self.target_boxes.items() if box.isChecked()]

    # -- running ----------------------------------------------------------------------------------
    def run(self, dry_run: bool = True) -> bool:
        if self.task is not None:
            return False
        targets = self.chosen_targets()
        if not targets:
            self.summary.setText(tr("Choose at least one target."))
            return False
        try:
            profile = self.profile()
        except Exception as error:
            self.summary.setText(error_text(error))
            return False
        project = QgsProject.instance()
        layers = [project.mapLayer(i) for i in self.layer_ids if project.mapLayer(i)]
        self.identifiers = {api.record(layer).identifier: layer.id() for layer in layers}
        ids = [layer.id() for layer in layers]
        force = self.force_box.isChecked()
        self.dry_run = dry_run

        def work(task):
            return api.publish(ids, profile, targets, dry_run=dry_run, force=force,
                               progress=lambda done, total: task.setProgress(100.0 * done / max(total, 1)),
                               cancelled=task.isCanceled)

        title = tr("Passerelle: publication preview") if dry_run else tr("Passerelle: publishing")
        self.task = Task(title, work, self._finished)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.summary.setText(tr("Preparing the preview…") if dry_run else tr("Publishing {count} layer(s)…").format(
            count=len(ids)))
        self._busy(True)
        start(self.task)
        return True

    def cancel(self):
        if self.task is not None:
            self.task.cancel()
            self.summary.setText(tr("Cancelling… the layer in progress finishes first."))

    def _busy(self, busy: bool):
        ready = not busy and bool(self.target_boxes)
        self.preview_button.setEnabled(ready)
        self.publish_button.setEnabled(ready)
        self.cancel_button.setEnabled(busy)
        self.profile_combo.setEnabled(not busy)
        self.targets_box.setEnabled(not busy)
        self.progress.setValue(0 if busy else self.progress.value())

    def _finished(self, task):
        self.task = None
        self._busy(False)
        if task.error is not None:
            message = tr("Publication stopped: {}").format(error_text(task.error))
            self.summary.setText(message)
            notify(self.iface, message, Qgis.Critical)
            return
        if task.result is None:  # cancelled before it started
            self.summary.setText(tr("Cancelled: nothing was sent."))
            return
        self.progress.setValue(100)
        self.show_report(task.result)
        if not self.dry_run:
            self.published.emit()

    def show_report(self, report) -> None:
        self.report = report
        lang = language()
        self.outcomes_table.setRowCount(0)
        for outcome in report.outcomes:
            row = self.outcomes_table.rowCount()
            self.outcomes_table.insertRow(row)
            message = outcome.message_fr if lang == "fr" else (outcome.message_en or outcome.message_fr)
            for column, text in enumerate((outcome.layer, outcome.target, state_label(outcome.state), message)):
                item = QTableWidgetItem(text)
                item.setData(OUTCOME_ROLE, outcome)
                item.setToolTip(message or "\n".join(f"{k}: {v}" for k, v in sorted(outcome.urls.items())))
                if column == 2:
                    item.setForeground(QBrush(QColor("#2e7d32" if outcome.ok else "#c62828")))
                self.outcomes_table.setItem(row, column, item)
        self.requests_table.setRowCount(0)
        for request in report.requests:
            row = self.requests_table.rowCount()
            self.requests_table.insertRow(row)
            for column, key in enumerate(("target", "method", "url", "note")):
                self.requests_table.setItem(row, column, QTableWidgetItem(str(request.get(key, ""))))
        counts = {}
        for outcome in report.outcomes:
            counts[outcome.state] = counts.get(outcome.state, 0) + 1
        summary = ", ".join(f"{n} {state_label(state)}" for state, n in sorted(counts.items())) or tr("nothing to do")
        if self.dry_run:
            summary = tr("Dry run: {summary}; {count} request(s) would be sent.").format(
                summary=summary, count=len(report.requests))
            self.tabs.setCurrentWidget(self.requests_page)
        else:
            summary = tr("Publication: {}.").format(summary)
            self.tabs.setCurrentWidget(self.outcomes_page)
        update = getattr(report, "profile_update", None)
        if update is not None and (update.changed or update.code):  # the administrator's new version, in force
            summary = f"{update.message(lang)} {summary}"
        if any(o.code == "publish.cancelled" for o in report.outcomes):
            summary = tr("Cancelled: the layers not yet started were not published.") + " " + summary
        self.summary.setText(summary)
        failures = [o for o in report.outcomes if not o.ok]
        for outcome in failures:
            message = outcome.message_fr if lang == "fr" else (outcome.message_en or outcome.message_fr)
            log(f"{outcome.layer} → {outcome.target} : {state_label(outcome.state)} — {message}", Qgis.Warning)
        if failures:
            first = failures[0]
            reason = first.message_fr if lang == "fr" else (first.message_en or first.message_fr)
            notify(self.iface, tr("{count} publication(s) refused or failed. First: {layer} → {target}: {reason} "
                                  "Every reason is in the Passerelle log.").format(
                count=len(failures), layer=first.layer, target=first.target, reason=reason), Qgis.Warning)
        else:
            notify(self.iface, summary, Qgis.Success, 5)

    # -- links ------------------------------------------------------------------------------------
    def selected_outcome(self):
        items = self.outcomes_table.selectedItems()
        return items[0].data(OUTCOME_ROLE) if items else None

    def _outcome_selected(self):
        outcome = self.selected_outcome()
        live = outcome is not None and outcome.state in LIVE_STATES and not self.dry_run
        urls = outcome.urls if outcome is not None else {}
        self.record_button.setEnabled(live and bool(urls.get("record")))
        self.wms_button.setEnabled(live and bool(urls.get("wms")))
        self.wfs_button.setEnabled(live and bool(urls.get("wfs")))

    def open_record(self) -> bool:
        outcome = self.selected_outcome()
        url = outcome.urls.get("record") if outcome is not None else ""
        if not url:
            return False
        return QDesktopServices.openUrl(QUrl(url))

    def service_layer_name(self, outcome) -> str:
        """The layer name the service publishes: GeoServer says it, an OGC API collection ends with it,
        else the registry's name for the layer."""
        if outcome.urls.get("layer"):
            return outcome.urls["layer"]
        if outcome.urls.get("ogcapi"):
            return urlsplit(outcome.urls["ogcapi"]).path.rstrip("/").rsplit("/", 1)[-1]
        layer_id = self.identifiers.get(outcome.identifier)
        profile = self.profile()
        if layer_id and profile is not None:
            for entry in api.publication_status(layer_id, profile).get(profile.name, {}).values():
                if entry.get("ids", {}).get("name"):
                    return entry["ids"]["name"]
        return ""

    def add_service_layer(self, service: str):
        """Add the published layer of the selected outcome to the map, through its WMS or WFS."""
        outcome = self.selected_outcome()
        if outcome is None or not outcome.urls.get(service):
            return None
        name = self.service_layer_name(outcome)
        base = _without_query(outcome.urls[service])
        crs = QgsProject.instance().crs().authid() or "EPSG:4326"
        if service == "wms":
            uri = f"crs={crs}&format=image/png&layers={name}&styles=&url={base}"
            layer = QgsRasterLayer(uri, f"{outcome.layer} (WMS)", "wms")
        else:
            uri = f"srsname='{crs}' typename='{name}' url='{base}' version='1.1.0'"
            layer = QgsVectorLayer(uri, f"{outcome.layer} (WFS)", "WFS")
        if not layer.isValid():
            notify(self.iface, tr("QGIS cannot open the {service} layer « {name} » at {url}.").format(
                service=service.upper(), name=name, url=base), Qgis.Warning)
            return None
        QgsProject.instance().addMapLayer(layer)
        notify(self.iface, tr("Layer « {} » added to the map.").format(layer.name()), Qgis.Success, 4)
        return layer

    def reject(self):
        if self.task is not None:
            self.cancel()
        super().reject()

