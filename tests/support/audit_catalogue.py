"""Catalogues to audit: clean ISO 19139 records and records seeded with one known defect each.

    >>> records = seeded_catalogue(vocab, server.base, today)   # [SeededRecord]
    >>> write_folder(records, tmp_path / "fiches")              # one file per record
    >>> load_into_pycsw(pycsw, tmp_path / "fiches")             # pycsw-admin load_records

Every record is written by Passerelle's own ISO encoder from a complete record (the clean ones give
no finding at all), then, for a few defects, edited as other tools would have written it. Links point
at a :class:`~support.link_server.LinkServer`: downloads under ``/ok/``, and WMS/WFS links to the
workspace service ``/geoserver/commune/{wms,wfs}`` whose layers :func:`service_layers` lists.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import uuid
from dataclasses import dataclass, field

from lxml import etree

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Extent, Record
from passerelle.catalogue.tagging import apply_fields

TERRITORY = {"name": "Bourgogne-Franche-Comté", "bbox": [2.84, 46.15, 7.16, 48.41]}
SERVICE = "/geoserver/commune"  # the workspace's virtual services on the link server
WORKSPACE = "commune"
ORGANISATIONS = ("Commune de Saint-Aubin-sur-Loue", "Communauté de communes du Val de Loue",
                 "Syndicat des eaux du Jura")
NS = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco"}


@dataclass
class SeededRecord:
    """One record of the catalogue: its file name, XML, the codes it must raise (empty: a clean record)."""

    name: str
    identifier: str
    title: str
    xml: bytes
    codes: set = field(default_factory=set)
    organisation: str = ""


def identifier(number: int, prefix: int = 0xA0D17) -> str:
    return str(uuid.UUID(int=(prefix << 96) + number))


def complete_fields(title: str, organisation: str, revised: dt.date, access: str = "ouverte") -> dict:
    fields = dict(title=title, abstract=f"{title} : donnée de référence de {organisation}.", access=access,
                  nature="publique", granularity="fr:commune", frequency="annuelle", themes=["us"],
                  keywords=["équipements", "territoire"], place="Saint-Aubin-sur-Loue",
                  lineage="Saisie par le service SIG sur l'orthophotographie 2024.",
                  contact={"organisation": organisation, "email": "sig@saint-aubin-sur-loue.fr"},
                  last_revision=revised.isoformat())
    if access == "ouverte":
        fields["licence"] = "etalab-2.0"
    else:
        fields["legal_basis"] = "INSPIRE_Directive_Article13_1d"
        if access == "partagee":
            fields["licence"] = "proprietary"
    return fields


def make_record(vocab, number: int, title: str, organisation: str, today: dt.date, **changes) -> Record:
    access = changes.pop("access", "ouverte")
    fields = complete_fields(title, organisation, today - dt.timedelta(days=30), access)
    fields.update(changes.pop("fields", {}))
    record = apply_fields(Record(identifier=identifier(number)), fields, vocab)
    record.producer.organisation = organisation
    record.producer.email = "sig@saint-aubin-sur-loue.fr"
    record.extent = changes.pop("extent", Extent(5.85, 46.95, 6.15, 47.15, crs="EPSG:2154"))
    return record.replace(**changes)


def encode(record: Record, vocab, links) -> bytes:
    return iso19139.encode(record, vocab, online_resources=links)


def download(base: str, path: str) -> dict:
    return {"url": base + path, "protocol": "WWW:DOWNLOAD-1.0-http--download", "name": "Données (GeoPackage)",
            "function": "download"}


def wms(base: str, layer: str) -> dict:
    return iso19139.service_link("wms", f"{base}{SERVICE}/wms?service=WMS&version=1.3.0&request=GetCapabilities",
                                 f"{WORKSPACE}:{layer}")


def wfs(base: str, layer: str) -> dict:
    return iso19139.service_link("wfs", f"{base}{SERVICE}/wfs?service=WFS&version=2.0.0&request=GetCapabilities",
                                 f"{WORKSPACE}:{layer}")


def service_layers(unrecorded: bool = True) -> dict:
    """What the link server's ``/geoserver/commune`` services list (``orpheline``: a layer no record describes)."""
    layers = ["arrets_bus", "pistes_cyclables", "equipements", "reseau_eau", "zonage_plu", "ecoles"]
    if unrecorded:
        layers.append("orpheline")
    return {"wms": list(layers), "wfs": [f"{WORKSPACE}:{name}" for name in layers]}


def _edit(xml: bytes, change) -> bytes:
    root = etree.fromstring(xml)
    change(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _replace_anchor(old: str, new: str, text: str):
    """The Anchor pointing at ``old`` points at ``new`` and reads ``text`` (a concept our vocabularies lack)."""
    def change(root):
        found = 0
        for element in root.iter("{http://www.isotc211.org/2005/gmx}Anchor"):
            if element.get("{http://www.w3.org/1999/xlink}href") == old:
                element.set("{http://www.w3.org/1999/xlink}href", new)
                element.text = text
                found += 1
        assert found, f"{old} is not in the record"
    return change


def _set_bbox(west, south, east, north):
    def change(root):
        box = root.find(".//gmd:EX_GeographicBoundingBox", NS)
        for name, value in (("westBoundLongitude", west), ("southBoundLatitude", south),
                            ("eastBoundLongitude", east), ("northBoundLatitude", north)):
            box.find(f"gmd:{name}/gco:Decimal", NS).text = str(value)
    return change


def _set_resource_identifier(code: str):
    def change(root):
        element = root.find("gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:identifier/*/gmd:code", NS)
        for child in element:
            child.text = code
    return change


def seeded_catalogue(vocab, base: str, today: dt.date, unreachable: str = "") -> list:
    """Clean records and one record per defect (see the module's documentation).

    ``unreachable``: a base URL where nothing answers (``audit.link-unreachable``).
    """
    records: list = []
    number = iter(range(1, 1000))

    def add(title, organisation, links, codes=(), edit=None, name="", **changes):
        record = make_record(vocab, next(number), title, organisation, today, **changes)
        xml = encode(record, vocab, links)
        if edit is not None:
            xml = _edit(xml, edit)
        records.append(SeededRecord(name or f"{record.identifier}.xml", record.identifier, record.title, xml,
                                    set(codes), organisation))
        return record

    commune, cc, syndicat = ORGANISATIONS
    # -- clean: complete, on the territory, up to date, working links, every access level --------
    add("Arrêts de bus", commune, [download(base, "/ok/arrets_bus.gpkg"), wms(base, "arrets_bus"),
                                   wfs(base, "arrets_bus")])
    add("Pistes cyclables", commune, [download(base, "/ok/pistes.gpkg"), wms(base, "pistes_cyclables")])
    add("Équipements publics", commune, [wms(base, "equipements"), wfs(base, "equipements")])
    add("Écoles et restaurants scolaires", commune, [wms(base, "ecoles"), download(base, "/found/ecoles.zip")])
    add("Réseau d'eau potable", syndicat, [wms(base, "reseau_eau"), download(base, "/private/reseau_eau.zip")],
        access="partagee")
    add("Branchements particuliers", syndicat, [download(base, "/forbidden/branchements.zip")], access="fermee")
    add("Zonage du plan local d'urbanisme intercommunal", cc, [wms(base, "zonage_plu"),
                                                              download(base, "/ok/zonage_plu.zip")])
    add("Sentiers de randonnée", cc, [download(base, "/ok/sentiers.geojson")],
        fields={"frequency": "mensuelle"}, revised=today - dt.timedelta(days=10))

    # -- one defect each --------------------------------------------------------------------------
    add("Bornes de recharge", commune, [download(base, "/ok/bornes.gpkg")], {"metadata.required"}, abstract="")
    add("PLU_ZONAGE_2019_v3", cc, [download(base, "/ok/plu_zonage_2019.zip")], {"metadata.technical-title"})
    add("Cimetières", commune, [download(base, "/ok/cimetieres.gpkg")], {"vocabulary.unknown"},
        edit=_replace_anchor("http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                             "http://publications.europa.eu/resource/authority/frequency/EVERY_18_MONTHS",
                             "tous les dix-huit mois"))
    add("Parcs et jardins", commune, [download(base, "/ok/parcs.gpkg")], {"vocabulary.deprecated"},
        fields={"licence": "fr-lo"})
    add("Stationnement réservé", commune, [download(base, "/ok/stationnement.gpkg")], {"policy.status"},
        access="partagee", fields={"licence": "etalab-2.0"})
    add("Défibrillateurs", commune, [download(base, "/ok/defibrillateurs.gpkg")], {"freshness.overdue"},
        revised=today - dt.timedelta(days=3 * 365))
    add("Points d'apport volontaire", cc, [download(base, "/ok/pav.gpkg")], {"extent.outside-territory"},
        extent=Extent(-4.6, 48.0, -4.0, 48.4, crs="EPSG:2154"))
    add("Aires de jeux", commune, [download(base, "/ok/aires_jeux.gpkg")], {"extent.invalid"},
        edit=_set_bbox(928400.0, 6686550.0, 929000.0, 6687000.0))
    add("Plan cadastral informatisé", cc, [download(base, "/missing/cadastre.zip")], {"audit.link-broken"})
    add("Ortho-photographie 2024", cc, [download(base, "/moved/ortho_2024.zip")], {"audit.link-moved"})
    add("Éclairage public", commune, [wms(base, "eclairage_disparu")], {"audit.layer-missing"})
    if unreachable:
        add("Bâtiments communaux", commune, [download(unreachable, "/batiments.zip")], {"audit.link-unreachable"})
    add("Marchés hebdomadaires", commune, [download(base, "/ok/marches-1.csv")], {"audit.duplicate-title"})
    add("Marchés hebdomadaires", commune, [download(base, "/ok/marches-2.csv")], {"audit.duplicate-title"})
    add("Bacs à sel", cc, [download(base, "/ok/viabilite.gpkg")], {"audit.duplicate-url"})
    add("Viabilité hivernale", cc, [download(base, "/ok/viabilite.gpkg")], {"audit.duplicate-url"})
    first = add("Hydrants", syndicat, [download(base, "/ok/hydrants.gpkg")], {"audit.duplicate-identifier"})
    add("Poteaux incendie", syndicat, [download(base, "/ok/poteaux.gpkg")], {"audit.duplicate-identifier"},
        edit=_set_resource_identifier(f"urn:uuid:{first.identifier}"))
    return records


def write_folder(records, folder) -> str:
    os.makedirs(folder, exist_ok=True)
    for item in records:
        with open(os.path.join(folder, item.name), "wb") as handle:
            handle.write(item.xml)
    return str(folder)


def load_into_pycsw(server, folder, timeout: float = 1800) -> None:
    """Load every XML file of ``folder`` into a running :class:`PycswServer`'s database (pycsw-admin)."""
    done = subprocess.run([str(server.venv / "bin" / "python"), str(server.venv / "bin" / "pycsw-admin.py"),
                           "-c", "load_records", "-f", str(server.config_path), "-p", str(folder), "-r", "-y"],
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise RuntimeError(f"pycsw-admin load_records failed: {done.stderr[-2000:]}")


def generated_records(vocab, count: int, today: dt.date, folder, base: str = "https://donnees.example.fr",
                      prefix: int = 0xBE7C4) -> str:
    """``count`` clean, varied records (organisations, frequencies, access levels) written to ``folder``."""
    os.makedirs(folder, exist_ok=True)
    frequencies = ("annuelle", "mensuelle", "trimestrielle", "hebdomadaire", "irreguliere")
    organisations = [f"Commune n° {n:03d}" for n in range(40)]
    accesses = ("ouverte", "ouverte", "ouverte", "partagee", "fermee")
    template = {}
    for number in range(count):
        organisation = organisations[number % len(organisations)]
        access = accesses[number % len(accesses)]
        frequency = frequencies[number % len(frequencies)]
        key = (organisation, access, frequency)
        if key not in template:
            template[key] = apply_fields(Record(), {**complete_fields("modèle", organisation, today, access),
                                                    "frequency": frequency}, vocab)
        record = template[key].replace(identifier=str(uuid.UUID(int=(prefix << 96) + number)),
                                       title=f"Jeu de données n° {number} de {organisation}",
                                       extent=Extent(5.8 + (number % 50) / 100, 46.9, 6.2, 47.2, crs="EPSG:2154"))
        xml = iso19139.encode(record, vocab, online_resources=[download(base, f"/ok/jeu-{number}.gpkg")])
        with open(os.path.join(folder, f"{number:06d}.xml"), "wb") as handle:
            handle.write(xml)
    return str(folder)
