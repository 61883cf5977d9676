"""Errors carry a stable ``code`` for programs and a message in French and English for people.

``str(error)`` (what the Python console and a traceback show) is in the people's language:
:func:`language`, which the plugin and the API set from QGIS's own locale when they run inside
QGIS, and which defaults to the process locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``) elsewhere. Both texts stay on the error (``message_fr``, ``message_en``).
"""
from __future__ import annotations

import os

from .textfields import excerpt

_language = ""  # set by set_language(); empty: from the process locale


def set_language(value: str) -> None:
    """The language of error texts from now on: "fr" or "en" (any locale name: "fr_FR", "en_GB"...).

    >>> set_language("fr")
    >>> str(PasserelleError("Profil inconnu.", "Unknown profile."))
    'Profil inconnu.'
    """
    global _language
    _language = "fr" if (value or "").lower().startswith("fr") else "en" if value else ""


def language() -> str:
    """"fr" or "en": the one set by :func:`set_language`, else the process locale's."""
    return _language or process_language()


def process_language() -> str:
    """"fr" when the process locale is French (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else "en"."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:  # the first one set wins, as for gettext (LANGUAGE may list several: "fr:en")
            return "fr" if value.split(":")[0].lower().startswith("fr") else "en"
    return "en"


class PasserelleError(Exception):
    """Base error: ``code`` is stable, ``message_fr`` / ``message_en`` are for people.

    ``str(error)`` is the message in :func:`language`.
    """

    code = "passerelle.error"

    def __init__(self, message_fr: str, message_en: str = "", code: str = ""):
        super().__init__(message_en or message_fr)
        self.message_fr = message_fr
        self.message_en = message_en or message_fr
        if code:
            self.code = code

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else self.message_en

    def __str__(self) -> str:
        if not hasattr(self, "message_fr"):  # a subclass still in its __init__
            return super().__str__()
        return self.message(language())


class UnknownTermError(PasserelleError, ValueError):
    """A value matched no concept of a vocabulary; ``suggestions`` holds the closest concepts."""

    code = "vocabulary.unknown"

    def __init__(self, scheme: str, value: str, suggestions=()):
        self.scheme = scheme
        self.value = value
        self.suggestions = list(suggestions)
        hint_fr = hint_en = ""
        shown = excerpt(value)  # a message quotes an excerpt, never a whole user value
        if self.suggestions:
            names = ", ".join(f"« {c.code} » ({c.label('fr')})" for c in self.suggestions)
            names_en = ", ".join(f"'{c.code}' ({c.label('en')})" for c in self.suggestions)
            hint_fr = f" Vouliez-vous dire : {names} ?"
            hint_en = f" Did you mean: {names_en}?"
        super().__init__(
            f"Valeur inconnue « {shown} » pour le vocabulaire « {scheme} ».{hint_fr}",
            f"Unknown value '{shown}' for vocabulary '{scheme}'.{hint_en}",
        )


class VocabularySourceError(PasserelleError):
    """A vocabulary source could not be read or parsed."""

    code = "vocabulary.source"


class LayerNotFoundError(PasserelleError, LookupError):
    code = "layer.not-found"


class RecordDecodeError(PasserelleError, ValueError):
    """An ISO 19139 (or other) document could not be turned into a record."""

    code = "record.decode"


class ExportRefusedError(PasserelleError):
    """Records that no export could write; nothing was written. ``findings`` says why, with the codes
    the checks report (``metadata.control-characters``, ``scdl.siret-missing``...); ``code`` is the first's."""

    code = "export.refused"

    def __init__(self, findings):
        self.findings = list(findings)
        first = self.findings[0]
        count = len(self.findings)
        super().__init__(
            f"Export refusé, rien n'a été écrit : {count} problème(s) à corriger d'abord (api.check les signale "
            f"aussi). Couche « {excerpt(first.layer)} » : {first.message_fr}",
            f"Export refused, nothing was written: {count} problem(s) to fix first (api.check reports them too). "
            f"Layer '{excerpt(first.layer)}': {first.message('en')}", code=first.code)


class LayerDamagedError(PasserelleError):
    """A data file exists but cannot be read to the end: truncated, corrupted or not what its name says."""

    code = "layer.damaged"

    def __init__(self, path: str, detail: str = ""):
        self.path = str(path)
        self.detail = detail
        more = f" ({detail})" if detail else ""
        super().__init__(
            f"Le fichier « {self.path} » est endommagé ou tronqué : il ne peut pas être lu{more}. "
            "Restaurez-le depuis une sauvegarde ou exportez de nouveau la couche depuis sa source.",
            f"File '{self.path}' is damaged or truncated: it cannot be read{more}. "
            "Restore it from a backup or export the layer again from its source.")
