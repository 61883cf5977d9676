"""Portal profile: the rules a portal administrator sets once for every authority it serves.

A profile is a JSON document validated against ``passerelle/profiles/profile.schema.json``:
territory, required fields, vocabulary sources, default licence, naming rules,
review, and the publication targets with their endpoints. Credentials are
never in a profile: a target names a QGIS authentication configuration id
(``authcfg``). Profiles are loaded by name: those shipped (``"local"``, ``"ideo-bfc"``),
then the agent's own in :func:`user_profiles_dir`; or from a JSON file path.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Callable, Optional

from .checks.context import DEFAULT_REQUIRED, TARGET_KINDS, Territory
from .errors import PasserelleError

PROFILES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "profiles")
SCHEMA_PATH = os.path.join(PROFILES_DIR, "profile.schema.json")


class ProfileError(PasserelleError):
    code = "profile.invalid"


class UnknownProfileError(ProfileError):
    """No profile of that name, or no such file; ``available`` lists the names that load."""

    code = "profile.unknown"

    def __init__(self, value: str):
        self.value = value
        self.available = available_profiles()
        shipped = [n for n, where in self.available if where == "shipped"]
        own = [n for n, where in self.available if where != "shipped"]
        listed_fr = f"{', '.join(shipped)} (fournis avec Passerelle)" if shipped else ""
        listed_en = f"{', '.join(shipped)} (shipped)" if shipped else ""
        if own:
            listed_fr += f" ; {', '.join(own)} (dans {user_profiles_dir()})"
            listed_en += f"; {', '.join(own)} (in {user_profiles_dir()})"
        shown = value if len(value) <= 200 else value[:200] + "…"
        if _is_name(value):
            head_fr, head_en = f"Profil inconnu « {shown} ».", f"Unknown profile '{shown}'."
        else:
            head_fr, head_en = f"Fichier de profil introuvable : {shown}.", f"Profile file not found: {shown}."
        super().__init__(
            f"{head_fr} Profils disponibles : {listed_fr or 'aucun'}. Donnez l'un de ces noms, ou le chemin "
            "d'un fichier de profil JSON.",
            f"{head_en} Available profiles: {listed_en or 'none'}. Give one of these names, or the path of a "
            "JSON profile file.", code="profile.unknown" if _is_name(value) else "profile.not-found")


@dataclass
class Profile:
    name: str = "default"
    version: str = ""
    territory: Optional[Territory] = None
    required_fields: tuple = DEFAULT_REQUIRED
    vocabulary_sources: list = field(default_factory=list)
    target_kinds: tuple = ()
    organisation: dict = field(default_factory=dict)  # name, siret, email: the catalogue owner
    export: dict = field(default_factory=dict)  # base_url, access_request_url: how exports are written
    database: dict = field(default_factory=dict)  # records, create_schema, pgmetadata, comment: PostGIS records
    title: str = ""
    targets: dict = field(default_factory=dict)  # target name -> settings (type, url, authcfg, kind...)
    default_licence: str = ""
    naming: dict = field(default_factory=dict)
    review: bool = False
    audit: dict = field(default_factory=dict)  # how catalogues are audited: {"links": {concurrency, per_host...}}
    source: str = ""  # file or name it was read from
    #: how to read this profile again once its file changed (a new version downloaded from its URL): the
    #: plugin's settings re-apply the agent's own choices (authentication, extra vocabularies) this way
    reload: Optional[Callable[[], "Profile"]] = field(default=None, repr=False, compare=False)

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
            path = path_of(source)
            if not os.path.isfile(path):
                raise UnknownProfileError(source)
            try:
                with open(path, encoding="utf-8") as handle:
                    value = json.load(handle)
            except (OSError, ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
                said = str(exc)[:200]
                raise ProfileError(f"Profil illisible « {source} » : {said}",
                                   f"Unreadable profile '{source}': {said}") from None
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
        profile.export = dict(value.get("export", {}))
        profile.audit = dict(value.get("audit", {}))
        profile.database = dict(value.get("database", {}))
        return profile


def path_of(source: str) -> str:
    """The file a profile name or path stands for (a name: shipped, else the agent's own)."""
    return named_profile_path(source) or os.path.expanduser(source)


def shipped_profile_path(name: str):
    """Path of a profile shipped with the plugin (``"local"``, ``"ideo-bfc"``), or None."""
    if not _is_name(name):
        return None
    path = os.path.join(PROFILES_DIR, f"{name}.json")
    return path if os.path.exists(path) else None


def named_profile_path(name: str):
    """Path of the profile called ``name``: shipped, else in the agent's profile folder; or None."""
    if not _is_name(name):
        return None
    own = os.path.join(user_profiles_dir(), f"{name}.json")
    return shipped_profile_path(name) or (own if os.path.isfile(own) else None)


def shipped_profiles() -> list:
    return sorted(n[:-5] for n in os.listdir(PROFILES_DIR) if n.endswith(".json") and n != "profile.schema.json")


def user_profiles_dir() -> str:
    """The agent's own profiles: ``profiles/`` in Passerelle's data folder (``$PASSERELLE_DATA_DIR``).

    >>> Profile.load("grand-est")   # finds ~/.local/share/passerelle/profiles/grand-est.json
    """
    data = os.environ.get("PASSERELLE_DATA_DIR") or os.path.join(os.environ.get("XDG_DATA_HOME") or
                                                                  "~/.local/share", "passerelle")
    return os.path.join(os.path.expanduser(data), "profiles")


def available_profiles() -> list:
    """``[(name, "shipped" or the folder)]`` of every profile that loads by name."""
    found = [(name, "shipped") for name in shipped_profiles()]
    folder = user_profiles_dir()
    if os.path.isdir(folder):
        taken = {name for name, _where in found}
        found += [(n[:-5], folder) for n in sorted(os.listdir(folder))
                  if n.endswith(".json") and _is_name(n[:-5]) and n[:-5] not in taken]
    return found


def _is_name(value: str) -> bool:
    """A profile name, not a path: no folder separator, no ``.json``."""
    return bool(value) and "/" not in value and os.sep not in value and not value.endswith(".json")


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
    secrets = _secrets_in_addresses(document)
    if secrets:  # a profile is shared with every agent: a credential there is everyone's
        raise ProfileError(
            f"Profil invalide à « {', '.join(secrets)} » : l'adresse contient un identifiant, un mot de passe ou une "
            "clé (« utilisateur:motdepasse@ », « ?apikey=… »). Un profil est diffusé à tous les agents : retirez-les "
            "et utilisez une configuration d'authentification QGIS (« authcfg »).",
            f"Invalid profile at '{', '.join(secrets)}': the address carries a user name, password or key; use a "
            "QGIS authentication configuration (authcfg) instead.", code="profile.secret")


#: Query parameters that carry a credential (compared lower case, without ``-`` and ``_``).
SECRET_PARAMETERS = {"password", "passwd", "pwd", "secret", "clientsecret", "token", "accesstoken", "apikey", "key",
                     "authkey", "apitoken", "sig", "signature"}
#: The settings of a profile that hold addresses.
ADDRESS_SETTINGS = ("url", "public_url", "access_request_url")


def secret_in_url(url) -> bool:
    """Whether the address carries a credential: ``user:password@`` or a key in its query (``?apikey=…``)."""
    from urllib.parse import parse_qsl, urlsplit

    if not isinstance(url, str) or not url:
        return False
    try:
        parts = urlsplit(url)
        username, password = parts.username, parts.password
    except ValueError:  # an unparsable port: not an address, the schema says so
        return False
    names = [name.lower().replace("-", "").replace("_", "") for name, _ in parse_qsl(parts.query, True)]
    return bool(username or password) or any(name in SECRET_PARAMETERS for name in names)


def _secrets_in_addresses(document: dict) -> list:
    """Where the document holds an address carrying a credential (JSON paths), never the address itself."""
    found = []
    targets = document.get("targets") if isinstance(document.get("targets"), dict) else {}
    for name, settings in targets.items():
        for key in ADDRESS_SETTINGS:
            if isinstance(settings, dict) and secret_in_url(settings.get(key)):
                found.append(f"targets/{name}/{key}")
    export = document.get("export") if isinstance(document.get("export"), dict) else {}
    for key in ("base_url", "access_request_url"):
        if secret_in_url(export.get(key)):
            found.append(f"export/{key}")
    return found


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
