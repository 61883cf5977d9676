"""Service layers against catalogue records, where a profile has both a service and a catalogue target.

A layer of the service is recorded when a record links to it (a WMS/WFS link naming it), or when the
capabilities point at an audited record (the layer's ``MetadataURL`` carries its identifier, as
Passerelle and GeoServer write it). A record link naming a layer the service lacks is
``audit.layer-missing``; a layer no record describes is ``audit.layer-unrecorded``.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import codes
from .links import has_layer
from .model import AuditFinding, AuditLink, LinkResult, local_name


@dataclass
class Service:
    """One service target of the profile: its capabilities URLs by kind (``wms``, ``wfs``)."""

    name: str
    title: str
    capabilities: dict = field(default_factory=dict)

    def _roots(self) -> list:
        """(host, path prefix, workspace) of each capabilities URL: a link under the prefix is this service's."""
        roots = []
        for url in self.capabilities.values():
            parts = urlsplit(url)
            path = parts.path.rstrip("/")
            folder = posixpath.dirname(path) if posixpath.basename(path).lower() in ("wms", "wfs", "ows") else path
            roots.append((parts.netloc.lower(), folder, posixpath.basename(folder)))
        return roots

    def covers(self, link: AuditLink) -> bool:
        """Whether ``link`` is a link to one of this service's layers."""
        if not link.is_service:
            return False
        parts = urlsplit(link.url)
        host, path = parts.netloc.lower(), parts.path.rstrip("/")
        prefix = link.layer.split(":", 1)[0] if ":" in link.layer else ""
        for root_host, folder, workspace in self._roots():
            if host != root_host:
                continue
            if path == folder or path.startswith(folder + "/"):
                return not prefix or prefix == workspace or not folder
            # the server's global endpoint (/geoserver/ows) naming this workspace's layer (commune:pistes)
            if prefix and prefix == workspace and posixpath.dirname(folder) in (path, posixpath.dirname(path)):
                return True
        return False


def cross_check(service: Service, results: dict, record_links, identifiers) -> list:
    """Findings for ``service`` given its capabilities ``results`` ({kind: LinkResult}).

    ``record_links``: (:class:`RecordRef`, link) of every service link of the catalogue;
    ``identifiers``: the audited records' identifiers (to recognise a layer's ``MetadataURL``).
    Returns the findings; an unreadable capabilities document gives ``audit.service-unavailable``.
    """
    out = []
    layers: dict = {}  # local name -> (kind, name as listed)
    metadata: dict = {}  # local name -> MetadataURL addresses
    for kind, result in sorted(results.items()):
        if result.layers is None:
            why_fr, why_en = _why(result)
            fr, en = codes.service_unavailable(service.title, service.capabilities[kind], why_fr, why_en)
            out.append(AuditFinding(codes.SERVICE_UNAVAILABLE, codes.SEVERITY[codes.SERVICE_UNAVAILABLE],
                                    "", "", service.title, service.title, fr, en, url=service.capabilities[kind]))
            continue
        for name in sorted(result.layers):
            layers.setdefault(local_name(name), (kind, name))
            metadata.setdefault(local_name(name), set()).update((result.metadata_urls or {}).get(name, ()))
    if not layers:
        return out
    listed = frozenset(name for _kind, name in layers.values())
    recorded = set()
    for ref, link in record_links:
        if not service.covers(link) or not link.layer:
            continue
        if has_layer(listed, link.layer) or local_name(link.layer) in layers:
            recorded.add(local_name(link.layer))
        else:
            fr, en = codes.layer_missing(link.url, link.kind, link.layer, len(layers))
            out.append(AuditFinding(codes.LAYER_MISSING, codes.SEVERITY[codes.LAYER_MISSING], ref.key, ref.identifier,
                                    ref.title, ref.organisation, fr, en, field="links", url=link.url))
    wanted = {identifier for identifier in identifiers if len(identifier or "") >= 8}  # not "1" in any URL
    for local, (kind, name) in sorted(layers.items()):
        if local in recorded or any(i in url for url in metadata.get(local, ()) for i in wanted):
            continue
        fr, en = codes.layer_unrecorded(service.title, kind, name)
        out.append(AuditFinding(codes.LAYER_UNRECORDED, codes.SEVERITY[codes.LAYER_UNRECORDED], "", "",
                                name, service.title, fr, en, url=service.capabilities[kind]))
    return out


def _why(result: LinkResult) -> tuple:
    if result.failure == "capabilities":
        return result.detail, result.detail
    if result.failure:
        return f"pas de réponse : {result.failure}", f"no answer: {result.failure}"
    return f"HTTP {result.status}", f"HTTP {result.status}"
