"""The audit dialog, opened from the panel: it runs the audit in a QgsTask, adds the records' extents to the
map coloured by access level, and offers the dashboard; it can be cancelled; its keys are unique."""
import datetime as dt
import json
import re
import time

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel

from passerelle.ui import audit_dialog as audit_module
from passerelle.ui.audit_dialog import AuditDialog
from passerelle.ui.panel import PasserellePanel
from support import audit_catalogue as catalogue
from support.link_server import LinkServer

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def folder(vocab, tmp_path):
    with LinkServer() as links:
        links.services[catalogue.SERVICE] = catalogue.service_layers()
        records = catalogue.seeded_catalogue(vocab, links.base, TODAY)
        yield catalogue.write_folder(records, tmp_path / "fiches"), records


def run_to_the_end(qtbot, dialog):
    assert dialog.run()
    assert not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)


def test_the_panel_opens_the_audit_for_its_profile(qtbot, qgis_iface, tmp_path):
    profile = tmp_path / "regional.json"
    profile.write_text(json.dumps({"name": "regional", "targets": {
        "catalogue": {"type": "csw", "url": "http://127.0.0.1:9/csw", "title": "Catalogue régional"},
        "services": {"type": "geoserver", "url": "http://127.0.0.1:9/geoserver"}}}), encoding="utf-8")
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        index = panel.profile_combo.findData("ideo-bfc")
        panel.profile_combo.setCurrentIndex(index)
        panel.show()
        qtbot.mouseClick(panel.audit_button, Qt.LeftButton)
        dialog = panel.audit_dialog
        qtbot.addWidget(dialog)
        assert dialog.isVisible() and dialog.profile_value == "ideo-bfc"
        # the profile's catalogue target is offered (its GeoServer is not a catalogue)
        assert [dialog.target_combo.itemData(i) for i in range(dialog.target_combo.count())] == ["catalogue"]
        assert dialog.target_radio.isChecked() and dialog.source() == "catalogue"
        dialog.reject()
        other = AuditDialog(qgis_iface, str(profile))
        qtbot.addWidget(other)
        assert other.target_combo.itemText(0) == "Catalogue régional (csw)"
        no_target = AuditDialog(qgis_iface, "")
        qtbot.addWidget(no_target)
        assert not no_target.target_radio.isEnabled() and no_target.folder_radio.isChecked()
    finally:
        panel.cancel()
        panel.disconnect_project()


def test_an_audit_runs_in_the_background_and_adds_the_extents_to_the_map(qtbot, qgis_iface, folder, tmp_path,
                                                                          monkeypatch):
    path, records = folder
    dialog = AuditDialog(qgis_iface, "")
    qtbot.addWidget(dialog)
    dialog.folder_radio.setChecked(True)
    dialog.folder_widget.setFilePath(path)
    dialog.output_widget.setFilePath(str(tmp_path / "audit"))
    assert not dialog.dashboard_button.isEnabled()
    with qtbot.waitSignal(dialog.audited, timeout=120_000) as audited:
        run_to_the_end(qtbot, dialog)
    report = audited.args[0]
    assert len(report.records) == len(records) and report.complete
    assert "25 record(s) audited" in dialog.status.text() and dialog.dashboard_button.isEnabled()
    layer = dialog.extents_layer
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.featureCount() == len(records) - 1
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "acces"
    assert {category.value() for category in renderer.categories()} == {"ouverte", "partagée", "fermée",
                                                                        "non renseignée"}
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.dashboard_button, Qt.LeftButton)
    assert opened == [report.files["html"]]


def test_an_audit_can_be_cancelled(qtbot, qgis_iface, folder, monkeypatch, tmp_path):
    path, _records = folder
    dialog = AuditDialog(qgis_iface, "")
    qtbot.addWidget(dialog)
    dialog.folder_radio.setChecked(True)
    dialog.folder_widget.setFilePath(path)
    dialog.output_widget.setFilePath(str(tmp_path / "audit"))
    dialog.map_box.setChecked(False)
    real_audit = audit_module.api.audit

    def slow_audit(*args, **options):  # gives the person time to press Cancel before the first page is read
        cancelled, waited = options["cancelled"], 0.0
        while not cancelled() and waited < 30:
            time.sleep(0.05)
            waited += 0.05
        return real_audit(*args, **options)

    monkeypatch.setattr(audit_module.api, "audit", slow_audit)
    assert dialog.run()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.report is not None and not dialog.report.complete
    assert dialog.status.text().startswith("Audit cancelled") and dialog.extents_layer is None


def test_a_missing_source_or_a_failure_is_said(qtbot, qgis_iface, tmp_path):
    dialog = AuditDialog(qgis_iface, "")
    qtbot.addWidget(dialog)
    dialog.folder_radio.setChecked(True)
    dialog.folder_widget.setFilePath("")
    assert not dialog.run() and dialog.status.text() == "Choose the catalogue to audit."
    dialog.csw_radio.setChecked(True)
    dialog.csw_edit.setText("pas une adresse")
    run_to_the_end(qtbot, dialog)
    assert dialog.status.text().startswith("The audit failed:") and dialog.report is None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_audit_dialog_is_translated_and_its_keys_are_unique(qtbot, qgis_iface, language, request):
    if language == "fr":
        request.getfixturevalue("french")
    dialog = AuditDialog(qgis_iface, "ideo-bfc")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    letters = [m.group(1).lower() for m in (re.search(r"(?<!&)&([^&\s])", t) for t in texts) if m]
    assert len(letters) == len(set(letters)), texts
    if language == "fr":
        assert dialog.windowTitle() == "Passerelle — auditer un catalogue"
        assert dialog.run_button.text() == "&Lancer l'audit"
