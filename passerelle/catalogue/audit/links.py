"""From link check results to findings: broken, unreachable, moved links and layers a service lacks.

Each URL is checked once (:mod:`passerelle.audit.linkcheck`); its :class:`LinkResult` then judges
every link of every record that requests it. A record whose data is not open (shared, closed) may
keep its downloads behind a login: 401 and 403 are then what is expected, not a broken link.
"""
from __future__ import annotations

from ..terms import OPEN_ACCESS
from . import codes
from .model import AuditFinding, AuditLink, LinkResult, RecordRef, local_name


def link_findings(ref: RecordRef, link: AuditLink, result: LinkResult, timeout: float) -> list:
    """What ``result`` says about ``link`` of the record ``ref`` (empty when the link works)."""
    def finding(code, fr_en):
        return AuditFinding(code, codes.SEVERITY[code], ref.key, ref.identifier, ref.title, ref.organisation,
                            fr_en[0], fr_en[1], field="links", url=link.url)

    if result.failure == "capabilities":
        return [finding(codes.LINK_BROKEN, codes.not_capabilities(link.url, link.kind, result.detail))]
    if result.failure:
        return [finding(codes.LINK_UNREACHABLE, codes.link_unreachable(link.url, result.failure, timeout,
                                                                       result.detail))]
    if result.status >= 400:
        if result.status in (401, 403) and ref.access and ref.access != OPEN_ACCESS:
            return []  # shared or closed data: a login in front of it is the point
        return [finding(codes.LINK_BROKEN, codes.link_broken(link.url, result.status, result.detail))]
    out = []
    if result.moved_to:
        out.append(finding(codes.LINK_MOVED, codes.link_moved(link.url, result.moved_to)))
    if link.is_service and link.layer and result.layers is not None and not has_layer(result.layers, link.layer):
        out.append(finding(codes.LAYER_MISSING, codes.layer_missing(link.url, link.kind, link.layer,
                                                                    len(result.layers))))
    return out


def has_layer(layers, wanted: str) -> bool:
    """Whether ``wanted`` is among ``layers``: exactly, or by local name when one side has no workspace
    prefix (a workspace's own service lists ``pistes`` for ``commune:pistes``)."""
    if wanted in layers:
        return True
    wanted_local = local_name(wanted)
    for name in layers:
        if ":" in name and ":" in wanted:
            continue  # both prefixed and different: another workspace's layer
        if local_name(name) == wanted_local:
            return True
    return False

