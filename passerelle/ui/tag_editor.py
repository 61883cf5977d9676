"""The tag editor: a form over the record of one or several layers.

Nothing is written while the form is edited. « Appliquer » validates the
edited fields for every layer first (the same validation ``api.tag`` runs),
then calls ``api.tag(layer, **fields)`` once per layer with only the fields the
person edited, so values left alone stay each layer's own. An error is shown in
the editor and no layer is left half-tagged.
"""
from __future__ import annotations

import dataclasses

from qgis.core import Qgis, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                                 QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from .. import api
from ..catalogue.terms import (CLOSED_ACCESS, OPEN_ACCESS, SHARED_ACCESS, THEME_SCHEMES, VOCABULARY_FIELDS,
                               is_open_licence)
from .common import error_text, language, log, notify, tr, tr_noop
from .vocabulary_widgets import ThemePicker, VocabularyCombo

#: Titles of the theme schemes (tried in the order of THEME_SCHEMES).
THEME_TITLES = {"inspire-theme": tr_noop("INSPIRE themes"), "eu-theme": tr_noop("EU data themes"),
                "iso-topic": tr_noop("ISO 19115 topic categories")}
CONTACT_PARTS = {"contact": ("organisation", "name", "email", "phone"),
                 "producer": ("organisation", "name", "email", "siret")}
DATES = ("created", "revised", "published")

#: What each status means, shown under its box (by concept code).
STATUS_HELP = {
    "ouverte": tr_noop("Open: anyone may access and reuse the data, under an open licence (Licence Ouverte "
                       "2.0 or ODbL) and in a reusable format."),
    "partagee": tr_noop("Shared: only an identified group (other administrations, partners) reaches the data, "
                        "after authentication. Never published openly; the licence is not an open one."),
    "fermee": tr_noop("Closed: strictly internal (strategic, sovereign or personal data). It never leaves the "
                      "organisation; security and traceability come first."),
    "personnelle": tr_noop("Personal data: about people who can be identified (names, addresses, phone "
                           "numbers, locations…). Protected by the GDPR: never open unless made anonymous."),
    "publique": tr_noop("Public data: produced or received by the authority for its public-service missions. "
                        "Open by default when of collective interest, unless protected."),
    "interet-general": tr_noop("Data of general interest: produced by a company running a public service "
                               "(concession, delegation). Handed over to the authority and treated as public data."),
    "privee-interet-general": tr_noop("Private data of general interest: produced by private actors without a "
                                      "public mission (mobility apps, rental platforms…). Access and publication "
                                      "depend on agreements."),
}

#: Access level -> (offer open licences?, why), the policy.status licence rules as the form applies them.
_LICENCE_RULE = {
    OPEN_ACCESS: (True, tr_noop("Open data: only open licences are offered.")),
    SHARED_ACCESS: (False, tr_noop("Shared data: only non-open licences are offered.")),
    CLOSED_ACCESS: (False, tr_noop("Closed data: only non-open licences are offered.")),
}


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


class TagEditor(QDialog):
    """Edit the records of ``layers`` (layer objects or ids of the project)."""

    applied = pyqtSignal(list)  # ids of the layers written

    def __init__(self, iface, layers, profile=None, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.profile = profile or None
        project = QgsProject.instance()
        ids = [layer if isinstance(layer, str) else layer.id() for layer in layers]
        self.layer_ids = [i for i in ids if project.mapLayer(i) is not None]
        if not self.layer_ids:
            raise ValueError("no project layer to describe")
        self.layers = [project.mapLayer(i) for i in self.layer_ids]
        self.vocabularies = api.vocabularies(self.profile)
        self.records = []
        self.inputs = {}
        self.contacts = {}
        self.setObjectName("passerelleTagEditor")
        names = ", ".join(layer.name() for layer in self.layers)
        self.setWindowTitle(tr("Passerelle: describe {}").format(names) if len(self.layers) == 1 else
                            tr("Passerelle: describe {count} layers").format(count=len(self.layers)))
        self.resize(720, 640)
        self._build()
        self.load()

    # -- form -------------------------------------------------------------------------------------
    def _build(self):
        from qgis.gui import QgsDateEdit, QgsFileWidget

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tagTabs")
        scope = QLabel(self)
        scope.setObjectName("tagScope")
        scope.setWordWrap(True)
        if len(self.layers) > 1:
            scope.setText(tr("Editing {count} layers: {names}. Fields you leave alone keep each layer's own "
                             "value.").format(count=len(self.layers), names=", ".join(l.name() for l in self.layers)))
        else:
            scope.setText(tr("Layer: {}").format(self.layers[0].name()))
        self.scope = scope

        def page(title):
            widget = QWidget(self.tabs)
            form = QFormLayout(widget)
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            self.tabs.addTab(widget, title)
            return form

        def line(name, form, label, cls=_TextInput, tip=""):
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{name}")
            if tip:
                edit.setToolTip(tip)
            form.addRow(label, edit)
            self.inputs[name] = cls(edit)
            return edit

        def paragraph(name, form, label):
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
            form.addRow(label, edit)
            self.inputs[name] = _TextInput(edit)
            return edit

        def combo(name, form, label):
            box = VocabularyCombo(self)
            box.setObjectName(f"field_{name}")
            scheme = VOCABULARY_FIELDS[name]
            if scheme in self.vocabularies:
                box.set_concepts([c for c in self.vocabularies[scheme].concepts.values() if not c.deprecated])
            else:
                box.setEnabled(False)
            form.addRow(label, box)
            self.inputs[name] = _ComboInput(box, self.vocabularies)
            return box

        def help_label(name):
            note = QLabel(self)
            note.setObjectName(f"help_{name}")
            note.setWordWrap(True)
            note.setStyleSheet("color: #4a4a4a; font-style: italic")
            return note

        # Description
        form = page(tr("&Description"))
        line("title", form, tr("&Title"))
        paragraph("abstract", form, tr("A&bstract"))
        line("keywords", form, tr("&Keywords"), _ListInput, tr("Comma separated"))
        self.themes = ThemePicker(self)
        self.themes.setObjectName("field_themes")
        self.themes.set_schemes([(tr(THEME_TITLES[key]), list(self.vocabularies[key].concepts.values()))
                                 for key in THEME_SCHEMES if key in self.vocabularies])
        form.addRow(tr("T&hemes"), self.themes)

        # Status
        form = page(tr("&Status"))
        combo("access", form, tr("Access le&vel"))
        self.access_help = help_label("access")
        form.addRow("", self.access_help)
        combo("nature", form, tr("&Nature"))
        self.nature_help = help_label("nature")
        form.addRow("", self.nature_help)
        combo("legal_basis", form, tr("Access restriction &ground"))
        combo("licence", form, tr("&Licence"))
        self.licence_help = help_label("licence")
        form.addRow("", self.licence_help)

        # Coverage
        form = page(tr("&Coverage"))
        combo("granularity", form, tr("&Granularity"))
        combo("frequency", form, tr("Update &frequency"))
        combo("lifecycle", form, tr("&Progress status"))
        line("place", form, tr("Covered &territory"))
        for name, label in (("created", tr("Creatio&n date")), ("revised", tr("Last &update")),
                            ("published", tr("Pu&blication date"))):
            edit = QgsDateEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.setAllowNull(True)
            edit.setDisplayFormat(tr("yyyy-MM-dd"))
            edit.setCalendarPopup(True)
            form.addRow(label, edit)
            self.inputs[name] = _DateInput(edit)
        self.derived = {}
        for name, label in (("extent", tr("Extent (WGS84)")), ("crs", tr("Coordinate reference system")),
                            ("features", tr("Feature count"))):
            edit = QLineEdit(self)
            edit.setObjectName(f"derived_{name}")
            edit.setReadOnly(True)
            edit.setFocusPolicy(Qt.ClickFocus)
            edit.setToolTip(tr("Derived from the data: updated by QGIS, not editable."))
            form.addRow(label, edit)
            self.derived[name] = edit

        # Contacts
        widget = QWidget(self.tabs)
        layout = QVBoxLayout(widget)
        self.tabs.addTab(widget, tr("C&ontacts"))
        labels = {"organisation": tr("Organisation"), "name": tr("Name"), "email": tr("E-mail"),
                  "phone": tr("Phone"), "siret": tr("SIRET")}
        for slot, title in (("contact", tr("Point of contact")), ("producer", tr("Producer"))):
            group = QGroupBox(title, widget)
            form = QFormLayout(group)
            self.contacts[slot] = {}
            for part in CONTACT_PARTS[slot]:
                edit = QLineEdit(group)
                edit.setObjectName(f"field_{slot}_{part}")
                form.addRow(labels[part], edit)
                self.contacts[slot][part] = _TextInput(edit)
            layout.addWidget(group)
        layout.addStretch(1)

        # Origin
        form = page(tr("Or&igin"))
        paragraph("lineage", form, tr("&Lineage"))
        self.schema = QgsFileWidget(self)
        self.schema.setObjectName("field_schema")
        self.schema.setFilter(tr("Table Schema (*.json)"))
        self.schema.lineEdit().setPlaceholderText(tr("URL or file of the Table Schema the data follows"))
        form.addRow(tr("Data sc&hema"), self.schema)
        self.inputs["schema"] = _TextInput(self.schema.lineEdit())
        self.schema.fileChanged.connect(lambda _path: self.inputs["schema"]._mark())

        self.error = QLabel(self)
        self.error.setObjectName("tagError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.error.hide()

        self.apply_button = QPushButton(tr("&Apply"), self)
        self.apply_button.setObjectName("tagApply")
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(tr("Write the edited fields into every layer (nothing is written before)."))
        self.reset_button = QPushButton(tr("&Reset"), self)
        self.reset_button.setObjectName("tagReset")
        self.reset_button.setAutoDefault(False)
        self.close_button = QPushButton(tr("Clos&e"), self)
        self.close_button.setObjectName("tagClose")
        self.close_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.load)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reset_button, self.close_button, self.apply_button):
            buttons.addWidget(button)
        QWidget.setTabOrder(self.reset_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scope)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.inputs["access"].widget.currentIndexChanged.connect(self._status_changed)
        self.inputs["access"].widget.editTextChanged.connect(self._status_changed)
        self.inputs["nature"].widget.currentIndexChanged.connect(self._status_changed)
        self.inputs["nature"].widget.editTextChanged.connect(self._status_changed)

    def combo(self, name) -> VocabularyCombo:
        return self.inputs[name].widget

    def contact_edit(self, slot, part) -> QLineEdit:
        return self.contacts[slot][part].widget

    # -- values -----------------------------------------------------------------------------------
    def load(self):
        """Show the layers' current records; forget every edit."""
        self.records = [api.record(layer) for layer in self.layers]
        self.bases = [api.shown_version(layer) for layer in self.layers]  # a colleague's save since: refused
        for name, field in self.inputs.items():
            field.set([getattr(record, name) for record in self.records])
        self.themes.set_values([record.themes for record in self.records])
        for slot, parts in self.contacts.items():
            for part, field in parts.items():
                field.set([getattr(getattr(record, slot), part) for record in self.records])
        self._show_derived()
        self._licences_for = ""  # filter the licences again for what was loaded
        self._status_changed()
        self.error.hide()

    def _show_derived(self):
        extents = [r.extent for r in self.records if r.extent is not None]
        if extents:
            box = QgsRectangle(extents[0].west, extents[0].south, extents[0].east, extents[0].north)
            for e in extents[1:]:
                box.combineExtentWith(QgsRectangle(e.west, e.south, e.east, e.north))
            self.derived["extent"].setText(tr("W {w:.5f}, S {s:.5f}, E {e:.5f}, N {n:.5f}").format(
                w=box.xMinimum(), s=box.yMinimum(), e=box.xMaximum(), n=box.yMaximum()))
        else:
            self.derived["extent"].setText(tr("none (table without geometry)"))
        crs = sorted({layer.crs().authid() or tr("none") for layer in self.layers})
        if len(self.layers) == 1 and self.layers[0].crs().isValid():
            crs = [f"{self.layers[0].crs().authid()} — {self.layers[0].crs().description()}"]
        self.derived["crs"].setText(", ".join(crs))
        counts = [layer.featureCount() for layer in self.layers if isinstance(layer, QgsVectorLayer)]
        self.derived["features"].setText(
            str(sum(counts)) if len(self.layers) == 1 or not counts
            else tr("{total} in {count} layers").format(total=sum(counts), count=len(counts)))

    def _concept_code(self, name):
        value = self.combo(name).value()
        if value is None:
            # Several layers sharing one value that was not edited: explain that value.
            values = {getattr(r, name) for r in self.records}
            value = values.pop() if len(values) == 1 and not self.combo(name).touched else None
        concept = self.vocabularies.concept(value) if value else None
        if concept is None and value and VOCABULARY_FIELDS[name] in self.vocabularies:
            concept = self.vocabularies[VOCABULARY_FIELDS[name]].find(value)
        return concept

    def _status_changed(self, *_):
        lang = language()
        for name, note in (("access", self.access_help), ("nature", self.nature_help)):
            concept = self._concept_code(name)
            if concept is None:
                note.setText("")
            elif concept.code in STATUS_HELP:
                note.setText(tr(STATUS_HELP[concept.code]))
            else:
                note.setText(concept.definition.get(lang) or concept.definition.get("en", ""))
        access = self._concept_code("access")
        # Picking an access level changes both the index and the text: filter once per access level.
        if getattr(self, "_licences_for", None) != (access.uri if access else None):
            self._licences_for = access.uri if access else None
            self._filter_licences(access)

    def _filter_licences(self, access):
        box = self.combo("licence")
        if "licence" not in self.vocabularies:
            return
        rule = _LICENCE_RULE.get(access.uri) if access is not None else None
        concepts = [c for c in self.vocabularies["licence"].concepts.values() if not c.deprecated]
        if rule is not None:
            concepts = [c for c in concepts if is_open_licence(c) == rule[0]]
        current = box.value()
        # A licence picked in this form and no longer allowed is dropped; a stored one stays visible.
        box.set_concepts(concepts, keep=not box.touched)
        message = tr(rule[1]) if rule else ""
        if rule is not None and current and current not in {c.uri for c in concepts}:
            concept = self.vocabularies.concept(current) or self.vocabularies["licence"].find(current)
            message += " " + tr("« {} » does not suit this access level: choose another licence.").format(
                concept.label(language()) if concept else current)
        self.licence_help.setText(message.strip())

    def edited_fields(self) -> list:
        """Names of the record fields the person changed."""
        names = [name for name, field in self.inputs.items() if field.touched]
        if self.themes.touched:
            names.append("themes")
        names += [slot for slot, parts in self.contacts.items() if any(f.touched for f in parts.values())]
        return names

    def fields_for(self, record) -> dict:
        """What ``api.tag`` receives for one layer: edited values, merged with that layer's own."""
        fields = {name: field.value() for name, field in self.inputs.items() if field.touched}
        if self.themes.touched:
            fields["themes"] = self.themes.themes_for(record.themes)
        for slot, parts in self.contacts.items():
            if any(f.touched for f in parts.values()):
                contact = dataclasses.asdict(getattr(record, slot))
                contact.update({part: f.value().strip() for part, f in parts.items() if f.touched})
                fields[slot] = contact
        return fields

    # -- writing ----------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Validate every layer, then write each one with ``api.tag``; True when all were written."""
        from ..catalogue.tagging import apply_fields

        self.error.hide()
        if not self.edited_fields():
            self._fail(tr("Nothing to apply: no field was edited."), Qgis.Info)
            return False
        layers = [QgsProject.instance().mapLayer(i) for i in self.layer_ids]
        if any(layer is None for layer in layers):
            self._fail(tr("A layer of this form was removed from the project: close the editor and open it "
                          "again."))
            return False
        before = [api.record(layer) for layer in layers]
        plans = [self.fields_for(record) for record in before]
        try:  # the validation api.tag runs, for every layer, before writing any
            for record, fields in zip(before, plans):
                apply_fields(record, fields, self.vocabularies)
        except Exception as error:
            self._fail(error_text(error))
            return False
        written = []
        bases = getattr(self, "bases", [None] * len(layers))
        try:
            for layer, fields, base in zip(layers, plans, bases):
                api.tag(layer, profile=self.profile, base=base, **fields)
                written.append(layer)
        except Exception as error:
            self._restore(written, before)
            self._fail(error_text(error) + " " + tr("No layer was changed."))
            return False
        notify(self.iface, tr("Record saved for {count} layer(s): {names}.").format(
            count=len(layers), names=", ".join(l.name() for l in layers)), Qgis.Success, 4)
        self.load()
        self.applied.emit(list(self.layer_ids))
        return True

    def _restore(self, layers, before):
        """Put back the records of the layers written before an error (the file refused, usually)."""
        for layer, record in zip(layers, before):
            try:
                values = {name: getattr(record, name) for name in self.edited_fields()}
                api.tag(layer, profile=self.profile, **values)
            except Exception as error:  # the layer keeps the new values: say so
                log(tr("Could not restore the record of {layer}: {error}").format(
                    layer=layer.name(), error=error_text(error)), Qgis.Critical)

    def _fail(self, message, level=Qgis.Warning):
        self.error.setText(message)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold" if level != Qgis.Info else "")
        self.error.show()
        log(message, level)
