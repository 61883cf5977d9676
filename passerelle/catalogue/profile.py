"""Portal profile: the rules a portal administrator sets once for every authority it serves.

A profile is a JSON document validated against ``passerelle/profiles/profile.schema.json``:
territory, required fields, vocabulary sources, default licence, naming rules,
review, and the publication targets with their endpoints. Credentials are
never in a profile: a target names a QGIS authentication configuration id
(``authcfg``). Shipped profiles are loaded by name (``"local"``, ``"ideo-bfc"``).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Optional

from .checks.context import DEFAULT_REQUIRED, TARGET_KINDS, Territory
from .errors import PasserelleError

PROFILES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "profiles")
SCHEMA_PATH = os.path.join(PROFILES_DIR, "profile.schema.json")


class ProfileError(PasserelleError):
    code = "profile.invalid"


@dataclass
class Profile:
    name: str = "default"
    version: str = ""
    territory: Optional[Territory] = None
    required_fields: tuple = DEFAULT_REQUIRED
    vocabulary_sources: list = field(default_factory=list)
    target_kinds: tuple = ()
    organisation: dict = field(default_factory=dict)  # name, siret, email: the catalogue owner
    title: str = ""
    targets: dict = field(default_factory=dict)  # target name -> settings (type, url, authcfg, kind...)
    default_licence: str = ""
    naming: dict = field(default_factory=dict)
    review: bool = False
    source: str = ""  # file or name it was read from

    def target_kind(self, name: str) -> str:
        return self.targets[name].get("kind", "open")

    @classmethod
    def load(cls, value) -> "Profile":
        """A profile from None, a Profile, a dict or a JSON file path."""
        if value is None:
            return cls()
        if isinstance(value, Profile):
            return value
        source = ""
        if isinstance(value, (str, os.PathLike)):
            source = str(value)
            path = shipped_profile_path(source) or source
            try:
                with open(path, encoding="utf-8") as handle:
                    value = json.load(handle)
            except (OSError, ValueError) as exc:
                raise ProfileError(f"Profil illisible « {source} » : {exc}",
                                   f"Unreadable profile '{source}': {exc}") from exc
        if not isinstance(value, dict):
            raise ProfileError("Un profil doit être un objet JSON.", "A profile must be a JSON object.")
        validate(value)
        profile = cls(name=str(value.get("name", "default")), version=str(value.get("version", "")),
                      title=value.get("title", ""), targets={k: dict(v) for k, v in value.get("targets", {}).items()},
                      default_licence=value.get("default_licence", ""), naming=dict(value.get("naming", {})),
                      review=bool(value.get("review", False)), source=source)
        territory = value.get("territory")
        if territory:
            bbox = territory.get("bbox") if isinstance(territory, dict) else None
            if not (isinstance(bbox, (list, tuple)) and len(bbox) == 4 and bbox[0] < bbox[2] and bbox[1] < bbox[3]):
                raise ProfileError(
                    "Le territoire du profil doit avoir une emprise « bbox » [ouest, sud, est, nord] en WGS84.",
                    "The profile territory needs a bbox [west, south, east, north] in WGS84.")
            profile.territory = Territory(territory.get("name", ""), tuple(float(x) for x in bbox))
        if "required_fields" in value:
            profile.required_fields = tuple(value["required_fields"])
        profile.vocabulary_sources = list(value.get("vocabularies", []))
        kinds = tuple(value.get("target_kinds", ()))
        unknown = [k for k in kinds if k not in TARGET_KINDS]
        if unknown:
            raise ProfileError(f"Type de cible inconnu : {', '.join(unknown)} (attendu : {', '.join(TARGET_KINDS)}).",
                               f"Unknown target kind: {', '.join(unknown)}.")
        profile.target_kinds = kinds
        profile.organisation = dict(value.get("organisation", {}))
        return profile


def shipped_profile_path(name: str):
    """Path of a profile shipped with the plugin (``"local"``, ``"ideo-bfc"``), or None."""
    if os.sep in name or name.endswith(".json"):
        return None
    path = os.path.join(PROFILES_DIR, f"{name}.json")
    return path if os.path.exists(path) else None


def shipped_profiles() -> list:
    return sorted(n[:-5] for n in os.listdir(PROFILES_DIR) if n.endswith(".json") and n != "profile.schema.json")


def validate(document: dict) -> None:
    """Raise :class:`ProfileError` (French, with the faulty place) unless ``document`` fits the schema."""
    import jsonschema

    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.path) or "(racine)"
        raise ProfileError(
            f"Profil invalide à « {where} » : {_french(first)} ({len(errors)} erreur(s) en tout).",
            f"Invalid profile at '{where}': {first.message} ({len(errors)} error(s)).")


def _french(error) -> str:
    kind = error.validator
    if kind == "additionalProperties":
        return ("clé non prévue par le schéma (les identifiants et mots de passe n'ont pas leur place dans un "
                "profil : utilisez une configuration d'authentification QGIS, « authcfg »). " + error.message)
    if kind == "required":
        return f"champ obligatoire manquant ({error.message})"
    if kind in ("pattern", "enum", "type", "format"):
        return f"valeur non conforme ({error.message})"
    return error.message
