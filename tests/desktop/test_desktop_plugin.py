"""A real QGIS desktop in French under Xvfb: the installed plugin's panel on the sample territory.

QGIS runs with its locale override set to French in the profile (an English system
locale otherwise), so the French comes from QGIS's setting, as for an agent who chose
French in Préférences › Options › Général. The screenshots are kept in test-artifacts/.
"""
import json
import os
import shutil
import subprocess
import time

import pytest

from passerelle.sdi import processes
from support.qgis_env import ROOT, environment, install_plugin

ARTIFACTS = os.path.join(ROOT, "test-artifacts")

STARTUP = r"""
import datetime, json, os
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication
from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsVectorLayer
from qgis.utils import iface, plugins, active_plugins

state = {}

def start():
    iface.mainWindow().showMaximized()
    state.update({
        "active": "passerelle" in active_plugins,
        "instance": type(plugins.get("passerelle")).__name__,
        "provider": QgsApplication.processingRegistry().providerById("passerelle") is not None,
        "algorithms": sorted(a.id() for a in QgsApplication.processingRegistry().algorithms()
                             if a.provider() and a.provider().id() == "passerelle"),
        "locale": QgsApplication.locale(),
        "override": QgsSettings().value("locale/overrideFlag", False, type=bool),
    })
    from passerelle import api
    from passerelle.sample import territory
    tags = territory.default_tags(datetime.date.today())
    for name in territory.LAYERS:
        layer = QgsVectorLayer(GPKG + "|layername=" + name, name, "ogr")
        QgsProject.instance().addMapLayer(layer)
        if name != "zonage_plu":  # one layer the agent has not described yet
            api.tag(layer, **tags[name])
    try:  # a typo, as typed in the Python console: the exception it shows
        api.tag(QgsProject.instance().mapLayersByName("arrets_bus")[0], frequency="anuel")
    except Exception as error:
        import traceback
        state["console_error"] = traceback.format_exception_only(type(error), error)[-1]
    iface.mapCanvas().zoomToFullExtent()
    action = iface.mainWindow().findChild(QAction, "passerellePanelAction")
    state["action"] = action is not None
    action.trigger()
    QTimer.singleShot(1500, check)

def panel():
    return plugins["passerelle"].panel

def check():
    p = panel()
    iface.mainWindow().resizeDocks([p], [620], Qt.Horizontal)
    p.checked.connect(checked)
    p.check_button.click()  # « Vérifier tout »: the data checks run in a QgsTask

def checked():
    p = panel()
    tree = p.results.tree
    state["panel"] = {
        "title": p.windowTitle(),
        "buttons": [p.tag_button.text(), p.check_button.text(), p.publish_button.text(), p.settings_button.text()],
        "headers": [p.layer_list.headerItem().text(i) for i in range(2)],
        "badges": {p.layer_list.topLevelItem(i).text(0): p.layer_list.topLevelItem(i).text(1)
                   for i in range(p.layer_list.topLevelItemCount())},
        "filter": [p.status_filter.itemText(i) for i in range(p.status_filter.count())],
        "search": p.search.placeholderText(),
        "status": p.status.text(),
        "results_label": p.results_label.text(),
        "results": [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())],
        "groups": [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
                   for j in range(tree.topLevelItem(i).childCount())],
        "findings": [tree.topLevelItem(i).child(j).child(k).text(0) for i in range(tree.topLevelItemCount())
                     for j in range(tree.topLevelItem(i).childCount())
                     for k in range(tree.topLevelItem(i).child(j).childCount())],
    }
    bus = QgsProject.instance().mapLayersByName("arrets_bus")[0]
    p.select([bus.id()])
    editor = p.open_editor()
    editor.resize(760, 720)
    editor.tabs.setCurrentIndex(1)  # « Statut »: access level, nature and their explanations
    QTimer.singleShot(800, lambda: shoot_editor(editor))

def shoot_editor(editor):
    editor.grab().save(SHOTS + "/desktop-tag-editor.png")
    state["editor"] = {
        "title": editor.windowTitle(),
        "tabs": [editor.tabs.tabText(i) for i in range(editor.tabs.count())],
        "buttons": [editor.apply_button.text(), editor.reset_button.text(), editor.close_button.text()],
        "access_help": editor.access_help.text(), "nature_help": editor.nature_help.text(),
        "licence_help": editor.licence_help.text(), "access": editor.combo("access").currentText(),
    }
    editor.close()
    dialog = panel().open_publish()
    dialog.resize(900, 560)
    QTimer.singleShot(800, lambda: shoot_publish(dialog))

def shoot_publish(dialog):
    dialog.grab().save(SHOTS + "/desktop-publish-dialog.png")
    state["publish"] = {"title": dialog.windowTitle(), "preview": dialog.preview_button.text(),
                        "publish": dialog.publish_button.text(), "targets": dialog.targets_box.title(),
                        "tabs": [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]}
    dialog.close()
    panel().select([])
    with open(STATE + ".tmp", "w") as handle:
        json.dump(state, handle)
    os.replace(STATE + ".tmp", STATE)

QTimer.singleShot(2000, start)
"""


def _free_display():
    for number in range(90, 140):
        if not os.path.exists(f"/tmp/.X{number}-lock"):
            return f":{number}"
    raise RuntimeError("no free X display")


@pytest.fixture
def xvfb():
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is missing: run `make install`")
    display = _free_display()
    server = processes.spawn(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # dies with the tests
    time.sleep(1.0)
    yield display
    processes.stop(server, 10)


def french_profile(profiles) -> None:
    """QGIS's own locale override (Préférences › Options › Général), as QGIS 3.22 stores it."""
    ini = os.path.join(str(profiles), "profiles", "default", "QGIS", "QGIS3.ini")
    with open(ini, "a", encoding="utf-8") as handle:
        handle.write("\n[locale]\noverrideFlag=true\nuserLocale=fr\nglobalLocale=fr_FR\n")


def test_qgis_desktop_in_french_shows_the_passerelle_panel(xvfb, tmp_path, sample_folder):
    profiles = tmp_path / "profiles"
    install_plugin(str(profiles))
    french_profile(profiles)
    gpkg = tmp_path / "territoire.gpkg"
    shutil.copy(os.path.join(sample_folder, "territoire.gpkg"), gpkg)
    os.makedirs(ARTIFACTS, exist_ok=True)
    state_file = tmp_path / "state.json"
    script = tmp_path / "startup.py"
    script.write_text(f"GPKG = {str(gpkg)!r}\nSTATE = {str(state_file)!r}\nSHOTS = {ARTIFACTS!r}\n" + STARTUP)
    env = environment({"DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "LANG": "en_US.UTF-8", "LC_ALL": "",
                       "PASSERELLE_DATA_DIR": str(tmp_path / "data"), "PASSERELLE_CACHE_DIR": str(tmp_path / "cache")})
    env["PYTHONPATH"] = os.pathsep.join(p for p in env["PYTHONPATH"].split(os.pathsep) if p != ROOT)
    qgis = processes.spawn(["qgis", "--nologo", "--noversioncheck", "--noversioncheck",
                            "--profiles-path", str(profiles), "--code", str(script)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 150
        while not state_file.exists() and time.time() < deadline and qgis.poll() is None:
            time.sleep(0.5)
        assert state_file.exists(), f"QGIS did not report (exit {qgis.poll()})"
        time.sleep(1.5)  # let the map and the panel draw
        shot = os.path.join(ARTIFACTS, "desktop-plugin-loaded.png")
        subprocess.run(["/usr/bin/import", "-display", xvfb, "-window", "root", shot], check=True, timeout=60)
        assert os.path.getsize(shot) > 10_000
        state = json.loads(state_file.read_text())
    finally:
        processes.stop(qgis, 20)
    assert state["active"] and state["instance"] == "PasserellePlugin"
    assert state["provider"] and state["action"]
    assert {"passerelle:taglayer", "passerelle:checklayers", "passerelle:exportcatalogue"} <= set(state["algorithms"])
    assert state["override"] and state["locale"] == "fr"
    # QGIS in French on an English system: the console shows the API's exceptions in French
    assert "UnknownTermError: Valeur inconnue « anuel »" in state["console_error"], state.get("console_error")

    panel = state["panel"]
    assert panel["buttons"][:3] == ["&Décrire…", "Véri&fier tout", "P&ublier…"]
    assert panel["buttons"][3] == "Paramètres…"
    assert panel["headers"] == ["Couche", "Statut"]
    assert panel["search"] == "Rechercher une couche…" and panel["filter"][0] == "Tous les statuts"
    assert panel["results_label"] == "Résultats des vérificatio&ns"
    # One badge per layer, in French, from the API's answers (the data checks ran in the background).
    assert panel["badges"] == {"zonage_plu": "Non décrite", "arrets_bus": "Mise à jour en retard",
                               "reseau_eclairage": "Erreurs", "equipements_publics": "Erreurs",
                               "parcelles": "Prête", "concessions_cimetiere": "Prête"}
    assert panel["status"].startswith("6 couche(s) vérifiée(s)")
    assert any(g.startswith("Erreurs (") for g in panel["groups"])
    assert any(g.startswith("Avertissements (") for g in panel["groups"])
    assert any("géométrie" in f for f in panel["findings"])  # the API's French messages

    editor = state["editor"]
    assert editor["tabs"] == ["&Description", "&Statut", "&Couverture", "C&ontacts", "Ori&gine"]
    assert editor["buttons"] == ["&Appliquer", "Ré&initialiser", "&Fermer"]
    assert editor["access"] == "Ouverte" and editor["access_help"].startswith("Ouverte : chacun peut")
    assert editor["nature_help"].startswith("Données publiques :")
    assert editor["licence_help"] == "Donnée ouverte : seules les licences ouvertes sont proposées."
    assert state["publish"]["preview"] == "Aperçu (essai à &blanc)" and state["publish"]["publish"] == "&Publier"
    for name in ("desktop-tag-editor.png", "desktop-publish-dialog.png"):
        assert os.path.getsize(os.path.join(ARTIFACTS, name)) > 10_000
