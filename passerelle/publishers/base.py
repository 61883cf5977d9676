"""The one small interface every publication target implements.

A publisher is one module per target (CSW-T, GeoNetwork, GeoServer, QGIS
Server, local...). It knows nothing of QGIS layers: it receives a
:class:`PublicationPackage` (files on disk + the record) and talks to its
server. Everything is keyed by the record's stable identifier, so publishing
twice updates in place and never duplicates.

The pipeline calls, per layer and in this order: ``check`` (all targets),
``publish`` of the *service* targets (data + WMS/WFS), then ``publish`` of
the *catalogue* targets (the ISO record carrying the service links), then
``verify`` of each.

Ownership (see :mod:`.ownership`): ``publish`` overwrites an existing object only when the server
shows Passerelle's mark on it, or when ``package.adopt`` says the user chose to take it over; else it
raises :class:`~.ownership.ForeignObject`. ``unpublish`` is called only for what the registry says was
published, and deletes only after reading the mark back.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..catalogue.record import Record

#: What a target does in the pipeline.
SERVICE, CATALOGUE = "service", "catalogue"


@dataclass
class PublicationPackage:
    """What is published for one layer, prepared once for every target."""

    record: Record
    name: str  # technical layer name on servers: stable, ASCII, e.g. "equipements_publics"
    gpkg_path: str  # the data, in ``crs``, table ``name``
    crs: str  # e.g. "EPSG:2154"
    feature_count: int
    content_hash: str  # sha256 of data + record: "unchanged" detection
    sld: str = ""  # SLD 1.0 of the layer style (may be empty)
    encode_iso: Optional[Callable[[list], bytes]] = None  # online resources -> ISO 19139 bytes
    files: dict = field(default_factory=dict)  # downloadable copies: {"gpkg": path, "geojson": path, "csv": path}
    vocabularies: object = None  # the Vocabularies in force, to map concept URIs to each target's codes
    adopt: bool = False  # take over an object of the same identifier/name that is not Passerelle's (user's choice)
    #: where the data lives when a target may serve it in place (a PostGIS table: provider, uri without
    #: password, schema, table, database, service, authcfg, password_in_source...), else None
    source: Optional[dict] = None

    @property
    def identifier(self) -> str:
        return self.record.identifier

    def iso_record(self, online_resources=()) -> bytes:
        return self.encode_iso(list(online_resources))


@dataclass
class PublishResult:
    """What one target holds for one layer after ``publish``."""

    target: str
    ids: dict = field(default_factory=dict)  # ids on the target: record uuid, workspace/layer, dataset id...
    urls: dict = field(default_factory=dict)  # e.g. {"wms": capabilities URL, "record": GetRecordById URL}
    online_resources: list = field(default_factory=list)  # ISO 19139 links for the catalogue step
    created: list = field(default_factory=list)  # what this run created (for rollback), e.g. ["record"]
    changed: bool = True  # False when the target already held this content


class Publisher(abc.ABC):
    """A publication target."""

    role = SERVICE  # SERVICE or CATALOGUE: the pipeline publishes services first
    kind = "open"  # "open", "restricted" or "internal": what the policy checks compare against

    def __init__(self, name: str, settings: dict, http=None):
        self.name = name  # the target's name in the profile
        self.settings = settings
        if http is None:  # the factory passes one with credentials; scripts and tests may not
            from .http import HttpClient

            http = HttpClient(settings.get("url", ""), target=settings.get("title") or name,
                              timeout=settings.get("timeout", 30), verify_tls=settings.get("verify_tls", True))
        self.http = http

    def check(self, package: PublicationPackage) -> list:
        """Findings that block publishing ``package`` here (target-specific rules). Default: none."""
        return []

    def record_url(self, identifier: str) -> str:
        """Where the record will be readable (catalogue targets), known before publishing."""
        return ""

    @abc.abstractmethod
    def publish(self, package: PublicationPackage, links: dict) -> PublishResult:
        """Create or update this target's copy of ``package``.

        ``links``: what earlier steps produced, ``{"metadata_url": ..., "online_resources": [...]}``.
        Must be idempotent: a second call with the same package changes nothing and duplicates nothing.
        """

    @abc.abstractmethod
    def unpublish(self, identifier: str, ids: dict) -> None:
        """Remove exactly what :meth:`publish` created for ``identifier`` (``ids`` from its result)."""

    @abc.abstractmethod
    def status(self, identifier: str, ids: dict) -> dict:
        """What the target currently holds for ``identifier``: ``{"exists": bool, ...}``."""

    #: Whether this target type can hold submissions for review (GeoNetwork, CKAN, udata).
    reviews = False

    def submissions(self) -> list:
        """What awaits an administrator's review on this target (see :func:`passerelle.api.review_queue`):
        dicts with ``identifier``, ``ids``, ``title``, ``organisation``, ``author``, ``submitted``, ``url``
        and the record as received: ``xml`` (ISO 19139) or ``record``. Default: none."""
        return []

    def review(self, identifier: str, ids: dict, decision: str, comment: str = "") -> dict:
        """Approve (``decision="approve"``: made public) or reject (``"reject"``: stays private, the comment
        goes back to the author) a submission; returns :meth:`status` afterwards."""
        from .http import PublishError

        raise PublishError(f"La cible « {self.name} » ne connaît pas la relecture des soumissions.",
                           f"Target '{self.name}' has no review of submissions.", code="review.unsupported")

    def verify(self, package: PublicationPackage, result: PublishResult) -> list[str]:
        """Problems seen when reading the publication back (empty list: all good)."""
        return []

    def finish(self) -> None:  # noqa: B027 - optional hook, a no-op unless a target has batch work
        """Called once after a batch (publish or unpublish): work best done once, e.g. rebuilding an index."""
