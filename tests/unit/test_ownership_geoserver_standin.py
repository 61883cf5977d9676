"""GeoServer stand-in: what an administrator made is never modified nor deleted; adopt takes a name over.

The foreign objects (layers, styles, layer groups, settings) are put into the stand-in directly, as an
administrator would make them in GeoServer's web interface.
"""
import pytest

from passerelle.publishers.geoserver import META_ID, GeoServerPublisher, marked_sld, style_marks
from passerelle.publishers.http import PublishError
from passerelle.publishers.ownership import NOT_OURS
from support.sdi_standins import CANARY, SLD_10, SLD_11, client


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


# --- a creation whose answer was lost ------------------------------------------------------------------

def answer_lost_on(target, monkeypatch, path_end: str):
    """The next POST to ``path_end`` reaches GeoServer, and its answer never comes back (a cut connection)."""
    real_post = target.http.post
    lost = []

    def post(path, *args, **kwargs):
        response = real_post(path, *args, **kwargs)
        if path.endswith(path_end) and not lost:
            lost.append(path)
            raise PublishError("connexion coupée", "connection lost", code="publish.unreachable")
        return response

    monkeypatch.setattr(target.http, "post", post)
    return lost


def test_a_style_whose_creation_answer_was_lost_is_rolled_back_by_its_mark(geoserver, make_package, monkeypatch):
    package = make_package()
    target = publisher(geoserver)
    lost = answer_lost_on(target, monkeypatch, "/styles")

    with pytest.raises(PublishError) as failed:
        target.publish(package, links(package))

    assert failed.value.code == "publish.unreachable" and lost
    assert ("commune", "pistes") not in geoserver.styles  # created, unanswered, then removed: its mark said ours
    assert geoserver.snapshot()["featuretypes"] == set() and geoserver.snapshot()["datastores"] == set()


def test_a_style_left_by_a_run_whose_answer_was_lost_is_used_by_the_next_run(geoserver, make_package):
    package = make_package()
    geoserver.workspaces["commune"] = {"name": "commune", "isolated": False}
    geoserver.styles[("commune", "pistes")] = {  # what a POST whose answer was lost left, rollback impossible
        "name": "pistes", "workspace": "commune", "format": "sld", "version": "1.1.0",
        "body": marked_sld(package.sld, package.identifier).encode()}
    target = publisher(geoserver)

    result = target.publish(package, links(package))

    assert "style" in result.ids["owned"] and "style" not in result.created
    assert geoserver.layers[("commune", "pistes")]["default_style"] == ("commune", "pistes")
    target.unpublish(package.identifier, result.ids)
    assert ("commune", "pistes") not in geoserver.styles


def test_a_style_marked_for_another_record_is_still_someone_elses(geoserver, make_package):
    package = make_package()
    geoserver.workspaces["commune"] = {"name": "commune", "isolated": False}
    geoserver.styles[("commune", "pistes")] = {"name": "pistes", "workspace": "commune", "format": "sld",
                                               "version": "1.1.0", "body": marked_sld(package.sld, "autre").encode()}

    with pytest.raises(PublishError) as refused:
        publisher(geoserver).publish(package, links(package))

    assert refused.value.code == NOT_OURS and "autre" in refused.value.message_fr
    assert writes(geoserver) == []


@pytest.mark.parametrize("template", [SLD_10, SLD_11])
def test_the_style_mark_is_its_abstract_in_schema_order_and_an_abstract_it_had_is_kept(template):
    from lxml import etree

    sld = template.format(name="pistes", colour="#000000")
    if template is SLD_10:
        sld = sld.replace("<Name>pistes</Name></UserStyle>", "<Name>pistes</Name><Title>T</Title>"
                          "<Abstract>Charte 2024</Abstract></UserStyle>")
    marked = marked_sld(sld, "fiche-1")
    marks = style_marks(marked.encode())
    assert len(marks) == 1 and "fiche-1" in marks[0]
    again = marked_sld(marked, "fiche-2")  # re-marked (adopted): one mark, the new one
    assert [m for m in style_marks(again.encode())[0].splitlines() if "Passerelle" in m] == [
        "Créé par Passerelle pour la fiche fiche-2 : ne pas modifier à la main."]
    style = next(etree.fromstring(marked.encode()).iter("{http://www.opengis.net/sld}UserStyle"))
    names = [etree.QName(child).localname for child in style]
    if template is SLD_10:
        assert names == ["Name", "Title", "Abstract"] and marks[0].startswith("Charte 2024\n")
    else:
        assert names == ["Name", "Description", "FeatureTypeStyle"]
