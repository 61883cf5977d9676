"""The tag editor's form: its pages, built from a table of record fields, and inputs that remember edits.

Each page lists ``(record field, kind, label)`` rows; one builder per kind makes the
widget and, for an editable field, the input the editor reads and loads
(``TagForm.inputs`` by record field). A new field of the record is one row here.
"""
from __future__ import annotations

from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout,
                                 QWidget)

from ..catalogue.terms import THEME_SCHEMES, VOCABULARY_FIELDS
from .common import tr, tr_noop
from .vocabulary_widgets import ThemePicker, VocabularyCombo

# Kinds of rows: what widget a record field gets.
TEXT, WORDS, PARAGRAPH, TERM, DATE, DERIVED, THEMES, SCHEMA, CONTACT = (
    "text", "words", "paragraph", "term", "date", "derived", "themes", "schema", "contact")

#: The pages in tab order: (title, rows); a row is (record field, kind, label). DERIVED rows show what
#: QGIS derives from the data (read-only); a page of CONTACT rows holds one group box per contact.
PAGES = (
    (tr_noop("&Description"), (
        ("title", TEXT, tr_noop("&Title")),
        ("abstract", PARAGRAPH, tr_noop("A&bstract")),
        ("keywords", WORDS, tr_noop("&Keywords")),
        ("themes", THEMES, tr_noop("T&hemes")))),
    (tr_noop("&Status"), (
        ("access", TERM, tr_noop("Access le&vel")),
        ("nature", TERM, tr_noop("&Nature")),
        ("legal_basis", TERM, tr_noop("Access restriction &ground")),
        ("licence", TERM, tr_noop("&Licence")))),
    (tr_noop("&Coverage"), (
        ("granularity", TERM, tr_noop("&Granularity")),
        ("frequency", TERM, tr_noop("Update &frequency")),
        ("lifecycle", TERM, tr_noop("&Progress status")),
        ("place", TEXT, tr_noop("Covered &territory")),
        ("created", DATE, tr_noop("Creatio&n date")),
        ("revised", DATE, tr_noop("Last &update")),
        ("published", DATE, tr_noop("Pu&blication date")),
        ("extent", DERIVED, tr_noop("Extent (WGS84)")),
        ("crs", DERIVED, tr_noop("Coordinate reference system")),
        ("features", DERIVED, tr_noop("Feature count")))),
    (tr_noop("C&ontacts"), (
        ("contact", CONTACT, tr_noop("Point of contact")),
        ("producer", CONTACT, tr_noop("Producer")))),
    (tr_noop("Or&igin"), (
        ("lineage", PARAGRAPH, tr_noop("&Lineage")),
        ("schema", SCHEMA, tr_noop("Data sc&hema")))),
)
#: Vocabulary fields with a note under their box that explains the chosen value (see the editor).
EXPLAINED = ("access", "nature", "licence")
TOOLTIPS = {"keywords": tr_noop("Comma separated")}

#: Titles of the theme schemes (tried in the order of THEME_SCHEMES).
THEME_TITLES = {"inspire-theme": tr_noop("INSPIRE themes"), "eu-theme": tr_noop("EU data themes"),
                "iso-topic": tr_noop("ISO 19115 topic categories")}
CONTACT_PARTS = {"contact": ("organisation", "name", "email", "phone"),
                 "producer": ("organisation", "name", "email", "siret")}
CONTACT_LABELS = {"organisation": tr_noop("Organisation"), "name": tr_noop("Name"), "email": tr_noop("E-mail"),
                  "phone": tr_noop("Phone"), "siret": tr_noop("SIRET")}


class TagForm:
    """The pages of the tag editor ``dialog``; after :meth:`build`, what the editor reads and fills:

    ``inputs`` (record field -> input), ``contacts`` (slot -> part -> input), ``themes``,
    ``notes`` (field of EXPLAINED -> label), ``derived`` (name -> read-only line).
    """

    def __init__(self, dialog: QWidget, vocabularies):
        self.dialog = dialog
        self.vocabularies = vocabularies
        self.tabs = None
        self.inputs = {}
        self.contacts = {}
        self.notes = {}
        self.derived = {}
        self.themes = None
        self.schema = None
        self._builders = {TEXT: self._line, WORDS: self._line, PARAGRAPH: self._paragraph, TERM: self._term,
                          DATE: self._date, DERIVED: self._derived, THEMES: self._themes, SCHEMA: self._schema}

    def build(self) -> QTabWidget:
        self.tabs = QTabWidget(self.dialog)
        self.tabs.setObjectName("tagTabs")
        for title, rows in PAGES:
            page = QWidget(self.tabs)
            if all(kind == CONTACT for _name, kind, _label in rows):
                self._contacts_page(page, rows)
            else:
                self._form_page(page, rows)
            self.tabs.addTab(page, tr(title))
        return self.tabs

    # -- pages ------------------------------------------------------------------------------------
    def _form_page(self, page, rows):
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for name, kind, label in rows:
            self._builders[kind](form, name, kind, tr(label))

    def _contacts_page(self, page, rows):
        layout = QVBoxLayout(page)
        for slot, _kind, title in rows:
            group = QGroupBox(tr(title), page)
            form = QFormLayout(group)
            self.contacts[slot] = {}
            for part in CONTACT_PARTS[slot]:
                edit = QLineEdit(group)
                edit.setObjectName(f"field_{slot}_{part}")
                form.addRow(tr(CONTACT_LABELS[part]), edit)
                self.contacts[slot][part] = _TextInput(edit)
            layout.addWidget(group)
        layout.addStretch(1)

    # -- one builder per kind of row --------------------------------------------------------------
    def _line(self, form, name, kind, label):
        edit = QLineEdit(self.dialog)
        edit.setObjectName(f"field_{name}")
        if name in TOOLTIPS:
            edit.setToolTip(tr(TOOLTIPS[name]))
        form.addRow(label, edit)
        self.inputs[name] = (_ListInput if kind == WORDS else _TextInput)(edit)

    def _paragraph(self, form, name, _kind, label):
        edit = QPlainTextEdit(self.dialog)
        edit.setObjectName(f"field_{name}")
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(110)
        form.addRow(label, edit)
        self.inputs[name] = _TextInput(edit)

    def _term(self, form, name, _kind, label):
        box = VocabularyCombo(self.dialog)
        box.setObjectName(f"field_{name}")
        scheme = VOCABULARY_FIELDS[name]
        if scheme in self.vocabularies:
            box.set_concepts([c for c in self.vocabularies[scheme].concepts.values() if not c.deprecated])
        else:
            box.setEnabled(False)
        form.addRow(label, box)
        self.inputs[name] = _ComboInput(box, self.vocabularies)
        if name in EXPLAINED:
            note = QLabel(self.dialog)
            note.setObjectName(f"help_{name}")
            note.setWordWrap(True)
            note.setStyleSheet("color: #4a4a4a; font-style: italic")
            form.addRow("", note)
            self.notes[name] = note

    def _date(self, form, name, _kind, label):
        from qgis.gui import QgsDateEdit

        edit = QgsDateEdit(self.dialog)
        edit.setObjectName(f"field_{name}")
        edit.setAllowNull(True)
        edit.setDisplayFormat(tr("yyyy-MM-dd"))
        edit.setCalendarPopup(True)
        form.addRow(label, edit)
        self.inputs[name] = _DateInput(edit)

    def _derived(self, form, name, _kind, label):
        edit = QLineEdit(self.dialog)
        edit.setObjectName(f"derived_{name}")
        edit.setReadOnly(True)
        edit.setFocusPolicy(Qt.ClickFocus)
        edit.setToolTip(tr("Derived from the data: updated by QGIS, not editable."))
        form.addRow(label, edit)
        self.derived[name] = edit

    def _themes(self, form, name, _kind, label):
        self.themes = ThemePicker(self.dialog)
        self.themes.setObjectName(f"field_{name}")
        self.themes.set_schemes([(tr(THEME_TITLES[key]), list(self.vocabularies[key].concepts.values()))
                                 for key in THEME_SCHEMES if key in self.vocabularies])
        form.addRow(label, self.themes)

    def _schema(self, form, name, _kind, label):
        from qgis.gui import QgsFileWidget

        self.schema = QgsFileWidget(self.dialog)
        self.schema.setObjectName(f"field_{name}")
        self.schema.setFilter(tr("Table Schema (*.json)"))
        self.schema.lineEdit().setPlaceholderText(tr("URL or file of the Table Schema the data follows"))
        form.addRow(label, self.schema)
        field = self.inputs[name] = _TextInput(self.schema.lineEdit())
        self.schema.fileChanged.connect(lambda _path: field._mark())


# -- inputs: a widget, the values it shows for the edited layers, and whether the person edited it ----
class _TextInput:
    """A line or a paragraph, remembering whether the person edited it."""

    def __init__(self, widget):
        self.widget = widget
        self.touched = False
        self._loading = False
        signal = widget.textEdited if isinstance(widget, QLineEdit) else widget.textChanged
        signal.connect(self._mark)

    def _mark(self, *_):
        if not self._loading:
            self.touched = True
            self._placeholder("")

    def _placeholder(self, text):
        self.widget.setPlaceholderText(text)

    def set(self, values: list) -> None:
        self._loading = True
        try:
            same = all(v == values[0] for v in values)
            text = self.text_of(values[0]) if same else ""
            if isinstance(self.widget, QLineEdit):
                self.widget.setText(text)
            else:
                self.widget.setPlainText(text)
            self._placeholder("" if same else tr("(different values: left unchanged)"))
            self.touched = False
        finally:
            self._loading = False

    @staticmethod
    def text_of(value) -> str:
        if isinstance(value, (list, tuple)):
            return ", ".join(value)
        return value or ""

    def value(self):
        return self.widget.text() if isinstance(self.widget, QLineEdit) else self.widget.toPlainText()


class _ListInput(_TextInput):
    def value(self):
        return [part.strip() for part in self.widget.text().split(",") if part.strip()]


class _DateInput:
    def __init__(self, widget):
        self.widget = widget
        self.touched = False
        self._loading = False
        widget.dateValueChanged.connect(self._mark)

    def _mark(self, *_):
        if not self._loading:
            self.touched = True

    def set(self, values: list) -> None:
        self._loading = True
        try:
            same = all(v == values[0] for v in values)
            if same and values[0]:
                self.widget.setDate(QDate(values[0].year, values[0].month, values[0].day))
            else:
                self.widget.clear()
            self.widget.setNullRepresentation(tr("not set") if same else tr("(different values)"))
            self.touched = False
        finally:
            self._loading = False

    def value(self):
        if self.widget.isNull():
            return None
        return self.widget.date().toPyDate()


class _ComboInput:
    def __init__(self, combo: VocabularyCombo, vocabulary):
        self.widget = combo
        self.vocabulary = vocabulary

    @property
    def touched(self):
        return self.widget.touched

    def set(self, values: list) -> None:
        if all(v == values[0] for v in values):
            concept = self.vocabulary.concept(values[0]) if values[0] else None
            self.widget.set_value(values[0], concept)
        else:
            self.widget.set_mixed()

    def value(self):
        return self.widget.value()
