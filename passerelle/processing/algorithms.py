"""Processing algorithms: thin wrappers over :mod:`passerelle.api`."""
from __future__ import annotations

import dataclasses
import os

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingOutputVectorLayer,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication

from .. import api
from ..catalogue.errors import PasserelleError


def tr(text):
    return QCoreApplication.translate("Passerelle", text)


def tr_noop(text):
    """Marks a literal for translation where it is defined; tr() translates it where shown."""
    return text


class _Base(QgsProcessingAlgorithm):
    def group(self):
        return tr("Catalogue")

    def groupId(self):  # noqa: N802
        return "catalogue"

    def createInstance(self):  # noqa: N802
        return type(self)()

    def _call(self, action, feedback):
        try:
            return action()
        except PasserelleError as error:
            # The French message is what the agent reads in the Processing log.
            raise QgsProcessingException(f"[{error.code}] {error.message_fr}") from error


# Tag fields offered in the dialog, as (parameter, api field, label).
_TAG_FIELDS = (
    ("TITLE", "title", tr_noop("Title")), ("ABSTRACT", "abstract", tr_noop("Abstract")),
    ("ACCESS", "access", tr_noop("Access level (ouverte, partagee, fermee)")),
    ("NATURE", "nature", tr_noop("Nature (personnelle, publique, interet-general, privee-interet-general)")),
    ("GRANULARITY", "granularity", tr_noop("Spatial granularity (fr:commune, fr:epci, poi...)")),
    ("FREQUENCY", "frequency", tr_noop("Update frequency (annual, monthly, annuelle...)")),
    ("LICENCE", "licence", tr_noop("Licence (etalab-2.0, ODbL-1.0...)")),
    ("THEMES", "themes", tr_noop("Themes, comma separated (INSPIRE codes or URIs: us, tn...)")),
    ("KEYWORDS", "keywords", tr_noop("Keywords, comma separated")),
    ("CONTACT_ORGANISATION", None, tr_noop("Contact organisation")), ("CONTACT_EMAIL", None, tr_noop("Contact e-mail")),
    ("LAST_REVISION", "last_revision", tr_noop("Last revision date (YYYY-MM-DD)")),
    ("LINEAGE", "lineage", tr_noop("Lineage")), ("SCHEMA", "schema", tr_noop("Table Schema (URL or file)")),
)


class TagLayer(_Base):
    def name(self):
        return "taglayer"

    def displayName(self):  # noqa: N802
        return tr("Tag layer")

    def shortHelpString(self):  # noqa: N802
        return tr("Sets the catalogue record of a layer (status, granularity, frequency, themes, licence, "
                  "contact...). Values are codes, URIs or labels from the shared vocabularies; empty "
                  "parameters leave the field unchanged.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Layer"), [QgsProcessing.TypeVector]))
        for key, _field, label in _TAG_FIELDS:
            self.addParameter(QgsProcessingParameterString(key, tr(label), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        fields = {}
        for key, field, _label in _TAG_FIELDS:
            value = self.parameterAsString(parameters, key, context)
            if value and field:
                fields[field] = value
        contact = {k: self.parameterAsString(parameters, p, context)
                   for k, p in (("organisation", "CONTACT_ORGANISATION"), ("email", "CONTACT_EMAIL"))}
        if any(contact.values()):  # the rest of the contact (phone, address, SIRET...) stays as it is
            current = dataclasses.asdict(api.record(layer).contact)
            fields["contact"] = {**current, **{k: v for k, v in contact.items() if v}}
        record = self._call(lambda: api.tag(layer, **fields), feedback)
        feedback.pushInfo(tr("Layer tagged: {}").format(record.identifier))
        return {"IDENTIFIER": record.identifier}


class CheckLayers(_Base):
    def name(self):
        return "checklayers"

    def displayName(self):  # noqa: N802
        return tr("Check layers")

    def shortHelpString(self):  # noqa: N802
        return tr("Checks layers against the shared vocabularies, the status rules (open data, RGPD), "
                  "their declared schema, geometry validity and update freshness. Writes an HTML and a "
                  "CSV report.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers("LAYERS", tr("Layers"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFile("PROFILE", tr("Portal profile (JSON)"), extension="json",
                                                     optional=True))
        self.addParameter(QgsProcessingParameterEnum("TARGET", tr("Headed for"), options=[
            tr("Not decided"), tr("Open target (open data, public services)"),
            tr("Restricted target (partners)"), tr("Internal only")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_HTML", tr("HTML report"),
                                                                tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_CSV", tr("CSV report"),
                                                                tr("CSV files (*.csv)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        profile = self.parameterAsFile(parameters, "PROFILE", context) or None
        target = [(), ("open",), ("restricted",), ("internal",)][self.parameterAsEnum(parameters, "TARGET", context)]
        report = self._call(lambda: api.check(layers, profile, targets=target), feedback)
        html_path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        csv_path = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context)
        with open(html_path, "w", encoding="utf-8") as handle:
            handle.write(report.to_html("fr"))
        with open(csv_path, "w", encoding="utf-8", newline="") as handle:
            handle.write(report.to_csv("fr"))
        for finding in report.findings:
            line = f"{finding.layer} [{finding.severity}] {finding.code}: {finding.message_fr}"
            (feedback.reportError if finding.severity == "error" else feedback.pushInfo)(line)
        return {"OUTPUT_HTML": html_path, "OUTPUT_CSV": csv_path,
                "ERRORS": len(report.errors), "FINDINGS": len(report.findings)}


class ExportCatalogue(_Base):
    def name(self):
        return "exportcatalogue"

    def displayName(self):  # noqa: N802
        return tr("Export catalogue")

    def shortHelpString(self):  # noqa: N802
        return tr("Exports the records of the layers as ISO 19139 (INSPIRE) files, a DCAT-AP catalogue "
                  "(Turtle and JSON-LD) and an SCDL catalogue CSV. The SCDL catalogue needs the public address "
                  "the folder will be served at (its links must be absolute).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers("LAYERS", tr("Layers"), QgsProcessing.TypeVector))
        for key, label in (("ISO19139", tr_noop("ISO 19139 (INSPIRE)")), ("DCAT", tr_noop("DCAT-AP")),
                           ("SCDL", tr_noop("SCDL catalogue (needs the public address)"))):
            self.addParameter(QgsProcessingParameterBoolean(key, tr(label), defaultValue=key != "SCDL"))
        self.addParameter(QgsProcessingParameterString(
            "BASE_URL", tr("Public address the folder will be served at (https://…/catalogue/)"), optional=True))
        self.addParameter(QgsProcessingParameterFile("PROFILE", tr("Portal profile (JSON)"), extension="json",
                                                     optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        formats = [f for f, key in (("iso19139", "ISO19139"), ("dcat", "DCAT"), ("scdl", "SCDL"))
                   if self.parameterAsBoolean(parameters, key, context)]
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        profile = self.parameterAsFile(parameters, "PROFILE", context) or None
        base_url = self.parameterAsString(parameters, "BASE_URL", context).strip()
        written = self._call(lambda: api.export(layers, folder, formats, profile=profile, base_url=base_url), feedback)
        for fmt, paths in written.items():
            feedback.pushInfo(f"{fmt}: {len(paths)} " + tr("file(s)"))
        os.makedirs(folder, exist_ok=True)
        return {"OUTPUT": folder}


class PublishLayers(_Base):
    def name(self):
        return "publishlayers"

    def displayName(self):  # noqa: N802
        return tr("Publish layers")

    def shortHelpString(self):  # noqa: N802
        return tr("Publishes layers to the targets of a portal profile (catalogue records, WMS/WFS services, "
                  "local SDI). Layers with blocking check errors are refused. Re-publishing updates in place. "
                  "A dry run lists the requests without sending any change. Passerelle never overwrites an object "
                  "it did not create (same identifier or name): such a layer fails, naming the owner, unless "
                  "'Adopt existing objects' is ticked, which takes them over.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers("LAYERS", tr("Layers"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterString("PROFILE", tr("Portal profile (shipped name or JSON file)"),
                                                       defaultValue="local"))
        self.addParameter(QgsProcessingParameterString("TARGETS", tr("Targets (comma separated; empty: all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Dry run (send nothing)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ADOPT", tr("Adopt existing objects not created by Passerelle (same identifier or name)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_CSV", tr("Publication report"),
                                                                tr("CSV files (*.csv)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..catalogue import csvcells

        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        profile = self.parameterAsString(parameters, "PROFILE", context)
        targets = [t.strip() for t in self.parameterAsString(parameters, "TARGETS", context).split(",") if t.strip()]
        dry_run = self.parameterAsBoolean(parameters, "DRY_RUN", context)
        adopt = self.parameterAsBoolean(parameters, "ADOPT", context)
        report = self._call(lambda: api.publish(
            layers, profile, targets or None, dry_run=dry_run, adopt=adopt, cancelled=feedback.isCanceled,
            progress=lambda done, total: feedback.setProgress(100.0 * done / max(total, 1))), feedback)
        path = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csvcells.writer(handle)  # a layer name or a server's message never runs as a formula
            writer.writerow(["layer", "identifier", "target", "state", "code", "message", "urls"])
            for o in report.outcomes:
                writer.writerow([o.layer, o.identifier, o.target, o.state, o.code, o.message_fr,
                                 " ".join(f"{k}={v}" for k, v in sorted(o.urls.items()))])
        for o in report.outcomes:
            line = f"{o.layer} → {o.target} : {o.state} {o.message_fr}".strip()
            (feedback.pushInfo if o.ok else feedback.reportError)(line)
        for request in report.requests:
            feedback.pushInfo(f"[{tr('dry run')}] {request['method']} {request['url']} {request['note']}")
        return {"OUTPUT_CSV": path, "FAILURES": len(report.failures), "BATCH": report.batch_id}


class AuditCatalogue(_Base):
    def name(self):
        return "auditcatalogue"

    def displayName(self):  # noqa: N802
        return tr("Audit a catalogue")

    def shortHelpString(self):  # noqa: N802
        return tr("Audits a whole catalogue: a catalogue target of the profile (CSW, GeoNetwork, CKAN, udata, "
                  "OpenDataSoft), the address of a CSW, or a folder of ISO 19139 records. Every record is checked "
                  "(required metadata, vocabularies, status rules, update frequency, extent), its links are "
                  "checked politely (HTTP status, WMS/WFS layers, downloads), duplicates are found, and the "
                  "service layers of the profile are compared with the records. Writes a dashboard (HTML), the "
                  "findings (CSV, JSON) and the records' extents (GeoPackage).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            "SOURCE", tr("Catalogue (profile target, CSW address or folder of ISO 19139 records)")))
        self.addParameter(QgsProcessingParameterString("PROFILE", tr("Portal profile (shipped name or JSON file)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("LINKS", tr("Check the links"), defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber("LIMIT", tr("Records audited at most (0: all)"),
                                                       QgsProcessingParameterNumber.Integer, defaultValue=0,
                                                       minValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile("DASHBOARD", tr("Dashboard (HTML)")))
        self.addOutput(QgsProcessingOutputFile("FINDINGS_CSV", tr("Findings (CSV)")))
        self.addOutput(QgsProcessingOutputFile("FINDINGS_JSON", tr("Findings (JSON)")))
        self.addOutput(QgsProcessingOutputVectorLayer("EXTENTS", tr("Records' extents")))
        for key, label in (("RECORDS", tr_noop("Records audited")), ("ERRORS", tr_noop("Errors")),
                           ("FINDINGS", tr_noop("Findings"))):
            self.addOutput(QgsProcessingOutputNumber(key, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsString(parameters, "SOURCE", context).strip()
        profile = self.parameterAsString(parameters, "PROFILE", context).strip() or None
        links = self.parameterAsBoolean(parameters, "LINKS", context)
        limit = self.parameterAsInt(parameters, "LIMIT", context) or None
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        report = self._call(lambda: api.audit(
            source or None, profile, links=links, limit=limit, output=folder, cancelled=feedback.isCanceled,
            progress=lambda share: feedback.setProgress(100.0 * share)), feedback)
        totals = report.totals()
        feedback.pushInfo(tr("{records} record(s) audited: {errors} error(s), {warnings} warning(s), {links} broken "
                             "link(s), {overdue} overdue update(s).").format(
            records=totals["records"], errors=totals["errors"], warnings=totals["warnings"],
            links=totals["broken_links"], overdue=totals["overdue"]))
        for code, severity, count in report.by_code():
            (feedback.reportError if severity == "error" else feedback.pushInfo)(f"{code}: {count}")
        if not report.complete:
            feedback.reportError(tr("Audit cancelled: the figures cover the records read."))
        return {"OUTPUT": folder, "DASHBOARD": report.files["html"], "FINDINGS_CSV": report.files["csv"],
                "FINDINGS_JSON": report.files["json"], "EXTENTS": f"{report.files['gpkg']}|layername=emprises_fiches",
                "RECORDS": totals["records"], "ERRORS": totals["errors"], "FINDINGS": totals["findings"]}
