"""Every problem of a portal profile, each with its JSON path, in French and English.

:func:`validate` is what ``api.validate_profile`` runs for an administrator before distributing a
profile: the JSON Schema (``passerelle/profiles/profile.schema.json``, every error rather than the
first) and what a schema cannot say — duplicate keys (two targets of one name: JSON keeps the last
silently), target types Passerelle does not know, settings a target type needs, secrets where only a
QGIS authentication configuration id belongs, addresses (well formed, https, confirmed), the
territory, the default licence and whether each vocabulary source can be read.

    >>> report = validate(open("grand-est.json", encoding="utf-8").read(), "grand-est.json")
    >>> for problem in report.problems:
    ...     print(problem.severity, problem.path, problem.message_fr)
    error $.targets.catalogue.authcfg « Un3-M0t-De-Passe » ressemble à un secret : …

Paths are JSONPath as jsonschema writes them (``$.targets.catalogue.url``, ``$.vocabularies[0]``).
Vocabulary sources are read through ``fetch`` (:meth:`passerelle.network.Network.fetch`'s
signature: ``fetch(url, timeout=, max_bytes=, accept=) -> bytes``); nothing here imports Qt, QGIS or
a network library.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urlsplit

from .errors import PasserelleError
from .findings import ERROR, INFO, WARNING

#: Settings a target cannot work without, by type (what each publisher refuses to start without).
NEEDED_SETTINGS = {"csw": ("url",), "geonetwork": ("url", "group"), "geoserver": ("url", "workspace"),
                   "qgis_server": ("url",), "ckan": ("url", "organisation"), "udata": ("url", "organisation"),
                   "opendatasoft": ("url",), "local": ()}
#: Keys whose values are secrets whatever the level they appear at.
SECRET_KEYS = re.compile(r"pass(word)?|passwd|mot_?de_?passe|secret|token|api[-_]?key|apikey|credential", re.I)
AUTHCFG = re.compile(r"^[A-Za-z0-9]{7}$")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
VOCABULARY_MAX_BYTES = 16 * 1024 * 1024


@dataclass
class ProfileProblem:
    """One problem of a profile: stable ``code``, ``severity``, JSON ``path`` and both messages."""

    code: str
    severity: str
    path: str
    message_fr: str
    message_en: str = ""

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else (self.message_en or self.message_fr)


@dataclass
class ProfileReport:
    """All problems of one profile; ``profile`` is the loaded profile when it has no error."""

    source: str = ""
    problems: list = field(default_factory=list)
    profile: object = None
    document: Optional[dict] = None

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set:
        return {p.code for p in self.problems}

    def at(self, path: str) -> list:
        return [p for p in self.problems if p.path == path]

    def to_text(self, language: str = "fr") -> str:
        """One line per problem (``gravité  chemin  message``), or a line saying there is none."""
        from .findings import severity_label

        if not self.problems:
            return "Aucun problème : le profil est prêt à être diffusé." if language.startswith("fr") else \
                "No problem: the profile is ready to distribute."
        return "\n".join(f"{severity_label(p.severity, language)}\t{p.path}\t{p.message(language)}"
                         for p in self.problems)


def json_path(parts) -> str:
    """``["targets", "a b", 0]`` -> ``$.targets['a b'][0]`` (jsonschema's ``json_path`` notation)."""
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$-]*", str(part)):
            path += f".{part}"
        else:
            path += "['" + str(part).replace("'", "\\'") + "']"
    return path


class _Pairs(list):
    """A JSON object as read, its keys in order and duplicates kept (to report them)."""


def parse(text: str) -> tuple:
    """(document, duplicate-key problems) of a profile's JSON text; invalid JSON raises ``profile.json``."""
    try:
        raw = json.loads(text, object_pairs_hook=_Pairs)
    except ValueError as exc:
        raise PasserelleError(f"Le profil n'est pas du JSON lisible : {exc}",
                              f"The profile is not readable JSON: {exc}", code="profile.json") from None
    problems: list = []
    return _plain(raw, [], problems), problems


def _plain(node, path: list, problems: list):
    if isinstance(node, _Pairs):
        seen, result = set(), {}
        for key, value in node:
            if key in seen:
                where = json_path(path + [key])
                problems.append(ProfileProblem(
                    "profile.duplicate-key", ERROR, where,
                    f"La clé « {key} » apparaît deux fois"
                    f"{' (deux cibles du même nom)' if path == ['targets'] else ''} : "
                    "JSON ne garde que la dernière, sans le dire. Renommez ou supprimez l'une des deux.",
                    f"Key '{key}' appears twice: JSON silently keeps the last one."))
            seen.add(key)
            result[key] = _plain(value, path + [key], problems)
        return result
    if isinstance(node, list):
        return [_plain(value, path + [i], problems) for i, value in enumerate(node)]
    return node


def validate(document, source: str = "", *, fetch: Optional[Callable] = None, check_sources: bool = True,
             known_types=None) -> ProfileReport:
    """Every problem of a profile given as JSON text or as an already parsed dict (see the module docstring).

    ``fetch`` reads URL vocabulary sources (None: they are not read; ``check_sources=False``: no source is
    read); ``known_types``: the target types Passerelle knows (None: types are not checked;
    ``api.validate_profile`` gives the built-in ones and those registered by extensions).
    """
    report = ProfileReport(source=source)
    if isinstance(document, (str, bytes)):
        text = document.decode("utf-8-sig") if isinstance(document, bytes) else document
        try:
            document, report.problems = parse(text)
        except PasserelleError as error:
            report.problems.append(ProfileProblem(error.code, ERROR, "$", error.message_fr, error.message_en))
            return report
    if not isinstance(document, dict):
        report.problems.append(ProfileProblem("profile.schema", ERROR, "$", "Un profil est un objet JSON ({ … }).",
                                              "A profile is a JSON object."))
        return report
    report.document = document
    report.problems += schema_problems(document)
    report.problems += semantic_problems(document, source, known_types)
    if check_sources:
        report.problems += source_problems(document, source, fetch)
    report.problems.sort(key=lambda p: (p.path, {ERROR: 0, WARNING: 1, INFO: 2}.get(p.severity, 3)))
    if report.ok:
        from .profile import Profile

        try:
            report.profile = Profile.load(document)
        except PasserelleError as error:  # a rule of Profile.load this module does not know yet
            report.problems.append(ProfileProblem(error.code or "profile.invalid", ERROR, "$", error.message_fr,
                                                  error.message_en))
    return report


# --- the schema --------------------------------------------------------------------------------

def schema_problems(document: dict) -> list:
    """Every JSON Schema error, in French, at its path."""
    import jsonschema

    from .profile import SCHEMA_PATH

    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    problems = []
    for error in sorted(jsonschema.Draft202012Validator(schema).iter_errors(document),
                        key=lambda e: [str(p) for p in e.absolute_path]):
        problems += _schema_problem(error)
    return problems


def _schema_problem(error) -> list:
    where = list(error.absolute_path)
    kind, value = error.validator, error.instance
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {}))) if isinstance(value, dict) else []
        found = []
        for key in extra or ["?"]:
            path = json_path(where + [key])
            if SECRET_KEYS.search(str(key)):
                found.append(ProfileProblem(
                    "profile.secret", ERROR, path,
                    f"« {key} » : un secret (mot de passe, jeton, clé d'API) n'a pas sa place dans un profil, que "
                    "tous les agents reçoivent. Enregistrez-le dans le gestionnaire d'authentification de QGIS et "
                    "donnez ici l'identifiant de la configuration (« authcfg »).",
                    f"'{key}': a secret has no place in a profile every agent receives; store it in QGIS's "
                    "authentication manager and give its configuration id (authcfg)."))
            else:
                found.append(ProfileProblem("profile.schema", ERROR, path,
                                            f"Clé « {key} » inconnue à cet endroit (faute de frappe ?).",
                                            f"Unknown key '{key}' here (typo?)."))
        return found
    path = json_path(where)
    last = where[-1] if where else ""
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        return [ProfileProblem("profile.schema", ERROR, json_path(where + [name]) if missing else path,
                               f"Champ obligatoire manquant : « {name} ».", f"Missing required field '{name}'.")]
    if kind == "pattern" and last == "authcfg":
        return [_secret_authcfg(path, value)] if isinstance(value, str) and _looks_secret(value) else [ProfileProblem(
            "profile.authcfg", ERROR, path,
            f"« {value} » n'est pas un identifiant de configuration d'authentification QGIS (7 lettres ou chiffres, "
            "par exemple « ideo001 »).", f"'{value}' is not a QGIS authentication configuration id (7 letters or "
            "digits).")]
    hints = {"url": "une adresse commençant par http:// ou https://",
             "public_url": "une adresse commençant par http:// ou https://",
             "name": "des lettres sans accent, des chiffres, « . », « _ » ou « - »",
             "crs": "un code EPSG, par exemple « EPSG:2154 »", "siret": "14 chiffres",
             "workspace": "des lettres sans accent, des chiffres, « _ » ou « - »",
             "base_url": "une adresse commençant par http:// ou https://",
             "access_request_url": "une adresse http(s):// (ou mailto: pour l'export)"}
    shown = re.sub(r"//[^/@\s\"]+@", "//***@", json.dumps(value, ensure_ascii=False)[:120])  # no password shown
    if kind == "pattern":
        hint = hints.get(str(last), f"le motif {error.validator_value}")
        return [ProfileProblem("profile.schema", ERROR, path, f"Valeur {shown} mal formée : il faut {hint}.",
                               f"Malformed value {shown}: {error.message}")]
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = {"string": "un texte", "integer": "un nombre entier", "number": "un nombre", "boolean":
                 "true ou false", "object": "un objet { … }", "array": "une liste [ … ]"}
        return [ProfileProblem("profile.schema", ERROR, path,
                               f"Valeur {shown} du mauvais type : il faut "
                               f"{' ou '.join(names.get(w, w) for w in wanted)}.",
                               error.message)]
    if kind == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return [ProfileProblem("profile.schema", ERROR, path,
                               f"Valeur {shown} non prévue ; valeurs possibles : {allowed}.", error.message)]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return [ProfileProblem("profile.schema", ERROR, path,
                               f"Valeur {shown} hors des limites permises ({kind} {error.validator_value}).",
                               error.message)]
    if kind in ("minItems", "maxItems"):
        return [ProfileProblem("profile.schema", ERROR, path,
                               f"Nombre d'éléments incorrect ({kind} {error.validator_value}) : {shown}.",
                               error.message)]
    if kind == "uniqueItems":
        return [ProfileProblem("profile.schema", ERROR, path, f"La liste contient des doublons : {shown}.",
                               error.message)]
    if kind == "minLength":
        return [ProfileProblem("profile.schema", ERROR, path, "Valeur vide : donnez un texte.", error.message)]
    if kind == "format":
        return [ProfileProblem("profile.schema", ERROR, path,
                               f"Valeur {shown} mal formée ({error.validator_value}).", error.message)]
    return [ProfileProblem("profile.schema", ERROR, path, f"Valeur non conforme au schéma : {error.message}",
                           error.message)]


def _looks_secret(value: str) -> bool:
    """An authcfg value that is rather a password or a key (long, mixed, or with symbols) than an id."""
    return bool(value) and not AUTHCFG.match(value) and (len(value) >= 12 or bool(re.search(r"[^A-Za-z0-9]", value)))


def _secret_authcfg(path: str, value: str) -> ProfileProblem:
    return ProfileProblem(
        "profile.secret", ERROR, path,
        "Cette valeur ressemble à un secret (mot de passe, jeton, clé d'API), pas à un identifiant de configuration "
        "d'authentification QGIS (7 lettres ou chiffres) : un profil est diffusé à tous les agents. Retirez-la, "
        "changez ce secret s'il a déjà circulé, et donnez l'identifiant de la configuration.",
        "This value looks like a secret, not a QGIS authentication configuration id (7 letters or digits): a "
        "profile goes to every agent. Remove it, change the secret if it has circulated, and give the id.")


# --- what the schema cannot say ----------------------------------------------------------------

def semantic_problems(document: dict, source: str = "", known_types=None) -> list:
    problems = []
    if not str(document.get("version", "")).strip():
        problems.append(ProfileProblem(
            "profile.version-missing", WARNING, "$.version",
            "Le profil n'a pas de version : les agents ne sauront pas qu'il a changé. Donnez-lui une version "
            "(par exemple « 2026.11 ») et augmentez-la à chaque diffusion.",
            "The profile has no version: agents will not know it changed."))
    problems += _url_problems(document, ["export", "base_url"], document.get("export", {}).get("base_url")
                              if isinstance(document.get("export"), dict) else None)
    problems += _territory_problems(document.get("territory"))
    problems += _licence_problems(document.get("default_licence"))
    targets = document.get("targets")
    if isinstance(targets, dict):
        places = {}
        for name, settings in targets.items():
            if not isinstance(settings, dict):
                continue
            problems += _target_problems(name, settings, known_types)
            place = (settings.get("type"), (settings.get("url") or settings.get("folder") or "").rstrip("/"))
            if place[1] and place in places:
                problems.append(ProfileProblem(
                    "profile.duplicate-target", WARNING, json_path(["targets", name]),
                    f"Les cibles « {places[place]} » et « {name} » désignent le même serveur ({place[1]}) : chaque "
                    "couche y serait publiée deux fois. Gardez-en une.",
                    f"Targets '{places[place]}' and '{name}' name the same server ({place[1]})."))
            places.setdefault(place, name)
    if not targets:
        problems.append(ProfileProblem("profile.no-target", INFO, "$.targets",
                                       "Le profil ne déclare aucune cible : il sert à vérifier, pas à publier.",
                                       "The profile declares no target: it checks, it does not publish."))
    return problems


def _target_problems(name: str, settings: dict, known_types) -> list:
    problems = []
    kind = settings.get("type")
    if isinstance(kind, str) and known_types is not None and kind not in known_types:
        problems.append(ProfileProblem(
            "profile.target-type", ERROR, json_path(["targets", name, "type"]),
            f"Type de cible inconnu « {kind} » (types connus : {', '.join(sorted(known_types))}).",
            f"Unknown target type '{kind}'."))
    for needed in NEEDED_SETTINGS.get(kind, ()):
        if settings.get(needed) in (None, ""):
            problems.append(ProfileProblem(
                "profile.target-setting", ERROR, json_path(["targets", name, needed]),
                f"La cible « {name} » ({kind}) a besoin de « {needed} ».",
                f"Target '{name}' ({kind}) needs '{needed}'."))
    for key in ("url", "public_url", "access_request_url"):
        problems += _url_problems({}, ["targets", name, key], settings.get(key),
                                  unconfirmed=key == "url" and settings.get("url_confirmed") is False)
    return problems


def _url_problems(_document, where: list, url, unconfirmed: bool = False) -> list:
    if not isinstance(url, str) or not url:
        return []
    path = json_path(where)
    parts = urlsplit(url)
    if parts.username or parts.password:
        return [ProfileProblem(
            "profile.secret", ERROR, path,
            "L'adresse contient un identifiant ou un mot de passe (« utilisateur:motdepasse@ ») : un profil est "
            "diffusé à tous les agents. Retirez-les et utilisez une configuration d'authentification QGIS "
            "(« authcfg »).",
            "The address carries a user name or password: use a QGIS authentication configuration instead.")]
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        return [ProfileProblem("profile.url", ERROR, path, f"« {url} » n'est pas une adresse http(s) valide.",
                               f"'{url}' is not a valid http(s) address.")]
    problems = []
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        problems.append(ProfileProblem(
            "profile.url-insecure", WARNING, path,
            f"« {url} » n'est pas chiffrée (http) : les mots de passe et clés d'API y passeraient en clair. "
            "Utilisez https.", f"'{url}' is not encrypted (http): use https."))
    if unconfirmed:
        problems.append(ProfileProblem(
            "profile.url-unconfirmed", INFO, path,
            f"Adresse « {url} » marquée comme non confirmée (url_confirmed: false) : vérifiez-la avant de diffuser.",
            f"Address '{url}' is marked unconfirmed (url_confirmed: false)."))
    return problems


def _territory_problems(territory) -> list:
    if not isinstance(territory, dict) or not isinstance(territory.get("bbox"), list) or len(territory["bbox"]) != 4:
        return []
    try:
        west, south, east, north = (float(v) for v in territory["bbox"])
    except (TypeError, ValueError):
        return []
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return [ProfileProblem(
            "profile.territory", ERROR, "$.territory.bbox",
            f"L'emprise {territory['bbox']} n'est pas [ouest, sud, est, nord] en degrés WGS84 (ouest < est, "
            "sud < nord, longitudes entre -180 et 180, latitudes entre -90 et 90).",
            "The bbox is not [west, south, east, north] in WGS84 degrees.")]
    return []


def _licence_problems(licence) -> list:
    if not licence:
        return []
    from .vocabularies import shipped

    if shipped()["licence"].find(str(licence)) is None:
        return [ProfileProblem(
            "profile.licence-unknown", WARNING, "$.default_licence",
            f"Licence par défaut « {licence} » inconnue des vocabulaires livrés (etalab-2.0, ODbL-1.0…) : "
            "à moins qu'un vocabulaire du profil ne la définisse, les agents ne pourront pas l'utiliser.",
            f"Default licence '{licence}' is not in the shipped vocabularies.")]
    return []


# --- vocabulary sources ------------------------------------------------------------------------

def source_problems(document: dict, source: str = "", fetch: Optional[Callable] = None) -> list:
    """A problem for each vocabulary source that cannot be read or is not SKOS Turtle."""
    problems = []
    sources = document.get("vocabularies")
    if not isinstance(sources, list):
        return problems
    base = os.path.dirname(os.path.abspath(source)) if source and "://" not in source and os.path.exists(source) else ""
    for index, entry in enumerate(sources):
        if not isinstance(entry, str) or not entry.strip():
            continue
        path = json_path(["vocabularies", index])
        entry = entry.strip()
        try:
            if "://" in entry and not entry.startswith("file:"):
                problems += _url_problems({}, ["vocabularies", index], entry)
                if any(p.severity == ERROR for p in problems if p.path == path):
                    continue
                if fetch is None:
                    problems.append(ProfileProblem("profile.vocabulary-unchecked", INFO, path,
                                                   f"« {entry} » n'a pas été lu (vérification sans réseau).",
                                                   f"'{entry}' was not read (no network)."))
                    continue
                data = fetch(entry, timeout=15, max_bytes=VOCABULARY_MAX_BYTES,
                             accept="text/turtle, application/x-turtle;q=0.9, */*;q=0.1")
            else:
                local = entry[len("file://"):] if entry.startswith("file://") else entry
                local = os.path.expanduser(local)
                if not os.path.isabs(local) and base:
                    local = os.path.join(base, local)
                with open(local, "rb") as handle:
                    data = handle.read()
        except (OSError, PasserelleError) as error:
            reason = error.message_fr if isinstance(error, PasserelleError) else \
                f"{error.strerror or type(error).__name__}."
            problems.append(ProfileProblem(
                "profile.vocabulary-unreadable", ERROR, path,
                f"Source de vocabulaire illisible « {entry} » : {reason} Les agents ne l'auront pas.",
                f"Unreadable vocabulary source '{entry}'."))
            continue
        try:
            from .skos import parse_schemes

            schemes = parse_schemes(data.decode("utf-8"), entry)
        except (PasserelleError, UnicodeDecodeError) as error:
            reason = error.message_fr if isinstance(error, PasserelleError) else str(error)
            problems.append(ProfileProblem("profile.vocabulary-invalid", ERROR, path,
                                           f"« {entry} » n'est pas un vocabulaire SKOS utilisable : {reason}",
                                           f"'{entry}' is not a usable SKOS vocabulary."))
            continue
        problems.append(ProfileProblem("profile.vocabulary-read", INFO, path,
                                       f"« {entry} » lu : {len(schemes)} schéma(s) de concepts.",
                                       f"'{entry}' read: {len(schemes)} concept scheme(s)."))
    return problems
