"""Exceptions read in the people's language: str(error) follows errors.language(), both texts stay."""
import traceback

import pytest

from passerelle.catalogue import errors
from passerelle.catalogue.errors import PasserelleError, UnknownTermError


@pytest.fixture
def restore_language():
    yield
    errors.set_language("")


def shown_in_console(error: BaseException) -> str:
    return traceback.format_exception_only(type(error), error)[-1]


def unknown_frequency(vocab):
    with pytest.raises(UnknownTermError) as caught:
        vocab.lookup("frequency", "anuel")
    return caught.value


def test_french_is_shown_when_the_language_is_french(vocab, restore_language):
    errors.set_language("fr_FR")
    error = unknown_frequency(vocab)
    assert "UnknownTermError: Valeur inconnue « anuel »" in shown_in_console(error)
    assert "Vouliez-vous dire" in str(error)
    assert error.message_en.startswith("Unknown value 'anuel'") and error.message_fr == str(error)


def test_english_is_shown_when_the_language_is_english(vocab, restore_language):
    errors.set_language("en_GB")
    error = unknown_frequency(vocab)
    assert "UnknownTermError: Unknown value 'anuel'" in shown_in_console(error)
    assert error.message_fr.startswith("Valeur inconnue") and error.message_en == str(error)


@pytest.mark.parametrize("environment, expected", [
    ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_BE"}, "fr"),
    ({"LANGUAGE": "en:fr", "LANG": "fr_FR.UTF-8"}, "en"), ({}, "en")])
def test_without_a_setting_the_process_locale_chooses(environment, expected, monkeypatch, restore_language):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    errors.set_language("")
    assert errors.language() == expected
    error = PasserelleError("Profil inconnu.", "Unknown profile.")
    assert str(error) == ("Profil inconnu." if expected == "fr" else "Unknown profile.")


def test_the_setting_wins_over_the_process_locale(monkeypatch, restore_language):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    errors.set_language("fr")
    assert str(PasserelleError("Fichier endommagé.", "Damaged file.")) == "Fichier endommagé."


def test_errors_stay_free_of_qt_and_qgis():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(errors))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported <= {"__future__", "os", "textfields"}  # textfields: a headless sibling (excerpts)
