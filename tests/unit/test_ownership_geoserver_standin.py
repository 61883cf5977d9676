"""GeoServer stand-in: what an administrator made is never modified nor deleted; adopt takes a name over.

The foreign objects (layers, styles, layer groups, settings) are put into the stand-in directly, as an
administrator would make them in GeoServer's web interface.
"""
import pytest

from passerelle.publishers.geoserver import META_ID, GeoServerPublisher
from passerelle.publishers.http import PublishError
from passerelle.publishers.ownership import NOT_OURS
from support.sdi_standins import CANARY, SLD_10, client


def publisher(server, **settings):
    settings = {"url": server.base_url, "workspace": "commune", **settings}
    return GeoServerPublisher("services", settings, client(server.base_url, "admin", CANARY, "GeoServer test"))


def links(package):
    return {"metadata_url": f"https://catalogue.example.fr/records/{package.identifier}", "online_resources": []}


def writes(server) -> list:
    return [(r["method"], r["path"].split("/rest/", 1)[-1]) for r in server.requests if r["method"] != "GET"]


# --- unpublish ------------------------------------------------------------------------------------------

def test_a_layer_in_an_administrators_layer_group_is_not_unpublished_and_the_group_keeps_it(geoserver,
                                                                                          make_package):
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    geoserver.add_foreign_layer("commune", name="cadastre")
    geoserver.add_layer_group("fond_de_plan", ["commune:cadastre", "commune:pistes"])
    before = geoserver.snapshot()

    with pytest.raises(PublishError) as refused:
        target.unpublish(package.identifier, result.ids)

    assert refused.value.code == "publish.geoserver-in-group" and "fond_de_plan" in refused.value.message_fr
    assert geoserver.layergroups[(None, "fond_de_plan")]["layers"] == ["commune:cadastre", "commune:pistes"]
    assert geoserver.snapshot() == before and geoserver.log_of("DELETE") == []


def test_a_workspace_group_counts_too(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    geoserver.add_layer_group("mobilite", ["pistes"], workspace="commune")  # a workspace group may omit the prefix

    with pytest.raises(PublishError) as refused:
        target.unpublish(package.identifier, result.ids)

    assert refused.value.code == "publish.geoserver-in-group"
    assert ("commune", "pistes") in geoserver.layers


@pytest.mark.parametrize("added", ["style", "layergroup", "settings", "service"])
def test_a_workspace_passerelle_created_is_kept_when_an_administrator_added_anything(geoserver, make_package,
                                                                                      added):
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    assert "workspace" in result.ids["owned"]
    if added == "style":
        geoserver.styles[("commune", "charte")] = {"name": "charte", "workspace": "commune", "format": "sld",
                                                   "version": "1.0.0", "body": SLD_10.format(name="c").encode()}
    elif added == "layergroup":
        geoserver.add_foreign_layer("autre", name="routes")
        geoserver.add_layer_group("vide_de_commune", ["autre:routes"], workspace="commune")
    elif added == "settings":
        geoserver.local_settings.add("commune")
    else:
        geoserver.service_settings.add(("wfs", "commune"))

    target.unpublish(package.identifier, result.ids)

    assert "commune" in geoserver.workspaces
    assert ("commune", "pistes") not in geoserver.layers and ("commune", "pistes") not in geoserver.datastores
    assert all(not r["path"].endswith("/workspaces/commune") for r in geoserver.log_of("DELETE"))


def test_an_empty_workspace_passerelle_created_goes_with_the_last_layer(geoserver, make_package):
    package = make_package()
    target = publisher(geoserver)
    result = target.publish(package, links(package))

    target.unpublish(package.identifier, result.ids)

    assert geoserver.workspaces == {} and geoserver.files("commune") == []


def test_the_uploaded_geopackage_leaves_the_data_directory_with_its_store(geoserver, make_package):
    package = make_package()
    geoserver.add_foreign_layer("commune", name="cadastre")  # the workspace stays: only our files go
    target = publisher(geoserver)
    result = target.publish(package, links(package))
    assert geoserver.files("commune") == ["data/commune/pistes/pistes.gpkg"]

    target.unpublish(package.identifier, result.ids)

    assert geoserver.files("commune") == []
    assert ("commune", "cadastre_shp") in geoserver.datastores


def test_unpublish_never_deletes_a_feature_type_that_is_not_ours(geoserver, make_package):
    package = make_package()
    geoserver.add_foreign_layer("commune", name="pistes", store="pistes", style="pistes")
    before = geoserver.snapshot()
    registry_ids = {"workspace": "commune", "datastore": "pistes", "featuretype": "pistes", "style": "pistes",
                    "owned": ["datastore", "featuretype", "layer", "style", "workspace"]}  # a stale registry

    with pytest.raises(PublishError) as refused:
        publisher(geoserver).unpublish(package.identifier, registry_ids)

    assert refused.value.code == NOT_OURS
    assert geoserver.snapshot() == before and writes(geoserver) == []


# --- publish ---------------------------------------------------------------------------------------------

def test_adopt_takes_over_a_feature_type_and_style_of_the_name_then_they_are_ours(geoserver, make_package):
    geoserver.add_foreign_layer("commune", name="pistes", store="pistes", style="pistes")
    geoserver.datastores[("commune", "pistes")]["type"] = "GeoPackage"  # a GeoPackage store of that name
    package = make_package()
    package.adopt = True
    target = publisher(geoserver)

    result = target.publish(package, links(package))

    ft = geoserver.featuretypes[("commune", "pistes", "pistes")]
    assert ft["metadata"][META_ID] == package.identifier
    assert geoserver.datastores[("commune", "pistes")]["description"].startswith("Créé par Passerelle")
    assert {"datastore", "style"} <= set(result.ids["owned"])
    package.adopt = False
    assert target.publish(package, links(package)).changed is False  # ours: nothing to send again
    target.unpublish(package.identifier, result.ids)
    assert ("commune", "pistes") not in geoserver.layers and ("commune", "pistes") not in geoserver.styles


def test_adopt_never_takes_a_store_of_another_kind_nor_a_layer_of_another_store(geoserver, make_package):
    geoserver.add_postgis_store("commune", "pistes", tables=["troncons"])  # their PostGIS store, our layer's name
    package = make_package()
    package.adopt = True

    with pytest.raises(PublishError) as refused:
        publisher(geoserver).publish(package, links(package))

    assert refused.value.code == NOT_OURS and refused.value.adoptable is False
    assert geoserver.uploads == [] and writes(geoserver) == []


def test_a_feature_type_created_between_survey_and_creation_by_someone_else_is_refused(geoserver, make_package,
                                                                                       monkeypatch):
    package = make_package()
    target = publisher(geoserver)
    real_survey = target._survey

    def survey_then_administrator_publishes(*args):
        found = real_survey(*args)
        geoserver.add_foreign_layer("commune", name="pistes", store="voirie_shp", style="voirie")
        return found

    monkeypatch.setattr(target, "_survey", survey_then_administrator_publishes)

    with pytest.raises(PublishError) as refused:
        target.publish(package, links(package))

    assert refused.value.code == NOT_OURS
    assert ("commune", "voirie_shp", "pistes") in geoserver.featuretypes  # theirs, untouched
    assert ("commune", "pistes") not in geoserver.datastores  # what this run created was rolled back


def test_a_store_created_meanwhile_by_our_own_other_run_is_used(geoserver, make_package, monkeypatch):
    package = make_package()
    target = publisher(geoserver)
    real_survey = target._survey

    def survey_then_our_other_run_creates_the_store(*args):
        found = real_survey(*args)
        publisher(geoserver)._create_store("commune", "pistes", package.identifier, False)
        return found

    target._create_workspace("commune")
    monkeypatch.setattr(target, "_survey", survey_then_our_other_run_creates_the_store)

    result = target.publish(package, links(package))

    assert ("commune", "pistes") in geoserver.layers and "datastore" not in result.created
    creations = [r["status"] for r in geoserver.log_of("POST") if r["path"].endswith("/datastores")]
    assert creations == [201, 500]  # the other run's, then ours: "already exists", read back as ours


def test_names_read_from_the_registry_stay_one_quoted_path_segment(geoserver, make_package):
    geoserver.add_foreign_layer("autre", name="cadastre", store="cadastre_shp")
    geoserver.add_foreign_layer("commune", name="voirie", store="pistes", style="voirie")
    before = geoserver.snapshot()

    publisher(geoserver).unpublish("x", {"workspace": "commune", "featuretype": "../../autre/datastores/cadastre_shp",
                                         "datastore": "pistes", "owned": ["workspace"]})

    assert geoserver.snapshot() == before and geoserver.log_of("DELETE") == []
    touched = [r["raw_path"] for r in geoserver.requests if "autre" in r["raw_path"]]
    assert touched and all("..%2F..%2Fautre%2Fdatastores%2Fcadastre_shp" in path for path in touched)
