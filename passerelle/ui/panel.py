"""The Passerelle panel: the project's layers with a status badge each, and the check results.

Badges come from the API: the record, a record-only check and the publication
registries (read for every layer in one ``QgsTask`` with one API context, so the
profile is read and its vocabularies parsed once), and the check with data, which
runs in another ``QgsTask``: a big project never freezes QGIS. From here the agent
opens the tag editor, runs the checks, opens the publish dialog, links a layer to an
existing record and opens the settings.
"""
from __future__ import annotations

from dataclasses import dataclass

from qgis.core import Qgis, QgsMapLayer, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                                 QPushButton, QSplitter, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                                 QWidget)

from .. import api
from ..catalogue.vocabularies import normalise
from . import badges, config
from .badges import LayerState
from .check_results import CheckResults
from .common import Task, error_text, language, notify, start, tr, tr_noop
from .widgets import search_field, top_level_item

LAYER_ROLE = Qt.UserRole


@dataclass(frozen=True)
class PanelAction:
    """A button under the layer list, calling a panel method that acts on the selected layers."""

    attribute: str  # the panel attribute holding the button (e.g. ``panel.check_button``)
    name: str  # its objectName
    text: str  # its label while no layer is selected (marked with tr_noop, translated when shown)
    tooltip: str
    method: str  # the panel method it calls, without arguments
    counted: str = ""  # its label while layers are selected, "{}" standing for how many
    needs_selection: bool = False  # disabled while no layer is selected


#: The buttons under the layer list, left to right. A new action is a row here and a panel method.
ACTIONS = (
    PanelAction("tag_button", "panelTag", tr_noop("Descri&be…"), tr_noop("Open the tag editor for the selected layers"),
                "open_editor", needs_selection=True),
    PanelAction("check_button", "panelCheck", tr_noop("Chec&k all"),
                tr_noop("Check the selected layers with their data (all layers when none is selected), in the "
                        "background"), "check", counted=tr_noop("Chec&k ({})")),
    PanelAction("publish_button", "panelPublish", tr_noop("P&ublish…"),
                tr_noop("Publish the selected layers (all layers when none is selected)"), "open_publish",
                counted=tr_noop("P&ublish ({})…")),
    PanelAction("admin_button", "panelAdmin", tr_noop("Ad&ministration…"),
                tr_noop("Portal administrators: review what agents submitted (approve, or reject with a comment)"),
                "open_admin"),
    PanelAction("audit_button", "panelAudit", tr_noop("&Audit…"),
                tr_noop("Portal administrators: audit a whole catalogue (a target of this profile, a CSW or a folder "
                        "of records): completeness, links, duplicates, with a dashboard"), "open_audit"),
    PanelAction("link_record_button", "panelLinkRecord", tr_noop("Li&nk to an existing record…"),
                tr_noop("Give the selected layer a record that already exists: found in a catalogue (CSW), "
                        "a file or at an address"), "open_link_record", needs_selection=True),
)


class PasserellePanel(QgsDockWidget):
    """Dock widget listing the project's layers; ``states`` holds what is known of each (by layer id)."""

    checked = pyqtSignal()  # a background check finished and the badges were updated
    refreshed = pyqtSignal()  # the background reading of the layers finished and the badges were updated

    def __init__(self, iface, parent=None):
        super().__init__(tr("Passerelle"), parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.states = {}
        self.task = None
        self.refresh_task = None
        self._to_refresh = set()  # layer ids asked for while a refresh task runs
        self.editor = None
        self.publish_dialog = None
        self.admin_dialog = None
        self.audit_dialog = None
        self.link_dialog = None
        self.setObjectName("PasserellePanel")
        self._build()
        project = QgsProject.instance()
        project.layersAdded.connect(self._layers_added)
        project.layersWillBeRemoved.connect(self._layers_removed)
        project.cleared.connect(self._project_cleared)
        self.refresh()

    # -- widgets ----------------------------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._profile_row(body))
        layout.addLayout(self._filter_row(body))
        layout.addWidget(self._splitter(body), 1)
        self.setWidget(body)

        self.fill_profiles()
        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        self.search.textChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.layer_list.itemSelectionChanged.connect(self._selection_changed)
        self.layer_list.itemActivated.connect(lambda *_: self.open_editor())  # double-click or Enter
        self.settings_button.clicked.connect(self.open_settings)
        self.cancel_button.clicked.connect(self.cancel)
        self.results.fixed.connect(self._fixed)
        self._selection_changed()

    def _profile_row(self, body) -> QHBoxLayout:
        self.profile_label = QLabel(tr("Pro&file:"), body)
        self.profile_combo = QComboBox(body)
        self.profile_combo.setObjectName("panelProfile")
        self.profile_combo.setToolTip(tr("The portal profile whose rules (required fields, territory, "
                                         "vocabularies) the checks apply."))
        self.profile_label.setBuddy(self.profile_combo)
        self.settings_button = QToolButton(body)
        self.settings_button.setObjectName("panelSettings")
        self.settings_button.setText(tr("Settings…"))
        self.settings_button.setToolTip(tr("Portal profiles, vocabulary sources and authentication"))
        row = QHBoxLayout()
        row.addWidget(self.profile_label)
        row.addWidget(self.profile_combo, 1)
        row.addWidget(self.settings_button)
        return row

    def _filter_row(self, body) -> QHBoxLayout:
        self.search = search_field(body, "panelSearch", tr("Search a layer…"))
        self.status_filter = QComboBox(body)
        self.status_filter.setObjectName("panelStatusFilter")
        self.status_filter.addItem(tr("All statuses"), "")
        for key in badges.BADGES:
            self.status_filter.addItem(badges.label(key), key)
        self.status_filter.setToolTip(tr("Show only the layers with this status"))
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.status_filter)
        return row

    def _splitter(self, body) -> QSplitter:
        """The layer list with its actions and progress above, the check results below."""
        self.layer_list = self._layer_list(body)
        actions = self._action_row(body)
        progress = self._progress_row(body)
        self._busy(False)  # hidden before the splitter sizes its panes
        results = self._results_box(body)
        top = QWidget(body)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.layer_list)
        top_layout.addLayout(actions)
        top_layout.addLayout(progress)
        splitter = QSplitter(Qt.Vertical, body)
        splitter.addWidget(top)
        splitter.addWidget(results)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def _layer_list(self, body) -> QTreeWidget:
        layer_list = QTreeWidget(body)
        layer_list.setObjectName("panelLayers")
        layer_list.setColumnCount(2)
        layer_list.setHeaderLabels([tr("Layer"), tr("Status")])
        layer_list.setRootIsDecorated(False)
        layer_list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        layer_list.setSortingEnabled(True)
        layer_list.sortByColumn(0, Qt.AscendingOrder)
        layer_list.header().setSectionResizeMode(0, QHeaderView.Stretch)
        layer_list.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        layer_list.header().setStretchLastSection(False)
        layer_list.setMinimumHeight(120)
        return layer_list

    def _action_row(self, body) -> QHBoxLayout:
        """One button per row of ACTIONS, kept as the panel's attribute of that name."""
        row = QHBoxLayout()
        self.action_buttons = {}
        for action in ACTIONS:
            button = QPushButton(tr(action.text), body)
            button.setObjectName(action.name)
            button.setToolTip(tr(action.tooltip))
            button.clicked.connect(lambda _checked=False, method=action.method: getattr(self, method)())
            row.addWidget(button)
            self.action_buttons[action.attribute] = button
            setattr(self, action.attribute, button)
        return row

    def _progress_row(self, body) -> QHBoxLayout:
        self.progress = QProgressBar(body)
        self.progress.setObjectName("panelProgress")
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(body)
        self.cancel_button.setObjectName("panelCancel")
        self.cancel_button.setText(tr("Cancel"))
        self.status = QLabel(body)
        self.status.setObjectName("panelStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        return row

    def _results_box(self, body) -> QWidget:
        self.results = CheckResults(self.iface, body)
        box = QWidget(body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.results_label = QLabel(tr("Check resul&ts"), box)
        self.results_label.setBuddy(self.results.tree)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results)
        return box

    def fill_profiles(self):
        current = config.current_profile()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for value, text in config.profile_choices():
            self.profile_combo.addItem(text, value)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)
        self.results.profile = self.profile()

    def profile(self):
        """What the API receives as ``profile``: the chosen one with this user's settings applied."""
        return config.effective_profile(self.profile_combo.currentData() or "")

    def _profile_changed(self, _index):
        config.set_current_profile(self.profile_combo.currentData() or "")
        self.results.profile = self.profile()
        for state in self.states.values():
            state.data = None  # the data was checked against other rules
        self.refresh()

    # -- layers and badges ------------------------------------------------------------------------
    def project_layers(self) -> list:
        return [layer for layer in QgsProject.instance().mapLayers().values()
                if layer.type() in (QgsMapLayer.VectorLayer, QgsMapLayer.RasterLayer)]

    def item(self, layer_id):
        return top_level_item(self.layer_list, layer_id, LAYER_ROLE)

    def selected_ids(self) -> list:
        return [item.data(0, LAYER_ROLE) for item in self.layer_list.selectedItems()]

    def select(self, layer_ids) -> None:
        self.layer_list.clearSelection()
        for layer_id in layer_ids:
            item = self.item(layer_id)
            if item is not None:
                item.setSelected(True)

    def refresh(self, layer_ids=None) -> None:
        """Read the layers' badges again (record, record-only check, registries) in a background task.

        The list shows the layers at once; their badges follow when the task ends (``refreshed``).
        A refresh asked for while one runs is done right after it.
        """
        project = QgsProject.instance()
        layers = self.project_layers() if layer_ids is None else \
            [project.mapLayer(i) for i in layer_ids if project.mapLayer(i)]
        for layer in layers:
            self._show(layer, self.states.setdefault(layer.id(), LayerState()))
        self.apply_filter()
        self._to_refresh.update(layer.id() for layer in layers)
        if self.refresh_task is None:
            self._start_refresh()

    def is_refreshing(self) -> bool:
        return self.refresh_task is not None or bool(self._to_refresh)

    def _start_refresh(self) -> None:
        ids, self._to_refresh = sorted(self._to_refresh), set()
        if not ids:
            self.refreshed.emit()
            return
        # Badges come from the cached profile: a URL profile is asked for its latest version by checks only.
        work = each_layer(ids, self.profile_combo.currentData() or "", read_state, revalidate=False)
        self.refresh_task = Task(tr("Passerelle: reading {count} layer(s)").format(count=len(ids)), work,
                                 self._refreshed)
        self.refresh_task.layer_ids = ids
        start(self.refresh_task)

    def _refreshed(self, task):
        self.refresh_task = None
        found = task.result or {}
        if task.error is not None:  # the profile could not be read: say it on every layer
            problem = error_text(task.error)
            self.status.setText(tr("Reading the layers failed: {}").format(problem))
            found = {layer_id: LayerState(problem=problem, read=True) for layer_id in task.layer_ids}
        project = QgsProject.instance()
        for layer_id, read in found.items():
            layer, state = project.mapLayer(layer_id), self.states.get(layer_id)
            if layer is None or state is None:  # removed while the task ran
                continue
            shown = state.findings, state.data is not None
            state.record, state.quick, state.publications = read.record, read.quick, read.publications
            state.problem, state.read = read.problem, True
            self._show(layer, state)
            # The results tree is rebuilt only where something changed: the agent may be clicking in it.
            if (state.findings, state.data is not None) != shown or self.results.layer_item(layer_id) is None:
                self.results.show_findings(layer_id, layer.name(), state.findings, state.data is not None)
        self.apply_filter()
        if self._to_refresh:
            self._start_refresh()
        else:
            self.refreshed.emit()

    def badge(self, layer_id) -> str:
        return badges.badge(self.states[layer_id])

    def _show(self, layer, state):
        item = self.item(layer.id())
        if item is None:
            item = QTreeWidgetItem(self.layer_list)
            item.setData(0, LAYER_ROLE, layer.id())
        title = state.record.title if state.record is not None else ""
        item.setText(0, layer.name())
        item.setToolTip(0, title if title and title != layer.name() else layer.source())
        if not state.read:  # first seen: its badge comes with the refresh task
            item.setText(1, tr("Reading…"))
            item.setData(1, Qt.UserRole, "")
            item.setForeground(1, QBrush(QColor(badges.colour(badges.UNCHECKED))))
            item.setToolTip(1, tr("Passerelle is reading this layer's record in the background."))
            return
        key = badges.badge(state)
        item.setText(1, badges.label(key))
        item.setData(1, Qt.UserRole, key)
        item.setForeground(1, QBrush(QColor(badges.colour(key))))
        font = item.font(1)
        font.setBold(True)
        item.setFont(1, font)
        item.setToolTip(1, badges.tooltip(key, state))

    def apply_filter(self, *_):
        query = normalise(self.search.text() or "")
        wanted = self.status_filter.currentData()
        for i in range(self.layer_list.topLevelItemCount()):
            item = self.layer_list.topLevelItem(i)
            state = self.states.get(item.data(0, LAYER_ROLE))
            title = state.record.title if state is not None and state.record is not None else ""
            matches = not query or query in normalise(item.text(0)) or query in normalise(title)
            item.setHidden(not (matches and (not wanted or item.data(1, Qt.UserRole) == wanted)))

    def visible_ids(self) -> list:
        return [self.layer_list.topLevelItem(i).data(0, LAYER_ROLE) for i in range(self.layer_list.topLevelItemCount())
                if not self.layer_list.topLevelItem(i).isHidden()]

    def _layers_added(self, layers):
        # After the current event: the layer tree is complete and other plugins have seen the layers.
        self._pending = getattr(self, "_pending", []) + [layer.id() for layer in layers]
        if self.isVisible():
            QTimer.singleShot(0, self._refresh_pending)

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        if getattr(self, "_pending", None):  # layers added while the panel was closed
            QTimer.singleShot(0, self._refresh_pending)

    def _refresh_pending(self):
        ids, self._pending = getattr(self, "_pending", []), []
        ids = [i for i in dict.fromkeys(ids) if QgsProject.instance().mapLayer(i)]
        if ids:
            self.refresh(ids)

    def _layers_removed(self, layer_ids):
        for layer_id in layer_ids:
            self.states.pop(layer_id, None)
            self._to_refresh.discard(layer_id)
            item = self.item(layer_id)
            if item is not None:
                self.layer_list.takeTopLevelItem(self.layer_list.indexOfTopLevelItem(item))
            self.results.remove_layer(layer_id)

    def _project_cleared(self):
        self.states.clear()
        self._to_refresh.clear()
        self.layer_list.clear()
        self.results.tree.clear()

    def _selection_changed(self):
        selected = len(self.selected_ids())
        for action in ACTIONS:
            button = self.action_buttons[action.attribute]
            button.setText(tr(action.counted).format(selected) if selected and action.counted else tr(action.text))
            if action.needs_selection:
                button.setEnabled(selected > 0)

    # -- background check -------------------------------------------------------------------------
    def check(self, layer_ids=None) -> bool:
        """Check layers with their data in a background task (the selection, else every listed layer)."""
        if self.task is not None:
            notify(self.iface, tr("A check is already running."), Qgis.Info, 3)
            return False
        ids = layer_ids or self.selected_ids() or [layer.id() for layer in self.project_layers()]
        if not ids:
            return False
        work = each_layer(ids, self.profile_combo.currentData() or "", check_layer)
        self.task = Task(tr("Passerelle: checking {count} layer(s)").format(count=len(ids)), work, self._checked)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.status.setText(tr("Checking {count} layer(s) with their data…").format(count=len(ids)))
        self._busy(True)
        start(self.task)
        return True

    def cancel(self):
        for task in (self.task, self.refresh_task):
            if task is not None:
                task.cancel()

    def _busy(self, busy):
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        self.check_button.setEnabled(not busy)

    def _checked(self, task):
        self.task = None
        self._busy(False)
        self.profile_updated(getattr(task, "profile_update", None))
        if task.error is not None:
            message = tr("Check failed: {}").format(error_text(task.error))
            self.status.setText(message)
            notify(self.iface, message, Qgis.Critical)
            self.checked.emit()
            return
        found = task.result or {}
        project = QgsProject.instance()
        for layer_id, (record, findings) in found.items():
            layer, state = project.mapLayer(layer_id), self.states.get(layer_id)
            if layer is None or state is None:  # removed while the task ran
                continue
            state.record, state.data, state.problem, state.read = record, findings, "", True
            self._show(layer, state)
            self.results.show_findings(layer_id, layer.name(), state.findings, True)
        self.apply_filter()
        errors = sum(f.severity == "error" for _record, findings in found.values() for f in findings)
        warnings = sum(f.severity == "warning" for _record, findings in found.values() for f in findings)
        if task.isCanceled():
            message = tr("Check cancelled after {count} layer(s).").format(count=len(found))
        else:
            message = tr("{count} layer(s) checked: {errors} error(s), {warnings} warning(s).").format(
                count=len(found), errors=errors, warnings=warnings)
        update = getattr(task, "profile_update", None)
        if update is not None and update.changed:
            message = f"{update.message(language())} {message}"
        self.status.setText(message)
        notify(self.iface, message, Qgis.Warning if errors else Qgis.Success, 5)
        self.checked.emit()

    def profile_updated(self, update) -> None:
        """Say that the profile's administrator published a new version (now in force), or why the cached
        copy was kept (portal down, invalid new version)."""
        if update is None or not (update.changed or update.code):
            return
        notify(self.iface, update.message(language()), Qgis.Info if update.changed else Qgis.Warning, 8)
        if update.changed:  # the list shows each profile with its version
            self.fill_profiles()

    def _fixed(self, layer_id):
        if layer_id in self.states:
            self.states[layer_id].data = None
        self.refresh([layer_id])
        if not self.check([layer_id]):
            self._recheck_later(layer_id)

    def _recheck_later(self, layer_id):
        # A check was running: check this layer again once it ends.
        def again():
            self.checked.disconnect(again)
            self.check([layer_id])
        self.checked.connect(again)

    # -- other windows ----------------------------------------------------------------------------
    def open_editor(self, layer_ids=None):
        from .tag_editor import TagEditor

        ids = layer_ids or self.selected_ids()
        if not ids:
            notify(self.iface, tr("Select one or more layers to describe."), Qgis.Info, 3)
            return None
        try:
            self.editor = TagEditor(self.iface, ids, self.profile(), self)
        except Exception as error:
            notify(self.iface, tr("Cannot open the tag editor: {}").format(error_text(error)), Qgis.Critical)
            return None
        self.editor.applied.connect(self._tagged)
        self.editor.show()
        self.editor.raise_()
        return self.editor

    def _tagged(self, layer_ids):
        for layer_id in layer_ids:
            if layer_id in self.states:
                self.states[layer_id].data = None
        self.refresh(layer_ids)
        self.check(layer_ids)

    def open_publish(self):
        from .publish_dialog import PublishDialog

        ids = self.selected_ids() or [layer.id() for layer in self.project_layers()]
        self.publish_dialog = PublishDialog(self.iface, ids, self.profile_combo.currentData() or "", self)
        self.publish_dialog.published.connect(lambda: self.refresh(ids))
        self.publish_dialog.show()
        self.publish_dialog.raise_()
        return self.publish_dialog

    def open_admin(self):
        from .admin_dialog import AdminDialog

        self.admin_dialog = AdminDialog(self.iface, self.profile_combo.currentData() or "", self)
        self.admin_dialog.show()
        self.admin_dialog.raise_()
        self.admin_dialog.refresh()
        return self.admin_dialog

    def open_audit(self):
        """The audit dialog, for the profile chosen in the panel (the running audit's, while one runs)."""
        from .audit_dialog import AuditDialog

        chosen = self.profile_combo.currentData() or ""
        if self.audit_dialog is None:
            self.audit_dialog = AuditDialog(self.iface, chosen, self)
        elif self.audit_dialog.task is None:  # the same window, its last results kept, for the profile now chosen
            self.audit_dialog.choose_profile(chosen)
        self.audit_dialog.show()
        self.audit_dialog.raise_()
        return self.audit_dialog

    def open_link_record(self, layer_id: str = ""):
        """The dialog linking one layer to an existing record (the selected layer)."""
        from .link_dialog import LinkRecordDialog

        ids = [layer_id] if layer_id else self.selected_ids()
        if len(ids) != 1:
            notify(self.iface, tr("Select one layer to link to an existing record."), Qgis.Info, 3)
            return None
        self.link_dialog = LinkRecordDialog(self.iface, ids[0], self.profile_combo.currentData() or "", self)
        self.link_dialog.linked.connect(lambda linked_id: self._tagged([linked_id]))
        self.link_dialog.show()
        self.link_dialog.raise_()
        return self.link_dialog

    def open_settings(self):
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface, self)
        dialog.finished.connect(lambda _result: (self.fill_profiles(), self.refresh()))
        dialog.show()
        return dialog

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.cancel()
        super().closeEvent(event)

    def disconnect_project(self):
        project = QgsProject.instance()
        for signal, slot in ((project.layersAdded, self._layers_added),
                             (project.layersWillBeRemoved, self._layers_removed),
                             (project.cleared, self._project_cleared)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass


def each_layer(ids: list, profile: str, read, revalidate: bool = True):
    """A task's work: ``read(layer_id, context)`` for each layer, with one API context for them all.

    Returns {layer id: what ``read`` gave}; stops early when the task is cancelled. A profile downloaded
    from a URL is asked for its latest version once (``revalidate``; the task's ``profile_update`` says
    what was found), or used as cached.
    """
    def work(task):
        context = api.context(config.effective_profile(profile))  # the profile and vocabularies read once
        task.profile_update = context.revalidate_profile(network=revalidate)
        found = {}
        for number, layer_id in enumerate(ids):
            if task.isCanceled():
                break
            found[layer_id] = read(layer_id, context)
            task.setProgress(100.0 * (number + 1) / len(ids))
        return found
    return work


def check_layer(layer_id: str, context) -> tuple:
    """The record and the findings of the check with data (runs in the check task)."""
    return api.record(layer_id), api.check([layer_id], context=context).findings


def read_state(layer_id: str, context) -> LayerState:
    """What the badge of a layer needs, from the API (runs in the refresh task)."""
    state = LayerState(read=True)
    try:
        state.record = api.record(layer_id)
        state.quick = api.check([layer_id], context=context, with_data=False).findings
        state.publications = api.publication_status(layer_id, context=context)
    except Exception as error:  # shown on the layer's badge, the others go on
        state.problem = error_text(error)
    return state
