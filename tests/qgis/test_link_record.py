"""Linking layers to records that already exist (issue 11), on records modelled on real public ones.

tests/data/iso_records/ holds them (its README says what each is modelled on). A record is linked to a
real QGIS layer through the public API, from a file, a URL (a local HTTP server), the real pycsw by
identifier and the GeoNetwork stand-in by uuid; then exported (the round trip whose table the closing
note carries) or published (pycsw updates the same record, no duplicate).
"""
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.catalogue.errors import PasserelleError
from passerelle.qgis_io.linked import layer_origin
from support import iso_roundtrip
from support.xsd import assert_valid_iso

GMD = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco"}
ARTIFACTS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "test-artifacts")


def record_path(name: str) -> str:
    return os.path.join(iso_roundtrip.RECORDS, name)


def record_bytes(name: str) -> bytes:
    with open(record_path(name), "rb") as handle:
        return handle.read()


def file_identifier(xml: bytes) -> str:
    return etree.fromstring(xml).findtext("gmd:fileIdentifier/gco:CharacterString", namespaces=GMD).strip()


@pytest.fixture
def layer(project, territory_gpkg):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=parcelles", "parcelles", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    return layer


# --- the round trip on every real-world record -------------------------------------------------------

ROUNDTRIP = {}


@pytest.mark.parametrize("name", iso_roundtrip.dataset_records())
def test_a_linked_record_survives_import_then_export(layer, tmp_path, vocab, name):
    source = record_bytes(name)
    linked = api.link_record(layer, record_path(name))
    assert linked.record.identifier == file_identifier(source) == api.record(layer).identifier
    written = api.export([layer], str(tmp_path / "export"), formats=["iso19139"], with_data=False)
    [path] = written["iso19139"]
    exported = open(path, "rb").read()
    assert_valid_iso(exported)
    assert file_identifier(exported) == file_identifier(source)
    result = iso_roundtrip.compare(source, exported, vocab)
    ROUNDTRIP[name] = result
    assert {aspect: result[aspect] for aspect in iso_roundtrip.ASPECTS if result[aspect] not in ("kept", "absent")} \
        == {}, name
    # What the export does not hold was said when linking: the not-kept finding names each value.
    said = " ".join(f.message_fr for f in linked.findings if f.code == "metadata.not-kept")
    for label, value in result["other losses"]:
        assert f"{label} « {value[:40]}" in said, (label, value)


def test_the_round_trip_table_covers_at_least_eight_records():
    """Writes the table of what each record kept and lost (test-artifacts/iso-roundtrip.md)."""
    if len(ROUNDTRIP) < len(iso_roundtrip.dataset_records()):
        pytest.skip("run with the round-trip tests above (the table is built from their results)")
    assert len(ROUNDTRIP) >= 8
    table = iso_roundtrip.markdown(dict(sorted(ROUNDTRIP.items())))
    os.makedirs(ARTIFACTS, exist_ok=True)
    with open(os.path.join(ARTIFACTS, "iso-roundtrip.md"), "w", encoding="utf-8") as handle:
        handle.write(table)
    print("\n" + table)
    assert table.count("\n") == len(ROUNDTRIP) + 2


# --- where records come from ---------------------------------------------------------------------------

def test_linking_a_service_record_is_refused_and_leaves_the_layer_alone(layer):
    before = api.tag(layer, title="Parcelles cadastrales")
    with pytest.raises(PasserelleError) as refused:
        api.link_record(layer, record_path("service-wms-saint-aubin.xml"))
    assert refused.value.code == "link.service-record"
    assert api.record(layer) == before and layer_origin(layer) is None


class _Files(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server API)
        name = self.path.lstrip("/")
        body = record_bytes(name) if name in os.listdir(iso_roundtrip.RECORDS) else None
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/xml")
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


def test_a_record_is_linked_from_a_url(layer):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/geobretagne-georchestra-lycees.xml"
        linked = api.link_record(layer, url)
    finally:
        server.shutdown()
        server.server_close()
    record = api.record(layer)
    assert record.identifier == "a7d1e0f2-3b4c-4d5e-9f6a-7b8c9d0e1f23"
    assert [link.type for link in record.links] == ["OGC:WMS", "OGC:WFS", "WWW:DOWNLOAD-1.0-http--download"]
    assert (layer_origin(layer).kind, layer_origin(layer).location) == ("url", url)
    assert linked.origin.adopt is False


def test_values_the_record_leaves_empty_keep_the_layers_and_the_link_is_kept_with_the_project(layer, tmp_path):
    api.tag(layer, title="Parcelles", nature="publique", granularity="fr:commune", lineage="Cadastre DGFiP 2024.")
    linked = api.link_record(layer, record_path("geoide-ddt-plu-zonage.xml"))
    record = api.record(layer)
    assert record.title == "Plan local d'urbanisme de Poligny - zonage"  # the record's values win
    assert record.lineage.startswith("Numérisation du plan de zonage")
    assert record.nature.endswith("/publique") and record.granularity  # what no ISO record says: the layer's
    kept = next(f for f in linked.findings if f.code == "link.kept-from-layer")
    assert "nature de la donnée" in kept.message_fr and "titre" not in kept.message_fr
    # The licence typed as "Licence Ouverte version 2.0 <PDF URL>" is the Etalab licence; the record keeps
    # the CNIG identifier namespace of Géo-IDE, which harvesters key the dataset by.
    assert record.licence == "https://spdx.org/licenses/etalab-2.0"
    assert record.resource_identifier.startswith("http://catalogue.geo-ide.developpement-durable.gouv.fr/")
    project_file = str(tmp_path / "projet.qgz")
    from qgis.core import QgsProject

    assert QgsProject.instance().write(project_file)
    QgsProject.instance().clear()
    assert QgsProject.instance().read(project_file)
    [again] = QgsProject.instance().mapLayersByName("parcelles")
    assert layer_origin(again).identifier == record.identifier
    assert api.record(again).identifier == record.identifier


def test_linking_over_a_published_layer_says_its_publications_stay_under_the_old_identifier(layer):
    old = api.tag(layer, title="Parcelles").identifier
    context = api.context({"name": "liens", "targets": {}})
    context.registry().set_target(old, "catalogue", state="published", ids={"record": old})
    linked = api.link_record(layer, record_path("inspire-tg2-protected-sites.xml"), context=context)
    [warning] = [f for f in linked.findings if f.code == "link.previous-publications"]
    assert old in warning.message_fr and "catalogue" in warning.message_fr
    assert context.registry().origin(linked.record.identifier)["kind"] == "file"


def test_a_uuid_of_the_geonetwork_stand_in_is_linked_publicly_or_through_the_profile_target(layer, geonetwork):
    from passerelle.publishers.http import Credentials
    from support.foreign_records import put_into_geonetwork
    from support.sdi_standins import CANARY

    uuid = put_into_geonetwork(geonetwork, record_bytes("several-contacts-reseau-eau.xml"))
    linked = api.link_record(layer, {"geonetwork": geonetwork.base_url, "identifier": uuid})
    assert api.record(layer).identifier == uuid == "SIE-HAUT-JURA-AEP-RESEAU-2023"
    assert api.record(layer).metadata_contact.email == "metadonnees@ideo-bfc.fr"
    assert (linked.origin.kind, linked.origin.identifier) == ("geonetwork", uuid)
    profile = {"name": "gn", "targets": {"catalogue": {"type": "geonetwork", "url": geonetwork.base_url,
                                                      "authcfg": "gnet001", "group": "sig-commune"}}}
    context = api.Context(profile, credentials_for=lambda authcfg: Credentials("editeur", CANARY))
    private = put_into_geonetwork(geonetwork, record_bytes("anchor-keywords-limites-communales.xml"), group=2,
                                  public=False)
    linked = api.link_record(layer, {"target": "catalogue", "identifier": private}, context=context, adopt=True)
    assert (linked.origin.target, linked.origin.adopt) == ("catalogue", True)
    assert context.registry().origin(private)["adopt"] is True
    with pytest.raises(PasserelleError) as missing:
        api.link_record(layer, {"target": "catalogue", "identifier": "inconnu-1234"}, context=context)
    assert missing.value.code == "link.not-found"
    assert api.record(layer).identifier == private  # a failed link leaves the layer as it was


def test_adopting_a_linked_record_makes_the_next_publication_take_it_over_once(layer, monkeypatch, tmp_path):
    from passerelle.publishers import planner

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    context = api.context({"name": "adoption", "targets": {}})
    registry = context.registry()
    api.link_record(layer, record_path("geoide-ddt-plu-zonage.xml"), context=context)
    identifier = api.record(layer).identifier
    assert not planner.adopts_linked_record(layer, identifier, registry)  # foreign, and not adopted: refused
    api.link_record(layer, record_path("geoide-ddt-plu-zonage.xml"), context=context, adopt=True)
    assert planner.adopts_linked_record(layer, identifier, registry)
    assert not planner.adopts_linked_record(layer, "autre-identifiant", registry)


# --- a record of the local SDI's pycsw, linked then updated in place -------------------------------------

@pytest.fixture
def sdi_profile(tmp_path, monkeypatch):
    from passerelle.sdi import local

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    yield {"name": "liens-idg", "version": "1",
           "targets": {"local": {"type": "local", "folder": str(tmp_path / "sdi"), "kind": "open",
                                 "retries": 1, "timeout": 30}}}
    local.stop_all()


def test_a_record_of_the_local_csw_is_linked_by_identifier_then_updated_in_place(layer, sdi_profile):
    from passerelle.sdi import local
    from support.foreign_records import csw_count, csw_record, insert_into_csw

    from passerelle.sdi.csw_guard import TOKEN_HEADER

    context = api.context(sdi_profile)
    sdi = local.sdi_for(sdi_profile["targets"]["local"]["folder"])
    csw_url = sdi.urls["csw"]
    source = record_bytes("geoide-ddt-plu-zonage.xml")
    identifier = file_identifier(source)
    insert_into_csw(csw_url, source, {TOKEN_HEADER: sdi.csw.token})  # someone else's record, already there
    linked = api.link_record(layer, {"target": "local", "identifier": identifier}, context=context, adopt=True)
    assert (linked.origin.kind, linked.origin.target, linked.origin.location) == ("csw", "local", csw_url)
    api.tag(layer, context=context, access="ouverte", nature="publique", granularity="fr:commune",
            themes=["lu"], contact={"organisation": "DDT du Jura", "email": "ddt-sig@jura.gouv.fr"})

    report = api.publish([layer], context=context)
    assert report.ok, [(o.target, o.code, o.message_fr) for o in report.failures]
    assert {o.state for o in report.outcomes if o.target == "local-csw"} == {"updated"}
    assert csw_count(csw_url, identifier) == 1  # the same record, no duplicate
    stored = csw_record(csw_url, identifier)
    title = stored.findtext("gmd:identificationInfo/*/gmd:citation/*/gmd:title/gco:CharacterString", namespaces=GMD)
    assert title == "Plan local d'urbanisme de Poligny - zonage"
    protocols = stored.xpath("//gmd:CI_OnlineResource/gmd:protocol/*/text()", namespaces=GMD)
    assert {"OGC:WMS", "OGC:WFS", "OGC API - Features"} <= set(protocols)  # Passerelle's services now
    code = stored.xpath("string(gmd:identificationInfo/*/gmd:citation/*/gmd:identifier/*/gmd:code/*)",
                        namespaces=GMD)
    assert code == f"http://catalogue.geo-ide.developpement-durable.gouv.fr/{identifier}"
    # The adoption was used once: the record is Passerelle's from now on.
    assert context.registry().origin(identifier)["adopt"] is False and layer_origin(layer).adopt is False
    again = api.publish([layer], context=context)
    assert again.ok and csw_count(csw_url, identifier) == 1
