"""Table Schemas shipped with the plugin, found offline by URL or path.

Publishing must work on a town hall's machine without reaching
schema.data.gouv.fr, so the schemas Passerelle writes to are shipped here and
``index.json`` says which published URL each file stands for. Nothing in this
module uses the network: an unknown URL is an error the user can act on.

    >>> from passerelle.catalogue import schemas
    >>> schemas.resolve("https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json")["version"]
    '0.1.3'
"""
from __future__ import annotations

import json
import os
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from ..errors import PasserelleError

SCHEMA_DIR = os.path.dirname(__file__)


class SchemaNotFoundError(PasserelleError, LookupError):
    """A schema URL is not shipped, or a schema file is missing or unreadable."""

    code = "schema.not-found"


def shipped() -> dict[str, str]:
    """Published schema URL -> absolute path of the shipped file."""
    with open(os.path.join(SCHEMA_DIR, "index.json"), encoding="utf-8") as handle:
        index = json.load(handle)["schemas"]
    return {url: os.path.join(SCHEMA_DIR, name) for url, name in index.items()}


def local_path(url_or_path: str) -> str:
    """The local file holding a schema given by URL, ``file://`` URL or path.

    Raises :class:`SchemaNotFoundError` (French message) for an http(s) URL
    that is not shipped or a path that does not exist.
    """
    reference = str(url_or_path).strip()
    scheme = urlparse(reference).scheme.lower()
    if scheme in ("http", "https"):
        index = shipped()
        # schema.data.gouv.fr answers on both schemes; the index keeps https.
        candidate = "https" + reference[len(scheme):]
        if candidate in index:
            return index[candidate]
        raise SchemaNotFoundError(
            f"Le schéma « {reference} » n'est pas fourni avec Passerelle et n'est pas téléchargé "
            "automatiquement. Enregistrez le fichier JSON du schéma sur votre poste et indiquez son chemin.",
            f"Schema '{reference}' is not shipped with Passerelle and is never downloaded automatically. "
            "Save the schema JSON file locally and give its path.")
    path = url2pathname(unquote(urlparse(reference).path)) if scheme == "file" else reference
    if not os.path.isfile(path):
        raise SchemaNotFoundError(
            f"Le fichier de schéma « {path} » est introuvable.",
            f"Schema file '{path}' not found.")
    return path


def resolve(url_or_path: str) -> dict:
    """The Table Schema descriptor for a shipped URL, a ``file://`` URL or a local path.

    Each call returns a fresh dictionary, so callers may change it freely.
    """
    path = local_path(url_or_path)
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise SchemaNotFoundError(
            f"Le fichier de schéma « {path} » n'est pas un JSON lisible : {exc}",
            f"Schema file '{path}' is not readable JSON: {exc}") from exc
