"""« Lier à une fiche existante… »: from the panel, a CSW search in a real pycsw (OWSLib), the record's fields
and findings shown, then linked to the layer; a file; a service record refused; the French labels."""
import os

import pytest
from qgis.PyQt.QtCore import Qt

from passerelle import api
from passerelle.qgis_io.linked import layer_origin
from passerelle.ui.link_dialog import LinkRecordDialog
from passerelle.ui.panel import PasserellePanel
from support.foreign_records import insert_into_csw

RECORDS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "iso_records")
PLU = "fr-120066022-jdd-8b2c7e1d-4f3a-4d9e-a6b5-0c1d2e3f4a5b"


def record_path(name):
    return os.path.join(RECORDS, name)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    """A real pycsw holding records of other catalogues."""
    from passerelle.sdi.pycsw_server import PycswServer

    server = PycswServer(tmp_path_factory.mktemp("pycsw-ui")).start()
    for name in ("geoide-ddt-plu-zonage.xml", "geobretagne-georchestra-lycees.xml", "datagouv-harvested-irve.xml",
                 "anchor-keywords-limites-communales.xml"):
        with open(record_path(name), "rb") as handle:
            insert_into_csw(server.url, handle.read())
    yield server
    server.stop()


def table(widget) -> list:
    return [[widget.item(r, c).text() for c in range(widget.columnCount())] for r in range(widget.rowCount())]


def idle(dialog):
    return dialog.task is None


def test_the_panel_opens_the_dialog_for_the_one_selected_layer(qtbot, qgis_iface, layers):
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: not panel.is_refreshing(), timeout=120_000)
        assert not panel.link_record_button.isEnabled()
        panel.select([layers["parcelles"].id()])
        assert panel.link_record_button.isEnabled()
        panel.show()
        qtbot.mouseClick(panel.link_record_button, Qt.LeftButton)
        dialog = panel.link_dialog
        qtbot.addWidget(dialog)
        assert isinstance(dialog, LinkRecordDialog) and dialog.layer_id == layers["parcelles"].id()
        assert "parcelles" in dialog.layer_label.text()
        dialog.reject()
        panel.select([layers["parcelles"].id(), layers["arrets_bus"].id()])
        assert panel.open_link_record() is None  # one layer at a time
    finally:
        panel.cancel()
        panel.disconnect_project()


def test_a_csw_search_pages_through_results_then_the_record_is_read_shown_and_linked(qtbot, qgis_iface, layers,
                                                                                   catalogue):
    layer = layers["parcelles"]
    api.tag(layer, nature="publique")
    dialog = LinkRecordDialog(qgis_iface, layer.id())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.catalogue_combo.setEditText(catalogue.url)
    assert dialog.search(1)
    qtbot.waitUntil(lambda: idle(dialog), timeout=60_000)
    assert dialog.page.matched == 4 and len(table(dialog.results)) == 4 and not dialog.next_button.isEnabled()
    dialog.search_text.setText("Poligny")
    qtbot.mouseClick(dialog.search_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: idle(dialog) and dialog.page.matched == 1, timeout=60_000)
    assert table(dialog.results) == [["Plan local d'urbanisme de Poligny - zonage", PLU, "dataset"]]
    dialog.results.selectRow(0)
    assert dialog.abstract.text().startswith("Zonage du plan local d'urbanisme")
    assert not dialog.link_button.isEnabled()  # nothing read yet

    qtbot.mouseClick(dialog.read_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: idle(dialog) and dialog.preview is not None, timeout=60_000)
    fields = dict(table(dialog.fields))
    assert fields["title"] == "Plan local d'urbanisme de Poligny - zonage" and fields["record identifier"] == PLU
    assert fields["update frequency"]  # a label, not a URI
    assert "http" not in fields["update frequency"]
    codes = {dialog.findings.topLevelItem(i).data(0, Qt.UserRole) for i in range(dialog.findings.topLevelItemCount())}
    assert {"metadata.not-kept", "link.kept-from-layer"} <= codes
    assert api.record(layer).identifier != PLU  # shown, not linked yet

    dialog.adopt_box.setChecked(True)
    qtbot.mouseClick(dialog.link_button, Qt.LeftButton)
    assert api.record(layer).identifier == PLU and api.record(layer).nature.endswith("/publique")
    origin = layer_origin(layer)
    assert (origin.kind, origin.location, origin.adopt) == ("csw", catalogue.url, True)


def test_a_file_is_read_and_a_service_record_is_refused_with_its_reason(qtbot, qgis_iface, layers):
    layer = layers["arrets_bus"]
    dialog = LinkRecordDialog(qgis_iface, layer.id())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.file_widget.setFilePath(record_path("service-wms-saint-aubin.xml"))
    assert dialog.read_record()
    qtbot.waitUntil(lambda: idle(dialog), timeout=60_000)
    assert dialog.preview is None and not dialog.link_button.isEnabled()
    assert "service record" in dialog.status.text()
    dialog.file_widget.setFilePath(record_path("temporal-multibox-baignade-drom.xml"))
    assert dialog.read_record()
    qtbot.waitUntil(lambda: idle(dialog) and dialog.preview is not None, timeout=60_000)
    assert dict(table(dialog.fields))["geographic extent"].endswith("(+2)")
    assert dialog.apply()
    assert api.record(layer).identifier == "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    assert layer_origin(layer).adopt is False


def test_the_dialog_and_its_panel_button_speak_french(qtbot, qgis_iface, layers, french):
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        assert panel.link_record_button.text().replace("&", "") == "Lier à une fiche existante…"
    finally:
        panel.cancel()
        panel.disconnect_project()
    dialog = LinkRecordDialog(qgis_iface, layers["parcelles"].id())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lier à une fiche existante"
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Catalogue (CSW)", "Fichier", "Adresse (URL)"]
    assert dialog.link_button.text().replace("&", "") == "Lier"
