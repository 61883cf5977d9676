"""Publishers from a portal profile: one instance per chosen target, with its HTTP client."""
from __future__ import annotations

import importlib

from ..catalogue.errors import PasserelleError
from .http import HttpClient

#: target type -> (module, class)
TYPES = {
    "csw": ("csw", "CswPublisher"),
    "geonetwork": ("geonetwork", "GeoNetworkPublisher"),
    "geoserver": ("geoserver", "GeoServerPublisher"),
    "qgis_server": ("qgis_server", "QgisServerPublisher"),
}


def build(profile, targets=None, credentials_for=None, dry_run: bool = False) -> list:
    """Publishers for ``targets`` (names in the profile; all when None).

    ``credentials_for(authcfg)`` resolves credentials (the QGIS authentication manager in the plugin).
    """
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
        if settings["type"] == "local":
            from ..sdi.local import local_publishers

            publishers += local_publishers(name, settings, dry_run=dry_run)
            continue
        module_name, class_name = TYPES[settings["type"]]
        cls = getattr(importlib.import_module(f".{module_name}", __package__), class_name)
        credentials = credentials_for(settings.get("authcfg", "")) if credentials_for else None
        http = HttpClient(settings.get("url", ""), target=settings.get("title") or name, credentials=credentials,
                          timeout=settings.get("timeout", 30), retries=settings.get("retries", 3),
                          verify_tls=settings.get("verify_tls", True))
        http.dry_run = dry_run
        publisher = cls(name, settings, http)
        publisher.kind = settings.get("kind", "open")
        publishers.append(publisher)
    return publishers
