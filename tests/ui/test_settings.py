"""Settings: profiles from files and URLs, vocabulary sources and their cache, authentication ids only."""
import http.server
import json
import os
import threading

import pytest
from qgis.PyQt.QtCore import Qt

from passerelle import api
from passerelle.qgis_io import auth
from passerelle.ui import config
from passerelle.ui.settings_dialog import SettingsDialog
from passerelle.ui.tag_editor import TagEditor
from support.forward_proxy import ForwardProxy
from support.qgis_proxy import kept_proxy_settings, set_qgis_proxy

DISTRICT = "https://ideo.example.fr/vocabulaires/granularite/quartier"
PORTAL_TURTLE = f"""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
<https://w3id.org/passerelle/vocabulary/granularity> a skos:ConceptScheme ;
    dct:identifier "granularity" ; owl:versionInfo "2026.2" ;
    skos:prefLabel "Granularité spatiale"@fr, "Spatial granularity"@en .
<{DISTRICT}> a skos:Concept ; skos:inScheme <https://w3id.org/passerelle/vocabulary/granularity> ;
    skos:notation "quartier" ; skos:prefLabel "Quartier de la commune"@fr, "Town district"@en .
"""
PROFILE = {"name": "portail-test", "version": "2026.3", "title": "Portail de test",
           "targets": {"catalogue": {"type": "csw", "url": "http://127.0.0.1:9/csw", "kind": "open",
                                     "authcfg": "profil0"}}}


@pytest.fixture
def portal():
    """A portal on 127.0.0.1 serving a profile and a vocabulary."""
    pages = {"/profil.json": json.dumps(PROFILE).encode(), "/vocabulaires.ttl": PORTAL_TURTLE.encode(),
             "/casse.json": b'{"name": "x", "targets": {"a": {"type": "csw", "password": "s3cret"}}}'}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body or b"absent")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def dialog(qtbot, qgis_iface):
    dialog = SettingsDialog(qgis_iface)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def listed_profiles(dialog):
    items = [dialog.profile_list.topLevelItem(i) for i in range(dialog.profile_list.topLevelItemCount())]
    return [(item.text(0), item.text(1)) for item in items]


def test_a_profile_downloaded_from_a_url_is_kept_and_listed_with_its_version(qtbot, dialog, portal, isolated):
    qtbot.keyClicks(dialog.profile_url, portal + "/profil.json")
    qtbot.mouseClick(dialog.download_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert ("portail-test", "2026.3") in listed_profiles(dialog)
    kept = os.path.join(api.data_dir(), "profiles", "portail-test.json")
    assert config.profile_files() == [kept]
    assert json.load(open(kept, encoding="utf-8"))["title"] == "Portail de test"
    assert any(value == kept for value, _text in config.profile_choices())
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QSettings

    stored = QgsSettings(isolated, QSettings.IniFormat).value("passerelle/profiles")  # outlives the session
    assert list(stored) == [kept]


def test_a_profile_url_that_fails_says_why_in_french_and_keeps_nothing(qtbot, dialog, portal, french):
    assert dialog.download(portal + "/absent.json")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "404" in dialog.message.text() or "absent" in dialog.message.text().lower()
    assert dialog.download(portal + "/casse.json")  # a password in a profile: refused by the schema
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "authcfg" in dialog.message.text()
    assert config.profile_files() == []


def test_the_settings_window_downloads_through_the_proxy_set_in_qgis(qtbot, dialog, portal, tmp_path):
    """Profiles and vocabularies take QGIS's proxy, as publishing does: a name only the proxy resolves."""
    site = f"http://portail.ideo.test:{portal.rsplit(':', 1)[1]}"
    with kept_proxy_settings(), ForwardProxy(tmp_path, {"portail.ideo.test": "127.0.0.1"}) as proxy:
        set_qgis_proxy(proxy.port)
        assert dialog.download(site + "/profil.json")
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
        assert ("portail-test", "2026.3") in listed_profiles(dialog), dialog.message.text()
        assert dialog.add_source(site + "/vocabulaires.ttl")
        assert dialog.refresh_cache()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
        assert [dialog.cache_table.item(r, 0).text() for r in range(dialog.cache_table.rowCount())] == \
            [site + "/vocabulaires.ttl"]
    assert [line.split()[:2] for line in proxy.lines()] == [["GET", site + "/profil.json"],
                                                            ["GET", site + "/vocabulaires.ttl"]]


def test_refreshed_vocabularies_reach_the_tag_editor_without_the_network(qtbot, qgis_iface, dialog, portal,
                                                                        layers):
    qtbot.keyClicks(dialog.source_input, portal + "/vocabulaires.ttl")
    qtbot.keyClick(dialog.source_input, Qt.Key_Return)
    assert config.vocabulary_sources() == [portal + "/vocabulaires.ttl"]
    qtbot.mouseClick(dialog.refresh_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    cached = [dialog.cache_table.item(r, 0).text() for r in range(dialog.cache_table.rowCount())]
    assert cached == [portal + "/vocabulaires.ttl"]
    assert "granularity 2026.2" in dialog.cache_table.item(0, 2).text()
    # The profile the windows hand to the API reads the cached copy, not the URL.
    profile = config.effective_profile("")
    assert profile.vocabulary_sources and not profile.vocabulary_sources[0].startswith("http")

    layer = layers["parcelles"]
    editor = TagEditor(qgis_iface, [layer], profile)
    qtbot.addWidget(editor)
    assert DISTRICT in editor.combo("granularity").offered()
    editor.combo("granularity").choose(DISTRICT)
    qtbot.mouseClick(editor.apply_button, Qt.LeftButton)
    assert api.record(layer).granularity == DISTRICT


def test_authentication_per_target_stores_only_the_configuration_id(qtbot, dialog, tmp_path, isolated):
    profile_path = tmp_path / "portail.json"
    profile_path.write_text(json.dumps(PROFILE), encoding="utf-8")
    assert dialog.add_profile_file(str(profile_path))
    dialog.auth_profile.setCurrentIndex(dialog.auth_profile.findData(str(profile_path)))
    selector = dialog.auth_selectors["catalogue"]
    secret = "Mot-de-passe-7c1e"
    config_id = auth.store_basic("Portail de test", "editeur", secret)
    selector.setConfigId(config_id)  # what picking it in QGIS's selector does
    assert config.authcfg("portail-test", "catalogue") == config_id
    assert config.effective_profile(str(profile_path)).targets["catalogue"]["authcfg"] == config_id
    with open(isolated, encoding="utf-8") as handle:
        stored = handle.read()
    assert config_id in stored and secret not in stored and "editeur" not in stored
