"""Saint-Aubin-sur-Loue: a fictional Jura commune and its layers, in one GeoPackage.

The commune does not exist (INSEE code 39999, SIRET built to pass the Luhn
check but assigned to nobody); it sits on the Loue between Dole and Arbois,
in Lambert-93 (EPSG:2154). Each layer exercises one thing Passerelle must get
right:

- ``equipements_publics``: open data conforming to a SCDL-like Table Schema,
  except two deliberately broken features (:data:`SCHEMA_BROKEN`);
- ``arrets_bus``: open data whose declared monthly update is two years late;
- ``parcelles`` and ``zonage_plu``: ordinary reference data;
- ``concessions_cimetiere``: a register of personal data (names, birth dates,
  addresses, phones, e-mails, free text about people) that must never reach
  an open target;
- ``reseau_eclairage``: three self-intersecting polygons and one feature
  without geometry (:data:`INVALID_FIDS`, :data:`EMPTY_FIDS`).

Only ``osgeo`` is used: the generator runs wherever GDAL does, without QGIS.
"""
from __future__ import annotations

import datetime as _dt
import math
import os
import random
import unicodedata

from osgeo import gdal, ogr, osr

SEED = 3999  # any fixed value: the sample must be the same on every run
GPKG_NAME = "territoire.gpkg"
SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "equipements-publics.schema.json")

#: Fixed write date so that two generations give the same file, not only the same features.
_WRITE_DATE = "2025-01-06T09:00:00Z"

COMMUNE = {
    "name": "Saint-Aubin-sur-Loue",
    "insee": "39999",
    "postcode": "39990",
    "siren": "213909997",
    "siret": "21390999700107",
    "epci": "Communauté de communes du Val de Loue",
    "epci_siret": "20009999200014",
    "epci_email": "sig@cc-val-de-loue.fr",
    "departement": "Jura",
    "departement_code": "39",
    "region": "Bourgogne-Franche-Comté",
    "crs": "EPSG:2154",
    # (xmin, ymin, xmax, ymax) in Lambert-93 metres: every feature lies inside.
    "bbox_l93": (897000.0, 6660000.0, 903000.0, 6665000.0),
    # (west, south, east, north) in WGS84 degrees, enclosing the Lambert-93 box.
    "bbox_wgs84": (5.5935, 47.0093, 5.6748, 47.0561),
    "contact": {
        "organisation": "Mairie de Saint-Aubin-sur-Loue",
        "email": "sig@saint-aubin-sur-loue.fr",
        "phone": "03 53 73 10 00",
    },
}

LAYERS = ("equipements_publics", "arrets_bus", "parcelles", "zonage_plu",
          "concessions_cimetiere", "reseau_eclairage")

#: Features of ``equipements_publics`` that break the schema on purpose: field -> fid.
SCHEMA_BROKEN = {"EQUIP_TYPE": 8, "COLL_SIRET": 23}
SCHEMA_BROKEN_FIDS = tuple(sorted(SCHEMA_BROKEN.values()))

#: ``reseau_eclairage`` features with a self-intersecting (bow-tie) polygon.
INVALID_FIDS = (7, 16, 24)
#: ``reseau_eclairage`` features stored without geometry (NULL).
EMPTY_FIDS = (29,)

# The commune sits in a 6 x 5 km box; the village centre is north of the Loue.
_XMIN, _YMIN, _XMAX, _YMAX = COMMUNE["bbox_l93"]
_CENTRE = ((_XMIN + _XMAX) / 2, (_YMIN + _YMAX) / 2)
_VILLAGE = (_CENTRE[0] - 400.0, _CENTRE[1] + 400.0)
_CEMETERY = (_VILLAGE[0] + 330.0, _VILLAGE[1] + 240.0, 70.0, 45.0)  # x, y, width, height
_ACTIVITY_ZONE = (_VILLAGE[0] + 700.0, _VILLAGE[1] - 150.0, _VILLAGE[0] + 1100.0, _VILLAGE[1] + 150.0)


def _river_y(x: float) -> float:
    """Northing of the Loue's centreline at easting ``x``."""
    return _VILLAGE[1] - 450.0 + 180.0 * math.sin((x - _VILLAGE[0]) / 700.0)


# --------------------------------------------------------------------------- geometry helpers

def _polygon(points) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in points:
        ring.AddPoint_2D(round(x, 2), round(y, 2))
    x, y = points[0]
    ring.AddPoint_2D(round(x, 2), round(y, 2))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def _rect(xmin, ymin, xmax, ymax) -> ogr.Geometry:
    return _polygon([(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax)])


def _blob(rng: random.Random, cx, cy, rx, ry, roughness=0.06, vertices=32) -> ogr.Geometry:
    """An irregular, star-shaped (hence valid) polygon around (cx, cy)."""
    points = []
    for i in range(vertices):
        angle = 2 * math.pi * i / vertices
        k = 1.0 - roughness * rng.random()
        points.append((cx + rx * k * math.cos(angle), cy + ry * k * math.sin(angle)))
    return _polygon(points)


def _multipolygon(geometry: ogr.Geometry) -> ogr.Geometry:
    """The polygons of an overlay result; GEOS may add the lines and points where shapes touch."""
    result = ogr.Geometry(ogr.wkbMultiPolygon)
    stack = [geometry]
    while stack:
        part = stack.pop(0)
        flat = ogr.GT_Flatten(part.GetGeometryType())
        if flat == ogr.wkbPolygon:
            result.AddGeometry(part)
        elif flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
            stack.extend(part.GetGeometryRef(i) for i in range(part.GetGeometryCount()))
    return result


def _point(x, y) -> ogr.Geometry:
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(round(x, 2), round(y, 2))
    return point


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# --------------------------------------------------------------------------- layers
# Each builder returns (geometry type, fields, features). A field is
# (name, kind, required) with kind in string/integer/real/boolean/date; a
# feature is (fid, geometry or None, {field: value}).

EQUIP_TYPES = {
    # code -> theme; the enum of the Table Schema is built from the same list.
    "mairie": "administration", "agence_postale": "services", "services_techniques": "administration",
    "ecole_maternelle": "enseignement", "ecole_primaire": "enseignement", "college": "enseignement",
    "restauration_scolaire": "enseignement", "creche": "action_sociale", "action_sociale": "action_sociale",
    "sante": "sante", "defibrillateur": "sante", "salle_polyvalente": "culture_loisirs",
    "bibliotheque": "culture_loisirs", "musee": "culture_loisirs", "patrimoine": "culture_loisirs",
    "tourisme": "culture_loisirs", "camping": "culture_loisirs", "aire_de_jeux": "culture_loisirs",
    "equipement_sportif": "sport", "lieu_de_culte": "culte", "cimetiere": "services",
    "sanitaires": "services", "secours": "securite", "dechetterie": "environnement",
    "collecte_dechets": "environnement", "assainissement": "environnement",
    "parking": "transport", "borne_recharge": "transport",
}
EQUIP_THEMES = tuple(sorted(set(EQUIP_TYPES.values())))

# name, type, capacity, run by the EPCI?, place ("v": random in the village, or a named spot)
_EQUIPMENTS = [
    ("Mairie", "mairie", 80, False, (0, 40)),
    ("Agence postale communale", "agence_postale", None, False, (25, 55)),
    ("École primaire Jules Ferry", "ecole_primaire", 140, False, "v"),
    ("École maternelle Les Petits Loups", "ecole_maternelle", 60, False, "v"),
    ("Collège Louis Pasteur", "college", 420, True, "v"),
    ("Restaurant scolaire", "restauration_scolaire", 120, False, "v"),
    ("Micro-crèche Les Lutins", "creche", 12, True, "v"),
    # Typed by hand instead of the code "salle_polyvalente": outside the enum on purpose.
    ("Salle des fêtes", "Salle des fêtes", 250, False, "v"),
    ("Salle polyvalente du Champ de Foire", "salle_polyvalente", 400, False, "v"),
    ("Bibliothèque municipale", "bibliotheque", 40, False, (-30, 20)),
    ("Gymnase municipal", "equipement_sportif", 300, False, "v"),
    ("Stade municipal Georges Vuillemin", "equipement_sportif", 500, False, "v"),
    ("Courts de tennis", "equipement_sportif", None, False, "v"),
    ("City-stade", "equipement_sportif", None, False, "v"),
    ("Boulodrome des Tilleuls", "equipement_sportif", None, False, "v"),
    ("Aire de jeux du Lavoir", "aire_de_jeux", None, False, "v"),
    ("Aire de jeux des Tilleuls", "aire_de_jeux", None, False, "v"),
    ("Église Saint-Aubin", "lieu_de_culte", 250, False, (-60, -10)),
    ("Chapelle Notre-Dame de la Loue", "lieu_de_culte", 60, False, (-700, 300)),
    ("Cimetière communal", "cimetiere", None, False, "cemetery"),
    ("Maison de santé pluriprofessionnelle", "sante", None, True, "v"),
    ("Centre communal d'action sociale", "action_sociale", None, False, (10, 65)),
    # The EPCI's SIRET with its last digit lost: 13 digits, on purpose.
    ("Déchetterie intercommunale", "dechetterie", None, True, "activity"),
    ("Station d'épuration", "assainissement", None, True, (-950, -430)),
    ("Point d'apport volontaire Place de l'Église", "collecte_dechets", None, True, (-75, -40)),
    ("Point d'apport volontaire Zone artisanale", "collecte_dechets", None, True, "activity"),
    ("Parking de la Mairie", "parking", 35, False, (15, 10)),
    ("Parking du Collège", "parking", 60, False, "v"),
    ("Aire de covoiturage", "parking", 24, True, (650, 180)),
    ("Borne de recharge électrique", "borne_recharge", 2, False, (20, 5)),
    ("Atelier municipal", "services_techniques", None, False, "activity"),
    ("Centre de première intervention", "secours", None, False, "activity"),
    ("Office de tourisme du Val de Loue", "tourisme", None, True, "v"),
    ("Maison du patrimoine", "musee", 50, False, "v"),
    ("Lavoir de la Fontaine", "patrimoine", None, False, "v"),
    ("Toilettes publiques", "sanitaires", None, False, (-40, -55)),
    ("Salle des associations", "salle_polyvalente", 90, False, "v"),
    ("Camping municipal Les Bords de Loue", "camping", 180, False, (350, -600)),
    ("Piscine intercommunale", "equipement_sportif", 350, True, "v"),
    ("Défibrillateur de la Mairie", "defibrillateur", None, False, (2, 42)),
]


def _equipements(rng: random.Random):
    fields = [("COLL_NOM", "string", True), ("COLL_SIRET", "string", True), ("EQUIP_UID", "string", True),
              ("EQUIP_NOM", "string", True), ("EQUIP_TYPE", "string", True), ("EQUIP_THEME", "string", True),
              ("COMMUNE_INSEE", "string", True), ("DATE_MAJ", "date", True), ("ACCES_PMR", "boolean", True),
              ("CAPACITE", "integer", False)]
    features = []
    for fid, (name, kind, capacity, epci, place) in enumerate(_EQUIPMENTS, start=1):
        if place == "v":
            dx, dy = rng.uniform(-450, 450), rng.uniform(-200, 450)
        elif place == "cemetery":
            dx = _CEMETERY[0] + _CEMETERY[2] / 2 - _VILLAGE[0]
            dy = _CEMETERY[1] + _CEMETERY[3] / 2 - _VILLAGE[1]
        elif place == "activity":
            dx = rng.uniform(_ACTIVITY_ZONE[0], _ACTIVITY_ZONE[2]) - _VILLAGE[0]
            dy = rng.uniform(_ACTIVITY_ZONE[1], _ACTIVITY_ZONE[3]) - _VILLAGE[1]
        else:
            dx, dy = place
        siret = COMMUNE["epci_siret"] if epci else COMMUNE["siret"]
        if fid == SCHEMA_BROKEN["COLL_SIRET"]:
            siret = siret[:-1]
        theme = EQUIP_TYPES.get(kind, "culture_loisirs")
        updated = _dt.date(2024, 1, 15) + _dt.timedelta(days=rng.randrange(0, 540))
        features.append((fid, _point(_VILLAGE[0] + dx, _VILLAGE[1] + dy), {
            "COLL_NOM": COMMUNE["epci"] if epci else f"Commune de {COMMUNE['name']}",
            "COLL_SIRET": siret,
            "EQUIP_UID": f"{COMMUNE['insee']}-EQ-{fid:04d}",
            "EQUIP_NOM": name,
            "EQUIP_TYPE": kind,
            "EQUIP_THEME": theme,
            "COMMUNE_INSEE": COMMUNE["insee"],
            "DATE_MAJ": updated,
            "ACCES_PMR": rng.random() < 0.7,
            "CAPACITE": capacity,
        }))
    return ogr.wkbPoint, fields, features


_STOP_NAMES_MAIN = ["Route de Dole", "Le Moulin", "Les Granges", "Champ de Foire", "Place de l'Église",
                    "Mairie", "Les Tilleuls", "Collège", "Salle des fêtes", "Zone artisanale",
                    "Carrefour du Chêne", "Bellevue", "Route d'Arbois", "Hameau de Vaux"]
_STOP_NAMES_CROSS = ["Bois de la Côte", "Les Combes", "Le Château", "Stade", "Maison de santé",
                     "Lavoir", "Grande Rue", "Pont de la Loue", "Camping", "Les Vignes", "La Croix Blanche"]


def _arrets_bus(rng: random.Random):
    fields = [("ARRET_ID", "string", True), ("ARRET_NOM", "string", True), ("LIGNES", "string", True),
              ("ACCES_UFR", "boolean", True)]
    features = []
    vx, vy = _VILLAGE
    fid = 0
    # Line 12 (Dole - Arbois) follows the main road west-east; line 3 crosses it north-south.
    for i, name in enumerate(_STOP_NAMES_MAIN):
        t = i / (len(_STOP_NAMES_MAIN) - 1)
        x = vx - 1900 + 3600 * t + rng.uniform(-40, 40)
        y = vy - 120 + 150 * math.sin(3 * t) + rng.uniform(-10, 10)
        lines = "3;12" if name in ("Mairie", "Place de l'Église", "Collège") else "12"
        fid += 1
        features.append((fid, _point(x, y), {"ARRET_ID": f"SASL{fid:03d}", "ARRET_NOM": name,
                                             "LIGNES": lines, "ACCES_UFR": rng.random() < 0.5}))
    for i, name in enumerate(_STOP_NAMES_CROSS):
        t = i / (len(_STOP_NAMES_CROSS) - 1)
        y = vy + 1550 - 3700 * t + rng.uniform(-30, 30)
        x = vx + 80 + 120 * math.sin(4 * t) + rng.uniform(-10, 10)
        fid += 1
        features.append((fid, _point(x, y), {"ARRET_ID": f"SASL{fid:03d}", "ARRET_NOM": name,
                                             "LIGNES": "3", "ACCES_UFR": rng.random() < 0.4}))
    return ogr.wkbPoint, fields, features


def _parcelles(rng: random.Random):
    fields = [("IDU", "string", True), ("SECTION", "string", True), ("NUMERO", "string", True),
              ("CONTENANCE", "integer", True)]
    columns, rows = 22, 14
    xs = [0.0]
    for _ in range(columns):
        xs.append(xs[-1] + rng.uniform(70, 130))
    ys = [0.0]
    for _ in range(rows):
        ys.append(ys[-1] + rng.uniform(70, 130))
    x0, y0 = _VILLAGE[0] - xs[-1] / 2, _VILLAGE[1] - ys[-1] / 2 + 200
    # Grid nodes are jittered once and shared by neighbouring parcels, so the parcels tile.
    nodes = [[(x0 + x + rng.uniform(-15, 15), y0 + y + rng.uniform(-15, 15)) for x in xs] for y in ys]
    sections = ["AB", "AC", "AD", "AE", "ZA", "ZB", "ZC", "ZD"]
    next_number = {s: 0 for s in sections}
    features = []
    fid = 0
    col_bounds, row_bounds = (0, 6, 11, 17, columns), (0, 7, rows)
    for section_index, section in enumerate(sections):
        block_col, block_row = section_index % 4, section_index // 4
        for r in range(row_bounds[block_row], row_bounds[block_row + 1]):
            for c in range(col_bounds[block_col], col_bounds[block_col + 1]):
                ring = [nodes[r][c], nodes[r][c + 1], nodes[r + 1][c + 1], nodes[r + 1][c]]
                geometry = _polygon(ring)
                next_number[section] += rng.choice((1, 1, 1, 2, 3))  # gaps left by divisions
                number = f"{next_number[section]:04d}"
                contenance = int(round(geometry.GetArea() * rng.uniform(0.97, 1.03)))
                fid += 1
                features.append((fid, geometry, {
                    "IDU": f"{COMMUNE['insee']}000{section}{number}", "SECTION": section,
                    "NUMERO": number, "CONTENANCE": contenance}))
    return ogr.wkbPolygon, fields, features


def _zonage_plu(rng: random.Random):
    fields = [("IDURBA", "string", True), ("LIBELLE", "string", True), ("LIBELONG", "string", False),
              ("TYPEZONE", "string", True), ("INSEE", "string", True), ("DATAPPRO", "date", True),
              ("DATVALID", "date", False)]
    vx, vy = _VILLAGE
    commune = _blob(rng, _CENTRE[0], _CENTRE[1], 2950, 2450, roughness=0.12, vertices=40)
    river_line = ogr.Geometry(ogr.wkbLineString)
    for x in range(int(_XMIN) - 200, int(_XMAX) + 300, 100):
        river_line.AddPoint_2D(float(x), round(_river_y(x), 2))
    north_side = _polygon([(x, _river_y(x)) for x in range(int(_XMIN) - 200, int(_XMAX) + 300, 100)]
                          + [(_XMAX + 1000, _YMAX + 1000), (_XMIN - 1000, _YMAX + 1000)])
    core = _blob(rng, vx, vy, 230, 200)
    urban = _blob(rng, vx, vy, 640, 600)
    west_half = _rect(_XMIN - 1000, _YMIN - 1000, vx, _YMAX + 1000)
    shapes = [  # carved in this order: a zone keeps only what earlier zones left
        ("N", "Zone naturelle : vallée de la Loue", "N", river_line.Buffer(130, 4)),
        ("UA", "Zone urbaine ancienne du centre-bourg", "U", core),
        ("UB", "Zone urbaine pavillonnaire (ouest)", "U", urban.Intersection(west_half)),
        ("UB", "Zone urbaine pavillonnaire (est)", "U", urban.Difference(west_half)),
        ("UX", "Zone urbaine d'activités artisanales", "U", _rect(*_ACTIVITY_ZONE)),
        ("1AU", "Zone à urbaniser à court terme (Les Combes)", "AUc", _rect(vx - 350, vy + 560, vx + 250, vy + 850)),
        ("1AU", "Zone à urbaniser à court terme (Champ Rond)", "AUc", _rect(vx - 950, vy - 150, vx - 560, vy + 250)),
        ("2AU", "Zone à urbaniser à long terme", "AUs", _rect(vx + 600, vy + 350, vx + 950, vy + 700)),
        ("Nl", "Zone naturelle de loisirs (camping)", "N", _rect(vx + 150, vy - 760, vx + 560, vy - 470)),
        ("Nf", "Zone naturelle forestière : Bois de la Côte", "N",
         _polygon([(vx - 2700, vy + 600), (vx - 1300, vy + 900), (vx - 1000, vy + 2400), (vx - 2700, vy + 2400)])),
        ("Ap", "Zone agricole protégée (paysage)", "A", _rect(vx + 1200, vy - 2000, vx + 2300, vy - 1000)),
    ]
    zones = []
    taken = ogr.Geometry(ogr.wkbPolygon)
    for label, long_label, kind, shape in shapes:
        geometry = shape.Intersection(commune).Difference(taken)
        taken = taken.Union(geometry)
        zones.append((label, long_label, kind, geometry))
    rest = commune.Difference(taken)
    zones.append(("A", "Zone agricole (nord)", "A", rest.Intersection(north_side)))
    zones.append(("A", "Zone agricole (sud)", "A", rest.Difference(north_side)))
    features = []
    for fid, (label, long_label, kind, geometry) in enumerate(zones, start=1):
        features.append((fid, _multipolygon(geometry), {
            "IDURBA": f"{COMMUNE['insee']}_PLU_20190614", "LIBELLE": label, "LIBELONG": long_label,
            "TYPEZONE": kind, "INSEE": COMMUNE["insee"], "DATAPPRO": _dt.date(2019, 6, 14),
            "DATVALID": _dt.date(2023, 3, 2)}))
    return ogr.wkbMultiPolygon, fields, features


_SURNAMES = ["Martin", "Bernard", "Petit", "Durand", "Dubois", "Moreau", "Girard", "Roux", "Fournier",
             "Morel", "Bouveret", "Vuillemin", "Jeannin", "Cuenot", "Guyon", "Bourgeois", "Vuillaume",
             "Grosjean", "Mougin", "Faivre", "Cretin", "Jacquot", "Perrin", "Vernier", "Cuinet", "Besson",
             "Guillot", "Monnier", "Gaillard", "Chauvin", "Bailly", "Bonnot", "Prost", "Lambert", "Millet"]
_FIRST_NAMES_F = ["Marie", "Jeanne", "Monique", "Françoise", "Jacqueline", "Simone", "Denise", "Odette",
                  "Colette", "Suzanne", "Nicole", "Madeleine", "Paulette", "Yvette", "Hélène", "Christiane"]
_FIRST_NAMES_M = ["Jean", "Pierre", "Michel", "André", "Jacques", "René", "Marcel", "Roger", "Louis",
                  "Gérard", "Daniel", "Claude", "Robert", "Bernard", "Henri", "Lucien"]
_STREETS = ["rue des Tilleuls", "Grande Rue", "rue de la Mairie", "chemin des Prés", "rue du Moulin",
            "impasse des Vignes", "route de Dole", "rue Pasteur", "place de l'Église", "rue de la Loue",
            "rue du Lavoir", "chemin de la Croix Blanche"]
_TOWNS = [("39100", "Dole"), ("39000", "Lons-le-Saunier"), ("39600", "Arbois"), ("25000", "Besançon"),
          ("21000", "Dijon"), ("69003", "Lyon"), ("39380", "Mont-sous-Vaudrey")]
_RELATIVES = ["épouse", "époux", "fils", "fille", "frère", "sœur", "mère", "père"]


def _phone(rng: random.Random) -> str:
    # Numbers from the ranges ARCEP reserves for fiction, so no real subscriber is named.
    prefix = rng.choice(("06 39 98", "06 39 98", "03 53 73"))
    return f"{prefix} {rng.randrange(100):02d} {rng.randrange(100):02d}"


def _concessions(rng: random.Random):
    fields = [("NUM_CONCESSION", "string", True), ("EMPLACEMENT", "string", True), ("NOM", "string", True),
              ("PRENOM", "string", True), ("DATE_NAISSANCE", "date", False), ("ADRESSE_TITULAIRE", "string", False),
              ("TELEPHONE", "string", False), ("COURRIEL", "string", False), ("DATE_ACHAT", "date", True),
              ("DUREE", "integer", False), ("OBSERVATIONS", "string", False)]
    cx, cy, width, height = _CEMETERY
    slots = [(square, row, plot) for square in "ABCD" for row in range(1, 6) for plot in range(1, 9)]
    skipped = set(rng.sample(range(len(slots)), len(slots) - 150))  # alleys and free plots
    per_year: dict[int, int] = {}
    features = []
    fid = 0
    for index, (square, row, plot) in enumerate(slots):
        if index in skipped:
            continue
        square_index = "ABCD".index(square)
        x = cx + (square_index % 2) * width / 2 + 3 + (plot - 1) * 4.0
        y = cy + (square_index // 2) * height / 2 + 2.5 + (row - 1) * 3.8
        woman = rng.random() < 0.5
        first = rng.choice(_FIRST_NAMES_F if woman else _FIRST_NAMES_M)
        last = rng.choice(_SURNAMES)
        born = _dt.date(1928, 1, 1) + _dt.timedelta(days=rng.randrange(0, 57 * 365))
        bought_year = min(2024, born.year + rng.randrange(25, 60))
        bought = _dt.date(bought_year, rng.randrange(1, 13), rng.randrange(1, 29))
        per_year[bought_year] = per_year.get(bought_year, 0) + 1
        if rng.random() < 0.6:
            postcode, town = COMMUNE["postcode"], COMMUNE["name"]
        else:
            postcode, town = rng.choice(_TOWNS)
        address = f"{rng.randrange(1, 60)} {rng.choice(_STREETS)} {postcode} {town}"
        duration = rng.choice((15, 30, 30, 50, 50, None if bought_year < 1990 else 30))
        relative_first = rng.choice(_FIRST_NAMES_F + _FIRST_NAMES_M)
        notes = rng.choice([
            None,
            f"Inhumation de {relative_first} {last} ({rng.choice(_RELATIVES)}) le "
            f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(bought_year, 2025)}.",
            f"Ayant droit : {relative_first} {last}, {rng.choice(_RELATIVES)} du titulaire, domicilié(e) à "
            f"{rng.choice(_TOWNS)[1]}.",
            f"Renouvellement demandé par {'Mme' if woman else 'M.'} {first} {last}, tél. {_phone(rng)}.",
            f"Monument en mauvais état ; courrier envoyé à {first} {last} en {rng.randrange(2015, 2025)}.",
        ])
        if duration is None:
            notes = "Concession perpétuelle." + (f" {notes}" if notes else "")
        fid += 1
        features.append((fid, _point(x, y), {
            "NUM_CONCESSION": f"{bought_year}-{per_year[bought_year]:03d}",
            "EMPLACEMENT": f"{square}-{row:02d}-{plot:02d}",
            "NOM": last.upper(), "PRENOM": first,
            "DATE_NAISSANCE": born if rng.random() < 0.9 else None,
            "ADRESSE_TITULAIRE": address,
            "TELEPHONE": _phone(rng) if rng.random() < 0.85 else None,
            # RFC 2606 domains: realistic addresses that can reach nobody.
            "COURRIEL": (f"{_ascii(first).lower()}.{_ascii(last).lower()}@"
                         f"{rng.choice(('example.com', 'example.net', 'example.org'))}"
                         if rng.random() < 0.6 else None),
            "DATE_ACHAT": bought, "DUREE": duration, "OBSERVATIONS": notes,
        }))
    return ogr.wkbPoint, fields, features


def _eclairage(rng: random.Random):
    fields = [("SECTEUR", "string", True), ("ARMOIRE", "string", True), ("NB_POINTS", "integer", True),
              ("TYPE_LAMPE", "string", True), ("PUISSANCE_W", "integer", False),
              ("EXTINCTION_NUIT", "boolean", True), ("DATE_RENOV", "date", False)]
    columns, rows, width, height = 6, 5, 150.0, 120.0
    x0, y0 = _VILLAGE[0] - columns * width / 2, _VILLAGE[1] - rows * height / 2 + 100
    nodes = [[(x0 + c * width + rng.uniform(-20, 20), y0 + r * height + rng.uniform(-15, 15))
              for c in range(columns + 1)] for r in range(rows + 1)]
    features = []
    for index in range(columns * rows):
        fid = index + 1
        r, c = divmod(index, columns)
        a, b, d, e = nodes[r][c], nodes[r][c + 1], nodes[r + 1][c + 1], nodes[r + 1][c]
        if fid in EMPTY_FIDS:
            geometry = None  # a sector drawn in the table but never on the map
        elif fid in INVALID_FIDS:
            geometry = _polygon([a, b, e, d])  # two corners swapped: a bow-tie
        else:
            geometry = _polygon([a, b, d, e])
        lamp = rng.choice(("LED", "LED", "SHP", "IM"))
        points = rng.randrange(8, 40)
        renovated = _dt.date(2012, 1, 1) + _dt.timedelta(days=rng.randrange(0, 12 * 365))
        features.append((fid, geometry, {
            "SECTEUR": f"S{fid:02d}", "ARMOIRE": f"AR-{c // 2 + 1 + 3 * (r // 3):02d}", "NB_POINTS": points,
            "TYPE_LAMPE": lamp, "PUISSANCE_W": points * {"LED": 35, "SHP": 100, "IM": 70}[lamp],
            "EXTINCTION_NUIT": rng.random() < 0.6,
            "DATE_RENOV": renovated if lamp == "LED" else None}))
    return ogr.wkbPolygon, fields, features


_BUILDERS = {
    "equipements_publics": _equipements,
    "arrets_bus": _arrets_bus,
    "parcelles": _parcelles,
    "zonage_plu": _zonage_plu,
    "concessions_cimetiere": _concessions,
    "reseau_eclairage": _eclairage,
}

#: Number of features written per layer.
FEATURE_COUNTS = {"equipements_publics": 40, "arrets_bus": 25, "parcelles": 308, "zonage_plu": 13,
                  "concessions_cimetiere": 150, "reseau_eclairage": 30}


# --------------------------------------------------------------------------- writing

_OGR_KINDS = {"string": (ogr.OFTString, ogr.OFSTNone), "integer": (ogr.OFTInteger, ogr.OFSTNone),
              "real": (ogr.OFTReal, ogr.OFSTNone), "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
              "date": (ogr.OFTDate, ogr.OFSTNone)}


def _write_layer(ds, srs, name, geometry_type, fields, features) -> int:
    layer = ds.CreateLayer(name, srs, geometry_type, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for field_name, kind, required in fields:
        ogr_type, subtype = _OGR_KINDS[kind]
        definition = ogr.FieldDefn(field_name, ogr_type)
        definition.SetSubType(subtype)
        definition.SetNullable(not required)
        layer.CreateField(definition)
    defn = layer.GetLayerDefn()
    ds.StartTransaction()
    for fid, geometry, values in features:
        feature = ogr.Feature(defn)
        feature.SetFID(fid)
        for field_name, value in values.items():
            if value is None:
                feature.SetFieldNull(field_name)
            elif isinstance(value, _dt.date):
                feature.SetField(field_name, value.year, value.month, value.day, 0, 0, 0, 0)
            elif isinstance(value, bool):
                feature.SetField(field_name, int(value))
            else:
                feature.SetField(field_name, value)
        if geometry is not None:
            feature.SetGeometry(geometry)
        if layer.CreateFeature(feature) != 0:
            raise RuntimeError(f"cannot write feature {fid} of {name}: {gdal.GetLastErrorMsg()}")
    ds.CommitTransaction()
    return len(features)


def generate(folder: str) -> dict:
    """Write the sample territory into ``folder`` (created if needed) and describe it.

    Overwrites ``folder/territoire.gpkg``. Returns the paths and the constants
    tests rely on::

        >>> info = generate("/tmp/demo")
        >>> info["layers"]["concessions_cimetiere"]
        150
        >>> info["invalid_fids"]["reseau_eclairage"]
        (7, 16, 24)
    """
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, GPKG_NAME)
    driver = ogr.GetDriverByName("GPKG")
    for stale in (path, path + "-wal", path + "-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    previous_date = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", _WRITE_DATE)
    try:
        ds = driver.CreateDataSource(path, options=["VERSION=1.2"])
        if ds is None:
            raise RuntimeError(f"cannot create {path}: {gdal.GetLastErrorMsg()}")
        counts = {}
        for name in LAYERS:
            # One generator per layer: editing one layer's builder leaves the others unchanged.
            rng = random.Random(f"{SEED}:{name}")
            geometry_type, fields, features = _BUILDERS[name](rng)
            counts[name] = _write_layer(ds, srs, name, geometry_type, fields, features)
        ds.FlushCache()
        ds = None
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous_date)
    return {
        "gpkg": path,
        "schema": SCHEMA_PATH,
        "layers": counts,
        "commune": COMMUNE,
        "schema_broken_fids": {"equipements_publics": SCHEMA_BROKEN_FIDS},
        "schema_broken": {"equipements_publics": dict(SCHEMA_BROKEN)},
        "invalid_fids": {"reseau_eclairage": INVALID_FIDS},
        "empty_fids": {"reseau_eclairage": EMPTY_FIDS},
    }


# --------------------------------------------------------------------------- tags

def default_tags(today: _dt.date | None = None) -> dict:
    """The tags a GIS officer would give each sample layer, as typed in the console.

    Values are plain strings (vocabulary codes or labels), ready for
    ``api.tag(layer, **fields)``. Revision dates are relative to ``today`` so
    that only ``arrets_bus`` is late (monthly, last revised two years ago)::

        >>> default_tags(_dt.date(2025, 6, 1))["arrets_bus"]["last_revision"]
        '2023-06-01'
    """
    today = today or _dt.date.today()

    def days_ago(days: int) -> str:
        return (today - _dt.timedelta(days=days)).isoformat()

    try:
        two_years_ago = today.replace(year=today.year - 2)
    except ValueError:  # 29 February
        two_years_ago = today.replace(year=today.year - 2, day=28)
    commune = COMMUNE["name"]
    # INSPIRE and GeoNetwork want an e-mail for every responsible party, the producer included.
    producer = {"organisation": f"Commune de {commune}", "siret": COMMUNE["siret"],
                "email": COMMUNE["contact"]["email"]}
    contact = dict(COMMUNE["contact"])
    described = {"contact": contact, "producer": producer, "place": commune, "published": "2024-03-01"}
    open_data = dict(described, access="ouverte", nature="publique", licence="etalab-2.0")
    return {
        "equipements_publics": dict(
            open_data,
            title=f"Équipements publics de {commune}",
            abstract=(f"Localisation des équipements publics de la commune de {commune} (Jura) : "
                      "bâtiments administratifs, écoles, équipements sportifs et culturels, services "
                      "techniques. Données conformes au schéma des équipements publics (type SCDL)."),
            granularity="poi", frequency="annual", themes=["us"], last_revision=days_ago(60),
            lineage="Inventaire tenu par le secrétariat de mairie ; positions saisies sur l'orthophotographie.",
            keywords=["équipements publics", "services publics"], schema=SCHEMA_PATH),
        "arrets_bus": dict(
            open_data,
            title=f"Arrêts de bus du réseau du Val de Loue à {commune}",
            abstract=(f"Arrêts des lignes 3 et 12 desservant {commune}, avec leur accessibilité aux "
                      "usagers en fauteuil roulant."),
            granularity="poi", frequency="monthly", themes=["tn"], last_revision=two_years_ago.isoformat(),
            lineage="Arrêts fournis par le service transport de la communauté de communes, relevés sur le terrain.",
            keywords=["transport", "bus", "mobilité"],
            producer={"organisation": COMMUNE["epci"], "siret": COMMUNE["epci_siret"],
                      "email": COMMUNE["epci_email"]}),
        "parcelles": dict(
            open_data,
            title=f"Parcelles cadastrales de {commune}",
            abstract=(f"Découpage parcellaire de {commune} : identifiant, section, numéro et contenance "
                      "cadastrale de chaque parcelle."),
            granularity="fr-parcelle", frequency="annual", themes=["cp"], last_revision=days_ago(120),
            lineage="Extraction annuelle du plan cadastral de la DGFiP.", keywords=["cadastre", "foncier"]),
        "zonage_plu": dict(
            open_data,
            title=f"Zonage du plan local d'urbanisme de {commune}",
            abstract=("Zones urbaines, à urbaniser, agricoles et naturelles du PLU approuvé le 14 juin 2019 "
                      "et modifié le 2 mars 2023, au standard CNIG PLU."),
            granularity="fr:commune", frequency="irregular", themes=["lu"], last_revision=days_ago(200),
            lineage="Règlement graphique du PLU numérisé par le bureau d'études au standard CNIG PLU.",
            keywords=["urbanisme", "PLU"]),
        "concessions_cimetiere": dict(
            described,
            **{"title": f"Registre des concessions du cimetière de {commune}",
            "abstract": ("Registre des concessions funéraires : emplacement, titulaire, coordonnées, durée "
                         "et observations. Contient des données personnelles : usage interne uniquement."),
            "access": "fermee", "nature": "personnelle", "granularity": "poi", "frequency": "continuous",
            "themes": ["us"], "last_revision": days_ago(10), "keywords": ["cimetière", "état civil"],
            "legal_basis": "INSPIRE_Directive_Article13_1f",
            "lineage": "Registre papier des concessions saisi par le service état civil, tenu à jour à chaque acte."}),
        "reseau_eclairage": dict(
            open_data,
            title=f"Secteurs du réseau d'éclairage public de {commune}",
            abstract=("Secteurs desservis par chaque armoire de commande de l'éclairage public : nombre de "
                      "points lumineux, type de lampe, puissance et extinction nocturne."),
            granularity="poi", frequency="annual", themes=["us"], last_revision=days_ago(90),
            lineage="Plan remis par le prestataire d'éclairage public lors de la campagne de rénovation.",
            keywords=["éclairage public", "réseaux"]),
    }


#: Tags as of the import date; call :func:`default_tags` with a fixed day in tests.
DEFAULT_TAGS = default_tags()
