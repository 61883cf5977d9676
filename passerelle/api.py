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
from .catalogue.terms import is_open
from .context import Context, data_dir
from .context import resolve as _context
from .qgis_io.language import follow_qgis_language

__all__ = ["context", "tag", "record", "shown_version", "check", "export", "vocabularies", "publish", "unpublish",
           "publication_status", "resume", "audit", "review_queue", "review", "validate_profile", "existing_record",
           "link_record", "search_catalogue", "data_dir", "Context", "EXPORT_FORMATS"]

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


def tag(layer, profile=None, *, context: Optional[Context] = None, base=None, **fields) -> Record:
    """Set record fields on a layer and store them with it; returns the new record.

    Values may be codes, URIs or labels in French or English (``access="partagee"``,
    ``frequency="annually"``, ``licence="lov2"``, ``themes="us"``); dates as
    ``datetime.date`` or ISO strings. An unknown value raises
    :class:`~passerelle.catalogue.errors.UnknownTermError` with the closest
    suggestions and leaves the layer unchanged. ``technical_name`` chooses the layer's
    name on servers (``"parcelles_cadastrales"``; otherwise one is made at the first publication).

    The record of a PostGIS table is saved in its database (see the profile's ``database`` section),
    where every colleague opening the table finds it. When a colleague saved it since this layer
    last read it (or since ``base``, what :func:`shown_version` said when the record was shown to the
    person), nothing is saved: :class:`~passerelle.qgis_io.postgres.records.RecordConflictError`
    (``record.conflict``) says what changed; read the record again and redo the change.

    >>> api.tag("territoire.gpkg|layername=arrets_bus", frequency="mensuelle")
    >>> api.tag(parcelles, technical_name="parcelles_cadastrales")
    """
    from .catalogue.tagging import apply_fields
    from .qgis_io.layers import layer_extent, read_record, write_record
    from .qgis_io.postgres import records as shared_records

    target = _single(layer)
    context = _context(profile, context)
    base = base if base is not None else shared_records.seen(target)  # what was shown before the fresh read
    current = read_record(target)
    updated = apply_fields(current, fields, context.vocabularies)
    updated.extent = _tagged_extent(updated.extent, layer_extent(target))
    write_record(target, updated, settings=context.profile.database, vocabularies=context.vocabularies, base=base)
    return updated


def shown_version(layer):
    """The version of a PostGIS table's shared record this layer last read, with that record (None for other
    layers, or before any read): give it back to :func:`tag` as ``base`` when the person edits what was shown
    then (an editor left open while a colleague saves is then told, not silently overwritten)."""
    from .qgis_io.postgres import records as shared_records

    return shared_records.seen(_single(layer))


def _tagged_extent(stated, from_data):
    """The extent follows the data, except a stated one that already covers it (an agent who typed the
    whole commune's box for a layer of a few features meant it): that one is kept as typed."""
    if stated is None or not stated.is_geographic():
        return from_data
    if from_data is None:
        return stated
    return stated if stated.contains(from_data) else from_data


# -- existing records ----------------------------------------------------------------------------

def existing_record(source, profile=None, *, layer=None, context: Optional[Context] = None):
    """Read an existing ISO 19139 record without linking it: what :func:`link_record` would do, to look first.

    ``source``: a file, an http(s) URL, ``{"csw": url, "identifier": id}``, ``{"geonetwork": url,
    "identifier": uuid}`` or ``{"target": profile target, "identifier": id}`` (see
    :mod:`passerelle.publishers.record_sources`). Returns a
    :class:`~passerelle.catalogue.linking.LinkedRecord`: ``.read`` the record as read (mapped onto the
    vocabularies), ``.record`` the layer's record once linked (with ``layer``: the fields the linked
    record leaves empty keep the layer's values), ``.findings`` what matched no concept
    (``metadata.unmapped``, with suggestions), what an export has no place for (``metadata.not-exported``),
    what Passerelle has no field for (``metadata.not-kept``), ``.origin`` where it came from.

    >>> preview = api.existing_record({"csw": "https://geo.ville.fr/csw", "identifier": "fr-2139-plu"})
    >>> preview.read.title, [f.code for f in preview.findings]
    >>> api.link_record(layer, preview)
    """
    from .catalogue import linking
    from .publishers import record_sources

    context = _context(profile, context)
    name = _single(layer).name() if layer is not None else ""
    document, origin = record_sources.fetch(source, context)
    linked = linking.read(document, context.vocabularies, origin, layer=name)
    if layer is not None:
        _merged(linked, _single(layer))
    return linked


def _merged(linked, layer) -> None:
    """``linked.record``: the layer's record once linked (the linked values, the layer's where it has none)."""
    from .catalogue import linking
    from .qgis_io.layers import read_record

    current = read_record(layer)
    linked.record, kept = linking.merge(current, linked.read)
    linked.findings = [f for f in linked.findings if f.code != "link.kept-from-layer"]
    if kept:
        linked.findings.append(linking.kept_from_layer_finding(kept, layer.name()))
    linked.replaced = current.identifier if current.identifier != linked.record.identifier else ""


def link_record(layer, source, *, profile=None, context: Optional[Context] = None, adopt: bool = False):
    """Attach an existing ISO 19139 record to a layer: its identifier and its fields become the layer's record.

    ``source`` as for :func:`existing_record`, or what it returned (then nothing is read again). The record's
    identifier is kept, so the next :func:`publish` updates that record in place on its catalogue rather than
    creating another. Its values are mapped onto the vocabularies; a value that matches none is kept as
    written and reported (``metadata.unmapped``, with the closest concepts), as is what Passerelle cannot
    hold (``metadata.not-kept``). Fields the record leaves empty keep the layer's values
    (``link.kept-from-layer``). Where the record came from is kept with the layer (saved in the project) and
    in the profile's publication registry.

    A record Passerelle did not create is someone's: publishing over it is refused unless ``adopt=True``
    (the person says the record is theirs to manage): the next publication then takes it over (on a
    catalogue that checks ownership, it is marked as Passerelle's from then on).

    >>> linked = api.link_record(layer, "fiche-plu.xml")
    >>> linked = api.link_record(layer, {"target": "catalogue", "identifier": uuid}, profile="ideo-bfc", adopt=True)
    >>> [(f.code, f.message_fr) for f in linked.findings]
    """
    from .catalogue import linking
    from .qgis_io.layers import write_record
    from .qgis_io.linked import set_layer_origin
    from .qgis_io.postgres import records as shared_records

    context = _context(profile, context)
    target = _single(layer)
    linked = source if isinstance(source, linking.LinkedRecord) else existing_record(source, context=context)
    linked.read = linked.read or linked.record
    base = shared_records.seen(target)  # a PostGIS table's record: refused if a colleague saved it meanwhile
    _merged(linked, target)
    write_record(target, linked.record, settings=context.profile.database, vocabularies=context.vocabularies,
                 base=base)
    origin = linking.Origin(**{**linked.origin.to_dict(), "adopt": bool(adopt), "linked": linking.now()})
    linked.origin = origin
    set_layer_origin(target, origin)
    registry = context.registry()
    registry.set_origin(linked.record.identifier, origin.to_dict())
    previous = registry.entry(linked.replaced).get("targets", {}) if linked.replaced else {}
    if previous:
        linked.findings.append(_previous_publications(target.name(), linked.replaced, sorted(previous)))
    return linked


def _previous_publications(layer: str, identifier: str, targets: list):
    from .catalogue.findings import WARNING, Finding

    return Finding(
        "link.previous-publications", WARNING, layer,
        f"La couche était publiée sous l'identifiant « {identifier} » ({', '.join(targets)}) : ces publications "
        "restent en place sous cet ancien identifiant. Retirez-les si la fiche liée les remplace (api.unpublish "
        "avant de lier, ou retrait sur chaque cible).",
        f"The layer was published under identifier '{identifier}' ({', '.join(targets)}): those publications stay "
        "under the old identifier. Remove them if the linked record replaces them.", field="identifier")


def search_catalogue(catalogue: str, text: str = "", *, start: int = 1, limit: int = 10, profile=None,
                     context: Optional[Context] = None):
    """Search a CSW catalogue for records to link: ``catalogue`` is a CSW URL or a profile target (csw, local).

    Returns a :class:`~passerelle.publishers.record_sources.SearchPage`: ``matched`` in all, ``hits``
    (identifier, title, abstract, kind) of this page from ``start`` (1-based), ``next`` (0 on the last page).

    >>> page = api.search_catalogue("https://geo.ville.fr/csw", "plan local d'urbanisme")
    >>> [(h.identifier, h.title) for h in page.hits], page.next
    """
    from .publishers import record_sources

    context = _context(profile, context)
    endpoint, http = record_sources.catalogue_client(catalogue, context)
    return record_sources.search(endpoint, http, text, start=start, limit=limit)


def check(layers=None, profile=None, *, targets: Iterable[str] = (), formats: Iterable[str] = (),
          today: Optional[_dt.date] = None, with_data: bool = True, context: Optional[Context] = None,
          base_url: str = "") -> Report:
    """Check layers (all project layers when None) and return a report.

    ``targets`` names the kinds of targets the layers are headed for
    (``"open"``, ``"restricted"``, ``"internal"``), added to the profile's.
    ``formats`` names the export formats in play (see :func:`export`): what
    they require becomes an error (e.g. ``scdl.siret-missing`` with ``"scdl"``;
    an open target alone makes it a warning). ``base_url`` is the public address the export will
    be given (else the profile's ``export.base_url``): the SCDL catalogue needs one
    (``scdl.base-url-missing``).

    >>> report = api.check(["territoire.gpkg"], targets=["open"])
    >>> report.errors[0].code, report.errors[0].message_fr
    """
    from .qgis_io.layerdata import check_layer
    from .qgis_io.layers import read_record, resolve

    context = _context(profile, context)
    update = context.revalidate_profile()  # a URL profile: its latest version, once per context
    rules = context.check_context(targets, today, formats, base_url)  # the profile's, for this run
    report = Report(profile_update=update)
    for layer in resolve(layers):
        report.extend(check_layer(layer, read_record(layer), rules, with_data))
    return report


def export(layers, folder: str, formats: Optional[Iterable[str]] = None, profile=None,
           base_url: str = "", with_data: bool = True, *, base_uri: str = "",
           context: Optional[Context] = None) -> dict:
    """Write the catalogue of ``layers`` into ``folder``; returns {format: [paths]}.

    - ``iso19139``: one INSPIRE ISO 19139 XML per layer (``iso19139/<identifier>.xml``), written to
      pass GeoNetwork's validation (ISO, GeoNetwork and INSPIRE rules) and INSPIRE TG 2.0 alike;
    - ``dcat``: ``catalogue.ttl`` and ``catalogue.jsonld`` (DCAT-AP 2.1.1, JSON-LD with its context inline);
    - ``scdl``: ``catalogue-scdl.csv`` (OpenDataFrance SCDL "Catalogue simplifié"), open data only. Its
      ``URL`` column must hold absolute URLs (the SCDL schema's URI format): it needs the public base URL,
      and asking for ``scdl`` without one refuses the export (``scdl.base-url-missing``). Without
      ``formats``, every format that can be written: ``iso19139`` and ``dcat``, and ``scdl`` when a
      public base URL is known;
    - with ``with_data``, each OPEN layer's data as ``data/<identifier>.gpkg``, declared as the
      dataset's download distribution. Shared and closed layers are described but their data never
      leaves the project: their records say where access is requested (the profile's
      ``export.access_request_url``, else the record contact's e-mail);
    - a data schema given as a file of this machine is copied to ``schemas/`` and cited there.

    Links point under ``base_url`` (or the profile's ``export.base_url``), the public address the
    folder will be served at. Without one they are relative to the export folder (written relative
    to the file holding them: ``data/x.gpkg`` in the DCAT catalogue, ``../data/x.gpkg`` in an ISO
    record), so they work wherever the folder is served: never ``file://`` nor a path of this
    machine. ``base_uri`` is the former name of ``base_url``.

    All or nothing: the files are written into a temporary folder next to ``folder`` and moved into
    place once all are complete; on any failure ``folder`` is left exactly as it was. Records that
    cannot be written (control characters, over-long texts, an invalid identifier; for ``scdl``, the
    SIRET and other values the SCDL catalogue requires) refuse the export before anything is written:
    :class:`~passerelle.catalogue.errors.ExportRefusedError`, whose ``findings`` carry the codes
    ``api.check(..., formats=[...])`` reports them under. File names come from the identifier
    (``<identifier>`` above when it is a lower-case UUID or slug, else a slug and a short hash).

    >>> api.export(["territoire.gpkg"], "/tmp/catalogue", formats=["iso19139", "dcat"],
    ...            base_url="https://data.saint-aubin.fr/catalogue/")
    """
    from .catalogue.encoders import scdl
    from .catalogue.errors import ExportRefusedError
    from .qgis_io.layers import read_record, resolve
    from .staging import StagedFolder

    context = _context(profile, context)
    base = _public_base(base_url or base_uri or context.profile.export.get("base_url", ""))
    formats = list(formats) if formats is not None else [f for f in EXPORT_FORMATS if f != "scdl" or base]
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise PasserelleError(
            f"Format d'export inconnu : {', '.join(unknown)} (possibles : {', '.join(EXPORT_FORMATS)}).",
            f"Unknown export format: {', '.join(unknown)}.")
    rules, vocab = context.profile, context.vocabularies
    layers = resolve(layers)
    records = [read_record(layer) for layer in layers]
    organisation = rules.organisation or scdl.collectivity_of(records)
    refusals = _export_refusals(layers, records, formats, organisation, vocab, base)
    if refusals:
        raise ExportRefusedError(refusals)
    with StagedFolder(folder) as stage:
        try:
            written = _write_catalogue(stage, layers, records, formats, vocab, organisation,
                                       _Locations(base, rules.export), with_data)
        except PasserelleError:
            raise
        except Exception as error:  # noqa: BLE001 - an encoder that chokes: nothing is written, said clearly
            raise _export_failed(error) from None
        final = {kind: [stage.final(p) for p in paths] for kind, paths in written.items()}
        stage.commit()
    return final


def _export_failed(error: Exception) -> PasserelleError:
    """``export.failed``: what no check foresaw stopped an encoder; the staged files are discarded."""
    import logging

    logging.getLogger("passerelle").error("export failed", exc_info=error)
    said = str(error)[:200]
    return PasserelleError(
        f"L'export a échoué de façon inattendue ({type(error).__name__} : {said}) : rien n'a été écrit, le dossier "
        "est tel qu'avant. Le journal de Passerelle donne le détail ; signalez-le s'il se reproduit.",
        f"The export failed unexpectedly ({type(error).__name__}: {said}): nothing was written. Passerelle's log "
        "has the details.", code="export.failed")


def _public_base(url: str) -> str:
    """The public base URL of an export, checked: an http(s) URL ending with a slash, or ""."""
    url = (url or "").strip()
    if not url:
        return ""
    import re

    if not re.match(r"^https?://[^/\s]+", url):
        raise PasserelleError(
            f"Adresse publique d'export invalide « {url[:200]} » : donnez l'adresse http(s) à laquelle le dossier "
            "exporté sera servi (par exemple https://data.ville.fr/catalogue/).",
            f"Invalid public export address '{url[:200]}': give the http(s) address the export folder will be "
            "served at.", code="export.base-url")
    return url.rstrip("/") + "/"


class _Locations:
    """Where the export's files will be read from: under the public base URL, else relative."""

    def __init__(self, base: str, settings: dict):
        self.base = base
        self.access_request_url = (settings or {}).get("access_request_url", "")

    def url(self, path: str, from_folder: str = "") -> str:
        """``path`` (relative to the export folder) as written in a file of ``from_folder``."""
        import posixpath

        if self.base:
            return self.base + path
        return posixpath.relpath(path, from_folder or ".")


def _export_refusals(layers, records, formats, organisation, vocab, base: str = "") -> list:
    """Error findings for what the encoders could not write, found before anything is written."""
    from .catalogue.checks import metadata, text
    from .catalogue.checks.context import CheckContext
    from .catalogue.checks.scdl import base_url_missing
    from .catalogue.encoders import scdl
    from .catalogue.findings import ERROR, Finding

    context = CheckContext(vocabularies=vocab)
    dcat_needs = CheckContext(vocabularies=vocab, required_fields=("title", "abstract"))  # DCAT-AP's mandatory
    findings, seen = [], set()
    for layer, item in zip(layers, records):
        found = text.check(item, None, context, layer.name())
        if "dcat" in formats:
            found += [f for f in metadata.check(item, None, dcat_needs, layer.name())
                      if f.code == "metadata.required" and f.field in ("title", "abstract")]
        if "scdl" in formats and is_open(item):
            found += [] if base else [base_url_missing(layer.name())]
            found += [Finding(e.code, ERROR, layer.name(), e.message_fr, e.message_en, field=e.field or None)
                      for e in scdl.record_problems(item, organisation=organisation, vocabularies=vocab)]
        for finding in found:
            if (finding.code, finding.message_fr) not in seen:  # the collectivity's SIRET: said once
                seen.add((finding.code, finding.message_fr))
                findings.append(finding)
    return findings


def _write_catalogue(stage, layers, records, formats, vocab, organisation, where, with_data) -> dict:
    """Every file of the export, written into ``stage``; returns {format: [staged paths]}."""
    from .catalogue.identifiers import file_stem
    from .catalogue.parties import with_owner_email

    written: dict = {}
    records = [with_owner_email(item, organisation) for item in records]
    packages = _package_open_data(stage, layers, records, written) if with_data else {}
    schemas = _copy_schemas(stage, records, written)
    if "iso19139" in formats:
        from .catalogue.encoders import iso19139

        for layer, item in zip(layers, records):
            cited = schemas.get(item.schema)
            described = item.replace(schema=where.url(cited["path"], "iso19139")) if cited else item
            links = [{"url": where.url(d["path"], "iso19139"), "protocol": _iso_terms().DOWNLOAD_PROTOCOL,
                      "name": d["title"], "function": "download"} for d in packages.get(item.identifier, ())]
            links += _order_links(item, where)
            formats_of = [_GEOPACKAGE] if packages.get(item.identifier) else [_native_format(layer)]
            path = stage.path("iso19139", f"{file_stem(item.identifier)}.xml")
            with open(path, "wb") as handle:
                handle.write(iso19139.encode(described, vocab, online_resources=links, formats=formats_of,
                                             organisation=organisation,
                                             language=_iso_terms().metadata_language(item.language),
                                             schema_citation=cited["citation"] if cited else None))
            written.setdefault("iso19139", []).append(path)
    distributions = {identifier: [dict(d, download_url=where.url(d["path"])) for d in entries]
                     for identifier, entries in packages.items()}
    if "dcat" in formats:
        from .catalogue.encoders import dcat

        described = [item.replace(schema=where.url(schemas[item.schema]["path"])) if item.schema in schemas
                     else item for item in records]
        graph = dcat.catalogue_graph(described, catalogue_uri=where.url("catalogue"),
                                     title=f"Catalogue {organisation.get('name', '')}".strip(),
                                     publisher=organisation, base_uri=where.url("datasets") + "/",
                                     vocabularies=vocab, distributions=distributions)
        for name, serialise in (("catalogue.ttl", "turtle"), ("catalogue.jsonld", "json-ld")):
            path = stage.path(name)
            options = {"context": dcat.JSONLD_CONTEXT} if serialise == "json-ld" else {}
            graph.serialize(destination=path, format=serialise, encoding="utf-8", **options)
            written.setdefault("dcat", []).append(path)
    if "scdl" in formats:
        from .catalogue.encoders import scdl

        open_records = [r for r in records if is_open(r)]
        text = scdl.to_csv(open_records, organisation=organisation, vocabularies=vocab, distributions=distributions)
        path = stage.path("catalogue-scdl.csv")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        written["scdl"] = [path]
    return written


def _iso_terms():
    from .catalogue.encoders import iso19139_terms

    return iso19139_terms


#: The format of packaged data, cited in the INSPIRE media-types register (TG 2.0 encoding).
_GEOPACKAGE = {"name": "GeoPackage", "uri": "http://inspire.ec.europa.eu/media-types/application/geopackage+sqlite3"}
_NATIVE_FORMATS = {
    "GPKG": _GEOPACKAGE,
    "ESRI Shapefile": {"name": "ESRI Shapefile", "uri": "http://inspire.ec.europa.eu/media-types/application/x-shapefile"},
    "GeoJSON": {"name": "GeoJSON", "uri": "http://inspire.ec.europa.eu/media-types/application/geo+json"},
    "CSV": {"name": "CSV", "uri": "http://inspire.ec.europa.eu/media-types/text/csv"},
    "MapInfo File": {"name": "MapInfo TAB", "uri": "http://inspire.ec.europa.eu/media-types/application/x-tab"},
}


def _native_format(layer) -> dict:
    """The encoding of data that stays in the project (closed, shared, or exported without data)."""
    storage = ""
    try:
        storage = layer.storageType() or layer.providerType()
    except AttributeError:
        pass
    if "postgis" in storage.lower() or "postgresql" in storage.lower():
        return {"name": "PostGIS"}
    return dict(_NATIVE_FORMATS.get(storage, {"name": storage} if storage else {}))


def _order_links(item, where) -> list:
    """Closed and shared data: where access is asked for (an ISO "order" resource).

    The SEMIC ISO-to-DCAT mapping data.gouv.fr harvests through writes the access rights and licence
    on distributions only: a record without one loses them on the way.
    """
    if item.access is None or is_open(item):
        return []
    url = where.access_request_url or (f"mailto:{item.contact.email.strip()}" if item.contact.email.strip() else "")
    if not url:
        return []
    terms = _iso_terms()
    lang = terms.lang2(item.language or "fre")
    link = {"url": url, "name": terms.ORDER_LINK_NAME[lang], "description": terms.ORDER_LINK_DESCRIPTION[lang],
            "function": "order"}
    if url.startswith(("http://", "https://")):
        link["protocol"] = terms.LINK_PROTOCOL
    return [link]


def _copy_schemas(stage, records, written) -> dict:
    """Schemas given as files of this machine, copied to ``schemas/``: {schema: {path, citation}}."""
    import hashlib
    import re
    import shutil

    from .catalogue import schemas as shipped_schemas
    from .catalogue.encoders.iso19139 import schema_citation_of

    copied: dict = {}
    for item in records:
        schema = item.schema or ""
        if not schema or schema in copied or schema.startswith(("http://", "https://")):
            continue
        try:
            source = shipped_schemas.local_path(schema)
        except PasserelleError:
            continue  # the schema check reports a schema it cannot read; nothing to copy
        name = re.sub(r"[^A-Za-z0-9._-]+", "-", os.path.basename(source)).lstrip(".-") or "schema.json"  # a URL too
        if any(entry["path"] == f"schemas/{name}" for entry in copied.values()):
            name = f"{hashlib.sha256(source.encode('utf-8')).hexdigest()[:8]}-{name}"
        target = stage.path("schemas", name)
        shutil.copyfile(source, target)
        copied[schema] = {"path": f"schemas/{name}", "citation": schema_citation_of(source)}
        written.setdefault("schemas", []).append(target)
    return copied


def _package_open_data(stage, layers, records, written) -> dict:
    """Write each open layer's data next to the catalogue; returns distributions by identifier.

    Each distribution has its ``path`` relative to the export folder; the writers make it a URL.
    """
    from qgis.core import QgsVectorLayer

    from .catalogue.identifiers import file_stem
    from .qgis_io.package import GPKG_MEDIA_TYPE, technical_name, write_geopackage

    distributions = {}
    for layer, item in zip(layers, records):
        if not is_open(item) or not isinstance(layer, QgsVectorLayer):
            continue
        name = f"{file_stem(item.identifier)}.gpkg"
        # Table and file names from safe slugs: a layer may be called anything (« ../../x 🚀 »).
        path = write_geopackage(layer, stage.path("data", name), technical_name(layer.name()))
        distributions[item.identifier] = [{
            "title": f"{item.title or layer.name()} (GeoPackage)", "path": f"data/{name}", "format": "GPKG",
            "media_type": GPKG_MEDIA_TYPE, "byte_size": os.path.getsize(path), "licence": item.licence}]
        written.setdefault("data", []).append(path)
    return distributions


# -- publishing ----------------------------------------------------------------------------------

def publish(layers, profile=None, targets=None, dry_run: bool = False, *, force: bool = False, max_workers: int = 4,
            progress=None, cancelled=None, context: Optional[Context] = None, adopt: bool = False,
            _resume_batch: str = ""):
    """Publish layers to the targets of a portal profile; returns a report per layer and target.

    Each layer is checked first (errors refuse it, including the status and RGPD rules for
    the kinds of the chosen targets), packaged (GeoPackage in the target CRS, SLD style, ISO
    record), then published to the service targets, then to the catalogue targets with the
    service links, then read back. Re-publishing updates in place and never duplicates;
    an unchanged layer is skipped. ``dry_run`` sends nothing that changes a server (read-only
    requests may be sent to know what exists), writes nothing in the publication registry and
    lists the requests it would send in ``report.requests``.

    Passerelle never overwrites what it did not create: an object that already exists on a target
    under the same identifier or name without Passerelle's mark (a colleague's record, a layer added
    by hand) makes the layer fail with ``publish.not-ours``, naming its owner. ``adopt=True`` takes
    such objects over instead (they are then marked and managed by Passerelle: republished, and
    removed by :func:`unpublish`); use it only for objects that are really yours.

    >>> report = api.publish(["territoire.gpkg"], "local")
    >>> [(o.layer, o.target, o.state) for o in report.outcomes]
    """
    from .publishers import planner
    from .publishers.pipeline import Pipeline
    from .qgis_io.layers import resolve

    context = _context(profile, context)
    update = context.revalidate_profile()  # a URL profile: its latest version, once per context
    rules = context.profile
    if not rules.targets:
        raise PasserelleError(f"Le profil « {rules.name} » ne déclare aucune cible de publication.",
                              f"Profile '{rules.name}' declares no publication target.", code="profile.target")
    publishers = context.publishers(targets, dry_run=dry_run)
    registry = context.planned_registry() if dry_run else context.registry()
    plan = planner.plan(resolve(layers), context, publishers, registry, targets=targets, dry_run=dry_run,
                        resume_batch=_resume_batch, adopt=adopt)
    pipeline = Pipeline(publishers, registry, max_workers=max_workers, force=force, dry_run=dry_run)
    report = pipeline.run(plan.jobs, plan.batch_id, cancelled=cancelled or (lambda: False),
                          progress=progress or (lambda done, total: None))
    report.profile_update = update
    if dry_run:
        report.requests = planner.planned_requests(publishers)
    else:
        for layer, job in zip(plan.layers, plan.jobs):
            _remember_on_layer(layer, job.identifier, registry)
            outcomes = [o for o in report.outcomes if o.identifier == job.identifier]
            if job.package is not None and job.package.adopt and outcomes and all(o.ok for o in outcomes):
                _taken_over(layer, job.identifier, registry)
    return report


def _taken_over(layer, identifier: str, registry) -> None:
    """A linked record the person chose to adopt was published: it is Passerelle's from now on."""
    import dataclasses

    from .catalogue import linking
    from .qgis_io.linked import layer_origin, set_layer_origin

    registry.adopted(identifier)
    origin = layer_origin(layer)
    if origin is not None and origin.adopt:
        set_layer_origin(layer, dataclasses.replace(origin, adopt=False, linked=origin.linked or linking.now()))


def _remember_on_layer(layer, identifier: str, registry) -> None:
    """Keep the layer's publication registry with the layer (saved in the project)."""
    import json

    layer.setCustomProperty("passerelle/publications", json.dumps(registry.entry(identifier), sort_keys=True))


def unpublish(layers, profile=None, targets=None, *, context: Optional[Context] = None):
    """Remove exactly what Passerelle published for these layers on the profile's targets (from any
    project: a PostGIS table is known by its record and its data key, not by a project's layer).

    Only what the publication registry lists is touched, and only after the target shows Passerelle's
    mark on it: a target the registry knows nothing about is sent no request (outcome ``unchanged``,
    ``unpublish.not-published``), and an object that is not Passerelle's is left in place (outcome
    ``refused``, ``publish.not-ours``).

    >>> api.unpublish(["territoire.gpkg|layername=parcelles"], "local")
    """
    from .catalogue.identifiers import validate as validate_identifier
    from .publishers.pipeline import Outcome, Pipeline, PublishReport
    from .publishers.planner import data_key
    from .qgis_io.layers import read_record, resolve

    context = _context(profile, context)
    publishers = context.publishers(targets)
    registry = context.registry()
    pipeline = Pipeline(publishers, registry)
    report = PublishReport()
    for layer in resolve(layers):
        identifier = read_record(layer).identifier
        if not registry.entry(identifier):  # a PostGIS table published under an identifier of before
            identifier = registry.identifier_for(data_key(layer)) or identifier
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
    holds now (``"live"`` key). Where the profile asks for review, ``live["review"]`` is the
    administrators' decision: ``{"state": "submitted" | "approved" | "rejected", "comment", "date",
    "by"}``. A ``context`` keeps the registries it read: asking for many layers reads each registry
    file once. A PostGIS table's publications are found from any project that opens it (its record
    and its data key are the table's).

    >>> api.publication_status(layer, "ideo-bfc", live=True)["ideo-bfc"]["catalogue"]["live"]["review"]
    {'state': 'rejected', 'comment': 'Précisez la généalogie.', 'date': '2026-11-03T09:12:00+00:00', 'by': '…'}

    >>> api.publication_status(layer, "local")["local"]["csw"]["state"]
    'published'
    """
    from .publishers.planner import data_key
    from .qgis_io.layers import read_record

    target_layer = _single(layer)
    identifier = read_record(target_layer).identifier
    data = data_key(target_layer)
    named = profile is not None or context is not None  # a profile whose targets ``live`` may ask
    context = _context(profile, context)
    if profile is None:
        registries = context.registries()
    else:
        registries = {context.profile.name: context.registry()} if os.path.exists(context.registry_path()) else {}
    status = {}
    for name, registry in registries.items():
        known = identifier if registry.entry(identifier) else (registry.identifier_for(data) or identifier)
        entry = registry.entry(known).get("targets", {})
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

    Each layer is opened again from what the batch noted: its file, or its PostGIS table, found
    among the current project's layers (whatever their name there) or opened with the credentials
    QGIS finds for it: a colleague's project finishes a batch started elsewhere.

    >>> api.resume("local")
    """
    context = _context(profile, context)
    registry = context.registry()
    batches = [batch_id] if batch_id else registry.unfinished_batches()
    if not batches:
        from .publishers.pipeline import PublishReport

        return PublishReport()
    batch = registry.batch(batches[-1])
    pending = [entry["source"] for entry in batch["layers"].values() if entry["state"] not in ("published", "refused")]
    return publish(pending, targets=batch["targets"], context=context, _resume_batch=batches[-1], **options)


# -- the administrators' side --------------------------------------------------------------------

def audit(source=None, profile=None, *, links=True, limit: Optional[int] = None, context: Optional[Context] = None,
          output: Optional[str] = None, today: Optional[_dt.date] = None, progress=None, cancelled=None):
    """Audit a whole catalogue; returns an :class:`~passerelle.catalogue.audit.AuditReport`.

    ``source``: a catalogue target of the profile (``csw``, ``geonetwork``, ``ckan``, ``udata``,
    ``opendatasoft``, ``local``: its name), the address of a CSW catalogue, or a folder of ISO 19139
    records; None: the profile's only catalogue target. Records are harvested page by page (OWSLib
    for a CSW, ISO 19139 output schema; the portals' APIs for an organisation's datasets) and each is
    checked as it comes, so memory stays flat however large the catalogue:

    - the record checks that need no data, under their usual codes: required metadata for the
      profile, vocabularies, status policy, freshness against the declared frequency, extent outside
      the territory;
    - links (when ``links`` is true, or a dict of link check settings: ``concurrency``, ``per_host``,
      ``delay``, ``timeout``; the profile's ``audit.links`` by default): ``audit.link-broken`` (an HTTP
      error), ``audit.link-unreachable`` (no answer), ``audit.link-moved`` (a permanent redirect),
      ``audit.layer-missing`` (a WMS/WFS link naming a layer its GetCapabilities do not list);
    - duplicates: ``audit.duplicate-title`` (same title and organisation), ``audit.duplicate-url``
      (same resource), ``audit.duplicate-identifier`` (one identifier in two records);
    - where the profile has a service target (GeoServer, QGIS Server) besides a catalogue target:
      ``audit.layer-unrecorded`` (a service layer no record describes) and ``audit.layer-missing``;
    - ``audit.unreadable``: a record that cannot be read.

    ``limit``: audit the first N records only. ``output``: a folder where the French dashboard
    (``audit.html``), the findings (``audit-constats.csv``, ``audit.json``) and the records' extents
    (``audit-emprises.gpkg``) are written (``report.files`` gives their paths). ``progress(share)``
    follows the run (0 to 1); ``cancelled()`` returning true stops it (the report says it is partial).

    >>> report = api.audit("catalogue", "ideo-bfc", output="/tmp/audit")
    >>> sorted(report.codes())
    ['audit.link-broken', 'freshness.overdue', 'metadata.required']
    >>> report.organisations()[0]["completeness"]
    92.5
    """
    from . import audit as auditing

    context = _context(profile, context)
    report = auditing.run(source, context, links=links, limit=limit, today=today, progress=progress,
                          cancelled=cancelled)
    if output:
        auditing.write_outputs(report, output)
    return report


def review_queue(profile=None, *, targets=None, context: Optional[Context] = None) -> list:
    """What agents submitted for review on the profile's targets, oldest first.

    Each :class:`~passerelle.review.Submission` carries its ``identifier``, ``target``, ``title``, author
    ``organisation``, ``author``, ``submitted`` date, ``url``, the record as received (``record``; its
    ``extent`` for a map) and the check report of that record (``findings``, ``errors``, ``warnings``:
    the checks that need no data, under the profile's rules). Review happens where the profile says
    ``"review": true``: GeoNetwork records in workflow status *submitted*, CKAN and udata datasets created
    private with a review mark. Credentials are the profile targets' (a reviewer's account).

    >>> for s in api.review_queue("ideo-bfc"):
    ...     print(s.title, s.organisation, s.submitted, [f.code for f in s.errors])
    """
    from . import review as reviews

    context = _context(profile, context)
    context.revalidate_profile()
    return reviews.queue(context, targets)


def review(identifier: str, profile=None, decision: str = "approve", comment: str = "", *, targets=None,
           context: Optional[Context] = None) -> list:
    """Approve or reject a submission; returns what each target holds afterwards (:class:`~passerelle.review.Decision`).

    ``decision="approve"``: GeoNetwork sets the workflow status *approved* and publishes the record to
    everyone; CKAN and udata make the dataset public. ``decision="reject"`` needs a ``comment`` (what the
    author reads in ``api.publication_status(..., live=True)``): GeoNetwork sets the status *rejected*
    with the comment as its change message; CKAN and udata keep the dataset private and carry the
    decision and the comment in its extras. Errors: ``review.decision``, ``review.comment-required``,
    ``review.not-found``, ``review.forbidden`` (the account is not a reviewer).

    >>> api.review(submission.identifier, "ideo-bfc", decision="reject", comment="Précisez la généalogie.")
    """
    from . import review as reviews

    return reviews.decide(_context(profile, context), identifier, decision, comment, targets)


def validate_profile(path_or_url, *, check_sources: bool = True, network=None):
    """Every problem of a portal profile, each with its JSON path, in French and English.

    ``path_or_url``: a JSON file, a profile name, an http(s) URL (read through the network layer:
    QGIS's proxy and certificate authorities), JSON text or a dict. Besides the profile schema, it checks
    duplicate keys, unknown target types, settings each target type needs, secrets where only a QGIS
    authentication configuration id belongs, addresses, the territory and the default licence, and reads
    each vocabulary source (``check_sources=False``: not read). Returns a
    :class:`~passerelle.catalogue.profile_check.ProfileReport` (``problems``, ``errors``, ``ok``,
    ``profile`` when valid, ``to_text()``).

    >>> report = api.validate_profile("grand-est.json")
    >>> [(p.path, p.message_fr) for p in report.errors]
    [('$.targets.catalogue.authcfg', 'Cette valeur ressemble à un secret …')]
    """
    from .catalogue import profile_check
    from .catalogue.profile import path_of
    from .publishers import factory

    if network is None:
        from . import network as network_layer

        network = network_layer.default()
    known = set(factory.TYPES) | set(factory.registered_types()) | {"local"}
    options = {"fetch": network.fetch if check_sources else None, "check_sources": check_sources,
               "known_types": known}
    if isinstance(path_or_url, dict):
        return profile_check.validate(path_or_url, "", **options)
    value = os.fspath(path_or_url)
    if value.lstrip().startswith("{"):
        return profile_check.validate(value, "", **options)
    if value.startswith(("http://", "https://")):
        try:
            text = network.fetch(value, timeout=30, max_bytes=1024 * 1024, accept="application/json")
        except PasserelleError as error:
            report = profile_check.ProfileReport(source=value)
            report.problems.append(profile_check.ProfileProblem(
                "profile.unreadable", "error", "$", f"Profil illisible à « {value} » : {error.message_fr}",
                f"Unreadable profile at '{value}': {error.message_en}"))
            return report
        return profile_check.validate(text, value, **options)
    path = path_of(value)
    try:
        with open(path, "rb") as handle:
            text = handle.read()
    except OSError as error:
        report = profile_check.ProfileReport(source=value)
        report.problems.append(profile_check.ProfileProblem(
            "profile.unreadable", "error", "$", f"Profil illisible « {value} » : {error.strerror or error}.",
            f"Unreadable profile '{value}': {error.strerror or error}."))
        return report
    return profile_check.validate(text, path, **options)
