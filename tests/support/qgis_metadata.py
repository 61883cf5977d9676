"""QGIS layer metadata as a person types it in QGIS's metadata editor, and a field-by-field comparison.

>>> layer.setMetadata(documented(layer))       # every tab of the editor filled
>>> assert_same_typed_metadata(typed, layer.metadata())
"""
import pytest
from qgis.core import (QgsAbstractMetadataBase, QgsBox3d, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsDateTimeRange, QgsLayerMetadata, QgsProject)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

GEMET = "GEMET - INSPIRE themes, version 1.0"
OWN_VOCABULARY = "Mots-clés de la commune"


def _contact(name, organisation, role, **values):
    contact = QgsAbstractMetadataBase.Contact(name)
    contact.organization, contact.role = organisation, role
    for key, value in values.items():
        setattr(contact, key, value)
    return contact


def _address(kind, address, postal_code, city, area, country):
    value = QgsAbstractMetadataBase.Address()
    value.type, value.address, value.postalCode = kind, address, postal_code
    value.city, value.administrativeArea, value.country = city, area, country
    return value


def documented(layer) -> QgsLayerMetadata:
    """What a person types in every tab of QGIS's metadata editor for ``layer`` (as the editor saves it)."""
    md = QgsLayerMetadata()
    md.setIdentifier("8d3c7a52-0f5e-4c4e-9a77-3c1f0b6a9e21")
    md.setParentIdentifier("https://data.saint-aubin.fr/id/patrimoine")
    md.setTitle("Équipements publics de Saint-Aubin")
    md.setType("dataset")
    md.setLanguage("FRA")
    md.setAbstract("Équipements publics de la commune : mairie, écoles, salles.\nRelevés sur le terrain.")
    md.setKeywords({GEMET: ["Bâtiments", "Services d'utilité publique et services publics", "Hydrographi"],
                    OWN_VOCABULARY: ["équipement", "vie locale"]})
    md.setCategories(["Planning Cadastre", "Structure", "Voirie locale"])
    md.setContacts([
        _contact("Paul Durand", "Service SIG", "pointOfContact", email="sig@saint-aubin.fr",
                 voice="03 81 00 00 01", fax="03 81 00 00 09", position="Responsable SIG",
                 addresses=[_address("postal", "1 place de la Mairie", "25000", "Saint-Aubin-sur-Loue",
                                     "Doubs", "France")]),
        _contact("", "Commune de Saint-Aubin-sur-Loue", "owner", email="mairie@saint-aubin.fr"),
        _contact("Jeanne Martin", "Département du Doubs", "custodian", email="sig@doubs.fr", voice="03 81 25 00 00",
                 addresses=[_address("postal", "7 avenue de la Gare", "25000", "Besançon", "Doubs", "France"),
                            _address("physical", "Bâtiment B", "25000", "Besançon", "Doubs", "France")]),
    ])
    md.setLicenses(["Licence Ouverte 2.0", "Licence communale de réutilisation"])
    md.setRights(["© Commune de Saint-Aubin-sur-Loue", "Relevés : Département du Doubs"])
    md.setConstraints([QgsLayerMetadata.Constraint("Pas de restriction d'accès public", "access"),
                       QgsLayerMetadata.Constraint("Mentionner la source et la date", "use"),
                       QgsLayerMetadata.Constraint("Ne pas utiliser à des fins cadastrales", "other")])
    md.setFees("Gratuit")
    md.setEncoding("UTF-8")
    md.setHistory(["Relevé GPS en 2019", "Mise à jour des horaires en 2022", "Contrôle qualité en 2024"])
    page = QgsAbstractMetadataBase.Link("Page des équipements", "WWW:LINK", "https://www.saint-aubin.fr/equipements")
    page.description, page.format = "Présentation des équipements", "HTML"
    page.mimeType, page.size = "text/html", "12000"
    notice = QgsAbstractMetadataBase.Link("Notice", "WWW:DOWNLOAD-1.0-http--download",
                                          "https://www.saint-aubin.fr/notice.pdf")
    notice.mimeType = "application/pdf"
    md.setLinks([page, notice])
    md.setCrs(layer.crs())
    spatial = QgsLayerMetadata.SpatialExtent()
    spatial.extentCrs = layer.crs()  # the editor keeps the extent in the CRS chosen there
    spatial.bounds = QgsBox3d(layer.extent())
    spatial.bounds.setZMinimum(212.5)  # the extent tab's elevation range, in metres
    spatial.bounds.setZMaximum(455.0)
    extent = QgsLayerMetadata.Extent()
    extent.setSpatialExtents([spatial])
    extent.setTemporalExtents([QgsDateTimeRange(QDateTime(QDate(2019, 1, 1), QTime(0, 0)),
                                                QDateTime(QDate(2024, 12, 31), QTime(0, 0)))])
    md.setExtent(extent)
    return md


def _contacts(md):
    return sorted((c.name, c.organization, c.position, c.role, c.email, c.voice, c.fax,
                   tuple((a.type, a.address, a.postalCode, a.city, a.administrativeArea, a.country)
                         for a in c.addresses)) for c in md.contacts())


def _links(md):
    return [(link.name, link.type, link.url, link.description, link.format, link.mimeType, link.size)
            for link in md.links()]


def _wgs84(md):
    spatial = md.extent().spatialExtents()[0]
    box = spatial.bounds.toRectangle()
    if spatial.extentCrs.authid() != "EPSG:4326":
        box = QgsCoordinateTransform(spatial.extentCrs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                     QgsProject.instance()).transformBoundingBox(box)
    return box


def assert_same_typed_metadata(before: QgsLayerMetadata, after: QgsLayerMetadata):
    """Every value the person typed is still there, in their words (Passerelle's own vocabularies aside)."""
    assert after.identifier() == before.identifier()
    assert after.parentIdentifier() == before.parentIdentifier()
    assert after.title() == before.title()
    assert after.type() == before.type()
    assert after.language() == before.language()
    assert after.abstract() == before.abstract()
    theirs = {k: v for k, v in after.keywords().items() if not k.startswith("passerelle:")}
    assert theirs == before.keywords()
    assert after.categories() == before.categories()
    assert _contacts(after) == _contacts(before)
    assert after.licenses() == before.licenses()
    assert after.rights() == before.rights()
    assert [(c.type, c.constraint) for c in after.constraints()] == \
        [(c.type, c.constraint) for c in before.constraints()]
    assert after.fees() == before.fees()
    assert after.encoding() == before.encoding()
    assert after.history() == before.history()
    assert _links(after) == _links(before)
    assert after.crs().authid() == before.crs().authid()
    assert [(t.begin(), t.end()) for t in after.extent().temporalExtents()] == \
        [(t.begin(), t.end()) for t in before.extent().temporalExtents()]
    z = [(s.bounds.zMinimum(), s.bounds.zMaximum()) for md in (before, after) for s in md.extent().spatialExtents()[:1]]
    assert z[0] == z[1]
    box_before, box_after = _wgs84(before), _wgs84(after)
    for side in ("xMinimum", "yMinimum", "xMaximum", "yMaximum"):
        assert getattr(box_after, side)() == pytest.approx(getattr(box_before, side)(), abs=1e-6)
