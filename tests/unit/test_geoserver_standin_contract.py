"""The GeoServer stand-in refuses what GeoServer refuses (sources cited in tests/support/standins/geoserver.py).

Plain ``requests`` calls, independent of the publisher.
"""
import requests
from lxml import etree

from support.sdi_standins import CANARY, SLD_10, SLD_11, make_geopackage


SE = "application/vnd.ogc.se+xml"
SLD = "application/vnd.ogc.sld+xml"


def rest(server, user="admin", password=CANARY):
    s = requests.Session()
    s.trust_env = False
    s.auth = (user, password)
    s.headers["Accept"] = "application/json"
    base = f"{server.base_url}/rest"
    return s, base


def upload(s, base, path, ws="commune", store="pistes", **params):
    with open(path, "rb") as data:
        return s.put(f"{base}/workspaces/{ws}/datastores/{store}/file.gpkg", data=data,
                     headers={"Content-Type": "application/octet-stream"}, params=params)


def test_rest_without_credentials_answers_401_with_a_basic_challenge(geoserver):
    response = requests.get(f"{geoserver.base_url}/rest/workspaces")

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic")


def test_a_wrong_password_answers_401_and_a_non_admin_403(geoserver):
    wrong, base = rest(geoserver, password="wrong")
    reader, _ = rest(geoserver, user="lecteur")

    assert wrong.get(f"{base}/workspaces").status_code == 401
    assert reader.post(f"{base}/workspaces", json={"workspace": {"name": "x"}}).status_code == 403
    assert geoserver.workspaces == {}


def test_creating_a_workspace_answers_201_and_an_existing_one_409_like_geoserver(geoserver):
    s, base = rest(geoserver)

    created = s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    again = s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    geoserver.workspace_exists_status = 401  # GeoServer before 2.15: HttpStatus.UNAUTHORIZED (sic)
    legacy = s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})

    assert created.status_code == 201 and created.text == "commune"
    assert again.status_code == 409 and "already exists" in again.text
    assert legacy.status_code == 401 and "already exists" in legacy.text


def test_catalogue_objects_refuse_other_content_types_with_415(geoserver):
    s, base = rest(geoserver)

    response = s.post(f"{base}/workspaces", data="name=commune", headers={"Content-Type": "text/plain"})

    assert response.status_code == 415
    assert geoserver.workspaces == {}


def test_xml_bodies_are_read_like_json_ones(geoserver):
    s, base = rest(geoserver)

    response = s.post(f"{base}/workspaces", data="<workspace><name>commune</name></workspace>",
                      headers={"Content-Type": "application/xml"})

    assert response.status_code == 201 and "commune" in geoserver.workspaces


def test_an_existing_datastore_cannot_be_posted_again(geoserver):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    body = {"dataStore": {"name": "pistes", "connectionParameters": {"entry": [{"@key": "dbtype", "$": "geopkg"}]}}}

    first = s.post(f"{base}/workspaces/commune/datastores", json=body)
    second = s.post(f"{base}/workspaces/commune/datastores", json=body)

    assert first.status_code == 201
    assert second.status_code == 500 and "already exists" in second.text


def test_geopackage_upload_creates_the_store_and_configures_its_first_table(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})

    response = upload(s, base, make_geopackage(tmp_path / "p.gpkg", "pistes"))

    assert response.status_code == 201
    assert geoserver.datastores[("commune", "pistes")]["type"] == "GeoPackage"
    assert ("commune", "pistes", "pistes") in geoserver.featuretypes
    assert ("commune", "pistes") in geoserver.layers


def test_upload_with_configure_none_configures_nothing(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})

    response = upload(s, base, make_geopackage(tmp_path / "p.gpkg"), configure="none")

    assert response.status_code == 201
    assert ("commune", "pistes") in geoserver.datastores and geoserver.featuretypes == {}


def test_upload_with_an_unknown_extension_is_a_400(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})

    response = s.put(f"{base}/workspaces/commune/datastores/pistes/file.xyz", data=b"x")

    assert response.status_code == 400 and "Unsupported format" in response.text


def test_upload_of_a_file_that_is_no_geopackage_fails(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    path = tmp_path / "bad.gpkg"
    path.write_bytes(b"not a database" * 100)

    assert upload(s, base, path).status_code == 500


def test_a_feature_type_for_a_missing_table_without_attributes_is_a_400(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    upload(s, base, make_geopackage(tmp_path / "p.gpkg"), configure="none")

    response = s.post(f"{base}/workspaces/commune/datastores/pistes/featuretypes",
                      json={"featureType": {"name": "absente"}})

    assert response.status_code == 400 and "no attributes" in response.text


def test_a_feature_type_name_already_used_in_the_workspace_fails(geoserver, tmp_path):
    geoserver.add_foreign_layer("commune", name="pistes", store="autre")
    s, base = rest(geoserver)
    upload(s, base, make_geopackage(tmp_path / "p.gpkg"), configure="none")

    response = s.post(f"{base}/workspaces/commune/datastores/pistes/featuretypes",
                      json={"featureType": {"name": "pistes", "nativeName": "pistes"}})

    assert response.status_code == 500 and "already exists" in response.text


def test_style_content_type_must_match_the_sld_version(geoserver):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    url = f"{base}/workspaces/commune/styles"
    body = SLD_11.format(name="pistes", colour="#000").encode()

    as_sld_10 = s.post(url, data=body, params={"name": "pistes"}, headers={"Content-Type": SLD})
    unknown = s.post(url, data=body, params={"name": "pistes"}, headers={"Content-Type": "text/plain"})
    as_se = s.post(url, data=body, params={"name": "pistes"}, headers={"Content-Type": SE})
    again = s.post(url, data=body, params={"name": "pistes"}, headers={"Content-Type": SE})

    assert as_sld_10.status_code == 500
    assert unknown.status_code == 500 and "No such style handler" in unknown.text
    assert as_se.status_code == 201
    assert again.status_code == 403 and "already exists" in again.text


def test_style_put_replaces_the_body_and_refuses_invalid_sld_with_400(geoserver):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    s.post(f"{base}/workspaces/commune/styles", data=SLD_10.format(name="pistes").encode(),
           params={"name": "pistes"}, headers={"Content-Type": SLD})

    invalid = s.put(f"{base}/workspaces/commune/styles/pistes", data=b"<oops", headers={"Content-Type": SLD})
    valid = s.put(f"{base}/workspaces/commune/styles/pistes", data=SLD_11.format(name="pistes", colour="#f00").encode(),
                  headers={"Content-Type": SE})
    body = s.get(f"{base}/workspaces/commune/styles/pistes.sld")

    assert invalid.status_code == 400
    assert valid.status_code == 200 and b"#f00" in body.content


def test_a_style_used_by_a_layer_is_deleted_only_with_recurse(geoserver):
    geoserver.add_foreign_layer("commune", style="cadastre")
    s, base = rest(geoserver)

    refused = s.delete(f"{base}/workspaces/commune/styles/cadastre")
    forced = s.delete(f"{base}/workspaces/commune/styles/cadastre", params={"recurse": "true"})

    assert refused.status_code == 403
    assert forced.status_code == 200 and ("commune", "cadastre") not in geoserver.styles


def test_non_recursive_deletes_refuse_containers_that_are_not_empty(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre", store="cadastre_shp")
    s, base = rest(geoserver)

    workspace = s.delete(f"{base}/workspaces/commune")
    store = s.delete(f"{base}/workspaces/commune/datastores/cadastre_shp")
    featuretype = s.delete(f"{base}/workspaces/commune/datastores/cadastre_shp/featuretypes/cadastre")

    assert (workspace.status_code, store.status_code, featuretype.status_code) == (403, 403, 403)
    assert ("commune", "cadastre") in geoserver.layers


def test_a_layer_default_style_must_exist(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre")
    s, base = rest(geoserver)

    response = s.put(f"{base}/layers/commune:cadastre", json={"layer": {"defaultStyle": {"name": "absent"}}})

    assert response.status_code == 500


def test_one_element_collections_are_written_as_objects_like_geoserver(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre", store="cadastre_shp")
    geoserver.featuretypes[("commune", "cadastre_shp", "cadastre")]["metadata"] = {"cachingEnabled": "false"}
    s, base = rest(geoserver)

    body = s.get(f"{base}/workspaces/commune/datastores/cadastre_shp/featuretypes/cadastre.json").json()
    empty = s.get(f"{base}/workspaces/commune/styles/nope.json")

    assert body["featureType"]["metadata"] == {"entry": {"@key": "cachingEnabled", "$": "false"}}
    assert body["featureType"]["keywords"] == ""
    assert empty.status_code == 404


def test_workspace_wms_capabilities_list_enabled_layers_without_the_prefix(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre")
    geoserver.add_foreign_layer("autre", name="routes", store="routes_shp", style="routes")
    geoserver.add_foreign_layer("commune", name="cache", store="cache_shp", style="cache")
    geoserver.layers[("commune", "cache")]["enabled"] = False

    response = requests.get(f"{geoserver.base_url}/commune/wms",
                            params={"service": "WMS", "request": "GetCapabilities"})
    names = [e.text for e in etree.fromstring(response.content).iter("{http://www.opengis.net/wms}Name")]

    assert response.status_code == 200
    assert "cadastre" in names and "routes" not in names and "cache" not in names


def test_uploads_are_received_in_chunks_and_stored_whole(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    path = make_geopackage(tmp_path / "p.gpkg", padding_bytes=3 * 1024 * 1024)

    def blocks():
        with open(path, "rb") as source:
            while block := source.read(256 * 1024):
                yield block

    response = s.put(f"{base}/workspaces/commune/datastores/pistes/file.gpkg", data=blocks(),
                     params={"configure": "none"})

    received = geoserver.uploads[-1]
    assert response.status_code == 201
    assert received["chunked"] is True
    assert received["size"] == (tmp_path / "p.gpkg").stat().st_size
    assert open(received["path"], "rb").read() == open(path, "rb").read()


# --- layer groups, cascades, what a non-recursive workspace delete loses, the data directory --------------

def group_body(name, *layers, workspace=None):
    return {"layerGroup": {"name": name, "mode": "SINGLE", **({"workspace": {"name": workspace}} if workspace else {}),
                           "publishables": {"published": [{"@type": "layer", "name": n} for n in layers]}}}


def test_layer_groups_are_created_listed_and_read_with_their_published_layers(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre")
    s, base = rest(geoserver)

    created = s.post(f"{base}/layergroups", json=group_body("fond", "commune:cadastre"))
    listed = s.get(f"{base}/layergroups").json()
    group = s.get(f"{base}/layergroups/fond").json()["layerGroup"]

    assert created.status_code == 201
    assert listed == {"layerGroups": {"layerGroup": {"name": "fond", "href": f"{base}/layergroups/fond.json"}}}
    assert group["publishables"]["published"]["name"] == "commune:cadastre"  # one element: an object


def test_a_layer_in_a_group_cannot_be_deleted_without_recurse(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre")
    geoserver.add_layer_group("fond", ["commune:cadastre"], workspace="commune")
    s, base = rest(geoserver)

    response = s.delete(f"{base}/layers/commune:cadastre")

    assert response.status_code == 500 and "referenced by layer group" in response.text
    assert ("commune", "cadastre") in geoserver.layers


def test_a_recursive_feature_type_delete_takes_the_layer_out_of_the_groups_and_drops_an_emptied_group(geoserver):
    geoserver.add_foreign_layer("commune", name="cadastre")
    geoserver.add_foreign_layer("commune", name="routes", store="routes_shp", style="routes")
    geoserver.add_layer_group("fond", ["commune:cadastre", "commune:routes"])
    geoserver.add_layer_group("seul", ["commune:cadastre"], workspace="commune")
    s, base = rest(geoserver)

    response = s.delete(f"{base}/workspaces/commune/datastores/cadastre_shp/featuretypes/cadastre",
                        params={"recurse": "true"})

    assert response.status_code == 200
    assert geoserver.layergroups[(None, "fond")]["layers"] == ["commune:routes"]
    assert (("commune", "seul") in geoserver.layergroups) is False  # what an administrator would lose


def test_a_workspace_without_stores_is_deleted_with_its_styles_groups_and_settings(geoserver):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    s.post(f"{base}/workspaces/commune/styles", data=SLD_10.format(name="charte").encode(),
           headers={"Content-Type": SLD}, params={"name": "charte"})
    geoserver.local_settings.add("commune")

    before = s.get(f"{base}/workspaces/commune/settings").json()["settings"]
    response = s.delete(f"{base}/workspaces/commune", params={"recurse": "false"})

    assert before["workspace"] == {"name": "commune"}
    assert response.status_code == 200  # GeoServer only looks at the stores
    assert geoserver.workspaces == {} and ("commune", "charte") not in geoserver.styles


def test_workspace_settings_answer_blank_without_local_settings_and_services_404(geoserver):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})

    settings = s.get(f"{base}/workspaces/commune/settings")
    wms = s.get(f"{base}/services/wms/workspaces/commune/settings")
    geoserver.service_settings.add(("wms", "commune"))

    assert settings.status_code == 200 and "workspace" not in settings.json()["settings"]
    assert wms.status_code == 404
    assert s.get(f"{base}/services/wms/workspaces/commune/settings").status_code == 200


def test_purge_is_ignored_for_data_stores_and_the_resource_api_removes_the_upload(geoserver, tmp_path):
    s, base = rest(geoserver)
    s.post(f"{base}/workspaces", json={"workspace": {"name": "commune"}})
    upload(s, base, make_geopackage(tmp_path / "p.gpkg", "pistes"), configure="none")

    deleted = s.delete(f"{base}/workspaces/commune/datastores/pistes", params={"recurse": "true", "purge": "all"})
    left = geoserver.files("commune")
    listing = s.get(f"{base}/resource/data/commune/pistes", params={"format": "json"}).json()
    removed = s.delete(f"{base}/resource/data/commune/pistes/pistes.gpkg")
    again = s.delete(f"{base}/resource/data/commune/pistes/pistes.gpkg")

    assert deleted.status_code == 200 and left == ["data/commune/pistes/pistes.gpkg"]
    assert listing["ResourceDirectory"]["children"]["child"]["name"] == "pistes.gpkg"
    assert removed.status_code == 200 and again.status_code == 404 and geoserver.files("commune") == []
