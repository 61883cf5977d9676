"""Shipped Table Schemas are found offline, by published URL, file URL or path."""
import json

import pytest

from passerelle.catalogue import schemas

CATALOGUE_0_1_3 = "https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json"


def test_published_urls_resolve_to_the_shipped_scdl_catalogue():
    for url in (CATALOGUE_0_1_3, "https://schema.data.gouv.fr/schemas/scdl/catalogue/latest/schema.json",
                "http://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json"):
        schema = schemas.resolve(url)
        assert (schema["name"], schema["version"]) == ("catalogue", "0.1.3")


def test_every_index_entry_points_to_a_shipped_file():
    for url, path in schemas.shipped().items():
        assert schemas.resolve(url)["fields"], url
        assert schemas.local_path(url) == path


def test_local_path_and_file_url_are_accepted(tmp_path):
    path = tmp_path / "mon schéma.json"
    path.write_text(json.dumps({"fields": [{"name": "ID", "type": "string"}]}), encoding="utf-8")
    assert schemas.resolve(str(path))["fields"][0]["name"] == "ID"
    assert schemas.resolve(path.as_uri())["fields"][0]["name"] == "ID"


def test_each_resolve_returns_a_fresh_copy():
    schemas.resolve(CATALOGUE_0_1_3)["fields"].clear()
    assert len(schemas.resolve(CATALOGUE_0_1_3)["fields"]) == 20


def test_unknown_url_is_a_french_error_without_network():
    with pytest.raises(schemas.SchemaNotFoundError) as caught:
        schemas.resolve("https://schema.data.gouv.fr/schemas/scdl/budget/0.8.3/schema.json")
    assert caught.value.code == "schema.not-found"
    assert "budget/0.8.3" in caught.value.message_fr and caught.value.message_fr != caught.value.message_en


def test_missing_file_and_bad_json_are_french_errors(tmp_path):
    with pytest.raises(schemas.SchemaNotFoundError) as caught:
        schemas.resolve(str(tmp_path / "absent.json"))
    assert caught.value.code == "schema.not-found" and "absent.json" in caught.value.message_fr
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(schemas.SchemaNotFoundError) as caught:
        schemas.resolve(str(broken))
    assert caught.value.code == "schema.not-found" and isinstance(caught.value.__cause__, ValueError)
    assert "broken.json" in caught.value.message_fr and caught.value.message_fr != caught.value.message_en
