"""The audit from QGIS: the panel's « Auditer… » entry and the Plugins menu open the audit dialog, which runs
the audit in a QgsTask against a real pycsw or a folder of records, writes its outputs, adds the records'
extents to the map coloured by access level and offers the dashboard; it can be cancelled; it is in French."""
import csv
import datetime as dt
import json
import os
import re
import time

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel

from passerelle.catalogue.audit.report import CSV_COLUMNS
from passerelle.plugin import PasserellePlugin
from passerelle.sdi.pycsw_server import PycswServer
from passerelle.ui import config
from passerelle.ui.audit_dialog import ACCESS_COLOURS, AuditDialog
from passerelle.ui.panel import PasserellePanel
from support import audit_catalogue as catalogue
from support.link_server import LinkServer, closed_port

TODAY = dt.date(2026, 6, 15)
#: the extents layer's access values (French, as the dashboard says them) for the report's categories
ACCESS_VALUES = {"open": "ouverte", "shared": "partagée", "closed": "fermée", "unknown": "non renseignée"}


@pytest.fixture
def folder(vocab, tmp_path):
    with LinkServer() as links:
        links.services[catalogue.SERVICE] = catalogue.service_layers()
        records = catalogue.seeded_catalogue(vocab, links.base, TODAY)
        yield catalogue.write_folder(records, tmp_path / "fiches"), records


@pytest.fixture
def regional(vocab, tmp_path):
    """A real pycsw holding the seeded catalogue (dated today: the dialog audits as of today), its links on
    the link server with the regional GeoServer's layers, and the regional profile added in the settings."""
    today = dt.date.today()
    with LinkServer() as links:
        links.services[catalogue.SERVICE] = catalogue.service_layers()
        records = catalogue.seeded_catalogue(vocab, links.base, today,
                                             unreachable=f"http://127.0.0.1:{closed_port()}")
        server = PycswServer(tmp_path / "pycsw").start()
        try:
            catalogue.load_into_pycsw(server, catalogue.write_folder(records, tmp_path / "fiches"))
            profile = tmp_path / "ideo-test.json"
            profile.write_text(json.dumps({
                "name": "ideo-test", "version": "2026.2", "territory": catalogue.TERRITORY,
                "audit": {"links": {"timeout": 3, "delay": 0}},
                "targets": {"catalogue": {"type": "csw", "url": server.url, "title": "Catalogue régional"},
                            "services": {"type": "geoserver", "url": links.base + "/geoserver",
                                         "workspace": "commune", "title": "GeoServer régional"}}}),
                encoding="utf-8")
            config.add_profile_file(str(profile))
            yield str(profile), records, links
        finally:
            server.stop()


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
        panel.profile_combo.setCurrentIndex(panel.profile_combo.findData("ideo-bfc"))
        panel.show()
        assert panel.audit_button.isEnabled()  # no layer needed: the audit is about a catalogue
        qtbot.mouseClick(panel.audit_button, Qt.LeftButton)
        dialog = panel.audit_dialog
        qtbot.addWidget(dialog)
        assert dialog.isVisible() and dialog.profile_value == "ideo-bfc"
        # the profile's catalogue target is offered (its GeoServer is not a catalogue)
        assert [dialog.target_combo.itemData(i) for i in range(dialog.target_combo.count())] == ["catalogue"]
        assert dialog.target_radio.isChecked() and dialog.source() == "catalogue"
        dialog.reject()
        # the entry again, another profile in the panel: the same window, for that profile
        panel.profile_combo.setCurrentIndex(panel.profile_combo.findData(""))
        qtbot.mouseClick(panel.audit_button, Qt.LeftButton)
        assert panel.audit_dialog is dialog and dialog.isVisible() and dialog.profile_value == ""
        assert not dialog.target_radio.isEnabled() and dialog.folder_radio.isChecked()
        # the dialog's own profile list: the rules change, the source chosen stays
        dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("ideo-bfc"))
        assert dialog.target_radio.isEnabled() and dialog.target_combo.count() == 1 and dialog.folder_radio.isChecked()
        other = AuditDialog(qgis_iface, str(profile))  # a profile file given by a script
        qtbot.addWidget(other)
        assert other.profile_value == str(profile) and other.target_combo.itemText(0) == "Catalogue régional (csw)"
    finally:
        panel.cancel()
        panel.disconnect_project()


def test_the_plugins_menu_opens_the_audit_for_the_profile_in_use(qtbot, qgis_iface):
    config.set_current_profile("ideo-bfc")
    plugin = PasserellePlugin(qgis_iface)
    plugin.initGui()
    try:
        [action] = [a for a in plugin.actions if a.objectName() == "passerelleAuditAction"]
        assert action.text() == "Audit a catalogue…"
        action.trigger()
        dialog = plugin.audit_dialog
        assert dialog is not None and dialog.isVisible() and dialog.profile_value == "ideo-bfc"
        assert dialog.source() == "catalogue"
    finally:
        plugin.unload()
    assert plugin.audit_dialog is None and not dialog.isVisible()


def test_from_the_panel_an_administrator_audits_the_regional_csw_in_french(qtbot, qgis_iface, regional, french,
                                                                           tmp_path, monkeypatch):
    profile, records, links = regional
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        panel.profile_combo.setCurrentIndex(panel.profile_combo.findData(profile))
        panel.show()
        assert panel.audit_button.text() == "&Auditer…" and panel.audit_button.isEnabled()
        qtbot.mouseClick(panel.audit_button, Qt.LeftButton)
        dialog = panel.audit_dialog
        assert dialog.isVisible() and dialog.windowTitle() == "Passerelle — auditer un catalogue"
        assert dialog.profile_value == profile and dialog.profile_combo.currentText().startswith("ideo-test 2026.2")
        assert dialog.target_radio.isChecked() and dialog.target_combo.currentText() == "Catalogue régional (csw)"
        assert dialog.links_box.isChecked() and dialog.map_box.isChecked()
        output = tmp_path / "audit régional"
        dialog.output_widget.setFilePath(str(output))
        with qtbot.waitSignal(dialog.audited, timeout=180_000) as audited:
            qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
            assert dialog.task is not None and not dialog.run_button.isEnabled()
            assert dialog.status.text().startswith("Audit de catalogue en cours")
        assert dialog.task is None and dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
        # the audit read the real CSW and found each seeded defect, nothing on the clean records
        report = audited.args[0]
        assert report.complete and report.source_kind == "csw" and report.profile == "ideo-test 2026.2"
        found = {}
        for finding in report.findings:
            found.setdefault(finding.record, set()).add(finding.code)
        assert {item.identifier for item in records} == {summary.key for summary in report.records}
        for item in records:
            assert found.get(item.identifier, set()) == item.codes, item.title
        assert [(f.code, f.title) for f in report.findings if not f.record] == [("audit.layer-unrecorded",
                                                                                "commune:orpheline")]
        assert links.count("/missing/") == 1 and links.count(catalogue.SERVICE + "/wms") == 1
        # its outputs are in the folder chosen, the figures said in French are the JSON's
        assert {kind: os.path.dirname(path) for kind, path in report.files.items()} == {
            "html": str(output), "csv": str(output), "json": str(output), "gpkg": str(output)}
        data = json.loads((output / "audit.json").read_text(encoding="utf-8"))
        totals = data["totals"]
        assert dialog.status.text() == (
            f"{totals['records']} fiche(s) auditée(s) : {totals['errors']} erreur(s), {totals['warnings']} "
            f"avertissement(s), {totals['broken_links']} lien(s) cassé(s), {totals['overdue']} mise(s) à jour en "
            "retard.")
        assert totals["records"] == len(records) and totals["broken_links"] == 3 and totals["overdue"] == 1
        with open(output / "audit-constats.csv", encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == len(data["findings"]) == len(report.findings)
        assert {row["code"] for row in rows} == set(data["codes"]) and set(rows[0]) == set(CSV_COLUMNS)
        dashboard = (output / "audit.html").read_text(encoding="utf-8")
        assert "<html lang='fr'>" in dashboard and "ideo-test 2026.2" in dashboard and "Tous les constats" in dashboard
        assert os.path.getsize(output / "audit-emprises.gpkg") > 0
        # the records' extents are on the map, coloured by access level
        layer = dialog.extents_layer
        assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
        assert layer.name() == "Audit — emprises des fiches (Catalogue régional)"
        assert layer.featureCount() == len(records) - 1  # the record whose extent is not in degrees has none
        renderer = layer.renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "acces"
        colours = {category.value(): category.symbol().color().name() for category in renderer.categories()}
        assert colours == dict(ACCESS_COLOURS)
        by_key = {summary.key: summary for summary in report.records}
        seen = set()
        for feature in layer.getFeatures():
            summary = by_key[feature["identifiant"]]
            assert feature["acces"] == ACCESS_VALUES[summary.access] in colours
            assert feature["liens_casses"] == summary.broken_links
            seen.add(feature["acces"])
        assert seen == {"ouverte", "partagée", "fermée"}
        # the dashboard opens in the browser, the folder in the file manager
        opened = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
        qtbot.mouseClick(dialog.dashboard_button, Qt.LeftButton)
        qtbot.mouseClick(dialog.folder_button, Qt.LeftButton)
        assert opened == [report.files["html"], str(output)]
        # the entry again: the same window, its results kept
        qtbot.mouseClick(panel.audit_button, Qt.LeftButton)
        assert panel.audit_dialog is dialog and dialog.report is report
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
    assert layer.name() == "Audit — records' extents (fiches)" and layer.featureCount() == len(records) - 1
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "acces"
    assert {category.value() for category in renderer.categories()} == {"ouverte", "partagée", "fermée",
                                                                        "non renseignée"}
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.dashboard_button, Qt.LeftButton)
    assert opened == [report.files["html"]]


def test_an_audit_cancelled_as_soon_as_started_leaves_the_dialog_ready(qtbot, qgis_iface, folder, tmp_path):
    path, _records = folder
    dialog = AuditDialog(qgis_iface, "")
    qtbot.addWidget(dialog)
    dialog.folder_widget.setFilePath(path)
    dialog.output_widget.setFilePath(str(tmp_path / "audit"))
    assert dialog.run()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)  # before the task begins, or before its first page
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.report is None or not dialog.report.complete
    assert dialog.status.text().startswith("Audit cancelled") and dialog.extents_layer is None
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.audited, timeout=120_000) as audited:  # and it audits again
        assert dialog.run()
    assert audited.args[0].complete and dialog.extents_layer is not None


def test_an_audit_is_cancelled_while_it_checks_slow_links(qtbot, qgis_iface, vocab, tmp_path):
    folder = tmp_path / "fiches"
    folder.mkdir()
    with LinkServer() as links:
        for number in range(24):  # 24 downloads answering in 2 s each, 2 at a time: 24 s without Cancel
            record = catalogue.make_record(vocab, number + 1, f"Jeu lent n° {number}", "Commune", TODAY)
            (folder / f"{number:02d}.xml").write_bytes(
                catalogue.encode(record, vocab, [catalogue.download(links.base, f"/slow/2/jeu-{number}.gpkg")]))
        profile = tmp_path / "lent.json"
        profile.write_text(json.dumps({"name": "lent", "audit": {"links": {"per_host": 2, "delay": 0}}}),
                           encoding="utf-8")
        dialog = AuditDialog(qgis_iface, str(profile))
        qtbot.addWidget(dialog)
        assert dialog.folder_radio.isChecked()  # the profile has no catalogue target
        dialog.folder_widget.setFilePath(str(folder))
        dialog.output_widget.setFilePath(str(tmp_path / "audit"))
        qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: links.count("/slow/") >= 2, timeout=60_000)
        asked = time.monotonic()
        qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
        stopped = time.monotonic() - asked
        requested = links.count("/slow/")
    assert stopped < 8, stopped  # the requests in flight end, no other starts
    assert requested <= 4, requested
    report = dialog.report
    assert report is not None and not report.complete and len(report.records) == 24
    assert dialog.status.text().startswith("Audit cancelled: the figures cover the records read.")
    assert dialog.extents_layer is None and not QgsProject.instance().mapLayers()  # a cancelled audit stays on disk
    assert json.loads(open(report.files["json"], encoding="utf-8").read())["complete"] is False
    assert "id='partial'" in open(report.files["html"], encoding="utf-8").read()
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.dashboard_button.isEnabled()  # the partial dashboard, which says so


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
