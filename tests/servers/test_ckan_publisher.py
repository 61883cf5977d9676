"""CKAN publisher against a real CKAN 2.11 (PostgreSQL, Redis, Solr stand-in): see support/ckan_server.py."""
import hashlib
import json

import pytest
import requests

from passerelle.catalogue.record import new_identifier
from passerelle.catalogue.vocabularies import shipped
from passerelle.publishers.base import CATALOGUE
from passerelle.publishers.ckan import KEY_FIELD, dataset_name
from passerelle.publishers.http import PublishError

from support.ckan_publishing import (ANNUAL, COMMUNE, ETALAB, HOUSE_LICENCE, OPEN, TRANSPORT, WFS, WMS,  # noqa: F401
                                     by_key, download, extras, make_package, make_publisher, make_record,
                                     service_links, sha256, show, write_files)


# --- publish ---------------------------------------------------------------------------------------

def test_first_publish_creates_one_dataset_whose_fields_and_files_read_back_identical(ckan, ckan_organisation,
                                                                                      tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    publisher = make_publisher(ckan, ckan_organisation)
    result = publisher.publish(package, service_links())

    assert publisher.role == CATALOGUE
    assert (result.created, result.changed) == (["dataset"], True)
    status, dataset = show(ckan, dataset_name(record.identifier))
    assert status == 200 and dataset["id"] == result.ids["dataset"]
    assert (dataset["title"], dataset["notes"], dataset["license_id"]) == (
        "Aménagements cyclables", "Pistes et bandes cyclables de la commune.", "other-at")
    assert dataset["organization"]["name"] == ckan_organisation and dataset["private"] is False
    assert sorted(t["name"] for t in dataset["tags"]) == ["voirie mobilité", "vélo"]  # "x" is too short for CKAN
    assert (dataset["author"], dataset["author_email"]) == ("Commune de Saint-Aubin", "sig@saint-aubin.fr")
    assert (dataset["maintainer"], dataset["maintainer_email"]) == ("Camille Martin", "camille@saint-aubin.fr")
    found = extras(dataset)
    assert found["identifier"] == record.identifier
    assert (found["frequency"], found["frequency_udata"]) == (ANNUAL, "annual")
    assert (found["spatial_granularity"], found["spatial_granularity_udata"]) == (COMMUNE, "fr:commune")
    assert json.loads(found["theme"]) == [TRANSPORT]
    assert (found["temporal_start"], found["issued"], found["modified"]) == ("2020-01-01", "2020-01-01", "2026-10-01")
    assert found["access_rights"] == "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    assert json.loads(found["spatial"]) == {"type": "Polygon", "coordinates": [
        [[5.8, 47.0], [6.0, 47.0], [6.0, 47.2], [5.8, 47.2], [5.8, 47.0]]]}
    resources = by_key(dataset)
    assert sorted(resources) == ["file:csv", "file:geojson", "file:gpkg", "service:wfs:ville:pistes",
                                 "service:wms:ville:pistes"]
    for kind, path in package.files.items():
        answer = download(resources[f"file:{kind}"]["url"])
        assert answer.status_code == 200
        assert hashlib.sha256(answer.content).hexdigest() == sha256(path)
    assert resources["service:wms:ville:pistes"]["url"] == WMS
    assert publisher.verify(package, result) == []


def test_publishing_five_times_keeps_one_dataset_per_layer_and_never_duplicates_resources(ckan, ckan_organisation,
                                                                                         tmp_path):
    publisher = make_publisher(ckan, ckan_organisation)
    packages = [make_package(make_record(title=f"Couche {n}"), tmp_path / f"couche{n}") for n in (1, 2)]
    results = [publisher.publish(package, service_links()) for _ in range(5) for package in packages]

    assert [r.changed for r in results] == [True, True] + [False] * 8
    names = [dataset_name(p.identifier) for p in packages]
    listed = requests.get(f"{ckan.url}/api/3/action/package_list", timeout=30).json()["result"]  # from the database
    assert [n for n in listed if n in names] == sorted(names)
    for name in names:
        _, dataset = show(ckan, name)
        assert len(dataset["resources"]) == 5
        assert len({r[KEY_FIELD] for r in dataset["resources"]}) == 5
        assert {r.ids["dataset"] for r in results if r.ids["name"] == name} == {dataset["id"]}


def test_changed_content_updates_dataset_and_resources_in_place(ckan, ckan_organisation, tmp_path):
    record = make_record()
    publisher = make_publisher(ckan, ckan_organisation)
    first = publisher.publish(make_package(record, tmp_path / "v1"), service_links())
    _, before = show(ckan, dataset_name(record.identifier))

    changed = make_package(record.replace(title="Aménagements cyclables 2026"), tmp_path / "v2", values=(7, 8, 9, 10))
    second = publisher.publish(changed, service_links())

    _, after = show(ckan, dataset_name(record.identifier))
    assert second.changed and second.created == [] and after["id"] == before["id"]
    assert after["title"] == "Aménagements cyclables 2026"
    assert {k: r["id"] for k, r in by_key(after).items()} == {k: r["id"] for k, r in by_key(before).items()}
    assert second.ids["resources"] == first.ids["resources"]
    for kind, path in changed.files.items():
        content = download(by_key(after)[f"file:{kind}"]["url"]).content
        assert hashlib.sha256(content).hexdigest() == sha256(path)
    assert publisher.verify(changed, second) == []


def test_resources_passerelle_did_not_create_are_never_touched(ckan, ckan_organisation, tmp_path):
    record = make_record()
    publisher = make_publisher(ckan, ckan_organisation)
    result = publisher.publish(make_package(record, tmp_path / "v1"), service_links())
    theirs = ckan.action("resource_create", package_id=result.ids["dataset"], name="Notice PDF",
                         url="https://www.saint-aubin.fr/notice.pdf")

    only_wms = {"online_resources": service_links()["online_resources"][:1]}
    publisher.publish(make_package(record, tmp_path / "v2", values=(4, 5)), only_wms)

    _, dataset = show(ckan, dataset_name(record.identifier))
    assert theirs["id"] in [r["id"] for r in dataset["resources"]]
    assert sorted(by_key(dataset)) == ["file:csv", "file:geojson", "file:gpkg", "service:wms:ville:pistes"]


# --- unpublish -------------------------------------------------------------------------------------

def test_unpublish_removes_the_dataset_and_publishing_again_works(ckan, ckan_organisation, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    publisher = make_publisher(ckan, ckan_organisation)
    result = publisher.publish(package, service_links())

    publisher.unpublish(record.identifier, result.ids)

    assert show(ckan, dataset_name(record.identifier))[0] == 404
    assert show(ckan, result.ids["dataset"])[0] == 404  # purged, not only deleted
    assert publisher.status(record.identifier, result.ids)["exists"] is False
    again = publisher.publish(package, service_links())
    status, dataset = show(ckan, dataset_name(record.identifier))
    assert status == 200 and again.created == ["dataset"] and len(dataset["resources"]) == 5
    publisher.unpublish(record.identifier, again.ids)
    publisher.unpublish(record.identifier, again.ids)  # already gone: nothing to do, no error


def test_dataset_deleted_on_ckan_comes_back_with_its_id_and_without_duplicates(ckan, ckan_organisation, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    publisher = make_publisher(ckan, ckan_organisation)
    first = publisher.publish(package, service_links())
    ckan.action("package_delete", id=first.ids["dataset"])  # an editor deletes it in CKAN (name kept, state deleted)
    assert publisher.status(record.identifier, first.ids)["exists"] is False

    second = publisher.publish(package, service_links())

    status, dataset = show(ckan, dataset_name(record.identifier))
    assert status == 200 and dataset["state"] == "active" and dataset["id"] == first.ids["dataset"]
    assert second.ids["resources"] == first.ids["resources"] and len(dataset["resources"]) == 5


def test_unpublish_never_deletes_a_dataset_passerelle_did_not_create(ckan, ckan_organisation):
    identifier = new_identifier()
    theirs = ckan.action("package_create", name=dataset_name(identifier), title="Jeu saisi à la main",
                         owner_org=ckan_organisation)
    publisher = make_publisher(ckan, ckan_organisation)

    with pytest.raises(PublishError) as refused:
        publisher.unpublish(identifier, {})

    assert refused.value.code == "publish.not-ours"
    assert show(ckan, theirs["id"])[1]["state"] == "active"


# --- visibility ------------------------------------------------------------------------------------

def test_private_target_makes_a_private_dataset_whose_files_need_the_token(ckan, ckan_organisation, tmp_path):
    record = make_record()
    package = make_package(record, tmp_path)
    publisher = make_publisher(ckan, ckan_organisation, private=True)
    result = publisher.publish(package, service_links())

    assert show(ckan, dataset_name(record.identifier), token=False)[0] == 403
    _, dataset = show(ckan, dataset_name(record.identifier))
    assert dataset["private"] is True
    url = by_key(dataset)["file:gpkg"]["url"]
    assert download(url).status_code == 403
    authenticated = download(url, ckan.api_token)
    assert authenticated.status_code == 200
    assert hashlib.sha256(authenticated.content).hexdigest() == sha256(package.files["gpkg"])
    assert publisher.verify(package, result) == []


def test_restricted_target_kind_makes_the_dataset_private(ckan, ckan_organisation, tmp_path):
    record = make_record()
    publisher = make_publisher(ckan, ckan_organisation)
    publisher.kind = "restricted"
    publisher.publish(make_package(record, tmp_path), {})

    assert show(ckan, dataset_name(record.identifier))[1]["private"] is True


def test_review_creates_private_then_keeps_the_visibility_an_administrator_chose(ckan, ckan_organisation, tmp_path):
    record = make_record()
    publisher = make_publisher(ckan, ckan_organisation, review=True)
    first = publisher.publish(make_package(record, tmp_path / "v1"), {})
    assert show(ckan, dataset_name(record.identifier))[1]["private"] is True

    ckan.action("package_patch", id=first.ids["dataset"], private=False)  # the administrator approves
    publisher.publish(make_package(record.replace(abstract="Nouveau résumé."), tmp_path / "v2"), {})

    status, dataset = show(ckan, dataset_name(record.identifier), token=False)
    assert status == 200 and dataset["notes"] == "Nouveau résumé." and dataset["private"] is False


# --- refusals --------------------------------------------------------------------------------------

def test_licence_without_ckan_id_is_refused_before_any_request(ckan, ckan_organisation, tmp_path):
    vocabularies = shipped().copy()
    vocabularies.load_turtle(f"""
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <https://w3id.org/passerelle/vocabulary/licence> a skos:ConceptScheme ; dct:identifier "licence" .
        <{HOUSE_LICENCE}> a skos:Concept ; skos:inScheme <https://w3id.org/passerelle/vocabulary/licence> ;
            skos:notation "licence-maison" ; skos:prefLabel "Licence maison de la commune"@fr .
    """)
    record = make_record(licence=HOUSE_LICENCE)
    package = make_package(record, tmp_path, vocabularies=vocabularies)
    publisher = make_publisher(ckan, ckan_organisation)

    findings = publisher.check(package)
    with pytest.raises(PublishError) as refused:
        publisher.publish(package, service_links())

    assert [(f.code, f.severity, f.field) for f in findings if f.severity == "error"] == [
        ("ckan.unmappable", "error", "licence")]
    assert "Licence maison de la commune" in findings[0].message_fr and "CKAN" in findings[0].message_fr
    assert refused.value.code == "ckan.unmappable"
    assert publisher.http.requests_sent == 0
    assert show(ckan, dataset_name(record.identifier))[0] == 404


def test_bad_token_is_refused_as_unauthorized_in_french_without_showing_the_token(ckan, ckan_organisation, tmp_path):
    secret = "jeton-errone-tres-secret-4242"
    publisher = make_publisher(ckan, ckan_organisation, token=secret)
    record = make_record()

    with pytest.raises(PublishError) as refused:
        publisher.publish(make_package(record, tmp_path), service_links())

    error = refused.value
    assert error.code == "publish.unauthorized"
    assert error.message_fr and error.message_fr != error.message_en
    assert secret not in error.message_fr + error.message_en + str(error) + repr(error.args)
    assert show(ckan, dataset_name(record.identifier))[0] == 404


def test_dry_run_plans_the_writes_and_sends_none(ckan, ckan_organisation, tmp_path):
    record = make_record()
    publisher = make_publisher(ckan, ckan_organisation)
    publisher.http.dry_run = True

    result = publisher.publish(make_package(record, tmp_path), service_links())

    planned = [p["url"].rsplit("/", 1)[-1] for p in publisher.http.planned]
    assert planned == ["package_create"] + ["resource_create"] * 5
    assert result.changed and publisher.verify(make_package(record, tmp_path), result) == []
    assert show(ckan, dataset_name(record.identifier))[0] == 404


def test_an_editor_token_deletes_instead_of_purging_and_publishing_again_restores_the_dataset(ckan, ckan_organisation,
                                                                                               tmp_path):
    editor = ckan.action("user_create", name="redacteur-sig", email="redacteur@saint-aubin.fr",
                         password="Un-mot-de-passe-assez-long-42")
    ckan.action("organization_member_create", id=ckan_organisation, username=editor["name"], role="editor")
    token = ckan.action("api_token_create", user=editor["name"], name="passerelle")["token"]
    record = make_record()
    package = make_package(record, tmp_path)
    publisher = make_publisher(ckan, ckan_organisation, token=token)
    first = publisher.publish(package, service_links())

    publisher.unpublish(record.identifier, first.ids)

    assert show(ckan, first.ids["dataset"])[1]["state"] == "deleted"  # editors may not purge: CKAN keeps it
    second = publisher.publish(package, service_links())
    status, dataset = show(ckan, dataset_name(record.identifier))
    assert status == 200 and dataset["state"] == "active" and dataset["id"] == first.ids["dataset"]
    assert second.ids["resources"] == first.ids["resources"] and len(dataset["resources"]) == 5
