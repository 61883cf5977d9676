"""Inputs backed by the shared vocabularies: a searchable combo box and a theme picker.

Both search French and English labels, codes and alternative labels while
ignoring case and accents (``fermee`` finds « Fermée », ``quarterly`` finds
« trimestriel »), with the same normalisation the API uses to read values.
Each remembers whether the person touched it, so that a form applied to
several layers changes only what was edited.
"""
from __future__ import annotations

from qgis.PyQt.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (QComboBox, QCompleter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                                 QWidget)

from ..catalogue.vocabularies import normalise
from .common import language, tr
from .widgets import search_field

URI_ROLE = Qt.UserRole
SEARCH_ROLE = Qt.UserRole + 1


def concept_text(concept, lang: str) -> str:
    text = concept.label(lang)
    return tr("{} (deprecated)").format(text) if concept.deprecated else text


def concept_tooltip(concept, lang: str) -> str:
    other = "en" if lang == "fr" else "fr"
    lines = [f"{concept.label(lang)} — {concept.label(other)} [{concept.code}]"]
    definition = concept.definition.get(lang) or concept.definition.get(other)
    if definition:
        lines.append(definition)
    return "\n".join(lines)


def search_key(concept) -> str:
    """Every name of a concept, normalised, for substring matching."""
    names = [concept.code, *concept.labels.values(), *concept.alt_labels, *concept.notations.values()]
    return "|".join(normalise(n) for n in names if n)


class _Matching(QSortFilterProxyModel):
    """Keeps the rows whose names contain what was typed (case and accents ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query = ""

    def set_query(self, text: str) -> None:
        self.query = normalise(text)
        self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 (Qt API)
        if not self.query:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.query in (index.data(SEARCH_ROLE) or "")


class VocabularyCombo(QComboBox):
    """An editable combo box over one vocabulary; ``value()`` gives a concept URI or what was typed."""

    edited = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(15)
        self.touched = False
        self._concepts = []
        self._extra = None  # a value outside the offered concepts (deprecated, unknown) shown as it is
        self._loading = False
        self.choices = QStandardItemModel(self)  # what the completer searches: both languages
        self.matching = _Matching(self)
        self.matching.setSourceModel(self.choices)
        completer = QCompleter(self.matching, self)
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._completion_chosen)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        self.activated.connect(self._picked)

    # -- contents -------------------------------------------------------------------------------
    def set_concepts(self, concepts, keep: bool = True) -> None:
        """Offer ``concepts``; the current value stays if it is among them (or ``keep`` and outside)."""
        current, text = self.currentData(), self.currentText()
        self._loading = True
        try:
            self.clear()
            self.choices.clear()
            lang = language()
            other = "en" if lang == "fr" else "fr"
            self.addItem("", None)
            self._concepts = list(concepts)
            for concept in self._concepts:
                self.addItem(concept_text(concept, lang), concept.uri)
                self.setItemData(self.count() - 1, concept_tooltip(concept, lang), Qt.ToolTipRole)
                row = QStandardItem(f"{concept_text(concept, lang)} — {concept.label(other)}")
                row.setData(concept.uri, URI_ROLE)
                row.setData(search_key(concept), SEARCH_ROLE)
                row.setToolTip(concept_tooltip(concept, lang))
                self.choices.appendRow(row)
            if current and self.findData(current) >= 0:
                self.setCurrentIndex(self.findData(current))
            elif keep and text:
                self.setEditText(text)
            else:
                self.setCurrentIndex(0)
        finally:
            self._loading = False

    def offered(self) -> list:
        return [self.itemData(i) for i in range(1, self.count())]

    def set_value(self, uri, concept=None) -> None:
        """Show ``uri`` (a concept of the list, a retired one, or an unknown raw value) as untouched."""
        self._loading = True
        try:
            self.lineEdit().setPlaceholderText("")
            if not uri:
                self.setCurrentIndex(0)
            elif self.findData(uri) >= 0:
                self.setCurrentIndex(self.findData(uri))
            elif concept is not None:  # retired or not allowed here: visible, so that it can be replaced
                self.addItem(concept_text(concept, language()), uri)
                self.setCurrentIndex(self.count() - 1)
            else:
                self.setCurrentIndex(-1)
                self.setEditText(uri)
            self.touched = False
        finally:
            self._loading = False

    def set_mixed(self) -> None:
        """Several layers with different values: show nothing, change nothing unless edited."""
        self._loading = True
        try:
            self.setCurrentIndex(0)
            self.lineEdit().setPlaceholderText(tr("(different values: left unchanged)"))
            self.touched = False
        finally:
            self._loading = False

    def value(self):
        """The chosen concept URI, None when emptied, or the typed text for the API to judge."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return self.itemData(index) or None
        found = self.findText(text, Qt.MatchFixedString)
        if found > 0:
            return self.itemData(found)
        return text

    def choose(self, uri: str) -> None:
        """Pick a concept as a person would (marks the field edited)."""
        index = self.findData(uri)
        if index < 0:
            raise ValueError(uri)
        self.setCurrentIndex(index)
        self._picked(index)

    # -- signals --------------------------------------------------------------------------------
    def _typed(self, text):
        if self._loading:
            return
        self.matching.set_query(text)
        if text:
            self.completer().complete()
        self._mark()

    def _picked(self, _index):
        if not self._loading:
            self._mark()

    def _completion_chosen(self, index):
        uri = index.data(URI_ROLE)
        # The completer writes its own text into the line edit after this signal: pick the item after it.
        QTimer.singleShot(0, lambda: self.choose(uri) if self.findData(uri) >= 0 else None)

    def _mark(self):
        self.touched = True
        self.lineEdit().setPlaceholderText("")
        self.edited.emit()


class ThemePicker(QWidget):
    """Checkable themes grouped by vocabulary (INSPIRE, EU data themes, ISO topics), with a filter.

    For several layers, a theme some of them have shows partially checked and stays as it
    is on each layer unless clicked.
    """

    edited = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.touched = False
        self._loading = False
        self.filter = search_field(self, "themeFilter", tr("Search a theme (French or English)"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("themeTree")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.itemChanged.connect(self._changed)

    def set_schemes(self, schemes) -> None:
        """``schemes``: [(scheme title, [concepts])]."""
        lang = language()
        self._loading = True
        try:
            self.tree.clear()
            for title, concepts in schemes:
                group = QTreeWidgetItem(self.tree, [title])
                group.setFlags(Qt.ItemIsEnabled)
                for concept in concepts:
                    if concept.deprecated:
                        continue
                    item = QTreeWidgetItem(group, [f"{concept.label(lang)} [{concept.code}]"])
                    item.setData(0, URI_ROLE, concept.uri)
                    item.setData(0, SEARCH_ROLE, search_key(concept))
                    item.setToolTip(0, concept_tooltip(concept, lang))
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
                    item.setCheckState(0, Qt.Unchecked)
                group.setExpanded(False)
        finally:
            self._loading = False

    def items(self):
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                yield group.child(j)

    def item(self, uri: str):
        return next((item for item in self.items() if item.data(0, URI_ROLE) == uri), None)

    def set_values(self, per_layer: list) -> None:
        """Themes of each edited layer: common ones checked, some-only ones partially checked."""
        common = set.intersection(*map(set, per_layer)) if per_layer else set()
        some = set().union(*map(set, per_layer)) if per_layer else set()
        self._loading = True
        try:
            for item in self.items():
                uri = item.data(0, URI_ROLE)
                state = Qt.Checked if uri in common else Qt.PartiallyChecked if uri in some else Qt.Unchecked
                item.setFlags(item.flags() & ~Qt.ItemIsUserTristate)
                item.setCheckState(0, state)
                if state != Qt.Unchecked:
                    item.parent().setExpanded(True)
            self.touched = False
        finally:
            self._loading = False

    def set_checked(self, uri: str, checked: bool = True) -> None:
        """Tick or untick a theme as a person would (marks the field edited)."""
        item = self.item(uri)
        if item is None:
            raise ValueError(uri)
        item.setCheckState(0, Qt.Checked if checked else Qt.Unchecked)

    def themes_for(self, current: list) -> list:
        """The themes a layer that has ``current`` gets: checked ones, plus partial ones it had."""
        result = []
        offered = set()
        for item in self.items():
            uri = item.data(0, URI_ROLE)
            offered.add(uri)
            state = item.checkState(0)
            if state == Qt.Checked or (state == Qt.PartiallyChecked and uri in current):
                result.append(uri)
        # Values outside the lists (unknown to these vocabularies) stay: the checks report them.
        return [uri for uri in current if uri not in offered] + result

    def checked(self) -> list:
        return [item.data(0, URI_ROLE) for item in self.items() if item.checkState(0) == Qt.Checked]

    def _changed(self, item, _column):
        if self._loading:
            return
        self.touched = True
        self.edited.emit()

    def _apply_filter(self, text):
        query = normalise(text or "")
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                hidden = bool(query) and query not in (item.data(0, SEARCH_ROLE) or "")
                item.setHidden(hidden)
                shown += not hidden
            group.setHidden(shown == 0)
            group.setExpanded(bool(query) and shown > 0 or group.isExpanded())
