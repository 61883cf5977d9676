"""Errors carry a stable ``code`` for programs and a message in French and English for people."""
from __future__ import annotations

from .textfields import excerpt


class PasserelleError(Exception):
    """Base error: ``code`` is stable, ``message_fr`` / ``message_en`` are for people."""

    code = "passerelle.error"

    def __init__(self, message_fr: str, message_en: str = "", code: str = ""):
        super().__init__(message_en or message_fr)
        self.message_fr = message_fr
        self.message_en = message_en or message_fr
        if code:
            self.code = code

    def message(self, language: str = "fr") -> str:
        return self.message_fr if language.startswith("fr") else self.message_en


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
