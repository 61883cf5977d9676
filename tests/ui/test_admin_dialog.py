"""The Administration dialog on the real widgets: the queue from the GeoNetwork stand-in, each record's findings,
its extent on the map, and the decisions taken in a background task.

Agents' submissions are made through the public API (real layers of the sample territory, the agent's
account); the administrator's account is chosen per target in the settings, as in the plugin.
"""
import json

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt.QtCore import Qt

from passerelle import api
from passerelle.qgis_io import auth
from passerelle.sample import territory
from passerelle.ui import config
from passerelle.ui.admin_dialog import AdminDialog
from passerelle.ui.panel import PasserellePanel
from support.standins.geonetwork import GeoNetworkStandIn

PASSWORD = "Admin-Dialog-Canary-31"


@pytest.fixture
def catalogue():
    server = GeoNetworkStandIn(passwords={"editeur": PASSWORD, "relecteur": PASSWORD}, workflow_enabled=True).start()
    yield server
    server.stop()


@pytest.fixture
def submitted(catalogue, layers, tmp_path):
    """Two layers an agent submitted for review; the profile file the administrator uses (reviewer account)."""
    profile = {"name": "ideo-relecture", "version": "2026.11", "review": True,
               "targets": {"catalogue": {"type": "geonetwork", "url": catalogue.base_url, "group": "sig-commune",
                                         "kind": "open"}}}
    agent = json.loads(json.dumps(profile))
    agent["targets"]["catalogue"]["authcfg"] = auth.store_basic("agent", "editeur", PASSWORD)
    chosen = [layers["zonage_plu"], layers["arrets_bus"]]
    for layer in chosen:
        api.tag(layer, **territory.DEFAULT_TAGS[layer.name()])
    assert api.publish(chosen, agent).ok
    path = tmp_path / "ideo-relecture.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    config.add_profile_file(str(path))
    config.set_authcfg("ideo-relecture", "catalogue", auth.store_basic("relecteur", "relecteur", PASSWORD))
    return {"path": str(path), "zoning": api.record(layers["zonage_plu"]), "stops": api.record(layers["arrets_bus"])}


def opened(qtbot, qgis_iface, path):
    dialog = AdminDialog(qgis_iface, path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.listed, timeout=60_000):
        assert dialog.refresh()
    return dialog


def row_of(dialog, title):
    return next(dialog.queue.topLevelItem(i) for i in range(dialog.queue.topLevelItemCount())
                if dialog.queue.topLevelItem(i).text(0) == title)


def test_the_queue_lists_each_submission_with_its_findings_and_outlines_its_extent(qtbot, qgis_iface, submitted):
    dialog = opened(qtbot, qgis_iface, submitted["path"])
    stops = submitted["stops"]

    assert dialog.queue.topLevelItemCount() == 2
    row = row_of(dialog, stops.title)
    assert row.text(1) == stops.producer.organisation and row.text(2) == "catalogue" and row.text(3)
    dialog.queue.setCurrentItem(row)
    codes = [dialog.findings.topLevelItem(i).text(1) for i in range(dialog.findings.topLevelItemCount())]
    assert "freshness.overdue" in codes  # the bus stops are late: the record as received says so
    assert stops.identifier in dialog.details.text() and "Camille Martin" in dialog.details.text()

    band = dialog.rubber_band.asGeometry().boundingBox()  # in the canvas CRS
    canvas = qgis_iface.mapCanvas()
    expected = QgsRectangle(stops.extent.west, stops.extent.south, stops.extent.east, stops.extent.north)
    if canvas.mapSettings().destinationCrs() != QgsCoordinateReferenceSystem("EPSG:4326"):
        from qgis.core import QgsCoordinateTransform, QgsProject

        expected = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                          canvas.mapSettings().destinationCrs(),
                                          QgsProject.instance()).transformBoundingBox(expected)
    assert band.toString(3) == expected.toString(3)
    assert canvas.extent().contains(band)

    row = row_of(dialog, submitted["zoning"].title)
    dialog.queue.setCurrentItem(row)
    assert dialog.findings.topLevelItem(0).text(2)  # "no problem found" line for a clean record
    dialog.close()
    assert dialog.rubber_band is None


def test_reject_needs_a_comment_then_approve_and_reject_run_in_the_background(qtbot, qgis_iface, submitted,
                                                                              catalogue):
    dialog = opened(qtbot, qgis_iface, submitted["path"])
    zoning, stops = submitted["zoning"], submitted["stops"]

    dialog.queue.setCurrentItem(row_of(dialog, stops.title))
    assert not dialog.decide("reject") and dialog.task is None  # no comment: nothing sent
    assert catalogue.workflow_status(stops.identifier) == "submitted"
    dialog.comment.setPlainText("Les arrêts datent de deux ans : mettez-les à jour.")  # keyClicks: ASCII only
    with qtbot.waitSignal(dialog.decided, timeout=60_000):
        qtbot.mouseClick(dialog.reject_button, Qt.LeftButton)
        assert dialog.task is not None and not dialog.approve_button.isEnabled()  # a QgsTask, the UI waits
    assert catalogue.workflow_status(stops.identifier) == "rejected"
    assert catalogue.status_message(stops.identifier) == "Les arrêts datent de deux ans : mettez-les à jour."
    assert dialog.queue.topLevelItemCount() == 1 and dialog.comment.toPlainText() == ""

    dialog.queue.setCurrentItem(row_of(dialog, zoning.title))
    with qtbot.waitSignal(dialog.decided, timeout=60_000):
        qtbot.mouseClick(dialog.approve_button, Qt.LeftButton)
    assert catalogue.workflow_status(zoning.identifier) == "approved" and catalogue.is_public(zoning.identifier)
    assert dialog.queue.topLevelItemCount() == 0
    dialog.close()


def test_an_account_that_is_not_a_reviewer_is_told_so_in_french(qtbot, qgis_iface, submitted, catalogue, french):
    config.set_authcfg("ideo-relecture", "catalogue", auth.store_basic("agent", "editeur", PASSWORD))
    dialog = opened(qtbot, qgis_iface, submitted["path"])
    dialog.queue.setCurrentItem(row_of(dialog, submitted["zoning"].title))

    dialog.decide("approve")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)

    assert "relecteur" in dialog.status.text() and PASSWORD not in dialog.status.text()
    assert catalogue.workflow_status(submitted["zoning"].identifier) == "submitted"
    dialog.close()


def test_the_panel_and_the_plugin_menu_open_the_administration(qtbot, qgis_iface, submitted):
    config.set_current_profile(submitted["path"])
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: not panel.is_refreshing(), timeout=120_000)
        assert panel.admin_button.isEnabled()  # it needs no layer selected
        qtbot.mouseClick(panel.admin_button, Qt.LeftButton)
        dialog = panel.admin_dialog
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
        assert dialog.profile_combo.currentData() == submitted["path"]
        assert dialog.queue.topLevelItemCount() == 2
        dialog.close()
    finally:
        panel.cancel()
        panel.disconnect_project()
