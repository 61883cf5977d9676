"""Publishers from a portal profile: one instance per chosen target, with its HTTP client."""
from __future__ import annotations

import importlib

from ..catalogue.errors import PasserelleError

#: built-in target type -> (module in this package, class), imported on first use
TYPES = {
    "csw": ("csw", "CswPublisher"),
    "geonetwork": ("geonetwork", "GeoNetworkPublisher"),
    "geoserver": ("geoserver", "GeoServerPublisher"),
    "qgis_server": ("qgis_server", "QgisServerPublisher"),
    "ckan": ("ckan", "CkanPublisher"),
    "udata": ("udata", "UdataPublisher"),
    "opendatasoft": ("opendatasoft", "OpenDataSoftPublisher"),
}
_registered: dict = {}


def register(type_name: str, publisher_class) -> None:
    """Add a target type (for extensions): profiles may then name it in ``targets.*.type``."""
    _registered[type_name] = publisher_class


def registered_types() -> tuple:
    """The target types extensions registered (besides the built-in :data:`TYPES` and ``local``)."""
    return tuple(_registered)


def publisher_class(type_name: str):
    if type_name in _registered:
        return _registered[type_name]
    if type_name not in TYPES:
        known = ", ".join(sorted(set(TYPES) | set(_registered) | {"local"}))
        raise PasserelleError(
            f"Type de cible inconnu « {type_name} » (types connus : {known}).",
            f"Unknown target type '{type_name}'.", code="profile.target-type")
    module_name, class_name = TYPES[type_name]
    return getattr(importlib.import_module(f".{module_name}", __package__), class_name)


def build(profile, targets=None, credentials_for=None, dry_run: bool = False, http_client=None,
          network=None) -> list:
    """Publishers for ``targets`` (names in the profile; all when None).

    ``credentials_for(authcfg)`` resolves credentials (the QGIS authentication manager in the plugin);
    ``http_client(base_url, target=, credentials=, timeout=, retries=, verify_tls=, dry_run=, direct=,
    allow_insecure=)``
    makes each publisher's client (:meth:`passerelle.context.Context.http_client`); when None, the
    clients follow ``network`` (a :class:`passerelle.network.Network`; default
    :func:`passerelle.network.default`: QGIS's proxy and CAs in QGIS, the environment's headless).
    """
    http_client = http_client or client_maker(network)
    names = list(targets) if targets else list(profile.targets)
    unknown = [n for n in names if n not in profile.targets]
    if unknown:
        raise PasserelleError(
            f"Cible inconnue dans le profil « {profile.name} » : {', '.join(unknown)} "
            f"(cibles du profil : {', '.join(profile.targets) or 'aucune'}).",
            f"Unknown target in profile '{profile.name}': {', '.join(unknown)}.", code="profile.target")
    publishers = []
    for name in names:
        settings = dict(profile.targets[name])
        if getattr(profile, "review", False):  # the profile's review applies to every target that says nothing
            settings.setdefault("review", True)
        if settings["type"] == "local":
            from ..sdi.local import local_publishers

            publishers += local_publishers(name, settings, dry_run=dry_run, http_client=http_client)
            continue
        cls = publisher_class(settings["type"])
        credentials = credentials_for(settings.get("authcfg", "")) if credentials_for else None
        http = http_client(settings.get("url", ""), target=settings.get("title") or name, credentials=credentials,
                           timeout=settings.get("timeout", 30), retries=settings.get("retries", 3),
                           verify_tls=settings.get("verify_tls", True), dry_run=dry_run,
                           allow_insecure=bool(settings.get("allow_insecure", False)))
        publisher = cls(name, settings, http)
        publisher.kind = settings.get("kind", "open")
        publishers.append(publisher)
    return publishers


def client_maker(network=None):
    """``http_client`` for :func:`build`: clients following ``network`` (None: :func:`passerelle.network.default`),
    or direct ones (``direct=True``) for the servers Passerelle runs itself on this machine."""
    def make(base_url, *, target, credentials=None, timeout=30, retries=3, verify_tls=True, dry_run=False,
             direct=False, allow_insecure=False):
        from .. import network as networks

        chosen = networks.direct() if direct else (network or networks.default())
        http = chosen.client(base_url, target=target, credentials=credentials, timeout=timeout, retries=retries,
                             verify_tls=verify_tls, allow_insecure=allow_insecure)
        http.dry_run = dry_run  # a dry run sends nothing that changes a server
        return http
    return make


def default_http_client(base_url, **options):
    """A publisher's client with :func:`passerelle.network.default`'s policy (see :func:`client_maker`)."""
    return client_maker()(base_url, **options)
