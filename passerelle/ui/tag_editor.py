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
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .. import api
from ..catalogue.terms import CLOSED_ACCESS, OPEN_ACCESS, SHARED_ACCESS, VOCABULARY_FIELDS, is_open_licence
from .common import error_text, language, log, notify, tr, tr_noop
from .tag_form import TagForm
from .vocabulary_widgets import VocabularyCombo
from .widgets import push_button

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
        self.setObjectName("passerelleTagEditor")
        names = ", ".join(layer.name() for layer in self.layers)
        self.setWindowTitle(tr("Passerelle: describe {}").format(names) if len(self.layers) == 1 else
                            tr("Passerelle: describe {count} layers").format(count=len(self.layers)))
        self.resize(720, 640)
        self._build()
        self.load()

    # -- form -------------------------------------------------------------------------------------
    def _build(self):
        form = TagForm(self, self.vocabularies)
        self.tabs = form.build()
        self.inputs, self.contacts, self.derived, self.themes = form.inputs, form.contacts, form.derived, form.themes
        self.access_help, self.nature_help, self.licence_help = (form.notes[n] for n in ("access", "nature", "licence"))
        self.scope = self._scope_label()
        self.error = QLabel(self)
        self.error.setObjectName("tagError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        for name in ("access", "nature"):
            self.combo(name).currentIndexChanged.connect(self._status_changed)
            self.combo(name).editTextChanged.connect(self._status_changed)

    def _scope_label(self) -> QLabel:
        scope = QLabel(self)
        scope.setObjectName("tagScope")
        scope.setWordWrap(True)
        names = ", ".join(layer.name() for layer in self.layers)
        if len(self.layers) > 1:
            scope.setText(tr("Editing {count} layers: {names}. Fields you leave alone keep each layer's own "
                             "value.").format(count=len(self.layers), names=names))
        else:
            scope.setText(tr("Layer: {}").format(self.layers[0].name()))
        return scope

    def _buttons(self) -> QHBoxLayout:
        self.apply_button = push_button(self, tr("&Apply"), "tagApply", default=True,
                                        tooltip=tr("Write the edited fields into every layer (nothing is written "
                                                   "before)."))
        self.reset_button = push_button(self, tr("&Reset"), "tagReset")
        self.close_button = push_button(self, tr("Clos&e"), "tagClose")
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.load)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reset_button, self.close_button, self.apply_button):
            buttons.addWidget(button)
        QWidget.setTabOrder(self.reset_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.apply_button)
        return buttons

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
            count=len(layers), names=", ".join(layer.name() for layer in layers)), Qgis.Success, 4)
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
