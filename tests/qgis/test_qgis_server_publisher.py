"""The QGIS Server publisher, read back through a real qgis_mapserver serving the project it writes."""
import os
import uuid

import pytest
import requests
from lxml import etree

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Contact, Record
from passerelle.publishers.base import SERVICE, PublicationPackage
from passerelle.publishers.http import PublishError
from passerelle.publishers.qgis_server import QgisServerPublisher, layer_id
from passerelle.sdi.qgis_server_process import QgisMapServer

NS = {"wms": "http://www.opengis.net/wms", "xlink": "http://www.w3.org/1999/xlink",
      "inspire_vs": "http://inspire.ec.europa.eu/schemas/inspire_vs/1.0",
      "inspire_common": "http://inspire.ec.europa.eu/schemas/common/1.0",
      "gmd": "http://www.isotc211.org/2005/gmd", "gmx": "http://www.isotc211.org/2005/gmx"}
RED_SLD = """<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>{name}</Name><UserStyle><FeatureTypeStyle><Rule><PolygonSymbolizer>
    <Fill><CssParameter name="fill">#ff0000</CssParameter></Fill>
  </PolygonSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>"""


def write_squares(path, table, count, x0=650000.0, y0=6860000.0):
    """A GeoPackage table of ``count`` 100 m squares in Lambert-93, with a name and a number."""
    from osgeo import ogr, osr

    if os.path.exists(path):
        os.remove(path)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer(table, srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("rang", ogr.OFTInteger))
    for i in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("nom", f"Équipement {i}")
        feature.SetField("rang", i)
        x, y = x0 + (i % 5) * 300, y0 + (i // 5) * 300
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}))"))
        layer.CreateFeature(feature)
    dataset = None
    return path


def make_package(folder, name, count, *, identifier=None, sld=True, title=None, content_hash=None):
    record = Record(identifier=identifier or str(uuid.uuid4()), title=title or f"Équipements {name}",
                    abstract=f"Les équipements publics ({name}).", keywords=["équipement", "commune"],
                    producer=Contact(organisation="Mairie de Saint-Aubin", email="sig@saint-aubin.fr", role="owner"),
                    language="fre")
    gpkg = write_squares(os.path.join(folder, f"{name}-{uuid.uuid4().hex[:6]}.gpkg"), name, count)
    return PublicationPackage(
        record=record, name=name, gpkg_path=gpkg, crs="EPSG:2154", feature_count=count,
        content_hash=content_hash or uuid.uuid4().hex, sld=RED_SLD.format(name=name) if sld else "",
        encode_iso=lambda links: iso19139.encode(record, online_resources=links))


def metadata_url(package):
    return f"http://127.0.0.1:9/csw?service=CSW&request=GetRecordById&id={package.identifier}"


@pytest.fixture(scope="module")
def served(qgis_app, tmp_path_factory):
    """(publisher, server): one served project, one real qgis_mapserver for this module."""
    folder = tmp_path_factory.mktemp("qgis-server")
    project_path = str(folder / "served.qgs")
    server = QgisMapServer(project_path).start()
    publisher = QgisServerPublisher("qgis-server", {
        "project": project_path, "url": server.ows_url, "title": "Données de Saint-Aubin",
        "abstract": "Services de la commune.", "contact": {"organisation": "Mairie de Saint-Aubin",
                                                           "email": "sig@saint-aubin.fr"}})
    yield publisher, server
    server.stop()


@pytest.fixture
def data_folder(tmp_path):
    return str(tmp_path)


def ows(server, **params):
    answer = requests.get(server.ows_url, params=params, timeout=60)
    assert answer.status_code == 200, (answer.text[:500], server.log())
    return answer


def wms_capabilities(server):
    return etree.fromstring(ows(server, SERVICE="WMS", VERSION="1.3.0", REQUEST="GetCapabilities").content)


def wms_layer(capabilities, name):
    return capabilities.xpath("//wms:Layer[wms:Name=$name]", namespaces=NS, name=name)


def geojson_features(server, name):
    answer = ows(server, SERVICE="WFS", VERSION="1.1.0", REQUEST="GetFeature", TYPENAME=name,
                 OUTPUTFORMAT="application/json")
    return answer.json()["features"]


def project_layer_ids(project_path):
    tree = etree.parse(project_path)
    return [element.text for element in tree.iterfind(".//projectlayers/maplayer/id")]


def layer_definition(project_path, wanted_id):
    """A layer's XML in the project file, as comparable data (QGIS writes attributes in any order)."""
    def canonical(element):
        return (element.tag, sorted(element.attrib.items()), (element.text or "").strip(),
                [canonical(child) for child in element if isinstance(child.tag, str)])
    [element] = etree.parse(project_path).xpath("//projectlayers/maplayer[id=$id]", id=wanted_id)
    return canonical(element)


def add_foreign_layer(project_path, gpkg, table, short_name):
    """A layer someone added by hand in QGIS: no Passerelle mark, published in WMS and WFS."""
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject()
    assert project.read(project_path)
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", "Fait main", "ogr")
    assert layer.isValid()
    layer.setShortName(short_name)
    project.addMapLayer(layer)
    project.writeEntry("WFSLayers", "/", project.readListEntry("WFSLayers", "/")[0] + [layer.id()])
    temporary = project_path + ".hand.qgs"
    assert project.write(temporary)
    os.replace(temporary, project_path)
    foreign_id = layer.id()
    project.clear()
    return foreign_id


def test_publisher_is_a_service_target():
    assert QgisServerPublisher.role == SERVICE


def test_published_layer_is_in_wms_capabilities_with_its_metadata_url_and_inspire_capabilities(served, data_folder):
    from qgis.core import QgsProject

    publisher, server = served
    layers_before = len(QgsProject.instance().mapLayers())
    package = make_package(data_folder, "equipements_caps", 7)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})

    assert result.created == ["layer"] and result.ids == {"layer": layer_id(package.identifier),
                                                          "project": publisher.project_path}
    capabilities = wms_capabilities(server)
    [layer] = wms_layer(capabilities, "equipements_caps")
    assert layer.findtext("wms:Title", namespaces=NS) == package.record.title
    assert layer.findtext("wms:Abstract", namespaces=NS) == package.record.abstract
    assert "équipement" in layer.xpath("wms:KeywordList/wms:Keyword/text()", namespaces=NS)
    [online] = layer.xpath("wms:MetadataURL[@type='ISO19115:2003']/wms:OnlineResource", namespaces=NS)
    assert online.get(f"{{{NS['xlink']}}}href") == metadata_url(package)
    assert layer.findtext("wms:MetadataURL/wms:Format", namespaces=NS) == "text/xml"
    [extended] = capabilities.xpath("//inspire_vs:ExtendedCapabilities", namespaces=NS)
    assert extended.findtext("inspire_common:MetadataUrl/inspire_common:URL", namespaces=NS) == metadata_url(package)
    assert {"EPSG:2154", "EPSG:4326", "EPSG:3857"} <= set(capabilities.xpath(
        "/wms:WMS_Capabilities/wms:Capability/wms:Layer/wms:CRS/text()", namespaces=NS))
    assert capabilities.findtext("wms:Service/wms:Title", namespaces=NS) == "Données de Saint-Aubin"
    assert len(QgsProject.instance().mapLayers()) == layers_before  # a private project was used


def test_wfs_getfeature_returns_every_feature_of_the_layer(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_wfs", 12)
    publisher.publish(package, {"metadata_url": metadata_url(package)})

    features = geojson_features(server, "equipements_wfs")
    assert len(features) == 12
    assert sorted(f["properties"]["rang"] for f in features) == list(range(12))
    assert {f["properties"]["nom"] for f in features} >= {"Équipement 0", "Équipement 11"}
    longitude, latitude = features[0]["geometry"]["coordinates"][0][0]
    assert 2.0 < longitude < 3.0 and 48.5 < latitude < 49.0  # Lambert-93 served as WGS84, not truncated


def map_colours(server, layer_name):
    """The colours of a WMS 1.3.0 GetMap PNG over the test squares (sampled every 4 pixels)."""
    from qgis.PyQt.QtGui import QImage

    answer = ows(server, SERVICE="WMS", VERSION="1.3.0", REQUEST="GetMap", LAYERS=layer_name,
                 STYLES="", CRS="EPSG:2154", BBOX="649900,6859900,651500,6860700", WIDTH=400, HEIGHT=200,
                 FORMAT="image/png", TRANSPARENT="true")
    assert answer.headers["Content-Type"].startswith("image/png")
    image = QImage()
    assert image.loadFromData(answer.content, "PNG")
    return {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}


def opaque(colours, red, green, blue):
    """Colours close to (red, green, blue), fully opaque (``QImage.pixel`` gives 0xAARRGGBB)."""
    return [c for c in colours if (c >> 24) & 0xFF > 200 and abs(((c >> 16) & 0xFF) - red) < 50
            and abs(((c >> 8) & 0xFF) - green) < 50 and abs((c & 0xFF) - blue) < 50]


def test_getmap_draws_the_layer_with_the_style_of_its_sld(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_carte", 10)
    publisher.publish(package, {"metadata_url": metadata_url(package)})

    colours = map_colours(server, "equipements_carte")
    assert len(colours) > 1  # not a blank image
    assert opaque(colours, 255, 0, 0), "the SLD fill (#ff0000) is not drawn"


def test_getmap_uses_the_sld_1_1_that_qgis_exports_for_a_layer(served, data_folder):
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    publisher, server = served
    package = make_package(data_folder, "equipements_bleus", 10, sld=False)
    styled = QgsVectorLayer(f"{package.gpkg_path}|layername=equipements_bleus", "bleus", "ogr")
    styled.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "0,0,255,255"})))
    document = QDomDocument()
    styled.exportSldStyle(document, "")  # what the packager puts in PublicationPackage.sld
    package.sld = document.toString()
    del styled
    publisher.publish(package, {})

    colours = map_colours(server, "equipements_bleus")
    assert opaque(colours, 0, 0, 255) and not opaque(colours, 255, 0, 0)


def test_a_layer_without_style_is_drawn_in_the_same_colour_at_every_publication(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_sans_style", 10, sld=False)
    publisher.publish(package, {})

    assert opaque(map_colours(server, "equipements_sans_style"), 0x3D, 0x7A, 0xB8)  # not a random colour


def test_ogc_api_features_serves_every_item_of_the_collection(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_api", 9)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})

    assert result.urls["ogcapi"] == f"{server.ows_url.rstrip('/')}/wfs3/collections/equipements_api"
    items = requests.get(result.urls["ogcapi"] + "/items.json", params={"limit": 1000}, timeout=60).json()
    assert items["numberMatched"] == 9
    assert len(items["features"]) == 9
    collections = requests.get(f"{server.ogcapi_url}/collections.json", timeout=60).json()
    assert "equipements_api" in [c["id"] for c in collections["collections"]]


def test_publishing_five_times_leaves_one_layer(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_cinq", 4)
    links = {"metadata_url": metadata_url(package)}
    results = [publisher.publish(package, links)]
    written = os.stat(publisher.project_path)
    results += [publisher.publish(package, links) for _ in range(4)]

    assert [r.created for r in results] == [["layer"], [], [], [], []]
    assert [r.changed for r in results] == [True, False, False, False, False]
    unchanged = os.stat(publisher.project_path)  # not rewritten: the server keeps its cached project
    assert (unchanged.st_ino, unchanged.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    names = wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()", namespaces=NS)
    assert names.count("equipements_cinq") == 1
    assert project_layer_ids(publisher.project_path).count(layer_id(package.identifier)) == 1
    copies = [f for f in os.listdir(publisher.data_dir) if f.startswith("equipements_cinq-")]
    assert len(copies) == 1


def test_a_batch_publishes_new_layers_and_leaves_unchanged_ones_alone(served, data_folder):
    publisher, server = served
    first, second, third = (make_package(data_folder, f"equipements_lot{i}", 2 + i) for i in range(3))
    results = publisher.publish_many([(first, {}), (second, {})])
    assert [r.created for r in results] == [["layer"], ["layer"]]
    first_copy = publisher.status(first.identifier, {})["data"]

    results = publisher.publish_many([(first, {}), (third, {})])

    assert [(r.created, r.changed) for r in results] == [([], False), (["layer"], True)]
    assert publisher.status(first.identifier, {})["data"] == first_copy
    names = wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()", namespaces=NS)
    assert {"equipements_lot0", "equipements_lot1", "equipements_lot2"} <= set(names)
    assert len(geojson_features(server, "equipements_lot2")) == 4


def test_a_batch_with_unreadable_data_leaves_the_project_and_data_folder_as_they_were(served, data_folder):
    publisher, server = served
    bootstrap = make_package(data_folder, "equipements_socle", 2)
    publisher.publish(bootstrap, {})
    good = make_package(data_folder, "equipements_bons", 3)
    broken = make_package(data_folder, "equipements_casses", 3)
    broken.name = "table_absente"  # the GeoPackage has no such table
    project_before, data_before = open(publisher.project_path, "rb").read(), sorted(os.listdir(publisher.data_dir))

    with pytest.raises(PublishError) as raised:
        publisher.publish_many([(good, {}), (broken, {})])

    assert raised.value.code == "qgis-server.invalid-layer"
    assert open(publisher.project_path, "rb").read() == project_before
    assert sorted(os.listdir(publisher.data_dir)) == data_before


def test_republishing_new_data_replaces_what_the_server_serves(served, data_folder):
    publisher, server = served
    first = make_package(data_folder, "equipements_maj", 3)
    publisher.publish(first, {"metadata_url": metadata_url(first)})
    assert len(geojson_features(server, "equipements_maj")) == 3

    second = make_package(data_folder, "equipements_maj", 8, identifier=first.identifier, title="Équipements 2025")
    result = publisher.publish(second, {"metadata_url": metadata_url(second)})

    assert result.created == [] and result.changed
    assert len(geojson_features(server, "equipements_maj")) == 8
    [layer] = wms_layer(wms_capabilities(server), "equipements_maj")
    assert layer.findtext("wms:Title", namespaces=NS) == "Équipements 2025"
    assert project_layer_ids(publisher.project_path).count(layer_id(first.identifier)) == 1
    copies = [f for f in os.listdir(publisher.data_dir) if f.startswith("equipements_maj-")]
    assert copies == [os.path.basename(publisher.status(first.identifier, {})["data"])]  # old copy deleted


def test_a_layer_that_is_not_passerelles_survives_publish_and_unpublish(served, data_folder):
    publisher, server = served
    warm_up = make_package(data_folder, "equipements_voisins", 2)
    publisher.publish(warm_up, {"metadata_url": metadata_url(warm_up)})  # the project exists
    hand_made = write_squares(os.path.join(data_folder, "fait_main.gpkg"), "fait_main", 6, x0=652000)
    foreign_id = add_foreign_layer(publisher.project_path, hand_made, "fait_main", "fait_main")
    foreign_before = layer_definition(publisher.project_path, foreign_id)

    package = make_package(data_folder, "equipements_passagers", 5)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})
    assert "fait_main" in wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()", namespaces=NS)
    publisher.unpublish(package.identifier, result.ids)

    names = wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()", namespaces=NS)
    assert "fait_main" in names and "equipements_voisins" in names and "equipements_passagers" not in names
    assert len(geojson_features(server, "fait_main")) == 6
    assert layer_definition(publisher.project_path, foreign_id) == foreign_before  # style, source... untouched
    with pytest.raises(PublishError) as refused:  # an id alone (a stale registry) never removes a layer
        publisher.unpublish("not-a-passerelle-record", {"layer": foreign_id})
    assert refused.value.code == "publish.not-ours" and "fait_main" in refused.value.message_fr
    assert foreign_id in project_layer_ids(publisher.project_path)
    assert layer_definition(publisher.project_path, foreign_id) == foreign_before


def test_a_name_taken_by_a_foreign_layer_is_refused_and_the_project_left_alone(served, data_folder):
    publisher, server = served
    bootstrap = make_package(data_folder, "equipements_amorce", 2)
    publisher.publish(bootstrap, {"metadata_url": metadata_url(bootstrap)})
    hand_made = write_squares(os.path.join(data_folder, "pris.gpkg"), "pris", 2)
    add_foreign_layer(publisher.project_path, hand_made, "pris", "nom_pris")
    before = open(publisher.project_path, "rb").read()

    with pytest.raises(PublishError) as raised:
        publisher.publish(make_package(data_folder, "nom_pris", 3), {})
    assert raised.value.code == "publish.not-ours" and "adopt=True" in raised.value.message_fr
    assert open(publisher.project_path, "rb").read() == before


def test_a_name_taken_by_another_records_layer_is_refused_even_with_adopt(served, data_folder):
    publisher, server = served
    first = make_package(data_folder, "nom_partage", 2)
    publisher.publish(first, {"metadata_url": metadata_url(first)})
    before = open(publisher.project_path, "rb").read()
    second = make_package(data_folder, "nom_partage", 3)
    second.adopt = True

    with pytest.raises(PublishError) as raised:
        publisher.publish(second, {})

    assert raised.value.code == "qgis-server.name-taken"
    assert open(publisher.project_path, "rb").read() == before


def test_adopt_takes_a_hand_made_layer_over_in_place_then_it_is_ours(served, data_folder):
    publisher, server = served
    bootstrap = make_package(data_folder, "equipements_reprise", 2)
    publisher.publish(bootstrap, {"metadata_url": metadata_url(bootstrap)})
    hand_made = write_squares(os.path.join(data_folder, "repris.gpkg"), "repris", 2)
    foreign_id = add_foreign_layer(publisher.project_path, hand_made, "repris", "repris")
    package = make_package(data_folder, "repris", 4)
    package.adopt = True

    result = publisher.publish(package, {"metadata_url": metadata_url(package)})

    assert result.ids["layer"] == foreign_id and result.created == []  # same layer, same id, same place
    assert len(geojson_features(server, "repris")) == 4  # now served from Passerelle's copy
    assert publisher.status(package.identifier, result.ids)["exists"] is True
    package.adopt = False
    again = publisher.publish(package, {"metadata_url": metadata_url(package)})
    assert again.changed is False and again.ids["layer"] == foreign_id
    publisher.unpublish(package.identifier, result.ids)
    assert foreign_id not in project_layer_ids(publisher.project_path)
    assert "repris" not in wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()", namespaces=NS)


def test_unpublish_removes_the_layer_from_capabilities_wfs_and_project(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_retires", 3)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})
    data_file = publisher.status(package.identifier, result.ids)["data"]
    assert "equipements_retires" in wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()", namespaces=NS)

    publisher.unpublish(package.identifier, result.ids)

    assert "equipements_retires" not in wms_capabilities(server).xpath("//wms:Layer/wms:Name/text()",
                                                                        namespaces=NS)
    wfs = ows(server, SERVICE="WFS", VERSION="1.1.0", REQUEST="GetCapabilities").text
    assert "equipements_retires" not in wfs
    project_text = open(publisher.project_path, encoding="utf-8").read()
    assert result.ids["layer"] not in project_text  # neither the layer nor its WFS entries
    assert not os.path.exists(data_file)
    assert publisher.status(package.identifier, result.ids) == {"exists": False, "layer": result.ids["layer"]}
    publisher.unpublish(package.identifier, result.ids)  # twice: nothing left to do, no error


def test_advertised_extent_grows_to_cover_every_published_layer(served, data_folder):
    publisher, server = served
    near = make_package(data_folder, "equipements_proches", 3)
    publisher.publish(near, {"metadata_url": metadata_url(near)})
    far = make_package(data_folder, "equipements_lointains", 3)
    far.gpkg_path = write_squares(far.gpkg_path, "equipements_lointains", 3, x0=900000, y0=6300000)
    publisher.publish(far, {"metadata_url": metadata_url(far)})

    [box] = wms_capabilities(server).xpath(
        "/wms:WMS_Capabilities/wms:Capability/wms:Layer/wms:BoundingBox[@CRS='EPSG:2154']", namespaces=NS)
    assert float(box.get("minx")) <= 650000 and float(box.get("maxx")) >= 900100  # both layers
    assert float(box.get("miny")) <= 6300000 and float(box.get("maxy")) >= 6860100
    entry = etree.parse(publisher.project_path).xpath("/qgis/properties/WMSExtent/value/text()")
    west, south, east, north = map(float, entry)  # the advertised extent is set, not left to QGIS
    assert west <= 650000 and south <= 6300000 and east >= 900100 and north >= 6860100


def test_inspire_capabilities_never_point_to_an_unpublished_record(served, data_folder):
    publisher, server = served
    kept = make_package(data_folder, "equipements_restants", 2)
    publisher.publish(kept, {"metadata_url": metadata_url(kept)})
    removed = make_package(data_folder, "equipements_partants", 2)
    result = publisher.publish(removed, {"metadata_url": metadata_url(removed)})
    inspire_url = "//inspire_vs:ExtendedCapabilities/inspire_common:MetadataUrl/inspire_common:URL/text()"
    assert wms_capabilities(server).xpath(inspire_url, namespaces=NS) == [metadata_url(removed)]

    publisher.unpublish(removed.identifier, result.ids)

    [url] = wms_capabilities(server).xpath(inspire_url, namespaces=NS)
    assert url != metadata_url(removed) and "GetRecordById" in url


def test_status_and_verify_read_the_publication_back(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_verifies", 6)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})

    status = publisher.status(package.identifier, result.ids)
    assert status["exists"] and status["name"] == "equipements_verifies" and status["wfs"]
    assert status["content_hash"] == package.content_hash and status["data_exists"]
    assert publisher.verify(package, result) == []
    package.feature_count = 7  # what verify must catch: the server does not serve what was packaged
    [problem] = publisher.verify(package, result)
    assert "6 entités" in problem


def test_online_resources_give_the_catalogue_record_its_view_and_download_services(served, data_folder):
    publisher, server = served
    package = make_package(data_folder, "equipements_liens", 2)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})

    from passerelle.catalogue.encoders.iso19139 import with_link_convention

    record = etree.fromstring(package.iso_record(result.online_resources))  # GeoNetwork convention by default
    resources = record.xpath("//gmd:CI_OnlineResource", namespaces=NS)
    by_url = {r.findtext("gmd:linkage/gmd:URL", namespaces=NS): r for r in resources}
    assert set(by_url) == {result.urls["wms"], result.urls["wfs"], publisher.ogcapi_url}
    wms = by_url[result.urls["wms"]]
    assert wms.findtext("gmd:protocol/*", namespaces=NS) == "OGC:WMS"
    assert wms.findtext("gmd:name/*", namespaces=NS) == "equipements_liens"
    inspire = etree.fromstring(package.iso_record(with_link_convention(result.online_resources, "inspire")))
    assert inspire.xpath("//gmd:CI_OnlineResource/gmd:protocol/gmx:Anchor/@xlink:href", namespaces=NS) == [
        "http://www.opengis.net/def/serviceType/ogc/wms", "http://www.opengis.net/def/serviceType/ogc/wfs",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0"]
    for url in (result.urls["wms"], result.urls["wfs"]):  # the links work as given
        assert requests.get(url, timeout=60).status_code == 200


def test_ogc_api_features_link_is_read_by_owslib_and_opened_by_qgis(served, data_folder):
    from owslib.iso import MD_Metadata
    from owslib.ogcapi.features import Features
    from qgis.core import QgsVectorLayer

    publisher, server = served
    package = make_package(data_folder, "equipements_oapif", 4)
    result = publisher.publish(package, {"metadata_url": metadata_url(package)})

    record = MD_Metadata(etree.fromstring(package.iso_record(result.online_resources)))
    [link] = [o for o in record.distribution.online if o.protocol == "OGC API - Features"]
    assert (link.url, link.name) == (f"{server.ows_url.rstrip('/')}/wfs3", "equipements_oapif")
    items = Features(link.url, timeout=60).collection_items(link.name, limit=100)
    assert len(items["features"]) == 4
    # QGIS opens the collection from the landing page and the collection id, as the link gives them.
    layer = QgsVectorLayer(f"url='{link.url}' typename='{link.name}'", "oapif", "OAPIF")
    assert layer.isValid(), layer.error().summary()
    assert layer.featureCount() == 4


def test_check_refuses_names_servers_cannot_use(tmp_path):
    publisher = QgisServerPublisher("qgis-server", {"project": str(tmp_path / "p.qgs"), "url": "http://x/ows/"})
    record = Record(title="t")
    package = PublicationPackage(record, "équipements publics", "", "EPSG:2154", 0, "")
    assert [f.code for f in publisher.check(package)] == ["qgis-server.layer-name"]
    package.name = "equipements_publics"
    assert publisher.check(package) == []
