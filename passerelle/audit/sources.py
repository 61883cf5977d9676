"""Where an audit reads its records: a folder of ISO 19139 files, a CSW, or an open-data portal organisation.

Each source yields its records page by page (:meth:`Source.pages`), as
:class:`~passerelle.catalogue.audit.model.Entry` objects: a page is read, audited and forgotten
before the next one, so memory stays flat however large the catalogue. Portals are read through
their public APIs with paging (CKAN ``package_search``, udata ``/organizations/{id}/datasets/``,
OpenDataSoft Explore API v2.1 ``catalog/datasets``), with the target's credentials when it has
some (private datasets are then included), through Passerelle's network layer.
"""
from __future__ import annotations

import os
import re
from typing import Iterator, Optional
from urllib.parse import urlencode

from ..catalogue.audit import iso, portals
from ..catalogue.errors import PasserelleError
from ..publishers.http import PublishError

PAGE_SIZE = 100
ODS_WINDOW = 10000  # the Explore API serves offset + limit up to 10,000
CATALOGUE_TYPES = ("csw", "geonetwork", "ckan", "udata", "opendatasoft", "local")
_GMD_IDENTIFIER = "{http://www.isotc211.org/2005/gmd}fileIdentifier"


class Source:
    """A catalogue to audit. ``name`` is shown in the report, ``kind`` says what it is, ``total`` is
    the number of records when the source says it (after the first page for a CSW or a portal).

    :meth:`pages` fetches the records as the source serves them (XML elements, JSON objects, file
    contents) and :meth:`entries` reads one such page: the audit fetches the next page while it
    reads and checks the current one.
    """

    kind = ""

    def __init__(self, name: str, vocabularies, target_kind: str = ""):
        self.name = name
        self.vocabularies = vocabularies
        self.target_kind = target_kind
        self.total: Optional[int] = None

    def pages(self, limit: Optional[int] = None) -> Iterator[list]:
        raise NotImplementedError

    def entries(self, page: list) -> Iterator:
        """The :class:`Entry` objects of a page :meth:`pages` gave, one at a time."""
        raise NotImplementedError


class FolderSource(Source):
    """Every ``*.xml`` file under a folder (sub-folders included), in name order."""

    kind = "folder"

    def __init__(self, folder: str, vocabularies):
        super().__init__(os.path.abspath(os.path.expanduser(folder)), vocabularies)
        self.folder = self.name
        self.files = sorted(os.path.join(root, name) for root, _dirs, names in os.walk(self.folder)
                            for name in names if name.lower().endswith(".xml"))
        self.total = len(self.files)

    def pages(self, limit: Optional[int] = None) -> Iterator[list]:
        files = self.files if limit is None else self.files[:limit]
        for start in range(0, len(files), PAGE_SIZE):
            page = []
            for path in files[start:start + PAGE_SIZE]:
                try:
                    with open(path, "rb") as handle:
                        page.append((path, handle.read()))
                except OSError:
                    page.append((path, b""))  # read as an empty, unreadable record
            yield page

    def entries(self, page: list) -> Iterator:
        return (iso.entry(content, self.vocabularies, key=os.path.relpath(path, self.folder), url=path)
                for path, content in page)


class CswSource(Source):
    """A CSW 2.0.2 catalogue (pycsw, GeoNetwork...) read with OWSLib (see :mod:`.csw`)."""

    kind = "csw"

    def __init__(self, url: str, http, vocabularies, target_kind: str = "", record_page: str = ""):
        super().__init__(url, vocabularies, target_kind)
        from .csw import CswCatalogue

        self.catalogue = CswCatalogue(url, http)
        self.record_page = record_page  # a GeoNetwork's record page, "{uuid}" replaced
        self._position = 0

    def pages(self, limit: Optional[int] = None) -> Iterator[list]:
        for page in self.catalogue.pages(PAGE_SIZE, limit):
            self.total = self.catalogue.matched
            yield page

    def entries(self, page) -> Iterator:
        for element in page.records():
            self._position += 1
            found = element.find(_GMD_IDENTIFIER)
            identifier = "".join(found.itertext()).strip() if found is not None else ""
            key = identifier or f"(sans identifiant) n° {self._position}"
            url = self.record_page.replace("{uuid}", identifier) if self.record_page and identifier else \
                self.catalogue.record_url(identifier) if identifier else ""
            yield iso.entry(element, self.vocabularies, key=key, url=url)


class CkanSource(Source):
    """The datasets of one CKAN organisation (``package_search``, private ones too with a token)."""

    kind = "ckan"

    def __init__(self, url: str, organisation: str, http, vocabularies, target_kind: str = ""):
        root = re.sub(r"/api(/3)?(/action)?/?$", "", url.rstrip("/"))
        super().__init__(f"{root} ({organisation})" if organisation else root, vocabularies, target_kind)
        self.root, self.organisation, self.http = root, str(organisation or ""), http

    def pages(self, limit: Optional[int] = None) -> Iterator[list]:
        field = "owner_org" if re.fullmatch(r"[0-9a-f-]{36}", self.organisation) else "organization"
        if self.organisation:  # a misspelt organisation would otherwise look like an empty catalogue
            _known(self.http, f"{self.root}/api/3/action/organization_show?{urlencode({'id': self.organisation})}",
                   self.organisation, self.root)
        start = 0
        while limit is None or start < limit:
            rows = PAGE_SIZE if limit is None else min(PAGE_SIZE, limit - start)
            params = {"rows": rows, "start": start, "sort": "name asc", "include_private": "true"}
            if self.organisation:
                params["fq"] = f'{field}:"{self.organisation}"'
            answer = self.http.get(f"{self.root}/api/3/action/package_search?{urlencode(params)}").json()
            result = (answer or {}).get("result") or {}
            self.total = result.get("count")
            datasets = result.get("results") or []
            yield datasets
            start += len(datasets)
            if not datasets or (self.total is not None and start >= self.total):
                return

    def entries(self, page: list) -> Iterator:
        return (portals.ckan_entry(dataset, self.vocabularies, self.root) for dataset in page)


class UdataSource(Source):
    """The datasets of one udata organisation (``GET /api/1/organizations/{id}/datasets/``)."""

    kind = "udata"

    def __init__(self, url: str, organisation: str, http, vocabularies, target_kind: str = ""):
        base = url.rstrip("/")
        base = base[:-len("/api/1")] if base.endswith("/api/1") else base
        super().__init__(f"{base} ({organisation})", vocabularies, target_kind)
        self.base, self.organisation, self.http = base, str(organisation or ""), http

    def pages(self, limit: Optional[int] = None) -> Iterator[list]:
        if not self.organisation:
            raise PasserelleError("La cible udata n'indique pas l'organisation à auditer (réglage « organisation »).",
                                  "The udata target names no organisation to audit.", code="audit.source")
        url = f"{self.base}/api/1/organizations/{self.organisation}/datasets/?page=1&page_size={PAGE_SIZE}"
        served = 0
        while url and (limit is None or served < limit):
            answer = (_known(self.http, url, self.organisation, self.base) if not served else self.http.get(url)).json()
            answer = answer or {}
            self.total = answer.get("total")
            datasets = (answer.get("data") or [])[:None if limit is None else limit - served]
            served += len(datasets)
            yield datasets
            url = answer.get("next_page") if datasets else None

    def entries(self, page: list) -> Iterator:
        return (portals.udata_entry(dataset, self.vocabularies) for dataset in page)


class OdsSource(Source):
    """The catalogue of an OpenDataSoft domain (Explore API v2.1 ``catalog/datasets``)."""

    kind = "opendatasoft"

    def __init__(self, url: str, http, vocabularies, target_kind: str = "", organisation: str = ""):
        base = re.sub(r"/api/(automation|explore)/.*$", "", url.rstrip("/"))
        super().__init__(base, vocabularies, target_kind)
        self.base, self.http, self.organisation = base, http, organisation

    def pages(self, limit: Optional[int] = None) -> Iterator[list]:
        offset = 0
        stop = ODS_WINDOW if limit is None else min(limit, ODS_WINDOW)
        while offset < stop:
            size = min(PAGE_SIZE, stop - offset)
            answer = self.http.get(f"{self.base}/api/explore/v2.1/catalog/datasets?"
                                   f"{urlencode({'limit': size, 'offset': offset, 'order_by': 'dataset_id'})}").json()
            self.total = (answer or {}).get("total_count")
            datasets = (answer or {}).get("results") or []
            yield datasets
            offset += len(datasets)
            if not datasets or (self.total is not None and offset >= self.total):
                return

    def entries(self, page: list) -> Iterator:
        return (portals.ods_entry(d, self.vocabularies, self.base, self.organisation) for d in page)


def _known(http, url: str, organisation: str, portal: str):
    """The answer to ``url``; a 404 means the organisation is not on the portal."""
    try:
        return http.get(url)
    except PublishError as error:
        if error.status != 404:
            raise
        raise PasserelleError(
            f"L'organisation « {organisation} » est introuvable sur le portail {portal} : vérifiez son nom ou son "
            "identifiant (réglage « organisation » de la cible du profil).",
            f"Organisation '{organisation}' is not on portal {portal}: check the target's 'organisation' setting.",
            code="audit.organisation-unknown") from None


def open_source(source, context) -> Source:
    """The :class:`Source` ``source`` names: a folder, a CSW URL, or a catalogue target of the profile
    (None: the profile's only catalogue target)."""
    vocabularies = context.vocabularies
    profile = context.profile
    if source is None:
        candidates = [name for name, settings in profile.targets.items() if settings.get("type") in CATALOGUE_TYPES]
        if len(candidates) != 1:
            raise PasserelleError(
                "Précisez le catalogue à auditer : un dossier de fiches ISO 19139, l'adresse d'un CSW ou une cible "
                f"du profil « {profile.name} » ({', '.join(candidates) or 'aucune cible catalogue'}).",
                "Name the catalogue to audit: a folder of ISO 19139 records, a CSW address or a target of the "
                f"profile ({', '.join(candidates) or 'no catalogue target'}).", code="audit.source")
        source = candidates[0]
    text = os.fspath(source) if isinstance(source, (str, os.PathLike)) else ""
    if text and isinstance(source, str) and source in profile.targets:
        return _target_source(source, profile.targets[source], context)
    if text and re.match(r"^https?://", text, re.IGNORECASE):
        http = context.network.client(text, target=f"Le catalogue CSW « {text} »", timeout=60, retries=2)
        return CswSource(text, http, vocabularies)
    if text and os.path.isdir(os.path.expanduser(text)):
        return FolderSource(text, vocabularies)
    raise PasserelleError(
        f"Source d'audit introuvable : « {text[:200]} ». Donnez un dossier de fiches ISO 19139, l'adresse d'un "
        f"catalogue CSW (http…), ou une cible du profil « {profile.name} » "
        f"({', '.join(profile.targets) or 'aucune'}).",
        f"Audit source not found: '{text[:200]}'. Give a folder of ISO 19139 records, a CSW address, or a target "
        "of the profile.", code="audit.source")


def _target_source(name: str, settings: dict, context) -> Source:
    kind, vocabularies = settings.get("type"), context.vocabularies
    target_kind = settings.get("kind", "open")
    if kind == "local":
        return FolderSource(os.path.join(os.path.expanduser(settings["folder"]), "records"), vocabularies)
    if kind not in CATALOGUE_TYPES:
        raise PasserelleError(
            f"La cible « {name} » ({kind}) est un service, pas un catalogue : auditez la cible catalogue du profil "
            "(ses couches sont rapprochées des fiches automatiquement).",
            f"Target '{name}' ({kind}) is a service, not a catalogue: audit the profile's catalogue target.",
            code="audit.source-type")
    url = (settings.get("url") or "").rstrip("/")
    credentials = context.credentials(settings["authcfg"]) if settings.get("authcfg") else None
    http = context.http_client(url, target=settings.get("title") or name, credentials=credentials,
                               timeout=settings.get("timeout", 60), retries=settings.get("retries", 3),
                               verify_tls=settings.get("verify_tls", True))
    if kind == "csw":
        return CswSource(url, http, vocabularies, target_kind)
    if kind == "geonetwork":
        portal = settings.get("portal", "srv")
        public = (settings.get("public_url") or url).rstrip("/")
        return CswSource(f"{url}/{portal}/eng/csw", http, vocabularies, target_kind,
                         record_page=f"{public}/{portal}/api/records/{{uuid}}")
    organisation = settings.get("organisation") or ""
    if isinstance(organisation, dict):
        organisation = organisation.get("id") or organisation.get("name") or ""
    if kind == "ckan":
        return CkanSource(url, organisation, http, vocabularies, target_kind)
    if kind == "udata":
        return UdataSource(url, organisation, http, vocabularies, target_kind)
    return OdsSource(settings.get("public_url") or url, http, vocabularies, target_kind,
                     organisation=context.profile.organisation.get("name", ""))


__all__ = ["Source", "FolderSource", "CswSource", "CkanSource", "UdataSource", "OdsSource", "open_source"]
