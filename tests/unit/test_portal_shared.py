"""publishers.portal: what the CKAN, udata and OpenDataSoft publishers share, without a server."""
import hashlib

import pytest

from passerelle.catalogue import terms
from passerelle.catalogue.record import Record
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.portal import (Crosswalk, field_errors, file_digest, file_sha256, managed_resources,
                                          service_kind)

LICENCE = terms.PASSERELLE_LICENCE


def crosswalk(**values):
    record = Record(identifier="5f0c2a7e-3b1d-4c8e-9a6f-0d2b7e4c1a90", title="Pistes", **values)
    package = PublicationPackage(record=record, name="pistes", gpkg_path="", crs="EPSG:2154", feature_count=0,
                                 content_hash="")
    return Crosswalk(package, "udata", "data.gouv.fr (test)")


def test_a_concept_with_the_portal_notation_maps_to_its_code_without_finding():
    walk = crosswalk(frequency=terms.EU_FREQUENCY + "ANNUAL")
    code, concept = walk.code("frequency", "frequency", walk.record.frequency, "udata")
    assert (code, concept.uri, walk.findings) == ("annual", terms.EU_FREQUENCY + "ANNUAL", [])


def test_a_value_no_vocabulary_knows_is_one_unmappable_error_naming_the_value():
    walk = crosswalk(frequency="http://example.org/frequence/chaque-lune")
    assert walk.code("frequency", "frequency", walk.record.frequency, "udata") == (None, None)
    assert [(f.code, f.severity, f.field, f.layer) for f in walk.findings] == [
        ("udata.unmappable", "error", "frequency", "pistes")]
    assert "chaque-lune" in walk.findings[0].message_fr and "data.gouv.fr (test)" in walk.findings[0].message_fr


def test_a_known_concept_without_the_portal_notation_is_refused_with_its_label():
    walk = crosswalk(licence=LICENCE + "proprietary")
    code, concept = walk.code("licence", "licence", walk.record.licence, "udata")
    assert code is None and concept.uri == LICENCE + "proprietary"
    assert [(f.code, f.field) for f in walk.findings] == [("udata.unmappable", "licence")]
    assert concept.label("fr") in walk.findings[0].message_fr


def test_an_empty_value_maps_to_nothing_and_is_not_a_problem():
    walk = crosswalk()
    assert walk.code("licence", "licence", None, "udata") == (None, None)
    assert walk.eu_uri("frequency", "frequency", "", terms.EU_FREQUENCY) == (None, None)
    assert walk.findings == []


def test_eu_uri_gives_the_authority_table_uri_dcat_portals_read():
    walk = crosswalk()
    uri, concept = walk.eu_uri("frequency", "frequency", "annuelle", terms.EU_FREQUENCY)
    assert uri == terms.EU_FREQUENCY + "ANNUAL" and walk.findings == []


@pytest.mark.parametrize("access, refused", [(terms.CLOSED_ACCESS, True), (terms.SHARED_ACCESS, False),
                                             (terms.OPEN_ACCESS, False)])
def test_closed_data_never_goes_to_a_portal(access, refused):
    walk = crosswalk(access=access)
    assert walk.closed_stays_home(walk.concept("access", "access-level", access)) is refused
    assert [(f.code, f.field) for f in walk.findings] == ([("udata.unmappable", "access")] if refused else [])


def test_tags_are_cleaned_once_and_those_out_of_bounds_dropped_with_a_warning():
    walk = crosswalk()
    tags, dropped = walk.tags(["Vélo", "vélo", "PLU", "x", "Mobilité douce"], lambda t: t.lower(), 3, 10)
    assert tags == ["vélo", "plu"] and dropped == ["x", "Mobilité douce"]
    assert [(f.code, f.severity, f.field) for f in walk.findings] == [("udata.tag-dropped", "warning", "keywords")] * 2


def test_theme_labels_are_french_labels_or_the_uri_itself():
    walk = crosswalk(themes=[terms.INSPIRE_THEME + "tn", "https://example.org/theme/inconnu"])
    assert walk.theme_labels() == ["Réseaux de transport", "https://example.org/theme/inconnu"]


@pytest.mark.parametrize("link, kind", [
    ({"protocol": "OGC:WMS", "url": "u"}, "WMS"),
    ({"protocol": "OGC Web Feature Service", "url": "u"}, "WFS"),
    ({"protocol_uri": "http://www.opengis.net/def/serviceType/ogc/wms"}, "WMS"),
    ({"protocol": "WWW:DOWNLOAD-1.0-http--download"}, None),
])
def test_service_kind_of_an_online_resource(link, kind):
    assert service_kind(link) == kind


def test_managed_resources_keeps_ours_by_key_and_sets_aside_duplicates_and_others():
    resources = [{"id": 1, "k": "file:gpkg"}, {"id": 2}, {"id": 3, "k": "service:wms"}, {"id": 4, "k": "file:gpkg"}]
    ours, duplicates = managed_resources(resources, lambda r: r.get("k"))
    assert {k: r["id"] for k, r in ours.items()} == {"file:gpkg": 1, "service:wms": 3}
    assert [r["id"] for r in duplicates] == [4]
    assert managed_resources(None, lambda r: r.get("k")) == ({}, [])


def test_file_digests_read_the_file_block_by_block(tmp_path):
    path = tmp_path / "pistes.gpkg"
    content = b"x" * (3 * 1024 * 1024 + 7)  # more than one block
    path.write_bytes(content)
    assert file_sha256(str(path)) == hashlib.sha256(content).hexdigest()
    assert file_digest(str(path), "sha1") == hashlib.sha1(content).hexdigest()
    assert file_digest(str(path), "sha2") == hashlib.sha256(content).hexdigest()  # udata's name for sha256
    assert file_digest(str(path), "no-such-hash") is None


def test_field_errors_say_each_field_on_one_line():
    errors = {"title": ["Ce champ est requis."], "spatial": {"zones": ["inconnue"]}, "__type": "Validation Error"}
    assert field_errors(errors, skip=("__type",)) == "title : Ce champ est requis.; spatial : zones : inconnue"
