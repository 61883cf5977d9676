"""Record identifiers: the one pattern Passerelle accepts, and the safe file names made from them.

An identifier keys a record everywhere (file names, the registry, catalogue records, URLs), and it often
comes from a file: a ``.qmd``, a GeoPackage, a project, an ISO record from another catalogue. Such input is
untrusted: before an identifier goes into a path or a URL it must match :data:`PATTERN`, and file names
come from :func:`file_stem`, never from the identifier itself.

Accepted, as real catalogues write them:

- UUIDs, as GeoNetwork and Passerelle make them (``3f2504e0-4f89-11d3-9a0c-0305e82c3301``), also in
  braces as ArcGIS writes them (``{3F2504E0-4F89-11D3-9A0C-0305E82C3301}``);
- French SDI identifiers and other slugs (``fr-120066022-jdd-d3f1a1b0``, ``FR-213502388-PLU``,
  ``IGNF_BDTOPO_3-3``): ASCII letters, digits, ``.``, ``_`` and ``-``, starting and ending with a
  letter or a digit.

Refused: path separators, ``..``, whitespace, control characters, ``:`` (a drive or a URL scheme), any
other character, and more than :data:`MAX_LENGTH` characters.

    >>> is_valid("fr-120066022-jdd-d3f1a1b0"), is_valid("../../etc/passwd")
    (True, False)
    >>> file_stem("FR-213502388-PLU")
    'fr-213502388-plu-684bcf01d8'
"""
from __future__ import annotations

import hashlib
import re
from typing import Optional

from .errors import PasserelleError
from .textfields import excerpt

INVALID = "record.identifier-invalid"
MAX_LENGTH = 128
_UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
#: Every identifier Passerelle puts into a path or a URL matches this (and has no "..").
PATTERN = re.compile(r"\{" + _UUID + r"\}|[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")
#: A technical layer name (``equipements_publics``): what Passerelle makes from layer names, and what a
#: name read back from a registry or a folder must still look like before it names a file.
TECHNICAL_NAME = re.compile(r"[a-z0-9_]{1,128}")
_PLAIN_FILE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")
_WINDOWS_RESERVED = re.compile(r"(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?")
#: What a slug and a hash look like: an identifier shaped so is hashed too, never taken as it is, so that
#: ``fr-plu-<hash of FR-PLU>`` cannot be made to name the file of ``FR-PLU``.
_HASHED_STEM = re.compile(r".*-[0-9a-f]{10}")


class IdentifierError(PasserelleError, ValueError):
    """A record identifier does not match :data:`PATTERN`; ``identifier`` holds the raw value."""

    code = INVALID

    def __init__(self, identifier, reason_fr: str, reason_en: str):
        self.identifier = identifier
        shown = excerpt(identifier, 40)
        super().__init__(
            f"L'identifiant de fiche « {shown} » n'est pas valide : {reason_fr}. Un identifiant ne contient que "
            "des lettres sans accent, des chiffres, « . », « _ » ou « - » (un UUID par exemple) : corrigez-le "
            "dans les métadonnées de la couche (Propriétés › Métadonnées › Identification › Identifiant).",
            f"Record identifier '{shown}' is invalid: {reason_en}. An identifier holds only ASCII letters, "
            "digits, '.', '_' or '-' (a UUID for instance): fix it in the layer's metadata "
            "(Properties › Metadata › Identification › Identifier).")


def problem(identifier) -> Optional[tuple[str, str]]:
    """Why ``identifier`` is refused, as (French, English) reasons; None when it is valid."""
    text = identifier if isinstance(identifier, str) else ""
    if not text:
        return "il est vide", "it is empty"
    if len(text) > MAX_LENGTH:
        return (f"il fait {len(text)} caractères, au-delà des {MAX_LENGTH} admis",
                f"it is {len(text)} characters long, more than the {MAX_LENGTH} allowed")
    if re.search(r"[\x00-\x1f\x7f-\x9f]", text):
        return "il contient un caractère de contrôle invisible", "it contains an invisible control character"
    if re.search(r"\s", text):
        return "il contient une espace", "it contains whitespace"
    if "/" in text or "\\" in text:
        return "il contient une barre oblique (séparateur de chemin)", "it contains a slash (path separator)"
    if ".." in text:
        return "il contient « .. »", "it contains '..'"
    if not PATTERN.fullmatch(text):
        odd = next((c for c in text if not (c.isascii() and (c.isalnum() or c in "._-{}"))), "")
        if odd:
            return f"il contient le caractère « {odd} »", f"it contains the character '{odd}'"
        if "{" in text or "}" in text:
            return "des accolades n'entourent qu'un UUID", "braces may only surround a UUID"
        return ("il doit commencer et finir par une lettre ou un chiffre",
                "it must start and end with a letter or a digit")
    return None


def is_valid(identifier) -> bool:
    return problem(identifier) is None


def validate(identifier) -> str:
    """``identifier`` itself when valid; raises :class:`IdentifierError` otherwise."""
    reason = problem(identifier)
    if reason is not None:
        raise IdentifierError(identifier, *reason)
    return identifier


def file_stem(identifier) -> str:
    """A file name (without extension) for a record, safe on every system; stable for an identifier.

    Lower-case identifiers (Passerelle's UUIDs) are used as they are; others get a lower-case slug and a
    short hash, so that ``ABC`` and ``abc`` never share a file on a case-insensitive disk, names
    Windows reserves (``con``, ``nul``…) never reach the disk, and no identifier can take the name another
    one is given (one ending like a slug's hash is hashed too). Raises :class:`IdentifierError`.
    """
    validate(identifier)
    if (_PLAIN_FILE_NAME.fullmatch(identifier) and not _WINDOWS_RESERVED.fullmatch(identifier)
            and not _HASHED_STEM.fullmatch(identifier)):
        return identifier
    slug = re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")[:80] or "fiche"
    return f"{slug}-{hashlib.sha256(identifier.encode('utf-8')).hexdigest()[:10]}"
