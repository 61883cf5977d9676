"""The tag editor writes records through api.tag, only on « Appliquer », only what was edited."""
import datetime as dt

from qgis.PyQt.QtCore import QDate, Qt

from passerelle import api
from passerelle.ui.tag_editor import TagEditor

AL = "https://w3id.org/passerelle/vocabulary/access-level/"
NA = "https://w3id.org/passerelle/vocabulary/nature/"
FREQ = "http://publications.europa.eu/resource/authority/frequency/"
GRAN = "https://w3id.org/passerelle/vocabulary/granularity/"
INSPIRE = "http://inspire.ec.europa.eu/theme/"
ETALAB = "https://spdx.org/licenses/etalab-2.0"
PROPRIETARY = "https://w3id.org/passerelle/vocabulary/licence/proprietary"


def editor_for(qtbot, qgis_iface, *layers):
    editor = TagEditor(qgis_iface, list(layers))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_two_layers_tagged_through_the_form_keep_their_own_titles(qtbot, qgis_iface, layers):
    parcelles, zonage = layers["parcelles"], layers["zonage_plu"]
    api.tag(parcelles, title="Parcelles cadastrales", themes=["cp"])
    editor = editor_for(qtbot, qgis_iface, parcelles, zonage)

    editor.combo("access").choose(AL + "ouverte")
    editor.combo("nature").choose(NA + "publique")
    editor.combo("granularity").choose(GRAN + "fr-commune")
    editor.combo("frequency").choose(FREQ + "ANNUAL")
    editor.combo("licence").choose(ETALAB)
    editor.themes.set_checked(INSPIRE + "lu")
    qtbot.keyClicks(editor.contact_edit("contact", "organisation"), "Mairie de Saint-Aubin-sur-Loue")
    qtbot.keyClicks(editor.contact_edit("contact", "email"), "sig@saint-aubin-sur-loue.fr")
    editor.inputs["revised"].widget.setDate(QDate(2026, 1, 15))
    qtbot.mouseClick(editor.apply_button, Qt.LeftButton)

    for layer in (parcelles, zonage):
        record = api.record(layer)
        assert record.access == AL + "ouverte" and record.nature == NA + "publique"
        assert record.granularity == GRAN + "fr-commune" and record.frequency == FREQ + "ANNUAL"
        assert record.licence == ETALAB
        assert record.contact.organisation == "Mairie de Saint-Aubin-sur-Loue"
        assert record.contact.email == "sig@saint-aubin-sur-loue.fr"
        assert record.revised == dt.date(2026, 1, 15)
        assert INSPIRE + "lu" in record.themes
    # Fields left alone stay each layer's own: titles, and the theme only parcelles had.
    assert api.record(parcelles).title == "Parcelles cadastrales"
    assert api.record(zonage).title == "zonage_plu"
    assert api.record(parcelles).themes == [INSPIRE + "cp", INSPIRE + "lu"]
    assert api.record(zonage).themes == [INSPIRE + "lu"]
    assert editor.error.isHidden()


def test_nothing_is_written_before_apply_and_escape_discards(qtbot, qgis_iface, layers):
    parcelles = layers["parcelles"]
    before = api.tag(parcelles, title="Parcelles", access="ouverte")
    editor = editor_for(qtbot, qgis_iface, parcelles)
    editor.combo("access").choose(AL + "fermee")
    qtbot.keyClicks(editor.inputs["title"].widget, " (nouveau titre)")
    assert api.record(parcelles) == before
    qtbot.keyClick(editor, Qt.Key_Escape)
    assert not editor.isVisible()
    assert api.record(parcelles) == before


def test_enter_applies_the_form(qtbot, qgis_iface, layers):
    layer = layers["arrets_bus"]
    editor = editor_for(qtbot, qgis_iface, layer)
    title = editor.inputs["title"].widget
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Arrets de bus")
    qtbot.keyClick(title, Qt.Key_Return)
    assert api.record(layer).title == "Arrets de bus"


def test_an_unknown_value_is_refused_in_the_editor_and_no_layer_is_written(qtbot, qgis_iface, layers, french):
    parcelles, zonage = layers["parcelles"], layers["zonage_plu"]
    before = [api.tag(parcelles, frequency="monthly"), api.tag(zonage, frequency="irregular")]
    editor = editor_for(qtbot, qgis_iface, parcelles, zonage)
    editor.combo("access").choose(AL + "ouverte")
    qtbot.keyClicks(editor.combo("frequency").lineEdit(), "anuel")
    qtbot.mouseClick(editor.apply_button, Qt.LeftButton)
    assert editor.error.isVisible()
    assert "Valeur inconnue « anuel »" in editor.error.text()
    assert "Vouliez-vous dire" in editor.error.text()
    assert [api.record(parcelles), api.record(zonage)] == before


def test_licences_offered_follow_the_access_level(qtbot, qgis_iface, layers):
    editor = editor_for(qtbot, qgis_iface, layers["parcelles"])
    vocab = api.vocabularies()["licence"].concepts
    editor.combo("access").choose(AL + "ouverte")
    offered = editor.combo("licence").offered()
    assert ETALAB in offered and PROPRIETARY not in offered
    assert all(vocab[uri].properties["open"] == "true" and not vocab[uri].deprecated for uri in offered)
    editor.combo("licence").choose(ETALAB)
    editor.combo("access").choose(AL + "fermee")
    offered = editor.combo("licence").offered()
    assert offered and all(vocab[uri].properties["open"] == "false" for uri in offered)
    assert editor.combo("licence").value() is None  # the open licence picked before was dropped
    assert "Licence Ouverte" in editor.licence_help.text() or "Open Licence" in editor.licence_help.text()
    editor.combo("access").choose(AL + "partagee")
    assert ETALAB not in editor.combo("licence").offered()


def test_each_status_is_explained_in_french(qtbot, qgis_iface, layers, french):
    editor = editor_for(qtbot, qgis_iface, layers["parcelles"])
    texts = {}
    for code in ("ouverte", "partagee", "fermee"):
        editor.combo("access").choose(AL + code)
        texts[code] = editor.access_help.text()
    for code in ("personnelle", "publique", "interet-general", "privee-interet-general"):
        editor.combo("nature").choose(NA + code)
        texts[code] = editor.nature_help.text()
    assert len(set(texts.values())) == 7 and all(texts.values())
    assert "licence ouverte" in texts["ouverte"].lower()
    assert "authentification" in texts["partagee"]
    assert "RGPD" in texts["personnelle"]
    assert editor.tabs.tabText(1) == "&Statut"
    assert editor.apply_button.text() == "&Appliquer"


def test_completion_finds_french_and_english_labels_ignoring_case_and_accents(qtbot, qgis_iface, layers):
    editor = editor_for(qtbot, qgis_iface, layers["parcelles"])
    frequency = editor.combo("frequency")

    def proposals(typed):
        frequency.lineEdit().clear()
        qtbot.keyClicks(frequency.lineEdit(), typed)
        model = frequency.matching
        return {model.index(i, 0).data(Qt.UserRole) for i in range(model.rowCount())}

    assert FREQ + "QUARTERLY" in proposals("trimestriel")
    assert FREQ + "QUARTERLY" in proposals("QUARTERLY")
    assert FREQ + "ANNUAL" in proposals("ANNUEL")
    access = editor.combo("access")
    access.lineEdit().clear()
    qtbot.keyClicks(access.lineEdit(), "fermee")
    assert {access.matching.index(i, 0).data(Qt.UserRole) for i in range(access.matching.rowCount())} == \
        {AL + "fermee"}
    # Choosing the proposal picks the concept.
    popup = access.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    qtbot.waitUntil(lambda: access.value() == AL + "fermee")


def test_derived_values_are_shown_read_only(qtbot, qgis_iface, layers):
    layer = layers["arrets_bus"]
    editor = editor_for(qtbot, qgis_iface, layer)
    assert editor.derived["features"].text() == str(layer.featureCount())
    assert editor.derived["crs"].text().startswith("EPSG:2154")
    assert editor.derived["extent"].text().startswith("W 5.")
    assert all(widget.isReadOnly() for widget in editor.derived.values())
