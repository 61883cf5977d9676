"""The Python API: every Passerelle action as a call, for the console, Processing and the UI.

    >>> from passerelle import api
    >>> api.tag(layer, title="Équipements publics", abstract="Équipements de la commune.",
    ...         access="ouverte", nature="publique", granularity="fr:commune",
    ...         frequency="annuelle", licence="etalab-2.0", themes=["us"], keywords=["équipements"],
    ...         place="Saint-Aubin-sur-Loue", lineage="Inventaire de la mairie.",
    ...         contact={"organisation": "Mairie", "email": "sig@mairie.fr", "siret": "21390999700107"},
    ...         last_revision="2026-01-15")
    >>> report = api.check([layer], formats=api.EXPORT_FORMATS)
    >>> [f.code for f in report.errors]
    >>> api.export([layer], "/tmp/catalogue")

Layers may be given as layer objects, layer ids, layer names or file paths
(a GeoPackage path stands for all its layers).

Each call reads its profile once and parses its vocabularies at most once. A batch of calls
shares that work through a context (:mod:`passerelle.context`), given as ``context=``:

    >>> context = api.context("ideo-bfc")
    >>> report = api.check(layers, context=context)
    >>> api.publish(layers, context=context)
"""
from __future__ import annotations

import datetime as _dt
import os
from typing import Iterable, Optional

from .catalogue.errors import PasserelleError
from .catalogue.findings import Report
from .catalogue.record import Record
from .context import Context, data_dir
from .context import resolve as _context
from .qgis_io.language import follow_qgis_language

__all__ = ["context", "tag", "record", "check", "export", "vocabularies", "publish", "unpublish",
           "publication_status", "resume", "data_dir", "Context", "EXPORT_FORMATS"]

EXPORT_FORMATS = ("iso19139", "dcat", "scdl")

follow_qgis_language()  # errors raised to the Python console read in QGIS's language


def context(profile=None, *, offline: bool = False) -> Context:
    """A context for a batch of calls: ``profile`` read once, its vocabularies parsed on first use
    (``offline``: URL vocabulary sources from their cache only).

    >>> context = api.context("local")
    >>> api.tag(layer, context=context, frequency="mensuelle")
    >>> api.publish([layer], context=context)
    """
    return Context(profile, offline=offline)


def vocabularies(profile=None, *, context: Optional[Context] = None):
    """The vocabularies in force: shipped ones plus the profile's sources (cached offline).

    >>> api.vocabularies("ideo-bfc").lookup("frequency", "annuelle").uri
    'http://publications.europa.eu/resource/authority/frequency/ANNUAL'
    """
    return _context(profile, context).vocabularies


def _single(layer):
    from .qgis_io.layers import resolve

    layers = resolve(layer)
    if len(layers) != 1:
        raise PasserelleError(
            f"Une seule couche attendue, {len(layers)} trouvée(s) : précisez « chemin|layername=nom ».",
            f"Exactly one layer expected, got {len(layers)}: use 'path|layername=name'.")
    return layers[0]


def record(layer) -> Record:
    """The catalogue record of a layer (derived title and extent if it was never tagged).

    >>> api.record(layer).frequency
    'http://publications.europa.eu/resource/authority/frequency/ANNUAL'
    """
    from .qgis_io.layers import read_record

    return read_record(_single(layer))


def tag(layer, profile=None, *, context: Optional[Context] = None, **fields) -> Record:
    """Set record fields on a layer and store them with it; returns the new record.

    Values may be codes, URIs or labels in French or English (``access="partagee"``,
    ``frequency="annually"``, ``licence="lov2"``, ``themes="us"``); dates as
    ``datetime.date`` or ISO strings. An unknown value raises
    :class:`~passerelle.catalogue.errors.UnknownTermError` with the closest
    suggestions and leaves the layer unchanged.

    >>> api.tag("territoire.gpkg|layername=arrets_bus", frequency="mensuelle")
    """
    from .catalogue.tagging import apply_fields
    from .qgis_io.layers import layer_extent, read_record, write_record

    target = _single(layer)
    current = read_record(target)
    updated = apply_fields(current, fields, _context(profile, context).vocabularies)
    updated.extent = _tagged_extent(updated.extent, layer_extent(target))
    write_record(target, updated)
    return updated


def _tagged_extent(stated, from_data):
    """The extent follows the data, except a stated one that already covers it (an agent who typed the
    whole commune's box for a layer of a few features meant it): that one is kept as typed."""
    if stated is None or not stated.is_geographic():
        return from_data
    if from_data is None:
        return stated
    return stated if stated.contains(from_data) else from_data


def check(layers=None, profile=None, *, targets: Iterable[str] = (), formats: Iterable[str] = (),
          today: Optional[_dt.date] = None, with_data: bool = True, context: Optional[Context] = None) -> Report:
    """Check layers (all project layers when None) and return a report.

    ``targets`` names the kinds of targets the layers are headed for
    (``"open"``, ``"restricted"``, ``"internal"``), added to the profile's.
    ``formats`` names the export formats in play (see :func:`export`): what
    they require becomes an error (e.g. ``scdl.siret-missing`` with ``"scdl"``;
    an open target alone makes it a warning).

    >>> report = api.check(["territoire.gpkg"], targets=["open"])
    >>> report.errors[0].code, report.errors[0].message_fr
    """
    from .qgis_io.layerdata import check_layer
    from .qgis_io.layers import read_record, resolve

    rules = _context(profile, context).check_context(targets, today, formats)  # the profile's, for this run
    report = Report()
    for layer in resolve(layers):
        report.extend(check_layer(layer, read_record(layer), rules, with_data))
    return report


def export(layers, folder: str, formats: Iterable[str] = EXPORT_FORMATS, profile=None,
           base_uri: str = "", with_data: bool = True, *, context: Optional[Context] = None) -> dict:
    """Write the catalogue of ``layers`` into ``folder``; returns {format: [paths]}.

    - ``iso19139``: one INSPIRE ISO 19139 XML per layer (``iso19139/<identifier>.xml``);
    - ``dcat``: ``catalogue.ttl`` and ``catalogue.jsonld`` (DCAT-AP);
    - ``scdl``: ``catalogue-scdl.csv`` (OpenDataFrance SCDL "Catalogue simplifié"), open data only;
    - with ``with_data``, each OPEN layer's data as ``data/<identifier>.gpkg``, declared as the
      dataset's download distribution (at ``base_uri`` + ``data/...`` when the folder is served there).
      Shared and closed layers are described but their data never leaves the project.

    All or nothing: the files are written into a temporary folder next to ``folder`` and moved into
    place once all are complete; on any failure ``folder`` is left exactly as it was. Records that
    cannot be written (control characters, over-long texts, an invalid identifier; for ``scdl``, the
    SIRET and other values the SCDL catalogue requires) refuse the export before anything is written:
    :class:`~passerelle.catalogue.errors.ExportRefusedError`, whose ``findings`` carry the codes
    ``api.check(..., formats=[...])`` reports them under. File names come from the identifier
    (``<identifier>`` above when it is a lower-case UUID or slug, else a slug and a short hash).

    >>> api.export(["territoire.gpkg"], "/tmp/catalogue", formats=["iso19139", "dcat"])
    """
    from .catalogue.encoders import scdl
    from .catalogue.errors import ExportRefusedError
    from .qgis_io.layers import read_record, resolve
    from .staging import StagedFolder

    formats = list(formats)
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise PasserelleError(f"Format d'export inconnu : {', '.join(unknown)} (possibles : {', '.join(EXPORT_FORMATS)}).",
                              f"Unknown export format: {', '.join(unknown)}.")
    context = _context(profile, context)
    rules, vocab = context.profile, context.vocabularies
    layers = resolve(layers)
    records = [read_record(layer) for layer in layers]
    organisation = rules.organisation or scdl.collectivity_of(records)
    refusals = _export_refusals(layers, records, formats, organisation, vocab)
    if refusals:
        raise ExportRefusedError(refusals)
    with StagedFolder(folder) as stage:
        written = _write_catalogue(stage, layers, records, formats, vocab, organisation, base_uri, with_data)
        final = {kind: [stage.final(p) for p in paths] for kind, paths in written.items()}
        stage.commit()
    return final


OPEN_ACCESS = "https://w3id.org/passerelle/vocabulary/access-level/ouverte"


def _export_refusals(layers, records, formats, organisation, vocab) -> list:
    """Error findings for what the encoders could not write, found before anything is written."""
    from .catalogue.checks import text
    from .catalogue.checks.context import CheckContext
    from .catalogue.encoders import scdl
    from .catalogue.findings import ERROR, Finding

    context = CheckContext(vocabularies=vocab)
    findings, seen = [], set()
    for layer, item in zip(layers, records):
        found = text.check(item, None, context, layer.name())
        if "scdl" in formats and item.access == OPEN_ACCESS:
            found += [Finding(e.code, ERROR, layer.name(), e.message_fr, e.message_en, field=e.field or None)
                      for e in scdl.record_problems(item, organisation=organisation, vocabularies=vocab)]
        for finding in found:
            if (finding.code, finding.message_fr) not in seen:  # the collectivity's SIRET: said once
                seen.add((finding.code, finding.message_fr))
                findings.append(finding)
    return findings


def _write_catalogue(stage, layers, records, formats, vocab, organisation, base_uri, with_data) -> dict:
    """Every file of the export, written into ``stage``; returns {format: [staged paths]}."""
    from .catalogue.identifiers import file_stem

    written: dict = {}
    distributions = _package_open_data(stage, layers, records, base_uri, written) if with_data else {}
    if "iso19139" in formats:
        from .catalogue.encoders import iso19139

        for item in records:
            links = [{"url": d["download_url"], "protocol": "WWW:DOWNLOAD-1.0-http--download",
                      "name": d["title"], "function": "download"} for d in distributions.get(item.identifier, ())]
            path = stage.path("iso19139", f"{file_stem(item.identifier)}.xml")
            with open(path, "wb") as handle:
                handle.write(iso19139.encode(item, vocab, online_resources=links,
                                             formats=["GeoPackage"] if links else ()))
            written.setdefault("iso19139", []).append(path)
    if "dcat" in formats:
        from .catalogue.encoders import dcat

        base = base_uri or "https://example.org/passerelle/catalogue/"
        graph = dcat.catalogue_graph(records, catalogue_uri=base.rstrip("/") + "/catalogue",
                                     title=f"Catalogue {organisation.get('name', '')}".strip(),
                                     publisher=organisation, base_uri=base, vocabularies=vocab,
                                     distributions=distributions)
        for name, serialise in (("catalogue.ttl", "turtle"), ("catalogue.jsonld", "json-ld")):
            path = stage.path(name)
            graph.serialize(destination=path, format=serialise, encoding="utf-8")
            written.setdefault("dcat", []).append(path)
    if "scdl" in formats:
        from .catalogue.encoders import scdl

        open_records = [r for r in records if r.access == OPEN_ACCESS]
        text = scdl.to_csv(open_records, organisation=organisation, vocabularies=vocab, distributions=distributions)
        path = stage.path("catalogue-scdl.csv")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        written["scdl"] = [path]
    return written


def _package_open_data(stage, layers, records, base_uri, written) -> dict:
    """Write each open layer's data next to the catalogue; returns distributions by identifier."""
    import pathlib

    from qgis.core import QgsVectorLayer

    from .catalogue.identifiers import file_stem
    from .qgis_io.package import GPKG_MEDIA_TYPE, technical_name, write_geopackage

    distributions = {}
    for layer, item in zip(layers, records):
        if item.access != OPEN_ACCESS or not isinstance(layer, QgsVectorLayer):
            continue
        name = f"{file_stem(item.identifier)}.gpkg"
        # Table and file names from safe slugs: a layer may be called anything (« ../../x 🚀 »).
        path = write_geopackage(layer, stage.path("data", name), technical_name(layer.name()))
        url = (base_uri.rstrip("/") + "/data/" + name) if base_uri else \
            pathlib.Path(stage.final(path)).resolve().as_uri()
        distributions[item.identifier] = [{
            "title": f"{item.title or layer.name()} (GeoPackage)", "download_url": url, "format": "GPKG",
            "media_type": GPKG_MEDIA_TYPE, "byte_size": os.path.getsize(path), "licence": item.licence}]
        written.setdefault("data", []).append(path)
    return distributions


# -- publishing ----------------------------------------------------------------------------------

def publish(layers, profile=None, targets=None, dry_run: bool = False, *, force: bool = False, max_workers: int = 4,
            progress=None, cancelled=None, context: Optional[Context] = None, _resume_batch: str = ""):
    """Publish layers to the targets of a portal profile; returns a report per layer and target.

    Each layer is checked first (errors refuse it, including the status and RGPD rules for
    the kinds of the chosen targets), packaged (GeoPackage in the target CRS, SLD style, ISO
    record), then published to the service targets, then to the catalogue targets with the
    service links, then read back. Re-publishing updates in place and never duplicates;
    an unchanged layer is skipped. ``dry_run`` sends nothing that changes a server (read-only
    requests may be sent to know what exists), writes nothing in the publication registry and
    lists the requests it would send in ``report.requests``.

    >>> report = api.publish(["territoire.gpkg"], "local")
    >>> [(o.layer, o.target, o.state) for o in report.outcomes]
    """
    from .publishers import planner
    from .publishers.pipeline import Pipeline
    from .qgis_io.layers import resolve

    context = _context(profile, context)
    rules = context.profile
    if not rules.targets:
        raise PasserelleError(f"Le profil « {rules.name} » ne déclare aucune cible de publication.",
                              f"Profile '{rules.name}' declares no publication target.", code="profile.target")
    publishers = context.publishers(targets, dry_run=dry_run)
    registry = context.planned_registry() if dry_run else context.registry()
    plan = planner.plan(resolve(layers), context, publishers, registry, targets=targets, dry_run=dry_run,
                        resume_batch=_resume_batch)
    pipeline = Pipeline(publishers, registry, max_workers=max_workers, force=force, dry_run=dry_run)
    report = pipeline.run(plan.jobs, plan.batch_id, cancelled=cancelled or (lambda: False),
                          progress=progress or (lambda done, total: None))
    if dry_run:
        report.requests = planner.planned_requests(publishers)
    else:
        for layer, job in zip(plan.layers, plan.jobs):
            _remember_on_layer(layer, job.identifier, registry)
    return report


def _remember_on_layer(layer, identifier: str, registry) -> None:
    """Keep the layer's publication registry with the layer (saved in the project)."""
    import json

    layer.setCustomProperty("passerelle/publications", json.dumps(registry.entry(identifier), sort_keys=True))


def unpublish(layers, profile=None, targets=None, *, context: Optional[Context] = None):
    """Remove exactly what Passerelle published for these layers on the profile's targets.

    >>> api.unpublish(["territoire.gpkg|layername=parcelles"], "local")
    """
    from .catalogue.identifiers import validate as validate_identifier
    from .publishers.pipeline import Outcome, Pipeline, PublishReport
    from .qgis_io.layers import read_record, resolve

    context = _context(profile, context)
    publishers = context.publishers(targets)
    registry = context.registry()
    pipeline = Pipeline(publishers, registry)
    report = PublishReport()
    for layer in resolve(layers):
        identifier = read_record(layer).identifier
        try:
            validate_identifier(identifier)  # it goes into file names and requests: never raw
        except PasserelleError as error:
            report.outcomes += [Outcome(layer.name(), identifier, p.name, "failed", error.message_fr,
                                        error.message_en, error.code) for p in publishers]
            continue
        report.outcomes += pipeline.unpublish(identifier, layer.name())
        _remember_on_layer(layer, identifier, registry)
    pipeline.finish()
    return report


def publication_status(layer, profile=None, live: bool = False, *, context: Optional[Context] = None) -> dict:
    """Where the layer is published: {profile: {target: {state, ids, urls, content_hash, time}}}.

    Every profile's registry when ``profile`` is None, else that profile's. With ``live``, each
    target of the profile (the context's when only a context is given) is also asked what it
    holds now (``"live"`` key). A ``context`` keeps the registries it read: asking for many
    layers reads each registry file once.

    >>> api.publication_status(layer, "local")["local"]["csw"]["state"]
    'published'
    """
    from .qgis_io.layers import read_record

    identifier = read_record(_single(layer)).identifier
    named = profile is not None or context is not None  # a profile whose targets ``live`` may ask
    context = _context(profile, context)
    if profile is None:
        registries = context.registries()
    else:
        registries = {context.profile.name: context.registry()} if os.path.exists(context.registry_path()) else {}
    status = {}
    for name, registry in registries.items():
        entry = registry.entry(identifier).get("targets", {})
        if entry:
            status[name] = {target: dict(values) for target, values in entry.items()}
    if live and named:
        rules = context.profile
        for publisher in context.publishers():
            ids = status.get(rules.name, {}).get(publisher.name, {}).get("ids", {})
            status.setdefault(rules.name, {}).setdefault(publisher.name, {})["live"] = \
                publisher.status(identifier, ids)
    return status


def resume(profile=None, batch_id: str = "", *, context: Optional[Context] = None, **options):
    """Finish an interrupted batch: publishes again only the layers it did not finish.

    >>> api.resume("local")
    """
    context = _context(profile, context)
    registry = context.registry()
    batches = [batch_id] if batch_id else registry.unfinished_batches()
    if not batches:
        from .publishers.pipeline import PublishReport

        return PublishReport()
    batch = registry.batch(batches[-1])
    pending = [l["source"] for l in batch["layers"].values() if l["state"] not in ("published", "refused")]
    return publish(pending, targets=batch["targets"], context=context, _resume_batch=batches[-1], **options)
