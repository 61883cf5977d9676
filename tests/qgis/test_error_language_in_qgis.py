"""In a French QGIS the exceptions of the API read in French (English in an English QGIS), both texts kept;
an unknown profile name lists the profiles that exist."""
import traceback

import pytest
from qgis.core import QgsSettings, QgsVectorLayer

from passerelle import api
from passerelle.catalogue import errors
from passerelle.catalogue.errors import UnknownTermError
from passerelle.catalogue.profile import UnknownProfileError
from passerelle.qgis_io.language import follow_qgis_language


@pytest.fixture
def qgis_locale(monkeypatch):
    """Sets QGIS's locale override (Options › General) as QGIS stores it; restores it afterwards."""
    settings = QgsSettings()
    kept = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}

    def choose(locale: str, system: str):
        monkeypatch.setenv("LANG", system)  # the system says the opposite: QGIS's choice must win
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LANGUAGE", raising=False)
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)

    yield choose
    for key, value in kept.items():
        settings.remove(key) if value is None else settings.setValue(key, value)
    errors.set_language("")


@pytest.fixture
def layer(project, territory_gpkg):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=arrets_bus", "arrets_bus", "ogr")
    project.addMapLayer(layer)
    return layer


def console_line(error) -> str:
    return traceback.format_exception_only(type(error), error)[-1]


def test_a_french_qgis_shows_the_exception_in_french(qgis_locale, layer):
    qgis_locale("fr_FR", system="en_US.UTF-8")
    assert follow_qgis_language() == "fr"
    with pytest.raises(UnknownTermError) as caught:
        api.tag(layer, frequency="anuel")
    assert "UnknownTermError: Valeur inconnue « anuel »" in console_line(caught.value)
    assert caught.value.code == "vocabulary.unknown"
    assert caught.value.message_en.startswith("Unknown value 'anuel'")  # both texts stay on the error


def test_an_english_qgis_shows_the_exception_in_english(qgis_locale, layer):
    qgis_locale("en_GB", system="fr_FR.UTF-8")
    assert follow_qgis_language() == "en"
    with pytest.raises(UnknownTermError) as caught:
        api.tag(layer, frequency="anuel")
    assert "UnknownTermError: Unknown value 'anuel'" in console_line(caught.value)
    assert caught.value.message_fr.startswith("Valeur inconnue « anuel »")


def test_the_plugin_start_sets_the_language_of_errors(qgis_locale):
    from passerelle.plugin import PasserellePlugin

    qgis_locale("fr", system="C.UTF-8")
    errors.set_language("en")
    plugin = PasserellePlugin(None)
    try:
        assert errors.language() == "fr"
    finally:
        plugin.unload()  # its French translator must not outlive the test


def test_an_unknown_profile_name_is_a_clear_error_for_publish_and_check(layer):
    for call in (lambda: api.publish([layer], "grand-est"), lambda: api.check([layer], profile="grand-est")):
        with pytest.raises(UnknownProfileError) as caught:
            call()
        assert caught.value.code == "profile.unknown"
        assert "ideo-bfc" in str(caught.value) and "local" in str(caught.value) and "Errno" not in str(caught.value)
