"""Check results: findings grouped by layer and severity, with the fixes they suggest.

Double-clicking a finding that names features selects them and zooms the map
to them. A vocabulary finding carrying suggestions offers one button per
suggested concept: one click writes it with ``api.tag``, then the layer is
checked again (the panel listens to :attr:`CheckResults.fixed`).
"""
from __future__ import annotations

import difflib

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QRect, QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFontMetrics
from qgis.PyQt.QtWidgets import (QHeaderView, QLabel, QPushButton, QStyledItemDelegate, QTreeWidget, QTreeWidgetItem,
                                 QVBoxLayout, QWidget)

from .. import api
from ..catalogue.terms import THEME_SCHEMES
from ..catalogue.vocabularies import normalise
from .common import error_text, language, notify, tr, tr_noop
from .widgets import top_level_item

FINDING_ROLE = Qt.UserRole
LAYER_ROLE = Qt.UserRole + 1
SUGGESTION_ROLE = Qt.UserRole + 2

SEVERITY_TITLES = (("error", tr_noop("Errors"), "#d32f2f"), ("warning", tr_noop("Warnings"), "#ef6c00"),
                   ("info", tr_noop("Information"), "#1565c0"))


class _Wrapping(QStyledItemDelegate):
    """Rows as tall as their message wrapped to the width of its column (QTreeView alone keeps one line)."""

    def __init__(self, tree):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - depth * self.tree.indentation() - 28
        text = index.data(Qt.DisplayRole) or ""
        font = index.data(Qt.FontRole) or option.font
        metrics = QFontMetrics(font)
        bounds = metrics.boundingRect(QRect(0, 0, max(width, 80), 10_000), int(Qt.TextWordWrap), text)
        lines = bounds.height() // max(metrics.lineSpacing(), 1)
        # One line to spare: the view lays text out a little narrower than the column.
        return QSize(hint.width(), max(hint.height(), (lines + (1 if lines > 1 else 0)) * metrics.lineSpacing() + 6))


class CheckResults(QWidget):
    """A tree: layer › severity › finding › suggestion."""

    fixed = pyqtSignal(str)  # a layer id whose record a suggestion changed

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.profile = None
        self.setObjectName("passerelleCheckResults")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findingTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Finding"), tr("Code"), tr("Features")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(0, _Wrapping(self.tree))
        self.tree.setToolTip(tr("Double-click a finding to select and zoom to its features."))
        self.tree.itemActivated.connect(self.activate)  # double-click or Enter
        self.tree.currentItemChanged.connect(self._show_details)
        # Messages wrap to the width of their column: lay the rows out again when it changes.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(100)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self.details = QLabel(self)
        self.details.setObjectName("findingDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setMinimumHeight(self.details.fontMetrics().height() * 3)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setText(tr("Select a finding to read it in full."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)

    # -- contents ---------------------------------------------------------------------------------
    def layer_item(self, layer_id):
        return top_level_item(self.tree, layer_id, LAYER_ROLE)

    def remove_layer(self, layer_id) -> None:
        item = self.layer_item(layer_id)
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))

    def show_findings(self, layer_id: str, name: str, findings: list, checked_data: bool) -> None:
        """Replace what is shown for one layer."""
        lang = language()
        previous = self.layer_item(layer_id)
        was_open = previous.isExpanded() if previous is not None else True
        position = self.tree.indexOfTopLevelItem(previous) if previous is not None else self.tree.topLevelItemCount()
        self.remove_layer(layer_id)
        errors = sum(f.severity == "error" for f in findings)
        warnings = sum(f.severity == "warning" for f in findings)
        summary = tr("{errors} error(s), {warnings} warning(s)").format(errors=errors, warnings=warnings) \
            if findings else tr("no problem found")
        if not checked_data:
            summary += " — " + tr("record only")
        top = QTreeWidgetItem([f"{name} ({summary})", "", ""])
        top.setData(0, LAYER_ROLE, layer_id)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.insertTopLevelItem(position, top)  # a layer checked again keeps its place
        for severity, title, colour in SEVERITY_TITLES:
            chosen = [f for f in findings if f.severity == severity]
            if not chosen:
                continue
            group = QTreeWidgetItem(top, [f"{tr(title)} ({len(chosen)})", "", ""])
            group.setForeground(0, QBrush(QColor(colour)))
            group.setData(0, LAYER_ROLE, layer_id)
            for finding in chosen:
                item = QTreeWidgetItem(group, [finding.message(lang), finding.code,
                                               str(finding.features) if finding.feature_ids else ""])
                item.setData(0, FINDING_ROLE, finding)
                item.setData(0, LAYER_ROLE, layer_id)
                item.setToolTip(0, finding.message(lang))
                if finding.feature_ids:
                    item.setToolTip(2, tr("Double-click to select and zoom to these features."))
                self._add_suggestions(item, layer_id, finding)
            group.setExpanded(severity in ("error", "warning"))
        top.setExpanded(was_open)

    def _add_suggestions(self, item, layer_id, finding):
        if not finding.suggestions or not finding.field:
            return
        vocabularies = api.vocabularies(self.profile)
        lang = language()
        for uri in finding.suggestions:
            concept = vocabularies.concept(uri)
            label = concept.label(lang) if concept else uri
            child = QTreeWidgetItem(item, [tr("Replace with « {} »").format(label), "", ""])
            child.setData(0, SUGGESTION_ROLE, uri)
            child.setData(0, FINDING_ROLE, finding)
            child.setData(0, LAYER_ROLE, layer_id)
            button = QPushButton(tr("Apply"), self.tree)
            button.setObjectName("applySuggestion")
            button.setToolTip(tr("Write « {label} » in the field « {field} » of this layer, then check it again.")
                              .format(label=label, field=finding.field))
            button.clicked.connect(lambda _checked=False, c=child: self.apply_suggestion(c))
            self.tree.setItemWidget(child, 1, button)
        item.setExpanded(True)

    def suggestion_items(self) -> list:
        found = []

        def walk(item):
            for i in range(item.childCount()):
                child = item.child(i)
                if child.data(0, SUGGESTION_ROLE):
                    found.append(child)
                walk(child)
        walk(self.tree.invisibleRootItem())
        return found

    def finding_items(self) -> list:
        found = []

        def walk(item):
            for i in range(item.childCount()):
                child = item.child(i)
                if child.data(0, FINDING_ROLE) is not None and not child.data(0, SUGGESTION_ROLE):
                    found.append(child)
                walk(child)
        walk(self.tree.invisibleRootItem())
        return found

    def _show_details(self, item, _previous=None):
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if finding is None:
            self.details.setText(tr("Select a finding to read it in full."))
            return
        lines = [finding.message(language()), tr("Code: {}").format(finding.code)]
        if finding.feature_ids:
            shown = ", ".join(map(str, finding.feature_ids[:20]))
            more = finding.features - 20  # a big layer's finding lists only the first ids
            lines.append(tr("Features: {}").format(shown + (f"… (+{more})" if more > 0 else "")))
        self.details.setText("\n".join(lines))

    # -- actions ----------------------------------------------------------------------------------
    def activate(self, item, _column=0):
        """Double-click: a suggestion is applied, a finding with features is shown on the map."""
        if item.data(0, SUGGESTION_ROLE):
            self.apply_suggestion(item)
            return
        finding = item.data(0, FINDING_ROLE)
        if finding is not None and finding.feature_ids:
            self.zoom_to(item.data(0, LAYER_ROLE), finding.feature_ids)

    def zoom_to(self, layer_id, feature_ids) -> None:
        layer = QgsProject.instance().mapLayer(layer_id)
        if not isinstance(layer, QgsVectorLayer):
            return
        layer.selectByIds(list(feature_ids))
        if self.iface is not None:
            self.iface.setActiveLayer(layer)
            canvas = self.iface.mapCanvas()
            canvas.zoomToSelected(layer)
            canvas.refresh()
        if not any(layer.getFeature(fid).hasGeometry() for fid in feature_ids[:50]):
            notify(self.iface, tr("Features {} have no geometry: they are selected in the attribute table.")
                   .format(", ".join(map(str, feature_ids[:10]))), Qgis.Info, 5)

    def apply_suggestion(self, item) -> bool:
        layer_id = item.data(0, LAYER_ROLE)
        finding = item.data(0, FINDING_ROLE)
        uri = item.data(0, SUGGESTION_ROLE)
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return False
        try:
            if finding.field == "themes":
                value = self._themes_with(layer, finding, uri)
            else:
                value = uri
            api.tag(layer, profile=self.profile, **{finding.field: value})
        except Exception as error:
            notify(self.iface, tr("Suggestion not applied to {layer}: {error}").format(
                layer=layer.name(), error=error_text(error)), Qgis.Warning)
            return False
        notify(self.iface, tr("{layer}: suggestion applied; checking the layer again.").format(layer=layer.name()),
               Qgis.Success, 4)
        # After this click returns: refreshing the tree deletes the button that was clicked.
        QTimer.singleShot(0, lambda: self.fixed.emit(layer_id))
        return True

    def _themes_with(self, layer, finding, uri) -> list:
        """The layer's themes with the faulty one replaced by ``uri``."""
        vocabularies = api.vocabularies(self.profile)
        themes = list(api.record(layer).themes)
        schemes = [vocabularies[key] for key in THEME_SCHEMES if key in vocabularies]

        def live(value):
            concept = next((s.concepts[value] for s in schemes if value in s.concepts), None)
            return concept is not None and not concept.deprecated

        faulty = [t for t in themes if not live(t)]
        if finding.code == "vocabulary.deprecated":
            faulty = [t for t in faulty if vocabularies.concept(t) and vocabularies.concept(t).replaced_by == uri] \
                or faulty
        if not faulty:
            return themes if uri in themes else themes + [uri]
        target = vocabularies.concept(uri)
        names = [normalise(n) for n in ([*target.labels.values(), target.code] if target else [uri])]

        def closeness(value):
            return max(difflib.SequenceMatcher(None, normalise(value), n).ratio() for n in names)

        wrong = max(faulty, key=closeness)
        replaced = [uri if t == wrong else t for t in themes]
        return list(dict.fromkeys(replaced))  # the suggested theme may already be there
