"""The panel's badges and the check results tree, on the sample territory."""
import datetime as dt
import json
import threading
import time

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer

from passerelle import api
from passerelle.sample import territory
from passerelle.ui import badges
from passerelle.ui.panel import PasserellePanel
from support.counting import PORTAL_TURTLE, SEASONAL, Counter, twenty_point_layers

ETALAB = "https://spdx.org/licenses/etalab-2.0"
FREQ = "http://publications.europa.eu/resource/authority/frequency/"


@pytest.fixture
def tagged(layers):
    for name, tags in territory.default_tags(dt.date.today()).items():
        api.tag(layers[name], **tags)
    return layers


@pytest.fixture
def panel(qtbot, qgis_iface):
    panel = PasserellePanel(qgis_iface)
    window = qgis_iface.mainWindow()
    window.addDockWidget(Qt.RightDockWidgetArea, panel)  # as the plugin docks it
    window.resize(1200, 900)
    window.show()
    panel.show()
    wait_for_badges(qtbot, panel)  # the panel reads its layers in a background task when it opens
    yield panel
    panel.cancel()
    panel.disconnect_project()
    window.removeDockWidget(panel)
    panel.deleteLater()
    window.hide()


def wait_for_badges(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.is_refreshing(), timeout=120_000)


def refresh(qtbot, panel, layer_ids=None):
    panel.refresh(layer_ids)
    wait_for_badges(qtbot, panel)


def run_check(qtbot, panel, layer_ids=None):
    with qtbot.waitSignal(panel.checked, timeout=120_000):
        assert panel.check(layer_ids)


def suggestion_button(panel, item):
    """The Apply button of a suggestion, scrolled into view as the agent would (the tree may be long:
    layers added before they were tagged show their layer name as a technical title, with a suggestion)."""
    panel.results.tree.scrollToItem(item)
    return panel.results.tree.itemWidget(item, 1)


def findings_shown(panel, layer_id):
    return [item.data(0, Qt.UserRole) for item in panel.results.finding_items()
            if item.data(0, Qt.UserRole + 1) == layer_id]


def test_badges_say_what_each_layer_needs(qtbot, panel, tagged):
    api.tag(tagged["zonage_plu"], abstract="", lineage="")  # required fields emptied
    fresh = QgsVectorLayer("Point?crs=EPSG:2154", "nouvelle_couche", "memory")
    QgsProject.instance().addMapLayer(fresh)
    refresh(qtbot, panel)
    ids = {name: layer.id() for name, layer in tagged.items()}
    assert panel.badge(fresh.id()) == badges.NOT_TAGGED
    assert panel.badge(ids["zonage_plu"]) == badges.INCOMPLETE
    assert panel.badge(ids["arrets_bus"]) == badges.OVERDUE  # monthly, last revised two years ago
    assert panel.badge(ids["reseau_eclairage"]) == badges.UNCHECKED  # its geometries are not read yet
    run_check(qtbot, panel)
    assert panel.badge(ids["reseau_eclairage"]) == badges.ERRORS  # invalid geometries found by the task
    assert panel.badge(ids["equipements_publics"]) == badges.ERRORS  # features breaking its schema
    assert panel.badge(ids["parcelles"]) == badges.READY
    item = panel.item(ids["arrets_bus"])
    assert item.text(1) == badges.label(badges.OVERDUE)


def test_filter_and_search_narrow_the_list(qtbot, panel, tagged):
    api.tag(tagged["zonage_plu"], abstract="")
    refresh(qtbot, panel)
    qtbot.keyClicks(panel.search, "ZONAGE")
    assert [panel.item(i).text(0) for i in panel.visible_ids()] == ["zonage_plu"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Equipements")  # the record title, accents ignored
    assert [panel.item(i).text(0) for i in panel.visible_ids()] == ["equipements_publics"]
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(badges.INCOMPLETE))
    assert [panel.item(i).text(0) for i in panel.visible_ids()] == ["zonage_plu"]


def test_check_results_group_findings_by_layer_and_severity(qtbot, panel, tagged):
    lighting = tagged["reseau_eclairage"]
    panel.select([lighting.id(), tagged["arrets_bus"].id()])
    run_check(qtbot, panel)
    top = panel.results.layer_item(lighting.id())
    groups = {top.child(i).text(0).split(" (")[0]: top.child(i) for i in range(top.childCount())}
    assert set(groups) == {"Errors", "Warnings"}
    codes = {groups["Errors"].child(i).text(1) for i in range(groups["Errors"].childCount())}
    assert "geometry.invalid" in codes
    assert {groups["Warnings"].child(i).text(1) for i in range(groups["Warnings"].childCount())} == \
        {"geometry.empty"}
    shown = {f.code for f in findings_shown(panel, tagged["arrets_bus"].id())}
    assert "freshness.overdue" in shown
    # The report shown is the API's, layer by layer.
    assert sorted(f.code for f in findings_shown(panel, lighting.id())) == \
        sorted(f.code for f in api.check([lighting]).findings)


@pytest.fixture
def canvas(qgis_iface):
    """The map canvas, rendering only during the test.

    QGIS reads GeoPackages without locks (GDAL's NOLOCK) while rendering: a render thread
    meeting a later test's metadata writes would log transient "malformed" reads.
    """
    canvas = qgis_iface.mapCanvas()
    canvas.freeze(False)
    yield canvas
    canvas.setLayers([])
    canvas.freeze(True)


def test_double_click_selects_and_zooms_to_the_faulty_features(qtbot, panel, tagged, canvas):
    lighting = tagged["reseau_eclairage"]
    run_check(qtbot, panel, [lighting.id()])
    item = next(i for i in panel.results.finding_items() if i.text(1) == "geometry.invalid")
    canvas.setDestinationCrs(lighting.crs())
    canvas.setExtent(lighting.extent().buffered(50_000))
    panel.results.tree.scrollToItem(item)
    rect = panel.results.tree.visualItemRect(item)
    qtbot.mouseClick(panel.results.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.results.tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert sorted(lighting.selectedFeatureIds()) == list(territory.INVALID_FIDS)
    assert canvas.extent().contains(lighting.boundingBoxOfSelected())
    assert canvas.extent().width() < lighting.extent().buffered(50_000).width() / 2


def test_a_deprecated_licence_is_replaced_in_one_click_then_checked_again(qtbot, panel, tagged):
    bus = tagged["arrets_bus"]
    api.tag(bus, licence="fr-lo")  # Licence Ouverte 1.0, retired
    run_check(qtbot, panel, [bus.id()])
    assert "vocabulary.deprecated" in {f.code for f in findings_shown(panel, bus.id())}
    button = next(suggestion_button(panel, item) for item in panel.results.suggestion_items()
                  if item.data(0, Qt.UserRole + 1) == bus.id())
    with qtbot.waitSignal(panel.checked, timeout=120_000):
        qtbot.mouseClick(button, Qt.LeftButton)
    assert api.record(bus).licence == ETALAB
    assert "vocabulary.deprecated" not in {f.code for f in findings_shown(panel, bus.id())}
    assert panel.states[bus.id()].data is not None  # the re-check ran with the data


def test_a_misspelt_value_written_in_the_metadata_gets_its_suggestion_applied(qtbot, panel, tagged):
    plu = tagged["zonage_plu"]
    metadata = plu.metadata()
    keywords = metadata.keywords()
    keywords["passerelle:frequency"] = ["anuel"]  # typed straight into QGIS's metadata editor
    metadata.setKeywords(keywords)
    plu.setMetadata(metadata)
    run_check(qtbot, panel, [plu.id()])
    unknown = next(f for f in findings_shown(panel, plu.id()) if f.code == "vocabulary.unknown")
    assert unknown.field == "frequency" and FREQ + "ANNUAL" in unknown.suggestions
    item = next(i for i in panel.results.suggestion_items()
                if i.data(0, Qt.UserRole + 1) == plu.id() and i.data(0, Qt.UserRole + 2) == FREQ + "ANNUAL")
    with qtbot.waitSignal(panel.checked, timeout=120_000):
        qtbot.mouseClick(suggestion_button(panel, item), Qt.LeftButton)
    assert api.record(plu).frequency == FREQ + "ANNUAL"
    assert "vocabulary.unknown" not in {f.code for f in findings_shown(panel, plu.id())}


def test_a_misspelt_theme_is_replaced_and_the_others_kept(qtbot, panel, tagged):
    plu = tagged["zonage_plu"]
    metadata = plu.metadata()
    keywords = metadata.keywords()
    keywords["passerelle:themes"] = ["http://inspire.ec.europa.eu/theme/lu", "usage des sol"]
    metadata.setKeywords(keywords)
    plu.setMetadata(metadata)
    run_check(qtbot, panel, [plu.id()])
    item = next(i for i in panel.results.suggestion_items() if i.data(0, Qt.UserRole + 1) == plu.id())
    suggested = item.data(0, Qt.UserRole + 2)
    with qtbot.waitSignal(panel.checked, timeout=120_000):
        qtbot.mouseClick(suggestion_button(panel, item), Qt.LeftButton)
    themes = api.record(plu).themes
    assert "usage des sol" not in themes and "http://inspire.ec.europa.eu/theme/lu" in themes
    assert suggested in themes


def test_tagging_from_the_panel_refreshes_the_badge(qtbot, panel, layers):
    layer = layers["arrets_bus"]
    panel.select([layer.id()])
    assert panel.badge(layer.id()) == badges.NOT_TAGGED
    editor = panel.open_editor()
    qtbot.addWidget(editor)
    editor.combo("access").choose("https://w3id.org/passerelle/vocabulary/access-level/ouverte")
    editor.combo("licence").choose(ETALAB)
    with qtbot.waitSignal(panel.checked, timeout=120_000):
        qtbot.mouseClick(editor.apply_button, Qt.LeftButton)
    assert panel.badge(layer.id()) == badges.INCOMPLETE
    assert panel.states[layer.id()].record.access.endswith("/ouverte")


def test_layers_added_and_removed_follow_the_project(qtbot, panel, territory_gpkg):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=parcelles", "parcelles", "ogr")
    QgsProject.instance().addMapLayer(layer)
    layer_id = layer.id()
    qtbot.waitUntil(lambda: panel.item(layer_id) is not None)
    qtbot.waitUntil(lambda: panel.item(layer_id).text(1) == badges.label(badges.NOT_TAGGED), timeout=120_000)
    QgsProject.instance().removeMapLayer(layer_id)
    assert panel.item(layer_id) is None and panel.results.layer_item(layer_id) is None


def test_the_panel_speaks_french(qtbot, qgis_iface, tagged, french):
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        assert panel.item(tagged["arrets_bus"].id()).text(1) == "Lecture…"  # until the background reading ends
        wait_for_badges(qtbot, panel)
        assert panel.check_button.text() == "Véri&fier tout"
        assert panel.tag_button.text() == "&Décrire…"
        assert panel.layer_list.headerItem().text(0) == "Couche"
        assert panel.layer_list.headerItem().text(1) == "Statut"
        assert panel.item(tagged["arrets_bus"].id()).text(1) == "Mise à jour en retard"
        run_check(qtbot, panel, [tagged["reseau_eclairage"].id()])
        top = panel.results.layer_item(tagged["reseau_eclairage"].id())
        assert top.child(0).text(0).startswith("Erreurs")
        assert "géométr" in top.child(0).child(0).text(0)  # the API's French message
    finally:
        panel.disconnect_project()


def test_a_technical_title_gets_its_humanised_title_in_one_click(qtbot, panel, tagged):
    plu = tagged["zonage_plu"]
    api.tag(plu, title="PLU_ZONAGE_2019_v3_final")
    run_check(qtbot, panel, [plu.id()])
    flagged = next(f for f in findings_shown(panel, plu.id()) if f.code == "metadata.technical-title")
    assert flagged.field == "title" and flagged.suggestions == ["PLU zonage 2019"]
    item = next(i for i in panel.results.suggestion_items() if i.data(0, Qt.UserRole + 1) == plu.id())
    with qtbot.waitSignal(panel.checked, timeout=120_000):
        qtbot.mouseClick(suggestion_button(panel, item), Qt.LeftButton)
    assert api.record(plu).title == "PLU zonage 2019"
    assert "metadata.technical-title" not in {f.code for f in findings_shown(panel, plu.id())}


def test_a_refresh_reads_the_layers_in_a_background_task_without_blocking_qgis(qtbot, panel, tagged, monkeypatch):
    refresh(qtbot, panel)  # the layers were tagged after the panel opened
    release, threads = threading.Event(), set()
    record = api.record

    def slow_record(layer):  # the API call the task makes first, held until the test lets it go
        threads.add(threading.get_ident())
        release.wait(30)
        return record(layer)

    monkeypatch.setattr(api, "record", slow_record)
    bus = tagged["arrets_bus"].id()
    assert panel.badge(bus) == badges.OVERDUE  # monthly, last revised two years ago
    api.tag(tagged["arrets_bus"], last_revision=dt.date.today())
    started = time.monotonic()
    panel.refresh([bus])
    assert time.monotonic() - started < 5  # refresh() returned while the task waits
    assert panel.is_refreshing() and panel.badge(bus) == badges.OVERDUE  # not read yet
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append("GUI thread free"))
    qtbot.waitUntil(lambda: bool(ticks and threads), timeout=10_000)  # the event loop runs while the task reads
    assert threading.get_ident() not in threads  # the API was called from QGIS's task thread
    assert panel.badge(bus) == badges.OVERDUE
    with qtbot.waitSignal(panel.refreshed, timeout=120_000):
        release.set()
    assert panel.badge(bus) == badges.UNCHECKED and panel.item(bus).text(1) == badges.label(badges.UNCHECKED)


def test_a_refresh_of_twenty_layers_reads_the_profile_once_and_parses_its_vocabularies_once(
        qtbot, qgis_iface, tmp_path, monkeypatch):
    from passerelle.ui import config

    source = tmp_path / "vocabulaires.ttl"
    source.write_text(PORTAL_TURTLE, encoding="utf-8")
    profile = tmp_path / "portail.json"
    profile.write_text(json.dumps({"name": "portail", "version": "1", "vocabularies": [str(source)]}),
                       encoding="utf-8")
    config.add_profile_file(str(profile))
    config.set_current_profile(str(profile))
    layers = twenty_point_layers(str(tmp_path / "couches.gpkg"))
    for layer in layers:
        api.tag(layer, profile=str(profile), title=layer.name(), frequency="Saisonnière")
    panel = PasserellePanel(qgis_iface)
    qtbot.addWidget(panel)
    try:
        wait_for_badges(qtbot, panel)
        source.write_text(PORTAL_TURTLE + "# revu par le portail\n", encoding="utf-8")  # changed since
        counted = Counter(monkeypatch)
        refresh(qtbot, panel)
        assert counted.profile_loads == 1
        assert counted.vocabulary_parses == [str(source)]
        # The portal's own term is known: no layer is said to use an unknown frequency.
        assert all("vocabulary.unknown" not in {f.code for f in panel.states[layer.id()].quick} for layer in layers)
        assert {panel.states[layer.id()].record.frequency for layer in layers} == {SEASONAL}
    finally:
        panel.disconnect_project()
