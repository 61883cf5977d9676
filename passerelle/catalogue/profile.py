"""Check profile: the rules a portal sets once for every authority it serves.

Issue-level scope here is what the checks need (territory, required fields,
vocabulary sources, where layers are headed); publishing endpoints extend it.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Optional

from .checks.context import DEFAULT_REQUIRED, TARGET_KINDS, Territory
from .errors import PasserelleError


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

    @classmethod
    def load(cls, value) -> "Profile":
        """A profile from None, a Profile, a dict or a JSON file path."""
        if value is None:
            return cls()
        if isinstance(value, Profile):
            return value
        if isinstance(value, (str, os.PathLike)):
            try:
                with open(value, encoding="utf-8") as handle:
                    value = json.load(handle)
            except (OSError, ValueError) as exc:
                raise ProfileError(f"Profil illisible « {value} » : {exc}",
                                   f"Unreadable profile '{value}': {exc}") from exc
        if not isinstance(value, dict):
            raise ProfileError("Un profil doit être un objet JSON.", "A profile must be a JSON object.")
        profile = cls(name=str(value.get("name", "default")), version=str(value.get("version", "")))
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
