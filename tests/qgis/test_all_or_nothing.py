"""All or nothing on disk: what an export or a publication would refuse, check reports first, with the
same code; a failing export or publication leaves its destination byte for byte as it was."""
import hashlib
import os
import re

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.errors import ExportRefusedError, PasserelleError
from passerelle.catalogue.tagging import FieldError
from passerelle.sample import territory

README = os.path.join(os.path.dirname(__file__), "..", "..", "README.md")
ALL_FORMATS = ("iso19139", "dcat", "scdl")
BASE = "https://data.saint-aubin.fr/catalogue/"  # the SCDL catalogue needs the public address
CSW_ONLY = {"name": "csw-seul", "version": "1", "targets": {
    "catalogue": {"type": "csw", "url": "http://127.0.0.1:9/csw", "kind": "open", "retries": 1, "timeout": 2}}}


def tree(folder, ignore=()) -> dict:
    """Every file (sha256) and folder under ``folder``, by relative path (but those in ``ignore``)."""
    state = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            state[os.path.relpath(os.path.join(root, name), folder) + "/"] = "dir"
        for name in files:
            if os.path.relpath(os.path.join(root, name), folder) in ignore:
                continue
            with open(os.path.join(root, name), "rb") as handle:
                state[os.path.relpath(os.path.join(root, name), folder)] = hashlib.sha256(handle.read()).hexdigest()
    return state


def readme_tags() -> dict:
    """The keyword arguments of the README's api.tag example, evaluated."""
    block = re.search(r"## Python console API.*?```python\n(.*?)```", open(README, encoding="utf-8").read(), re.S)
    call = re.search(r"api\.tag\(layer,(.*?)\)\n\n", block.group(1), re.S).group(1)
    return eval(f"dict({call})")  # noqa: S307 - our own README


@pytest.fixture
def bus_stops(project, territory_gpkg):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=arrets_bus", "arrets_bus", "ogr")
    project.addMapLayer(layer)
    return layer


@pytest.fixture
def documented(bus_stops):
    """The bus stops tagged as the sample territory is: complete, export and publish succeed."""
    api.tag(bus_stops, **territory.DEFAULT_TAGS["arrets_bus"])
    return bus_stops


@pytest.fixture
def destination(tmp_path):
    """A catalogue folder that already holds files (a previous export, a file of the user's)."""
    folder = tmp_path / "catalogue"
    (folder / "iso19139").mkdir(parents=True)
    (folder / "iso19139" / "ancienne-fiche.xml").write_bytes(b"<old/>")
    (folder / "catalogue.ttl").write_bytes(b"# previous catalogue\n")
    (folder / "notes de l'agent.txt").write_text("à garder", encoding="utf-8")
    return folder


def set_metadata(layer, **values):
    """Change the layer's QGIS metadata as the metadata editor (or a .qmd from elsewhere) would."""
    metadata = layer.metadata()
    for name, value in values.items():
        getattr(metadata, "set" + name[0].upper() + name[1:])(value)
    layer.setMetadata(metadata)


def assert_unchanged(folder, before):
    assert tree(folder) == before
    leftovers = [n for n in os.listdir(os.path.dirname(folder)) if ".passerelle-" in n]
    assert leftovers == []  # no staging folder left next to it


# -- the README's example ----------------------------------------------------------------------------

def test_readme_example_checks_clean_and_exports_every_format(bus_stops, tmp_path):
    api.tag(bus_stops, **readme_tags())
    report = api.check([bus_stops], targets=["open"], formats=["scdl"], base_url=BASE)
    assert report.errors == [], [(f.code, f.message_fr) for f in report.errors]
    written = api.export([bus_stops], str(tmp_path / "catalogue"), formats=ALL_FORMATS, base_url=BASE)
    assert set(written) == {"iso19139", "dcat", "scdl", "data"}
    assert all(os.path.getsize(p) > 0 for paths in written.values() for p in paths)
    rows = open(written["scdl"][0], encoding="utf-8").read().splitlines()
    assert len(rows) == 2 and "21390999700107" in rows[1]


def test_missing_siret_is_reported_by_check_then_refuses_the_export_with_the_same_code(bus_stops, destination):
    tags = readme_tags()
    tags["contact"] = {k: v for k, v in tags["contact"].items() if k != "siret"}
    api.tag(bus_stops, **tags)
    assert "scdl.siret-missing" in {f.code for f in api.check([bus_stops], targets=["open"]).warnings}
    errors = api.check([bus_stops], targets=["open"], formats=["scdl"], base_url=BASE).errors
    assert [f.code for f in errors] == ["scdl.siret-missing"] and errors[0].field == "contact"
    before = tree(destination)
    with pytest.raises(ExportRefusedError) as caught:
        api.export([bus_stops], str(destination), formats=ALL_FORMATS, base_url=BASE)
    assert caught.value.code == "scdl.siret-missing"
    assert [f.code for f in caught.value.findings] == ["scdl.siret-missing"]
    assert_unchanged(str(destination), before)
    # Without the SCDL catalogue, nothing needs the SIRET.
    assert set(api.export([bus_stops], str(destination), formats=["iso19139", "dcat"])) == {"iso19139", "dcat", "data"}


def test_a_profile_naming_the_collectivity_provides_its_siret(bus_stops, tmp_path):
    tags = readme_tags()
    tags["contact"] = {"organisation": "Mairie", "email": "sig@mairie.fr"}
    api.tag(bus_stops, **tags)
    profile = {"organisation": {"name": "Commune de Saint-Aubin-sur-Loue", "siret": territory.COMMUNE["siret"]},
               "export": {"base_url": BASE}}
    assert api.check([bus_stops], profile, formats=["scdl"]).errors == []
    assert api.export([bus_stops], str(tmp_path / "c"), formats=["scdl"], profile=profile)["scdl"]


def test_the_scdl_catalogue_needs_the_public_address_and_says_so_only_when_requested(bus_stops, destination):
    api.tag(bus_stops, **readme_tags())
    assert [f.code for f in api.check([bus_stops], targets=["open"], formats=["scdl"]).errors] == \
        ["scdl.base-url-missing"]
    assert api.check([bus_stops], targets=["open"]).errors == []  # no SCDL export in play: nothing to say
    before = tree(destination)
    with pytest.raises(ExportRefusedError) as caught:
        api.export([bus_stops], str(destination), formats=ALL_FORMATS)
    assert [f.code for f in caught.value.findings] == ["scdl.base-url-missing"]
    assert_unchanged(str(destination), before)
    # Every format that can be written when none is asked for: SCDL once the address is known.
    assert set(api.export([bus_stops], str(destination))) == {"iso19139", "dcat", "data"}
    assert set(api.export([bus_stops], str(destination), base_url=BASE)) == {"iso19139", "dcat", "scdl", "data"}


# -- control characters and lengths ---------------------------------------------------------------

@pytest.mark.parametrize("title", ["Arrêts\x0bde bus", "Arrêts de bus\x00", "Arrêts\nde bus"])
def test_control_character_in_a_title_is_refused_when_tagging(documented, title):
    before = api.record(documented)
    with pytest.raises(FieldError) as caught:
        api.tag(documented, title=title)
    assert caught.value.code == "metadata.control-characters"
    assert "U+00" in caught.value.message_fr
    assert api.record(documented) == before  # nothing was written


def test_line_breaks_are_allowed_in_the_abstract_but_not_a_nul(documented):
    api.tag(documented, abstract="Première ligne.\r\n\tDeuxième ligne.")
    with pytest.raises(FieldError) as caught:
        api.tag(documented, abstract="Résumé\x00")
    assert caught.value.code == "metadata.control-characters"


@pytest.mark.parametrize("title", ["Arrêts\x0bde bus", "Arrêts de bus\x00"])
def test_control_character_typed_in_qgis_is_reported_and_refused_by_export_and_dry_run(documented, destination,
                                                                                       title):
    set_metadata(documented, title=title)
    errors = api.check([documented]).errors
    assert [(f.code, f.field) for f in errors] == [("metadata.control-characters", "title")]
    before = tree(destination)
    with pytest.raises(ExportRefusedError) as caught:
        api.export([documented], str(destination), formats=ALL_FORMATS, base_url=BASE)
    assert caught.value.code == "metadata.control-characters"
    assert_unchanged(str(destination), before)
    report = api.publish([documented], CSW_ONLY, dry_run=True)
    assert [(o.state, o.code) for o in report.outcomes] == [("refused", "metadata.control-characters")]
    assert report.outcomes[0].findings[0].field == "title"


def test_a_huge_title_is_refused_and_never_quoted_whole(documented, destination):
    huge = "Arrêts " * 15_000  # 105,000 characters
    with pytest.raises(FieldError) as caught:
        api.tag(documented, title=huge)
    assert caught.value.code == "metadata.too-long" and len(caught.value.message_fr) < 400
    set_metadata(documented, title=huge)
    report = api.check([documented])
    assert {f.code for f in report.errors} == {"metadata.too-long"}
    assert all(len(f.message_fr) < 600 and len(f.message_en) < 600 and len(f.layer) < 200 for f in report.findings)
    before = tree(destination)
    with pytest.raises(ExportRefusedError) as caught:
        api.export([documented], str(destination))
    assert caught.value.code == "metadata.too-long" and len(str(caught.value)) < 800
    assert_unchanged(str(destination), before)
    outcome = api.publish([documented], CSW_ONLY, dry_run=True).outcomes[0]
    assert (outcome.state, outcome.code) == ("refused", "metadata.too-long") and len(outcome.message_fr) < 800


def test_a_keyword_too_long_or_with_a_tab_names_the_keyword(documented):
    with pytest.raises(FieldError) as caught:
        api.tag(documented, keywords=["bus", "x" * 101])
    assert caught.value.code == "metadata.too-long" and "n° 2" in caught.value.message_fr
    set_metadata(documented, keywords={**documented.metadata().keywords(), "passerelle:keywords": ["bus\tarrêt"]})
    assert [(f.code, f.field) for f in api.check([documented]).errors] == [("metadata.control-characters",
                                                                            "keywords")]


# -- names and identifiers ---------------------------------------------------------------------------

def test_a_layer_named_like_a_path_exports_under_safe_names(documented, tmp_path):
    documented.setName("../../x 🚀")
    folder = tmp_path / "a" / "catalogue"
    written = api.export([documented], str(folder), formats=ALL_FORMATS, base_url=BASE)
    assert sorted(os.listdir(tmp_path)) == ["a", "territoire.gpkg"]  # nothing outside the destination
    assert sorted(os.listdir(tmp_path / "a")) == ["catalogue"]
    identifier = api.record(documented).identifier
    assert [os.path.basename(p) for p in written["data"]] == [f"{identifier}.gpkg"]
    copy = QgsVectorLayer(written["data"][0] + "|layername=x", "copie", "ogr")
    assert copy.isValid() and copy.featureCount() == documented.featureCount()


def test_data_that_cannot_be_written_gives_a_french_error_and_no_partial_file(project, tmp_path):
    from passerelle.qgis_io.package import write_geopackage

    memory = QgsVectorLayer("Point?crs=EPSG:2154&field=nom:string", "../../x 🚀", "memory")
    target = tmp_path / "absent" / "donnees.gpkg"  # its folder does not exist: GDAL cannot create it
    with pytest.raises(PasserelleError) as caught:
        write_geopackage(memory, str(target), "x")
    assert caught.value.code == "package.write"
    assert "« ../../x 🚀 »" in caught.value.message_fr and caught.value.message_fr != caught.value.message_en
    assert not target.exists()


def test_identifier_from_a_file_is_validated_before_any_use(documented, destination):
    set_metadata(documented, identifier="../../evil")
    assert [(f.code, f.field) for f in api.check([documented]).errors] == [("record.identifier-invalid",
                                                                            "identifier")]
    before = tree(destination)
    with pytest.raises(ExportRefusedError) as caught:
        api.export([documented], str(destination))
    assert caught.value.code == "record.identifier-invalid"
    assert_unchanged(str(destination), before)
    outcome = api.publish([documented], CSW_ONLY, dry_run=True).outcomes[0]
    assert (outcome.state, outcome.code) == ("refused", "record.identifier-invalid")
    # Nothing is asked of a target with it either (the CSW here does not even answer).
    outcome = api.unpublish([documented], CSW_ONLY).outcomes[0]
    assert (outcome.state, outcome.code) == ("failed", "record.identifier-invalid")


def test_a_french_sdi_identifier_is_kept_and_named_safely(documented, tmp_path):
    set_metadata(documented, identifier="FR-213902999-ARRETS")
    written = api.export([documented], str(tmp_path / "c"), formats=["iso19139"])
    name = os.path.basename(written["iso19139"][0])
    assert re.fullmatch(r"fr-213902999-arrets-[0-9a-f]{10}\.xml", name)
    assert iso19139.decode(open(written["iso19139"][0], "rb").read()).identifier == "FR-213902999-ARRETS"


# -- a failing export ----------------------------------------------------------------------------

def test_an_export_failing_midway_leaves_the_destination_byte_for_byte(documented, destination):
    # Without the data, the SCDL catalogue has no resource to list: its encoder fails after the ISO
    # records and the DCAT catalogue were written.
    before = tree(destination)
    with pytest.raises(PasserelleError) as caught:
        api.export([documented], str(destination), formats=ALL_FORMATS, with_data=False, base_url=BASE)
    assert caught.value.code == "scdl.missing-value" and caught.value.column == "NOMBRE_RESSOURCES"
    assert_unchanged(str(destination), before)


def test_an_export_into_a_new_folder_creates_nothing_when_it_fails(documented, tmp_path):
    target = tmp_path / "nouveau" / "dossier" / "catalogue"
    with pytest.raises(PasserelleError):
        api.export([documented], str(target), formats=ALL_FORMATS, with_data=False, base_url=BASE)
    assert sorted(os.listdir(tmp_path)) == ["territoire.gpkg"]


def test_a_successful_export_replaces_its_files_and_keeps_the_others(documented, destination):
    written = api.export([documented], str(destination), formats=ALL_FORMATS, base_url=BASE)
    state = tree(destination)
    assert state["notes de l'agent.txt"] == hashlib.sha256("à garder".encode()).hexdigest()
    assert "iso19139/ancienne-fiche.xml" in state
    assert open(destination / "catalogue.ttl", "rb").read() != b"# previous catalogue\n"
    assert all(p.startswith(str(destination)) and os.path.exists(p) for paths in written.values() for p in paths)
    assert [n for n in os.listdir(destination.parent) if ".passerelle-" in n] == []


def test_an_unexpected_packaging_error_refuses_the_layer_instead_of_aborting_the_batch(documented, project,
                                                                                      territory_gpkg, monkeypatch,
                                                                                      tmp_path):
    from passerelle.qgis_io import package

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    other = QgsVectorLayer(f"{territory_gpkg}|layername=parcelles", "parcelles", "ogr")
    project.addMapLayer(other)
    api.tag(other, **territory.DEFAULT_TAGS["parcelles"])
    write_vector = package.write_vector

    def surprise(layer, path, driver, *args, **kwargs):
        if layer.name() == "arrets_bus" and driver == "GeoJSON":
            raise ValueError("surprise")
        return write_vector(layer, path, driver, *args, **kwargs)

    monkeypatch.setattr(package, "write_vector", surprise)
    report = api.publish([documented, other], CSW_ONLY, dry_run=True)
    outcomes = {o.layer: o for o in report.outcomes}
    assert (outcomes["arrets_bus"].state, outcomes["arrets_bus"].code) == ("refused", "package.failed")
    # The batch went on: the other layer was packaged and tried (this CSW does not answer the dry run's read).
    assert outcomes["parcelles"].code != "package.failed" and outcomes["parcelles"].state in ("planned", "failed")
    packages = tmp_path / "data" / "packages" / "csw-seul"
    assert not (packages / api.record(documented).identifier).exists()  # no half package either
    assert [n for n in os.listdir(packages) if ".passerelle-" in n] == []


# -- a failing publication to a local folder -------------------------------------------------------

@pytest.fixture
def sdi_profile(tmp_path, monkeypatch):
    from passerelle.sdi import local

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    yield {"name": "tout-ou-rien", "version": "1",
           "targets": {"local": {"type": "local", "folder": str(tmp_path / "sdi"), "kind": "open",
                                 "retries": 1, "timeout": 10}}}
    local.stop_all()


@pytest.mark.slow
def test_failing_and_dry_run_publications_leave_the_sdi_folder_byte_for_byte(project, territory_gpkg, sdi_profile,
                                                                             monkeypatch, tmp_path):
    from passerelle.qgis_io import package

    layers = {}
    for name in ("arrets_bus", "parcelles", "zonage_plu"):
        layers[name] = QgsVectorLayer(f"{territory_gpkg}|layername={name}", name, "ogr")
        project.addMapLayer(layers[name])
        api.tag(layers[name], **territory.DEFAULT_TAGS[name])
    first = api.publish([layers["arrets_bus"]], sdi_profile)
    assert {o.state for o in first.outcomes} == {"published"}
    sdi_folder = sdi_profile["targets"]["local"]["folder"]
    # The running pycsw logs the read-only requests a dry run may send: its log is not published content.
    server_log = ("csw/gunicorn.log",)
    before = tree(sdi_folder, server_log)

    # A dry run of a layer that would be published changes nothing.
    planned = api.publish([layers["parcelles"]], sdi_profile, dry_run=True)
    assert {o.state for o in planned.outcomes} == {"planned"}
    assert tree(sdi_folder, server_log) == before

    # One layer refused by its record, one whose packaging fails half-way (the CSV copy, after the
    # GeoPackage and GeoJSON ones): nothing reaches the folder, and the package folder keeps no half.
    set_metadata(layers["parcelles"], title="Parcelles\x0b cadastrales")
    write_vector = package.write_vector

    def failing_csv(layer, path, driver, *args, **kwargs):
        if driver == "CSV":
            raise PasserelleError("Disque plein (simulé).", "Disk full (simulated).", code="package.write")
        return write_vector(layer, path, driver, *args, **kwargs)

    monkeypatch.setattr(package, "write_vector", failing_csv)
    report = api.publish([layers["parcelles"], layers["zonage_plu"]], sdi_profile)
    states = {(o.layer, o.state, o.code) for o in report.outcomes}
    assert {(layer, state) for layer, state, _code in states} == {("parcelles", "refused"), ("zonage_plu", "refused")}
    assert {code for _layer, _state, code in states} == {"metadata.control-characters", "package.write"}
    assert tree(sdi_folder, server_log) == before
    packages = os.path.join(os.environ["PASSERELLE_DATA_DIR"], "packages", "tout-ou-rien")
    zonage = api.record(layers["zonage_plu"]).identifier
    assert not os.path.exists(os.path.join(packages, zonage))
    assert [n for n in os.listdir(packages) if ".passerelle-" in n] == []
