"""Auditing a whole catalogue: harvest it page by page, check every record and link, write the report.

:func:`run` is what :func:`passerelle.api.audit` calls; the judging is headless, in
:mod:`passerelle.catalogue.audit`; here are the parts that talk to servers: the sources
(:mod:`.sources`), the link checker (:mod:`.linkcheck`), the service targets of the profile, and the
outputs (:func:`write_outputs`: dashboard, CSV, JSON, GeoPackage of the extents).
"""
from __future__ import annotations

import datetime as _dt
import os
import queue
import threading
import time
from typing import Callable, Iterator, Optional

from ..catalogue.audit import Audit, AuditReport
from ..catalogue.audit.model import WFS, WMS, capabilities_url
from ..catalogue.audit.services import Service
from ..catalogue.errors import PasserelleError
from .linkcheck import LinkChecker, LinkSettings
from .sources import CATALOGUE_TYPES, Source, open_source

HARVEST_SHARE = 0.7  # of the progress bar, when links are checked too
PREFETCH = 2  # pages fetched ahead of the one being checked
YIELD_EVERY = 0.001  # seconds of checking between two hand-overs to the fetching thread


def run(source, context, *, links=True, limit: Optional[int] = None, today: Optional[_dt.date] = None,
        progress: Optional[Callable[[float], None]] = None, cancelled: Optional[Callable[[], bool]] = None
        ) -> AuditReport:
    """Audit ``source`` with ``context``'s profile (see :func:`passerelle.api.audit`)."""
    cancelled = cancelled or (lambda: False)
    progress = progress or (lambda share: None)
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise PasserelleError("La limite du nombre de fiches doit être un entier positif.",
                              "The record limit must be a positive integer.", code="audit.limit")
    asked = links if isinstance(links, (dict, LinkSettings)) else None
    LinkSettings.of(asked)  # wrong settings are refused before any request
    context.revalidate_profile()  # a URL profile: its latest version, as for a check or a publish
    settings = LinkSettings.of((context.profile.audit or {}).get("links"), asked)
    check_links = bool(links)
    catalogue = open_source(source, context)
    rules = context.check_context(today=today)
    profile = f"{context.profile.name} {context.profile.version}".strip()
    audit = Audit(rules, source=catalogue.name, source_kind=catalogue.kind, profile=profile,
                  settings={"links": check_links, "limit": limit, **({"link_check": settings.to_dict()}
                                                                      if check_links else {})},
                  timeout=settings.timeout)
    harvest_share = HARVEST_SHARE if check_links else 1.0
    complete = _harvest(catalogue, audit, limit, cancelled, lambda share: progress(harvest_share * share))
    checker = LinkChecker(context.network, settings)
    results = None
    if check_links and complete:
        results = checker.check(audit.urls_to_check(), cancelled=cancelled,
                                progress=lambda done, total: progress(harvest_share + (1 - harvest_share) *
                                                                      done / max(total, 1)))
        complete = not cancelled()
    services = _services(context, checker, results or {}) if complete else []
    report = audit.finish(results, services, complete=complete)
    progress(1.0)
    return report


def _harvest(catalogue: Source, audit: Audit, limit, cancelled, progress) -> bool:
    """Read and check every record of ``catalogue``; False when cancelled."""
    yielded = time.perf_counter()
    for page in _prefetched(catalogue.pages(limit), cancelled):
        if cancelled():
            return False
        for entry in catalogue.entries(page):
            audit.add(entry)
            # Let the fetching thread take the interpreter every millisecond: else each step of its reading
            # of the next page waits for the 5 ms switch interval, and the download no longer overlaps the
            # checks. Not after every record: each hand-over costs a thread switch.
            now = time.perf_counter()
            if now - yielded >= YIELD_EVERY:
                time.sleep(0)
                yielded = now
        total = limit if catalogue.total is None else min(catalogue.total, limit or catalogue.total)
        if total:
            progress(min(1.0, audit.count / total))
    return not cancelled()


def _prefetched(pages: Iterator[list], cancelled, depth: int = PREFETCH) -> Iterator[list]:
    """``pages``, each fetched in a background thread while the one before is checked (at most ``depth``
    ahead: memory stays flat); an error of the fetching thread is raised here."""
    waiting: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    end = object()

    def fetch():
        try:
            for page in pages:
                while not stop.is_set():
                    try:
                        waiting.put(page, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set() or cancelled():
                    break
            waiting.put((end, None))
        except BaseException as error:  # raised again in the reading thread
            waiting.put((end, error))

    thread = threading.Thread(target=fetch, name="passerelle-harvest", daemon=True)
    thread.start()
    try:
        while True:
            item = waiting.get()
            if isinstance(item, tuple) and len(item) == 2 and item[0] is end:
                if item[1] is not None:
                    raise item[1]
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let the fetching thread finish its request and leave
            try:
                waiting.get(timeout=0.2)
            except queue.Empty:
                pass
        close = getattr(pages, "close", None)
        if close is not None:
            close()


def profile_services(context) -> list:
    """The service targets (GeoServer, QGIS Server) of a profile that also has a catalogue target."""
    from ..publishers.factory import publisher_class

    targets = context.profile.targets
    if not any(settings.get("type") in CATALOGUE_TYPES for settings in targets.values()):
        return []
    services = []
    for name, settings in targets.items():
        kind = settings.get("type")
        if kind not in ("geoserver", "qgis_server"):
            continue
        try:
            publisher = publisher_class(kind)(name, settings, _NoHttp())
        except PasserelleError:
            continue  # a target without its address: nothing to compare with
        if kind == "geoserver":
            urls = {WMS: publisher.capabilities_url("wms"), WFS: publisher.capabilities_url("wfs")}
        else:
            found = publisher.service_urls("")
            urls = {WMS: found["wms"], WFS: found["wfs"]}
        services.append(Service(name=name, title=settings.get("title") or name, capabilities=urls))
    return services


class _NoHttp:
    """Publishers are built only for their addresses here: nothing may be sent through them."""

    base_url = ""
    dry_run = True


def _services(context, checker: LinkChecker, results: dict) -> list:
    """(Service, {kind: LinkResult}) for each service target; capabilities already read for the links reused."""
    out = []
    for service in profile_services(context):
        found = {}
        for kind, url in service.capabilities.items():
            asked = capabilities_url(url, kind.upper())  # as the records' links ask them: read once
            found[kind] = results.get(asked) or checker.check_one(asked, kind)
        out.append((service, found))
    checker.close()
    return out


def write_outputs(report: AuditReport, folder: str, language: str = "fr") -> dict:
    """Write the dashboard (``audit.html``), the findings (``audit-constats.csv``, ``audit.json``) and the
    records' extents (``audit-emprises.gpkg``) into ``folder``; returns {kind: path}.

    Each file is written beside its final name and moved into place when complete.
    """
    from .extents import write_extents

    folder = os.path.abspath(os.path.expanduser(folder))
    os.makedirs(folder, exist_ok=True)
    paths = {"html": os.path.join(folder, "audit.html"), "csv": os.path.join(folder, "audit-constats.csv"),
             "json": os.path.join(folder, "audit.json"), "gpkg": os.path.join(folder, "audit-emprises.gpkg")}
    texts = {"html": (report.to_html(language), "utf-8"), "csv": (report.to_csv(language), "utf-8-sig"),
             "json": (report.to_json(), "utf-8")}
    for kind, (text, encoding) in texts.items():
        temporary = paths[kind] + ".partial"
        with open(temporary, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        os.replace(temporary, paths[kind])
    temporary = os.path.join(folder, ".audit-emprises.partial.gpkg")
    write_extents(report, temporary)
    os.replace(temporary, paths["gpkg"])
    report.files = dict(paths)
    return paths


__all__ = ["run", "write_outputs", "profile_services", "LinkChecker", "LinkSettings"]
