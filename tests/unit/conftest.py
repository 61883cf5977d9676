"""Unit tests: the catalogue domain, without QGIS (run with -p no:qgis)."""
import pytest

from passerelle.catalogue import vocabularies


@pytest.fixture(scope="session")
def vocab():
    return vocabularies.shipped()
