"""The publish dialog: a profile file, its targets, a dry-run preview, then a real publication to the local SDI."""
import datetime as dt
import json

import pytest
import requests
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from passerelle import api
from passerelle.sample import territory
from passerelle.sdi import local
from passerelle.ui import config
from passerelle.ui.publish_dialog import PublishDialog


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / "profil-local.json"
    path.write_text(json.dumps({
        "name": "local-ui", "version": "3", "title": "IDG locale de test",
        "territory": {"name": "Saint-Aubin-sur-Loue", "bbox": list(territory.COMMUNE["bbox_wgs84"])},
        "targets": {"local": {"type": "local", "title": "IDG locale", "folder": str(tmp_path / "sdi"),
                              "kind": "open", "retries": 1, "timeout": 20}}}), encoding="utf-8")
    yield str(path)
    local.stop_all()


@pytest.fixture
def open_layers(layers):
    chosen = {}
    for name in ("arrets_bus", "parcelles", "concessions_cimetiere"):
        api.tag(layers[name], **territory.default_tags(dt.date.today())[name])
        chosen[name] = layers[name]
    return chosen


def dialog_for(qtbot, qgis_iface, layer_ids, profile_file, monkeypatch):
    dialog = PublishDialog(qgis_iface, layer_ids)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("passerelle.ui.publish_dialog.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (profile_file, "*.json"))
    qtbot.mouseClick(dialog.add_profile_button, Qt.LeftButton)  # « Ajouter un fichier de profil… »
    dialog.show()
    return dialog


def table(widget) -> list:
    return [[widget.item(r, c).text() for c in range(widget.columnCount())] for r in range(widget.rowCount())]


def test_a_dry_run_lists_the_requests_and_changes_nothing(qtbot, qgis_iface, open_layers, profile_file, monkeypatch):
    ids = [open_layers["arrets_bus"].id(), open_layers["parcelles"].id()]
    dialog = dialog_for(qtbot, qgis_iface, ids, profile_file, monkeypatch)
    assert dialog.profile_combo.currentData() == profile_file
    assert config.profile_files() == [profile_file]  # kept in the settings for next time
    assert list(dialog.target_boxes) == ["local"] and dialog.target_boxes["local"].isChecked()
    assert "IDG locale de test" in dialog.profile_info.text()

    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)

    report = dialog.report
    assert report is not None and report.requests
    rows = table(dialog.requests_table)
    assert rows == [[r["target"], r["method"], r["url"], r["note"]] for r in report.requests]
    assert any(method == "POST" for _target, method, _url, _note in rows)  # the CSW transactions
    assert any(method == "WRITE" and url.endswith(".qgs") for _target, method, url, _note in rows)
    outcomes = table(dialog.outcomes_table)
    assert {(layer, state) for layer, _target, state, _message in outcomes} == \
        {("arrets_bus", "planned"), ("parcelles", "planned")}
    assert dialog.progress.value() == 100
    assert "request(s) would be sent" in dialog.summary.text()
    assert api.publication_status(open_layers["parcelles"]) == {}  # nothing published


def test_publishing_lists_outcomes_with_links_and_reports_refusals(qtbot, qgis_iface, open_layers, profile_file,
                                                                   monkeypatch):
    ids = [layer.id() for layer in open_layers.values()]
    dialog = dialog_for(qtbot, qgis_iface, ids, profile_file, monkeypatch)
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    with qtbot.waitSignal(dialog.published, timeout=180_000):
        qtbot.mouseClick(dialog.publish_button, Qt.LeftButton)
    report = dialog.report
    rows = table(dialog.outcomes_table)
    assert [[o.layer, o.target, o.state] for o in report.outcomes] == [row[:3] for row in rows]
    states = {}
    for layer, _target, state, _message in rows:
        states.setdefault(layer, set()).add(state)
    assert states["concessions_cimetiere"] == {"refused"}  # personal data never reaches an open target
    assert states["parcelles"] == {"published"}
    # The refusal reached the message bar and the log, in the API's words.
    warnings = qgis_iface.messageBar().get_messages(1)
    assert any("refused or failed" in message and "concessions_cimetiere" in message for message in warnings)
    refusal = next(o for o in report.outcomes if o.layer == "concessions_cimetiere")
    assert ("Passerelle", f"concessions_cimetiere → {refusal.target} : refused — {refusal.message_en}") in logged
    parcelles = api.publication_status(open_layers["parcelles"])
    assert parcelles["local-ui"]["local-csw"]["state"] == "published"

    # Links of a published outcome: the record in the browser, the WMS and WFS layers on the map.
    row = next(r for r, o in enumerate(report.outcomes) if o.layer == "parcelles" and o.urls.get("record"))
    dialog.outcomes_table.selectRow(row)
    assert dialog.record_button.isEnabled()
    opened = []
    monkeypatch.setattr("passerelle.ui.publish_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    qtbot.mouseClick(dialog.record_button, Qt.LeftButton)
    assert opened == [report.outcomes[row].urls["record"]]
    assert api.record(open_layers["parcelles"]).identifier in requests.get(opened[0], timeout=10).text

    row = next(r for r, o in enumerate(report.outcomes) if o.layer == "parcelles" and o.urls.get("wms"))
    dialog.outcomes_table.selectRow(row)
    before = set(QgsProject.instance().mapLayers())
    qtbot.mouseClick(dialog.wms_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.wfs_button, Qt.LeftButton)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    wms = next(layer for layer in added if isinstance(layer, QgsRasterLayer))
    wfs = next(layer for layer in added if isinstance(layer, QgsVectorLayer))
    assert wms.isValid() and wms.providerType() == "wms"
    assert wfs.isValid() and wfs.featureCount() == open_layers["parcelles"].featureCount()


def test_a_publication_can_be_cancelled_between_layers(qtbot, qgis_iface, open_layers, profile_file, monkeypatch):
    dialog = dialog_for(qtbot, qgis_iface, [layer.id() for layer in open_layers.values()], profile_file, monkeypatch)
    qtbot.mouseClick(dialog.publish_button, Qt.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.publish_button.isEnabled()
    # The agent cancels right when the first layer is done (from the task's own progress report,
    # so that the timing does not depend on the machine).
    task, report_progress = dialog.task, dialog.task.setProgress
    task.setProgress = lambda value: (report_progress(value), task.cancel())
    qtbot.waitUntil(lambda: dialog.task is None, timeout=180_000)
    cancelled = {o.layer for o in dialog.report.outcomes if o.code == "publish.cancelled"}
    assert cancelled and "arrets_bus" not in cancelled  # the first layer finished
    for name in cancelled:
        assert api.publication_status(open_layers[name]) == {}
    assert dialog.summary.text().startswith("Cancelled")
    assert dialog.publish_button.isEnabled() and not dialog.cancel_button.isEnabled()
