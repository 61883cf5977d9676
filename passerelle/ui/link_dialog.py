"""« Lier à une fiche existante… »: find a record in a catalogue (CSW search), a file or at an address,
see what Passerelle keeps of it, then link it to the layer (:func:`passerelle.api.link_record`).

The search (OWSLib over the network layer) and the reading of the record run in ``QgsTask``s; the
dialog shows the record's fields as they will be on the layer and every finding (values matching no
vocabulary value, with suggestions; values Passerelle cannot keep) before anything is changed.
Linking a record Passerelle did not create lets the next publication update it only when the person
ticks « adopt ».
"""
from __future__ import annotations

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QSplitter,
                                 QTableWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from .. import api
from ..catalogue.findings import severity_label
from . import config
from .common import Task, error_text, language, notify, start, tr
from .widgets import fit_columns, push_button, read_only_table

PAGE_SIZE = 10
HIT_ROLE = Qt.UserRole


class LinkRecordDialog(QDialog):
    """Link one layer to an existing record; ``linked`` is emitted with the layer id once linked."""

    linked = pyqtSignal(str)

    def __init__(self, iface, layer_id: str, profile: str = "", parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.layer_id = layer_id
        self.profile_value = profile
        self.task = None
        self.preview = None  # the LinkedRecord read, shown, not yet linked
        self.page = None
        self.setObjectName("passerelleLinkRecord")
        self.setWindowTitle(tr("Link to an existing record"))
        self.resize(900, 640)
        self._build()
        self._fill_catalogues()

    # -- widgets ----------------------------------------------------------------------------------
    def _build(self):
        layer = QgsProject.instance().mapLayer(self.layer_id)
        layout = QVBoxLayout(self)
        self.layer_label = QLabel(tr("Layer: {name}").format(name=layer.name() if layer else self.layer_id), self)
        layout.addWidget(self.layer_label)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("linkSources")
        self.tabs.addTab(self._search_tab(), tr("Catalogue (CSW)"))
        self.tabs.addTab(self._file_tab(), tr("File"))
        self.tabs.addTab(self._url_tab(), tr("Address (URL)"))
        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._preview_box())
        layout.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.status.setObjectName("linkStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.read_button = push_button(self, tr("&Read the record"), "linkRead",
                                       tooltip=tr("Read the chosen record and show what the layer will keep of it"))
        self.adopt_box = QCheckBox(tr("This record is ours: the next publication may update it (adopt it)"), self)
        self.adopt_box.setObjectName("linkAdopt")
        self.adopt_box.setToolTip(tr("A record Passerelle did not create is only updated on its catalogue when "
                                     "you say it is yours to manage."))
        self.link_button = push_button(self, tr("&Link"), "linkApply", default=True,
                                       tooltip=tr("Give the layer this record: its identifier and its fields"))
        self.close_button = push_button(self, tr("Close"), "linkClose")
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.adopt_box, 1)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.read_button.clicked.connect(self.read_record)
        self.link_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.link_button.setEnabled(False)

    def _search_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.catalogue_combo = QComboBox(tab)
        self.catalogue_combo.setObjectName("linkCatalogue")
        self.catalogue_combo.setEditable(True)
        self.catalogue_combo.setToolTip(tr("A catalogue of the profile, or the address of a CSW catalogue"))
        self.search_text = QLineEdit(tab)
        self.search_text.setObjectName("linkSearchText")
        self.search_text.setPlaceholderText(tr("Words of the title or the abstract…"))
        self.search_button = push_button(tab, tr("&Search"), "linkSearch")
        row.addWidget(QLabel(tr("Catalogue:"), tab))
        row.addWidget(self.catalogue_combo, 2)
        row.addWidget(self.search_text, 2)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.results = read_only_table(tab, "linkResults", [tr("Title"), tr("Identifier"), tr("Type")])
        self.results.setSelectionBehavior(self.results.SelectRows)
        self.results.setSelectionMode(self.results.SingleSelection)
        layout.addWidget(self.results, 1)
        self.abstract = QLabel(tab)
        self.abstract.setObjectName("linkAbstract")
        self.abstract.setWordWrap(True)
        layout.addWidget(self.abstract)
        paging = QHBoxLayout()
        self.previous_button = push_button(tab, tr("< Previous"), "linkPrevious")
        self.page_label = QLabel(tab)
        self.page_label.setObjectName("linkPage")
        self.next_button = push_button(tab, tr("Next >"), "linkNext")
        paging.addWidget(self.previous_button)
        paging.addWidget(self.page_label, 1, Qt.AlignCenter)
        paging.addWidget(self.next_button)
        layout.addLayout(paging)
        self.search_button.clicked.connect(lambda: self.search(1))
        self.search_text.returnPressed.connect(lambda: self.search(1))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.results.itemSelectionChanged.connect(self._hit_selected)
        self.results.itemDoubleClicked.connect(lambda *_: self.read_record())
        self._paging()
        return tab

    def _file_tab(self) -> QWidget:
        from qgis.gui import QgsFileWidget

        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(tr("An ISO 19139 record saved as a file (XML):"), tab))
        self.file_widget = QgsFileWidget(tab)
        self.file_widget.setObjectName("linkFile")
        self.file_widget.setFilter(tr("ISO 19139 records (*.xml)"))
        layout.addWidget(self.file_widget)
        layout.addStretch(1)
        return tab

    def _url_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(tr("The address of one record in ISO 19139 (a GeoNetwork record's XML, a CSW "
                                   "GetRecordById…):"), tab))
        self.url_field = QLineEdit(tab)
        self.url_field.setObjectName("linkUrl")
        self.url_field.setPlaceholderText("https://…")
        layout.addWidget(self.url_field)
        layout.addStretch(1)
        return tab

    def _preview_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.origin_label = QLabel(box)
        self.origin_label.setObjectName("linkOrigin")
        self.origin_label.setWordWrap(True)
        layout.addWidget(self.origin_label)
        panes = QSplitter(Qt.Horizontal, box)
        self.fields = read_only_table(panes, "linkFields", [tr("Field"), tr("Value on the layer")])
        self.findings = QTreeWidget(panes)
        self.findings.setObjectName("linkFindings")
        self.findings.setHeaderLabels([tr("Severity"), tr("What Passerelle says")])
        self.findings.setRootIsDecorated(False)
        self.findings.setWordWrap(True)
        panes.addWidget(self.fields)
        panes.addWidget(self.findings)
        layout.addWidget(panes, 1)
        return box

    def _fill_catalogues(self):
        """The profile's catalogues that answer CSW (csw and local targets), then any address typed."""
        self.catalogue_combo.clear()
        try:
            profile = api.context(self.profile()).profile
        except Exception as error:  # an unreadable profile: the search takes an address
            self.status.setText(error_text(error))
            return
        for name, settings in profile.targets.items():
            if settings.get("type") in ("csw", "local"):
                self.catalogue_combo.addItem(f"{settings.get('title') or name} ({name})", name)

    def profile(self):
        return config.effective_profile(self.profile_value or "")

    # -- search -----------------------------------------------------------------------------------
    def catalogue(self) -> str:
        """The chosen profile target, or the address typed in the box."""
        index = self.catalogue_combo.currentIndex()
        text = self.catalogue_combo.currentText().strip()
        if index >= 0 and text == self.catalogue_combo.itemText(index):
            return self.catalogue_combo.itemData(index) or text
        return text

    def search(self, start_at: int = 1) -> bool:
        where, words = self.catalogue(), self.search_text.text().strip()
        if not where:
            self.status.setText(tr("Choose a catalogue or type the address of a CSW catalogue."))
            return False
        profile = self.profile()

        def work(_task):
            return api.search_catalogue(where, words, start=start_at, limit=PAGE_SIZE, profile=profile)
        return self._start(tr("Passerelle: searching the catalogue"), work, self._searched,
                           tr("Searching {where}…").format(where=where))

    def _searched(self, task):
        self._done()
        if task.error is not None:
            self.status.setText(tr("The search failed: {}").format(error_text(task.error)))
            return
        self.page = task.result
        self.results.setRowCount(0)
        for hit in self.page.hits:
            row = self.results.rowCount()
            self.results.insertRow(row)
            title = QTableWidgetItem(hit.title or hit.identifier)
            title.setData(HIT_ROLE, hit)
            title.setToolTip(hit.abstract[:600])
            self.results.setItem(row, 0, title)
            self.results.setItem(row, 1, QTableWidgetItem(hit.identifier))
            self.results.setItem(row, 2, QTableWidgetItem(hit.kind))
        fit_columns(self.results)
        self._paging()
        self.status.setText(tr("{count} record(s) found.").format(count=self.page.matched))

    def _paging(self):
        page = self.page
        if page is None or not page.hits:
            self.page_label.setText("")
        else:
            last = page.start + len(page.hits) - 1
            self.page_label.setText(tr("Records {first}–{last} of {count}").format(first=page.start, last=last,
                                                                                   count=page.matched))
        self.previous_button.setEnabled(page is not None and page.start > 1)
        self.next_button.setEnabled(page is not None and page.next > 0)

    def previous_page(self):
        if self.page is not None and self.page.start > 1:
            self.search(max(1, self.page.start - PAGE_SIZE))

    def next_page(self):
        if self.page is not None and self.page.next:
            self.search(self.page.next)

    def selected_hit(self):
        items = self.results.selectedItems()
        return self.results.item(items[0].row(), 0).data(HIT_ROLE) if items else None

    def _hit_selected(self):
        hit = self.selected_hit()
        self.abstract.setText(hit.abstract[:800] if hit is not None else "")

    # -- reading and linking ----------------------------------------------------------------------
    def source(self):
        """What api.existing_record reads, from the tab in front; None when nothing is chosen."""
        tab = self.tabs.currentIndex()
        if tab == 0:
            hit = self.selected_hit()
            if hit is None:
                return None
            where = self.catalogue()
            key = "target" if where in [self.catalogue_combo.itemData(i) for i in range(self.catalogue_combo.count())] \
                else "csw"
            return {key: where, "identifier": hit.identifier}
        if tab == 1:
            return self.file_widget.filePath().strip() or None
        return self.url_field.text().strip() or None

    def read_record(self) -> bool:
        source = self.source()
        if source is None:
            self.status.setText(tr("Choose a record first: a search result, a file or an address."))
            return False
        profile, layer_id = self.profile(), self.layer_id

        def work(_task):
            context = api.context(profile)
            linked = api.existing_record(source, layer=layer_id, context=context)
            return linked, preview_rows(linked.record, context.vocabularies, language())
        self.link_button.setEnabled(False)
        return self._start(tr("Passerelle: reading the record"), work, self._read, tr("Reading the record…"))

    def _read(self, task):
        self._done()
        if task.error is not None:
            self.preview = None
            self.fields.setRowCount(0)
            self.findings.clear()
            self.origin_label.setText("")
            self.status.setText(tr("The record cannot be linked: {}").format(error_text(task.error)))
            return
        self.preview, rows = task.result
        origin = self.preview.origin.describe(language())
        self.origin_label.setText(tr("{origin}: « {title} ».").format(origin=origin[:1].upper() + origin[1:],
                                                                      title=self.preview.read.title))
        self.fields.setRowCount(0)
        for label, value in rows:
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            self.fields.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.fields.setItem(row, 1, item)
        fit_columns(self.fields)
        self.findings.clear()
        for finding in self.preview.findings:
            item = QTreeWidgetItem(self.findings, [severity_label(finding.severity, language()),
                                                   finding.message(language())])
            item.setToolTip(1, finding.message(language()))
            item.setData(0, Qt.UserRole, finding.code)
        self.findings.resizeColumnToContents(0)
        self.link_button.setEnabled(True)
        self.status.setText(tr("Check the fields and what Passerelle says, then link the record to the layer."))

    def apply(self) -> bool:
        """Link the record read to the layer (quick: the record is already read)."""
        if self.preview is None:
            return False
        layer = QgsProject.instance().mapLayer(self.layer_id)
        if layer is None:
            self.status.setText(tr("The layer was removed from the project."))
            return False
        try:
            linked = api.link_record(layer, self.preview, profile=self.profile(), adopt=self.adopt_box.isChecked())
        except Exception as error:
            self.status.setText(tr("The record cannot be linked: {}").format(error_text(error)))
            return False
        notify(self.iface, tr("Layer « {layer} » linked to record {identifier}.").format(
            layer=layer.name(), identifier=linked.record.identifier), Qgis.Success, 5)
        self.linked.emit(self.layer_id)
        self.accept()
        return True

    # -- background work --------------------------------------------------------------------------
    def _start(self, description: str, work, done, message: str) -> bool:
        if self.task is not None:
            return False
        self.task = Task(description, work, done)
        self.status.setText(message)
        for button in (self.search_button, self.read_button, self.previous_button, self.next_button):
            button.setEnabled(False)
        start(self.task)
        return True

    def _done(self):
        self.task = None
        self.search_button.setEnabled(True)
        self.read_button.setEnabled(True)
        self._paging()

    def reject(self):
        if self.task is not None:
            self.task.cancel()
        super().reject()


def preview_rows(record, vocabularies, lang: str = "fr") -> list:
    """(field label, value) of a record, as the person reads them: labels of concepts, not URIs."""
    from ..catalogue.checks.common import field_label

    def label(uri):
        concept = vocabularies.concept(uri) if uri else None
        return concept.label(lang) if concept is not None else (uri or "")

    def party(contact):
        return ", ".join(p for p in (contact.organisation, contact.name, contact.email, contact.role) if p)

    def day(value):
        return value.isoformat() if value else ""

    extent = record.extent
    rows = [("identifier", record.identifier), ("title", record.title), ("abstract", record.abstract[:300]),
            ("keywords", ", ".join(record.keywords + [w for ws in record.vocabulary_keywords.values() for w in ws])),
            ("themes", ", ".join(label(u) for u in record.themes)), ("access", label(record.access)),
            ("nature", label(record.nature)), ("frequency", label(record.frequency)),
            ("licence", label(record.licence) or "; ".join(record.other_licences)),
            ("producer", party(record.producer)), ("contact", party(record.contact)),
            ("contacts", "; ".join(party(c) for c in record.contacts)),
            ("extent", (f"{extent.west:g}, {extent.south:g}, {extent.east:g}, {extent.north:g}" if extent else "")
             + (f" (+{len(record.other_extents)})" if record.other_extents else "")),
            ("temporal_start", " – ".join(filter(None, (day(record.temporal_start), day(record.temporal_end))))),
            ("created", day(record.created)), ("revised", day(record.revised)), ("published", day(record.published)),
            ("lineage", record.lineage[:300])]
    return [(field_label(name, lang), value) for name, value in rows if value]
