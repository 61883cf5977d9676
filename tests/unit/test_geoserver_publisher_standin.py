"""GeoServerPublisher against the GeoServer stand-in: the same client code that talks to a real GeoServer."""
import io
import logging

import pytest

import passerelle.publishers.geoserver as geoserver_module
from passerelle.publishers.base import SERVICE
from passerelle.publishers.geoserver import META_ID, GeoServerPublisher
from passerelle.publishers.http import PublishError
from support.sdi_standins import CANARY, SLD_10, SLD_11, canary_traces, client


RECORD_URL = "https://catalogue.example.fr/geonetwork/srv/api/records/{}"


def publisher(server, user="admin", password=CANARY, **settings):
    settings = {"url": server.base_url, "workspace": "commune", **settings}
    return GeoServerPublisher("services", settings, client(server.base_url, user, password, "GeoServer test"))


def links(package):
    return {"metadata_url": RECORD_URL.format(package.identifier), "online_resources": []}


def writes(server) -> list:
    return [(r["method"], r["path"].split("/rest/", 1)[-1]) for r in server.requests if r["method"] != "GET"]


def test_publish_creates_workspace_store_feature_type_layer_and_style(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)

    result = target.publish(package, links(package))

    ft = geoserver.featuretypes[("commune", "pistes", "pistes")]
    assert target.role == SERVICE
    assert geoserver.snapshot() == {
        "workspaces": {"commune"}, "datastores": {("commune", "pistes")},
        "featuretypes": {("commune", "pistes", "pistes")}, "layers": {("commune", "pistes")},
        "styles": {("commune", "pistes")}}
    assert (ft["title"], ft["srs"], ft["keywords"]) == ("Pistes cyclables", "EPSG:2154", ["vélo", "mobilité"])
    assert ft["abstract"] == package.record.abstract
    assert ft["metadataLinks"] == [{"type": "text/xml", "metadataType": "ISO19115:2003",
                                    "content": RECORD_URL.format(package.identifier)}]
    assert ft["metadata"][META_ID] == package.identifier
    assert geoserver.layers[("commune", "pistes")]["default_style"] == ("commune", "pistes")
    assert result.created == ["workspace", "datastore", "style", "featuretype", "layer"]
    assert result.ids["owned"] == ["datastore", "featuretype", "layer", "style", "workspace"]
    assert target.verify(package, result) == []


def test_publish_returns_wms_and_wfs_capabilities_links_for_the_catalogue(geoserver, make_package):
    package = make_package()

    result = publisher(geoserver).publish(package, links(package))

    wms = f"{geoserver.base_url}/commune/wms?service=WMS&version=1.3.0&request=GetCapabilities"
    wfs = f"{geoserver.base_url}/commune/wfs?service=WFS&version=2.0.0&request=GetCapabilities"
    assert (result.urls["wms"], result.urls["wfs"], result.urls["layer"]) == (wms, wfs, "commune:pistes")
    assert [(r["url"], r["protocol"], r["name"]) for r in result.online_resources] == [
        (wms, "OGC Web Map Service", "commune:pistes"), (wfs, "OGC Web Feature Service", "commune:pistes")]
    assert result.online_resources[0]["application_profile"] == "Service de consultation"


def test_public_url_is_used_for_links_and_the_api_url_for_calls(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver, public_url="https://geo.commune.fr/geoserver")

    result = target.publish(package, links(package))

    assert result.urls["wms"].startswith("https://geo.commune.fr/geoserver/commune/wms?")
    assert target.verify(package, result) == []  # read back through the API address


def test_five_publications_leave_one_store_one_feature_type_one_style(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)

    results = [target.publish(package, links(package)) for _ in range(5)]

    assert len(geoserver.datastores) == len(geoserver.featuretypes) == len(geoserver.styles) - 1 == 1
    assert len(geoserver.uploads) == 1
    assert [r.changed for r in results] == [True, False, False, False, False]
    assert writes(geoserver) == [  # all from the first run
        ("POST", "workspaces"), ("POST", "workspaces/commune/datastores"),
        ("PUT", "workspaces/commune/datastores/pistes/file.gpkg"), ("POST", "workspaces/commune/styles"),
        ("POST", "workspaces/commune/datastores/pistes/featuretypes"), ("PUT", "layers/commune:pistes")]
    assert all(r.ids == results[0].ids for r in results)


def test_changed_data_is_uploaded_again_and_updated_in_place(geoserver, make_package):
    target = publisher(geoserver)
    first = make_package()
    second = make_package(title="Pistes et bandes", identifier=first.identifier, content_hash="hash-2", rows=7,
                          sld=SLD_11.format(name="pistes", colour="#e31a1c"))

    target.publish(first, links(first))
    result = target.publish(second, links(second))

    assert len(geoserver.uploads) == 2
    assert geoserver.featuretypes[("commune", "pistes", "pistes")]["title"] == "Pistes et bandes"
    assert geoserver.datastores[("commune", "pistes")]["tables"] == {"pistes": 7}
    assert b"#e31a1c" in geoserver.styles[("commune", "pistes")]["body"]
    assert len(geoserver.datastores) == len(geoserver.featuretypes) == 1
    assert result.changed and result.created == []
    assert ("PUT", "workspaces/commune/datastores/pistes/featuretypes/pistes") in writes(geoserver)


def test_a_new_metadata_link_alone_updates_the_feature_type_without_uploading(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    target.publish(package, links(package))

    target.publish(package, {"metadata_url": "https://csw.example.fr/record/1"})

    assert len(geoserver.uploads) == 1
    ft = geoserver.featuretypes[("commune", "pistes", "pistes")]
    assert ft["metadataLinks"][0]["content"] == "https://csw.example.fr/record/1"


def test_unpublish_removes_what_was_created_and_spares_a_foreign_layer(geoserver, make_package):
    geoserver.add_foreign_layer("commune", name="cadastre", store="cadastre_shp", style="cadastre")
    before = geoserver.snapshot()
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    assert result.ids["owned"] == ["datastore", "featuretype", "layer", "style"]  # the workspace was there

    target.unpublish(package.identifier, result.ids)

    assert geoserver.snapshot() == before
    assert geoserver.layers[("commune", "cadastre")]["default_style"] == ("commune", "cadastre")
    deletes = [path for method, path in writes(geoserver) if method == "DELETE"]
    assert deletes == ["layers/commune:pistes", "workspaces/commune/datastores/pistes/featuretypes/pistes",
                       "workspaces/commune/styles/pistes", "workspaces/commune/datastores/pistes",
                       "resource/data/commune/pistes/pistes.gpkg", "resource/data/commune/pistes"]
    assert all(r["query"].get("recurse") != ["true"] for r in geoserver.log_of("DELETE"))  # never recursive
    assert geoserver.files("commune") == []  # the uploaded GeoPackage went with its store


def test_unpublish_after_republishing_still_knows_what_passerelle_created(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    target.publish(package, links(package))
    latest = target.publish(package, links(package))  # created nothing: ownership comes from the marks

    target.unpublish(package.identifier, latest.ids)

    assert geoserver.snapshot() == {"workspaces": set(), "datastores": set(), "featuretypes": set(),
                                    "layers": set(), "styles": set()}


def test_a_workspace_passerelle_created_is_kept_while_someone_else_uses_it(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    geoserver.add_foreign_layer("commune", name="cadastre")  # added by an administrator afterwards

    target.unpublish(package.identifier, result.ids)

    assert "commune" in geoserver.workspaces and ("commune", "cadastre") in geoserver.layers
    assert ("commune", "pistes") not in geoserver.layers


def test_unpublish_without_ids_finds_what_passerelle_created_from_the_marks(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    target.publish(package, links(package))

    target.unpublish(package.identifier, {"featuretype": "pistes"})

    assert geoserver.featuretypes == {} and geoserver.datastores == {}


@pytest.mark.parametrize("taken", ["featuretype", "store", "style", "layer"])
def test_a_name_taken_by_someone_else_is_a_conflict_and_nothing_is_written(geoserver, make_package, taken):
    if taken == "featuretype":
        geoserver.add_foreign_layer("commune", name="pistes", store="pistes", style="autre")
    elif taken == "store":
        geoserver.add_foreign_layer("commune", name="cadastre", store="pistes")
    elif taken == "style":
        geoserver.add_foreign_layer("commune", name="cadastre", style="pistes")
    else:
        geoserver.add_foreign_layer("commune", name="pistes", store="voirie_shp", style="voirie")
    before = geoserver.snapshot()
    package = make_package()

    with pytest.raises(PublishError) as caught:
        publisher(geoserver).publish(package, links(package))

    assert caught.value.code == "publish.not-ours" and caught.value.status == 409
    assert writes(geoserver) == [] and geoserver.snapshot() == before


def test_a_reused_postgis_store_receives_the_data_and_is_never_deleted(geoserver, make_package):
    geoserver.add_postgis_store("commune", "sig_pg", tables=["voirie"])
    package = make_package(rows=4)
    target = publisher(geoserver, datastore="sig_pg")

    result = target.publish(package, links(package))
    target.publish(package, links(package))
    target.unpublish(package.identifier, result.ids)

    store = geoserver.datastores[("commune", "sig_pg")]
    assert store["type"] == "PostGIS" and store["tables"] == {"voirie": 1, "pistes": 4}
    assert result.ids["datastore"] == "sig_pg" and "datastore" not in result.ids["owned"]
    assert geoserver.featuretypes == {} and ("commune", "sig_pg") in geoserver.datastores
    assert geoserver.uploads[0]["store"] == "sig_pg"
    assert geoserver.log_of("PUT", "/file.gpkg")[0]["query"]["update"] == ["overwrite"]


def test_an_existing_table_of_a_reused_store_is_never_overwritten(geoserver, make_package):
    geoserver.add_postgis_store("commune", "sig_pg", tables=["pistes"])  # someone else's table, same name
    package = make_package()

    with pytest.raises(PublishError) as caught:
        publisher(geoserver, datastore="sig_pg").publish(package, links(package))

    assert caught.value.code == "publish.not-ours" and "« pistes »" in caught.value.message_fr
    assert geoserver.uploads == [] and writes(geoserver) == []


def postgis_table(package, table="voirie", database="sig", schema="public"):
    """The package of a PostGIS layer: where its table is (as build_package describes it, no password)."""
    package.source = {"provider": "postgres", "uri": f"dbname='{database}' table=\"{schema}\".\"{table}\" (geom)",
                      "schema": schema, "table": table, "database": database, "password_in_source": False}
    return package


def test_a_postgis_table_the_store_reaches_is_published_in_place_without_copy(geoserver, make_package):
    geoserver.add_postgis_store("commune", "sig_pg", tables=["voirie", "cadastre"])
    package = postgis_table(make_package(name="voirie_communale", rows=4))
    target = publisher(geoserver, datastore="sig_pg")

    result = target.publish(package, links(package))
    again = target.publish(package, links(package))

    assert geoserver.uploads == []  # nothing copied: the feature type reads the table
    ft = geoserver.featuretypes[("commune", "sig_pg", "voirie_communale")]
    assert ft["nativeName"] == "voirie" and ft["metadata"][META_ID] == package.identifier
    assert geoserver.datastores[("commune", "sig_pg")]["tables"] == {"voirie": 1, "cadastre": 1}
    assert result.ids["table"] == "voirie" and "datastore" not in result.ids["owned"]
    assert again.changed is False and target.verify(package, result) == []
    target.unpublish(package.identifier, result.ids)
    assert geoserver.featuretypes == {} and ("commune", "sig_pg") in geoserver.datastores
    assert geoserver.datastores[("commune", "sig_pg")]["tables"] == {"voirie": 1, "cadastre": 1}


def test_a_postgis_table_of_another_database_is_imported_into_the_store(geoserver, make_package):
    geoserver.add_postgis_store("commune", "sig_pg", tables=["cadastre"])
    package = postgis_table(make_package(rows=3), table="pistes", database="autre_base")

    result = publisher(geoserver, datastore="sig_pg").publish(package, links(package))

    assert geoserver.uploads[0]["store"] == "sig_pg" and "table" not in result.ids
    assert geoserver.datastores[("commune", "sig_pg")]["tables"] == {"cadastre": 1, "pistes": 3}


def test_a_new_technical_name_renames_the_layer_rather_than_adding_one(geoserver, make_package):
    target = publisher(geoserver)
    first = make_package(name="pistes", identifier="3f2504e0-4f89-11d3-9a0c-0305e82c3301")
    result = target.publish(first, links(first))
    renamed = make_package(name="pistes_cyclables", identifier=first.identifier, content_hash="hash-2")

    target.publish(renamed, {**links(renamed), "previous": result.ids})

    assert set(geoserver.layers) == {("commune", "pistes_cyclables")}
    assert set(geoserver.datastores) == {("commune", "pistes_cyclables")}
    assert geoserver.snapshot()["styles"] == {("commune", "pistes_cyclables")}


def test_a_missing_reused_store_is_a_french_error(geoserver, make_package):
    geoserver.add_foreign_layer("commune")
    package = make_package()

    with pytest.raises(PublishError) as caught:
        publisher(geoserver, datastore="sig_pg").publish(package, links(package))

    assert caught.value.code == "publish.geoserver-store" and "sig_pg" in caught.value.message_fr
    assert writes(geoserver) == []


def test_a_failure_half_way_removes_what_the_run_created(geoserver, make_package):
    geoserver.fail(500, when=lambda request: request.method == "POST" and request.path.endswith("/featuretypes"))
    package = make_package()

    with pytest.raises(PublishError) as caught:
        publisher(geoserver).publish(package, links(package))

    assert caught.value.code == "publish.server-error"
    assert geoserver.snapshot() == {"workspaces": set(), "datastores": set(), "featuretypes": set(),
                                    "layers": set(), "styles": set()}


@pytest.mark.parametrize("answer", [409, 401])  # current GeoServer, older GeoServer
def test_a_workspace_created_meanwhile_by_another_run_is_used_not_reported_as_bad_credentials(geoserver,
                                                                                              make_package, answer):
    geoserver.workspace_exists_status = answer
    geoserver.add_foreign_layer("commune")
    # The survey misses the workspace (created just after by another run): GeoServer then says it exists.
    geoserver.fail(404, times=1, when=lambda r: r.method == "GET" and r.path.endswith("/rest/workspaces/commune"))
    package = make_package()

    result = publisher(geoserver).publish(package, links(package))

    assert geoserver.log_of("POST", "/rest/workspaces")[0]["status"] == answer
    assert "workspace" not in result.created and "workspace" not in result.ids["owned"]
    assert ("commune", "pistes") in geoserver.layers


def test_layers_published_concurrently_share_one_new_workspace(geoserver, make_package):
    from concurrent.futures import ThreadPoolExecutor

    packages = [make_package(name=f"couche_{i}") for i in range(4)]
    target = publisher(geoserver)

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda p: target.publish(p, links(p)), packages))

    assert geoserver.snapshot()["workspaces"] == {"commune"} and len(geoserver.layers) == 4
    assert sum("workspace" in r.created for r in results) == 1


def test_uploads_are_streamed_from_disk_never_read_whole(geoserver, make_package, monkeypatch):
    package = make_package(padding_bytes=12 * 1024 * 1024)
    size = __import__("os").path.getsize(package.gpkg_path)
    reads = []

    class ReadSpy(io.BufferedReader):
        def read(self, n=-1):
            reads.append(n)
            return super().read(n)

    monkeypatch.setattr(geoserver_module, "_open_data", lambda path: ReadSpy(io.FileIO(path, "rb")))
    target = publisher(geoserver)
    bodies = []
    send = target.http.session.request

    def spy(method, url, **kwargs):
        if url.endswith("file.gpkg"):
            bodies.append(kwargs.get("data"))
        return send(method, url, **kwargs)

    monkeypatch.setattr(target.http.session, "request", spy)

    target.publish(package, links(package))

    assert len(bodies) == 1 and isinstance(bodies[0], io.BufferedReader) and bodies[0].closed
    assert reads and all(0 < n <= 1024 * 1024 for n in reads)  # never read(-1): block by block
    assert geoserver.uploads[0]["size"] == size
    assert geoserver.uploads[0]["largest_read"] <= 64 * 1024
    assert open(geoserver.uploads[0]["path"], "rb").read() == open(package.gpkg_path, "rb").read()


@pytest.mark.parametrize("sld, media_type", [(SLD_11, "application/vnd.ogc.se+xml"),
                                             (SLD_10, "application/vnd.ogc.sld+xml")])
def test_the_style_is_sent_with_the_content_type_of_its_sld_version(geoserver, make_package, sld, media_type):
    package = make_package(sld=sld.format(name="pistes", colour="#000"))

    publisher(geoserver).publish(package, links(package))

    assert geoserver.log_of("POST", "/styles")[0]["content_type"] == media_type
    assert geoserver.styles[("commune", "pistes")]["version"] in ("1.0.0", "1.1.0")


def test_a_layer_without_style_keeps_geoservers_default(geoserver, make_package):
    package = make_package(sld="")

    result = publisher(geoserver).publish(package, links(package))

    assert geoserver.snapshot()["styles"] == set()
    assert "style" not in result.ids["owned"] and result.ids["style"] == ""


def test_verify_reports_a_layer_missing_from_the_wms_capabilities(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    geoserver.layers[("commune", "pistes")]["enabled"] = False

    problems = target.verify(package, result)

    assert problems == ["la couche commune:pistes n'apparaît pas dans les capacités WMS de l'espace « commune »"]
    assert target.status(package.identifier, result.ids)["enabled"] is False


def test_dry_run_reads_but_writes_nothing(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    target.http.dry_run = True

    result = target.publish(package, links(package))

    assert writes(geoserver) == [] and geoserver.snapshot()["workspaces"] == set()
    assert [p["method"] for p in target.http.planned] == ["POST", "POST", "PUT", "POST", "POST", "PUT"]
    assert result.created == ["workspace", "datastore", "style", "featuretype", "layer"]


@pytest.mark.parametrize("case, code, status", [
    ("wrong-password", "publish.unauthorized", 401),
    ("not-admin", "publish.forbidden", 403),
    ("server-error", "publish.server-error", 500),
])
def test_http_errors_become_french_publish_errors_without_the_password(geoserver, make_package, caplog, case, code,
                                                                       status):
    caplog.set_level(logging.DEBUG)
    if case == "wrong-password":
        geoserver.users["admin"]["password"] = "another one"
        target = publisher(geoserver)
    elif case == "not-admin":
        target = publisher(geoserver, user="lecteur")
    else:
        geoserver.fail(500, when=lambda request: request.method != "GET")
        target = publisher(geoserver)
    package = make_package()

    with pytest.raises(PublishError) as caught:
        target.publish(package, links(package))

    error = caught.value
    assert (error.code, error.status) == (code, status)
    assert "GeoServer test" in error.message_fr and error.message_fr != error.message_en
    shown = " ".join([str(error), error.message_fr, error.message_en, caplog.text, repr(target.http.credentials)])
    assert not any(trace in shown for trace in canary_traces(target.http.credentials.username))


def test_an_unreachable_geoserver_is_a_retryable_french_error(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    geoserver.stop()

    with pytest.raises(PublishError) as caught:
        target.publish(package, links(package))

    assert caught.value.code == "publish.unreachable" and caught.value.retryable
