"""Settings: portal profiles, vocabulary sources and their cache, authentication per target.

Everything is kept with QgsSettings under ``passerelle/`` (see :mod:`.config`).
A profile given by URL, and the vocabulary sources, are downloaded in a ``QgsTask``
through Passerelle's network layer (:mod:`passerelle.network`), the one publishing uses: the
proxy, its exceptions and the trusted CAs of QGIS's settings apply to both alike. A profile
is checked, then kept in the user's Passerelle folder. Authentication is chosen
with QGIS's own selector: only the configuration id is stored.
"""
from __future__ import annotations

import os

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                                 QListWidget, QPushButton, QTableWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
                                 QVBoxLayout, QWidget)

from . import config
from .common import Task, error_text, language, log, notify, start, tr
from .widgets import read_only_table



def download_profile(url: str, folder: str, task=None, network=None) -> str:
    """Fetch a profile, check it, keep it in ``folder`` with where it came from; returns its path.

    The copy is revalidated against ``url`` whenever a check or a publication starts (a new version is
    used, and the panel says so). ``network``: the :class:`passerelle.network.Network` to download with
    (default: QGIS's settings).
    """
    from .. import network as network_layer
    from ..catalogue import profile_sources

    network = network or network_layer.default()
    path, _profile = profile_sources.download(url, folder, network.revalidate)
    return path


class SettingsDialog(QDialog):
    changed = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.task = None
        self.auth_selectors = {}
        self.setObjectName("passerelleSettings")
        self.setWindowTitle(tr("Passerelle: settings"))
        self.resize(760, 520)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._profiles_page(), tr("Portal &profiles"))
        self.tabs.addTab(self._vocabulary_page(), tr("&Vocabularies"))
        self.tabs.addTab(self._auth_page(), tr("&Authentication"))
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        close = QPushButton(tr("Clos&e"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.fill_profiles()
        self.fill_sources()
        self.fill_cache()
        self.fill_auth_profiles()

    # -- profiles ---------------------------------------------------------------------------------
    def _profiles_page(self):
        page = QWidget(self)
        self.profile_list = QTreeWidget(page)
        self.profile_list.setObjectName("settingsProfiles")
        self.profile_list.setHeaderLabels([tr("Name"), tr("Version"), tr("Title"), tr("Source")])
        self.profile_list.setRootIsDecorated(False)
        self.profile_list.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.profile_url = QLineEdit(page)
        self.profile_url.setObjectName("settingsProfileUrl")
        self.profile_url.setPlaceholderText("https://…/profil.json")
        add_file = QPushButton(tr("Add a &file…"), page)
        self.download_button = QPushButton(tr("&Download"), page)
        self.download_button.setObjectName("settingsDownloadProfile")
        remove = QPushButton(tr("&Remove"), page)
        for button in (add_file, self.download_button, remove):
            button.setAutoDefault(False)
        add_file.clicked.connect(lambda: self.add_profile_file())
        self.download_button.clicked.connect(lambda: self.download(self.profile_url.text().strip()))
        self.profile_url.returnPressed.connect(lambda: self.download(self.profile_url.text().strip()))
        remove.clicked.connect(self.remove_profile)
        row = QHBoxLayout()
        url_label = QLabel(tr("&URL:"), page)
        url_label.setBuddy(self.profile_url)
        row.addWidget(add_file)
        row.addWidget(url_label)
        row.addWidget(self.profile_url, 1)
        row.addWidget(self.download_button)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        layout.addWidget(self.profile_list, 1)
        layout.addLayout(row)
        return page

    def fill_profiles(self):
        from ..catalogue.profile import Profile, shipped_profiles

        self.profile_list.clear()
        for source in shipped_profiles() + config.profile_files():
            try:
                profile = Profile.load(source)
                values = [profile.name, profile.version, profile.title]
            except Exception as error:
                values = [os.path.basename(source), "", error_text(error)]
            shipped = source in shipped_profiles()
            origin = None if shipped else config.profile_source(source)
            shown = tr("shipped") if shipped else (origin["url"] if origin else source)
            item = QTreeWidgetItem(self.profile_list, values + [shown])
            if origin:
                item.setToolTip(3, tr("Downloaded to {path}; checked for a new version at each check or "
                                      "publication.").format(path=source))
            item.setData(0, Qt.UserRole, "" if shipped else source)

    def add_profile_file(self, path: str = "") -> bool:
        from ..catalogue.profile import Profile

        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, tr("Portal profile"), "", tr("Profiles (*.json)"))
        if not path:
            return False
        try:
            profile = Profile.load(path)
        except Exception as error:
            self._say(error_text(error), Qgis.Warning)
            return False
        config.add_profile_file(path)
        self._say(tr("Profile « {name} » {version} added.").format(name=profile.name, version=profile.version))
        self._profiles_changed()
        return True

    def remove_profile(self):
        item = self.profile_list.currentItem()
        if item is None or not item.data(0, Qt.UserRole):
            self._say(tr("Shipped profiles cannot be removed."))
            return
        config.remove_profile_file(item.data(0, Qt.UserRole))
        self._profiles_changed()

    def download(self, url: str) -> bool:
        if not url or self.task is not None:
            return False
        from .. import network as network_layer

        folder = config.profiles_folder()
        network = network_layer.default()  # QGIS's settings, read here on the main thread
        self.task = Task(tr("Passerelle: downloading a profile"),
                         lambda task: download_profile(url, folder, task, network), self._downloaded)
        self._say(tr("Downloading {}…").format(url))
        self.download_button.setEnabled(False)
        start(self.task)
        return True

    def _downloaded(self, task):
        self.task = None
        self.download_button.setEnabled(True)
        if task.error is not None:
            self._say(error_text(task.error), Qgis.Warning)
            return
        config.add_profile_file(task.result)
        from ..catalogue.profile import Profile

        profile = Profile.load(task.result)
        self._say(tr("Profile « {name} » {version} downloaded to {path}.").format(
            name=profile.name, version=profile.version, path=task.result))
        self.profile_url.clear()
        self._profiles_changed()

    def _profiles_changed(self):
        self.fill_profiles()
        self.fill_auth_profiles()
        self.changed.emit()

    # -- vocabularies -----------------------------------------------------------------------------
    def _vocabulary_page(self):
        page = QWidget(self)
        self.source_list = QListWidget(page)
        self.source_list.setObjectName("settingsSources")
        self.source_input = QLineEdit(page)
        self.source_input.setObjectName("settingsSourceInput")
        self.source_input.setPlaceholderText(tr("URL or file of a SKOS Turtle vocabulary"))
        add = QPushButton(tr("A&dd"), page)
        browse = QPushButton(tr("&Browse…"), page)
        remove = QPushButton(tr("&Remove"), page)
        self.refresh_button = QPushButton(tr("Re&fresh the cache"), page)
        self.refresh_button.setObjectName("settingsRefreshCache")
        self.refresh_button.setToolTip(tr("Download every URL source again (yours and the current profile's) "
                                          "and keep a copy for offline use"))
        for button in (add, browse, remove, self.refresh_button):
            button.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_source(self.source_input.text().strip()))
        self.source_input.returnPressed.connect(lambda: self.add_source(self.source_input.text().strip()))
        browse.clicked.connect(self._browse_source)
        remove.clicked.connect(self.remove_source)
        self.refresh_button.clicked.connect(self.refresh_cache)
        self.cache_table = read_only_table(page, "settingsCache",
                                           [tr("Cached source"), tr("Fetched"), tr("Scheme versions")])
        row = QHBoxLayout()
        row.addWidget(self.source_input, 1)
        row.addWidget(add)
        row.addWidget(browse)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Vocabulary sources added to every profile's (in this order):"), page))
        layout.addWidget(self.source_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.cache_table, 1)
        return page

    def fill_sources(self):
        self.source_list.clear()
        self.source_list.addItems(config.vocabulary_sources())

    def fill_cache(self):
        from ..catalogue import vocabulary_sources

        entries = vocabulary_sources.cached_sources()
        self.cache_table.setRowCount(0)
        for entry in entries:
            row = self.cache_table.rowCount()
            self.cache_table.insertRow(row)
            versions = ", ".join(f"{k} {v}".strip() for k, v in sorted((entry.get("schemes") or {}).items()))
            for column, text in enumerate((entry.get("url", ""), entry.get("fetched_at", ""), versions)):
                self.cache_table.setItem(row, column, QTableWidgetItem(text))

    def add_source(self, source: str) -> bool:
        if not source:
            return False
        if "://" not in source and not os.path.exists(source):
            self._say(tr("No such file: {}").format(source), Qgis.Warning)
            return False
        sources = config.vocabulary_sources()
        if source not in sources:
            config.set_vocabulary_sources(sources + [source])
        self.source_input.clear()
        self.fill_sources()
        self.changed.emit()
        return True

    def _browse_source(self):
        path, _filter = QFileDialog.getOpenFileName(self, tr("Vocabulary"), "", tr("SKOS Turtle (*.ttl)"))
        if path:
            self.add_source(path)

    def remove_source(self):
        item = self.source_list.currentItem()
        if item is None:
            return
        config.set_vocabulary_sources([s for s in config.vocabulary_sources() if s != item.text()])
        self.fill_sources()
        self.changed.emit()

    def refresh_cache(self) -> bool:
        """Fetch every URL source again in the background; the cache keeps the last good copy."""
        from .. import network as network_layer
        from ..catalogue import vocabulary_sources
        from ..catalogue.profile import Profile

        if self.task is not None:
            return False
        sources = list(config.vocabulary_sources())
        try:
            current = config.current_profile()
            sources += Profile.load(current or None).vocabulary_sources
        except Exception:
            pass
        urls = [s for s in dict.fromkeys(sources) if "://" in s and not s.startswith("file:")]
        if not urls:
            self._say(tr("No URL source to refresh: files are read where they are."))
            return False
        fetch = network_layer.default().revalidate  # the same proxy and CAs as publishing
        self.task = Task(tr("Passerelle: refreshing vocabularies"),
                         lambda task: vocabulary_sources.load(urls, fetch=fetch).warnings, self._refreshed)
        self.refresh_button.setEnabled(False)
        self._say(tr("Refreshing {count} vocabulary source(s)…").format(count=len(urls)))
        start(self.task)
        return True

    def _refreshed(self, task):
        self.task = None
        self.refresh_button.setEnabled(True)
        self.fill_cache()
        if task.error is not None:
            self._say(error_text(task.error), Qgis.Warning)
            return
        warnings = task.result or []
        for warning in warnings:
            log(warning.message(language()), Qgis.Warning)
        if warnings:
            self._say(" ".join(w.message(language()) for w in warnings), Qgis.Warning)
        else:
            self._say(tr("Vocabulary cache refreshed."), Qgis.Success)
        self.changed.emit()

    # -- authentication ---------------------------------------------------------------------------
    def _auth_page(self):
        page = QWidget(self)
        self.auth_profile = QComboBox(page)
        self.auth_profile.setObjectName("settingsAuthProfile")
        label = QLabel(tr("Pro&file:"), page)
        label.setBuddy(self.auth_profile)
        self.auth_table = read_only_table(page, "settingsAuthTargets",
                                          [tr("Target"), tr("Address"), tr("Authentication")])
        self.auth_table.verticalHeader().setVisible(False)
        note = QLabel(tr("Only the id of a QGIS authentication configuration is stored here; the user name and "
                         "password stay in QGIS's encrypted authentication database."), page)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.auth_profile, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.auth_table, 1)
        layout.addWidget(note)
        self.auth_profile.currentIndexChanged.connect(self.fill_auth_targets)
        return page

    def fill_auth_profiles(self):
        current = self.auth_profile.currentData()
        self.auth_profile.blockSignals(True)
        self.auth_profile.clear()
        for value, text in config.profile_choices():
            if value:
                self.auth_profile.addItem(text, value)
        index = self.auth_profile.findData(current or config.current_profile())
        self.auth_profile.setCurrentIndex(max(index, 0))
        self.auth_profile.blockSignals(False)
        self.fill_auth_targets()

    def fill_auth_targets(self, *_):
        from qgis.gui import QgsAuthConfigSelect

        from ..catalogue.profile import Profile

        self.auth_table.setRowCount(0)
        self.auth_selectors = {}
        value = self.auth_profile.currentData()
        if not value:
            return
        try:
            profile = Profile.load(value)
        except Exception as error:
            self._say(error_text(error), Qgis.Warning)
            return
        for target, settings in profile.targets.items():
            row = self.auth_table.rowCount()
            self.auth_table.insertRow(row)
            self.auth_table.setItem(row, 0, QTableWidgetItem(f"{target} ({settings.get('type', '')})"))
            self.auth_table.setItem(row, 1, QTableWidgetItem(settings.get("url") or settings.get("folder") or ""))
            selector = QgsAuthConfigSelect(self.auth_table)
            selector.setObjectName(f"authcfg_{target}")
            selector.setConfigId(config.authcfg(profile.name, target) or settings.get("authcfg", ""))
            selector.selectedConfigIdChanged.connect(
                lambda config_id, p=profile.name, t=target: self.choose_authcfg(p, t, config_id))
            self.auth_table.setCellWidget(row, 2, selector)
            self.auth_table.setRowHeight(row, max(self.auth_table.rowHeight(row), selector.sizeHint().height()))
            self.auth_selectors[target] = selector

    def choose_authcfg(self, profile_name: str, target: str, config_id: str) -> None:
        config.set_authcfg(profile_name, target, config_id)
        self.changed.emit()

    def _say(self, message: str, level=Qgis.Info):
        self.message.setText(message)
        log(message, level)
        if level in (Qgis.Warning, Qgis.Critical):
            notify(self.iface, message, level)
