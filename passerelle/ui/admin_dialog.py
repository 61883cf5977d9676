"""Administration: the submissions awaiting review on the profile's portals, and the decision on each.

The queue is ``api.review_queue`` (read in a ``QgsTask``): each submission with its author organisation,
its date and the check report of the record as received. Selecting one lists its findings and outlines
its extent on the map (a rubber band on the canvas, zoomed to it: nothing is added to the project).
*Approuver* and *Refuser* call ``api.review`` in a ``QgsTask``; a refusal needs a comment, which is what
the author reads in the publication status.
"""
from __future__ import annotations

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject,
                       QgsRectangle, QgsWkbTypes)
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                                 QPlainTextEdit, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from .. import api
from . import config
from .common import Task, error_text, language, log, notify, start, tr
from .widgets import push_button

SUBMISSION_ROLE = Qt.UserRole
SEVERITY_COLOURS = {"error": "#d32f2f", "warning": "#ef6c00", "info": "#1565c0"}
WGS84 = "EPSG:4326"
PREVIEW_MARGIN = 0.1  # of the extent's size, around it when the map zooms to it


class AdminDialog(QDialog):
    """The review queue of one profile (see the module docstring); ``decided`` once a decision is taken."""

    decided = pyqtSignal()
    listed = pyqtSignal()

    def __init__(self, iface, profile_value: str = "", parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.task = None
        self.submissions = []
        self.rubber_band = None
        self.setObjectName("passerelleAdmin")
        self.setWindowTitle(tr("Passerelle: administration"))
        self.resize(980, 640)
        self._build()
        self.fill_profiles(profile_value)
        self.profile_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self._selection_changed()

    # -- widgets ----------------------------------------------------------------------------------
    def _build(self):
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("adminProfile")
        label = QLabel(tr("Pro&file:"), self)
        label.setBuddy(self.profile_combo)
        self.refresh_button = push_button(self, tr("&Refresh"), "adminRefresh",
                                          tooltip=tr("Read the submissions awaiting review again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.profile_combo, 1)
        top.addWidget(self.refresh_button)

        self.queue = QTreeWidget(self)
        self.queue.setObjectName("adminQueue")
        self.queue.setHeaderLabels([tr("Record"), tr("Organisation"), tr("Target"), tr("Submitted"), tr("Errors"),
                                    tr("Warnings")])
        self.queue.setRootIsDecorated(False)
        self.queue.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queue.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.queue.header().setStretchLastSection(False)
        self.queue.itemSelectionChanged.connect(self._selection_changed)

        self.details = QLabel(self)
        self.details.setObjectName("adminDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.findings = QTreeWidget(self)
        self.findings.setObjectName("adminFindings")
        self.findings.setHeaderLabels([tr("Severity"), tr("Code"), tr("Message")])
        self.findings.setRootIsDecorated(False)
        self.findings.setWordWrap(True)
        self.findings.header().setSectionResizeMode(2, QHeaderView.Stretch)
        self.findings.header().setStretchLastSection(False)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("adminComment")
        self.comment.setPlaceholderText(tr("Comment for the author (required to reject): what to correct, and why"))
        self.comment.setMaximumHeight(90)
        self.open_button = push_button(self, tr("&Open on the portal"), "adminOpen")
        self.approve_button = push_button(self, tr("&Approve"), "adminApprove",
                                          tooltip=tr("Make the record public on the portal"))
        self.reject_button = push_button(self, tr("Re&ject"), "adminReject",
                                         tooltip=tr("Send the record back to its author with the comment"))
        self.open_button.clicked.connect(self.open_on_portal)
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details)
        findings_label = QLabel(tr("Check report of the record as received:"), side)
        findings_label.setBuddy(self.findings)
        side_layout.addWidget(findings_label)
        side_layout.addWidget(self.findings, 1)
        comment_label = QLabel(tr("&Comment:"), side)
        comment_label.setBuddy(self.comment)
        side_layout.addWidget(comment_label)
        side_layout.addWidget(self.comment)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel(self)
        self.status.setObjectName("adminStatus")
        self.status.setWordWrap(True)
        close = push_button(self, tr("Clos&e"), "adminClose")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def fill_profiles(self, wanted: str = ""):
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for value, text in config.profile_choices():
            if value:
                self.profile_combo.addItem(text, value)
        index = self.profile_combo.findData(wanted or config.current_profile())
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)

    def profile(self):
        """The chosen profile with this administrator's settings (their reviewer accounts) applied."""
        return config.effective_profile(self.profile_combo.currentData() or "")

    # -- the queue --------------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Read the queue in the background."""
        if self.task is not None:
            return False
        try:
            profile = self.profile()
        except Exception as error:
            self._say(error_text(error), Qgis.Warning)
            return False
        if profile is None:
            self._say(tr("Choose the profile of the portals you review."))
            return False
        self.task = Task(tr("Passerelle: reading the review queue"), lambda task: api.review_queue(profile),
                         self._listed)
        self._busy(True)
        self._say(tr("Reading the submissions awaiting review…"))
        start(self.task)
        return True

    def _listed(self, task):
        self.task = None
        self._busy(False)
        if task.error is not None:
            self.show_queue([])
            self._say(error_text(task.error), Qgis.Warning)
            self.listed.emit()
            return
        self.show_queue(task.result or [])
        self._say(tr("{count} submission(s) awaiting review.").format(count=len(self.submissions)))
        self.listed.emit()

    def show_queue(self, submissions) -> None:
        self.submissions = list(submissions)
        self.queue.clear()
        for submission in self.submissions:
            item = QTreeWidgetItem(self.queue, [submission.title or submission.identifier, submission.organisation,
                                                submission.target, _day(submission.submitted),
                                                str(len(submission.errors)), str(len(submission.warnings))])
            item.setData(0, SUBMISSION_ROLE, submission.identifier)
            item.setToolTip(0, submission.identifier)
            if submission.errors:
                item.setForeground(4, QBrush(QColor(SEVERITY_COLOURS["error"])))
        for column in range(1, 6):
            self.queue.resizeColumnToContents(column)
        if self.submissions:
            self.queue.setCurrentItem(self.queue.topLevelItem(0))
        self._selection_changed()

    def selected(self):
        items = self.queue.selectedItems()
        if not items:
            return None
        identifier, target = items[0].data(0, SUBMISSION_ROLE), items[0].text(2)
        return next((s for s in self.submissions if s.identifier == identifier and s.target == target), None)

    def _selection_changed(self):
        submission = self.selected()
        self.findings.clear()
        chosen = submission is not None and self.task is None
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(chosen)
        self.open_button.setEnabled(chosen and bool(submission.url))
        if submission is None:
            self.details.setText(tr("Select a submission to read its check report."))
            self.preview(None)
            return
        lang = language()
        self.details.setText(tr("{title} — submitted by {author} ({organisation}) on {date} to « {target} »; "
                                "record {identifier}.").format(
            title=submission.title, author=submission.author or tr("an unknown account"),
            organisation=submission.organisation or "?", date=_day(submission.submitted) or "?",
            target=submission.target, identifier=submission.identifier))
        for finding in submission.findings:
            item = QTreeWidgetItem(self.findings, [_severity(finding.severity), finding.code,
                                                   finding.message(lang)])
            item.setForeground(0, QBrush(QColor(SEVERITY_COLOURS.get(finding.severity, "#000000"))))
            item.setToolTip(2, finding.message(lang))
        if not submission.findings:
            QTreeWidgetItem(self.findings, ["", "", tr("No problem found in the record as received.")])
        self.preview(submission)

    # -- the map ----------------------------------------------------------------------------------
    def canvas(self):
        return self.iface.mapCanvas() if self.iface is not None else None

    def preview(self, submission) -> bool:
        """Outline the submission's extent on the map and zoom to it; clears the outline for None."""
        canvas = self.canvas()
        if canvas is None:
            return False
        if self.rubber_band is None:
            from qgis.gui import QgsRubberBand

            self.rubber_band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
            self.rubber_band.setColor(QColor(211, 47, 47, 200))
            self.rubber_band.setFillColor(QColor(211, 47, 47, 40))
            self.rubber_band.setWidth(2)
        extent = submission.extent if submission is not None else None
        if extent is None:
            self.rubber_band.reset(QgsWkbTypes.PolygonGeometry)
            return False
        west, south, east, north = extent
        box = QgsRectangle(west, south, east, north)
        self.rubber_band.setToGeometry(QgsGeometry.fromRect(box), QgsCoordinateReferenceSystem(WGS84))
        destination = canvas.mapSettings().destinationCrs()
        shown = box
        if destination.isValid() and destination.authid() != WGS84:
            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), destination,
                                               QgsProject.instance())
            shown = transform.transformBoundingBox(box)
        margin_x, margin_y = shown.width() * PREVIEW_MARGIN or 0.001, shown.height() * PREVIEW_MARGIN or 0.001
        canvas.setExtent(QgsRectangle(shown.xMinimum() - margin_x, shown.yMinimum() - margin_y,
                                      shown.xMaximum() + margin_x, shown.yMaximum() + margin_y))
        canvas.refresh()
        return True

    def open_on_portal(self) -> bool:
        submission = self.selected()
        if submission is None or not submission.url:
            return False
        return QDesktopServices.openUrl(QUrl(submission.url))

    # -- decisions --------------------------------------------------------------------------------
    def decide(self, decision: str) -> bool:
        """Approve or reject the selected submission in the background; a refusal needs a comment."""
        submission = self.selected()
        if submission is None or self.task is not None:
            return False
        comment = self.comment.toPlainText().strip()
        if decision == "reject" and not comment:
            self._say(tr("Write in the comment what the author must correct: it is what they will read."),
                      Qgis.Warning)
            self.comment.setFocus()
            return False
        profile = self.profile()
        identifier, target = submission.identifier, submission.target

        def work(task):
            return api.review(identifier, profile, decision=decision, comment=comment, targets=[target])

        self.task = Task(tr("Passerelle: review decision"), work, self._decided)
        self.task.submission = submission
        self.task.decision = decision
        self._busy(True)
        self._say(tr("Approving « {} »…").format(submission.title) if decision == "approve"
                  else tr("Rejecting « {} »…").format(submission.title))
        start(self.task)
        return True

    def _decided(self, task):
        self.task = None
        self._busy(False)
        submission = task.submission
        if task.error is not None:
            message = tr("Decision on « {title} » not recorded: {reason}").format(
                title=submission.title, reason=error_text(task.error))
            self._say(message, Qgis.Critical)
            return
        message = (tr("« {title} » approved: it is public on « {target} ».") if task.decision == "approve" else
                   tr("« {title} » rejected: its author will read your comment.")).format(
            title=submission.title, target=submission.target)
        log(message, Qgis.Success)
        notify(self.iface, message, Qgis.Success, 5)
        self.comment.clear()
        self.show_queue([s for s in self.submissions if s is not submission])
        self.status.setText(message)
        self.decided.emit()

    # -- plumbing ---------------------------------------------------------------------------------
    def _busy(self, busy: bool):
        self.refresh_button.setEnabled(not busy)
        self.profile_combo.setEnabled(not busy)
        chosen = not busy and self.selected() is not None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def _say(self, message: str, level=Qgis.Info):
        self.status.setText(message)
        log(message, level)
        if level in (Qgis.Warning, Qgis.Critical):
            notify(self.iface, message, level)

    def done(self, result):  # Qt API: closing, Escape and the Close button all end here
        if self.rubber_band is not None and self.canvas() is not None:
            self.canvas().scene().removeItem(self.rubber_band)
            self.rubber_band = None
        if self.task is not None:
            self.task.cancel()
        super().done(result)


def _day(value: str) -> str:
    """``2026-11-03T09:12:00+00:00`` -> ``2026-11-03 09:12`` (as GeoNetwork and the portals give dates)."""
    text = str(value or "").replace("T", " ")
    return text[:16]


def _severity(severity: str) -> str:
    return {"error": tr("error"), "warning": tr("warning"), "info": tr("information")}.get(severity, severity)
