"""Errors carry a stable ``code`` for programs and a message in French and English for people."""
from __future__ import annotations


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
        if self.suggestions:
            names = ", ".join(f"« {c.code} » ({c.label('fr')})" for c in self.suggestions)
            names_en = ", ".join(f"'{c.code}' ({c.label('en')})" for c in self.suggestions)
            hint_fr = f" Vouliez-vous dire : {names} ?"
            hint_en = f" Did you mean: {names_en}?"
        super().__init__(
            f"Valeur inconnue « {value} » pour le vocabulaire « {scheme} ».{hint_fr}",
            f"Unknown value '{value}' for vocabulary '{scheme}'.{hint_en}",
        )


class VocabularySourceError(PasserelleError):
    """A vocabulary source could not be read or parsed."""

    code = "vocabulary.source"


class LayerNotFoundError(PasserelleError, LookupError):
    code = "layer.not-found"


class RecordDecodeError(PasserelleError, ValueError):
    """An ISO 19139 (or other) document could not be turned into a record."""

    code = "record.decode"


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
