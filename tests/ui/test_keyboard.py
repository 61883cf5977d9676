"""Every window can be driven from the keyboard: unique mnemonics per page, in English and in French."""
import re

import pytest
from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

from passerelle.ui.publish_dialog import PublishDialog
from passerelle.ui.settings_dialog import SettingsDialog
from passerelle.ui.tag_editor import TagEditor


def mnemonic(text: str):
    match = re.search(r"(?<!&)&([^&\s])", text or "")
    return match.group(1).lower() if match else None


def clashes(window) -> list:
    """Mnemonics used twice among what is reachable at once: each tab page with everything around it."""
    found = []
    tabs = window.findChildren(QTabWidget)
    for tab_widget in tabs or [None]:
        for index in range(tab_widget.count() if tab_widget else 1):
            if tab_widget:
                tab_widget.setCurrentIndex(index)
            letters = {}
            widgets = [w for w in window.findChildren(QAbstractButton) + window.findChildren(QGroupBox) +
                       [label for label in window.findChildren(QLabel) if label.buddy() is not None]
                       if w.isVisibleTo(window)]
            texts = [w.text() if not isinstance(w, QGroupBox) else w.title() for w in widgets]
            texts += [t.tabText(i) for t in tabs for i in range(t.count()) if t.isVisibleTo(window)]
            for text in texts:
                letter = mnemonic(text)
                if letter:
                    letters.setdefault(letter, []).append(text)
            found += [texts for texts in letters.values() if len(texts) > 1]
    return found


@pytest.fixture(params=["en", "fr"])
def language(request):
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


def test_tag_editor_mnemonics_are_unique_on_every_page(qtbot, qgis_iface, layers, language):
    editor = TagEditor(qgis_iface, [layers["parcelles"]])
    qtbot.addWidget(editor)
    editor.show()
    assert clashes(editor) == []
    assert all(mnemonic(editor.tabs.tabText(i)) for i in range(editor.tabs.count()))


def test_publish_and_settings_mnemonics_are_unique(qtbot, qgis_iface, layers, language):
    publish = PublishDialog(qgis_iface, [layers["parcelles"].id()], "local")
    settings = SettingsDialog(qgis_iface)
    for window in (publish, settings):
        qtbot.addWidget(window)
        window.show()
        assert clashes(window) == []
