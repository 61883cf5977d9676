"""Writes the blind-4 corpus (cases.json) of the personal-data guard, deterministically.

    python tests/data/rgpd_corpus_blind4/generate_blind4.py            # writes cases.json
    python tests/data/rgpd_corpus_blind4/generate_blind4.py --check    # fails if cases.json differs
    python tests/data/rgpd_corpus_blind4/generate_blind4.py --summary  # one line per case
    python tests/data/rgpd_corpus_blind4/generate_blind4.py --counts   # the README's counts
"""
from __future__ import annotations

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import templates4 as t  # noqa: E402
from helpers4 import Gen  # noqa: E402

SEED = 20261203
OUTPUT = os.path.join(HERE, "cases.json")

# (kind of table, judged column, number of layers drawn)
SPECS = (
    # personal
    (t.cadastre_owners, "owner", 7), (t.cadastre_owners, "owner_address", 3), (t.cadastre_owners, "birth", 1),
    (t.cadastre_owners, "compte", 2), (t.cadastre_owners, "right", 1),
    (t.dia, "seller", 3), (t.dia, "price", 2), (t.dia, "buyer", 1),
    (t.cemetery_concessions, "holder", 4), (t.cemetery_concessions, "holder_address", 2),
    (t.cemetery_concessions, "amount", 1), (t.cemetery_concessions, "num", 1),
    (t.school_registrations, "last", 1), (t.school_registrations, "first", 3), (t.school_registrations, "birth", 1),
    (t.school_registrations, "guardian_phone", 2), (t.school_registrations, "guardian_mail", 2),
    (t.school_registrations, "pai", 2), (t.school_registrations, "ine", 1),
    (t.canteen_billing, "family_id", 1), (t.canteen_billing, "family", 2), (t.canteen_billing, "qf", 2),
    (t.canteen_billing, "due", 2),
    (t.social_aid, "file", 1), (t.social_aid, "name", 2), (t.social_aid, "address", 2), (t.social_aid, "aid", 2),
    (t.social_aid, "amount", 2), (t.social_aid, "household", 1),
    (t.rent_arrears, "tenant", 2), (t.rent_arrears, "dwelling", 1), (t.rent_arrears, "arrears", 2),
    (t.rent_arrears, "plan", 1),
    (t.housing_requests, "nur", 1), (t.housing_requests, "name", 1), (t.housing_requests, "income", 2),
    (t.housing_requests, "reason", 1),
    (t.electoral_roll, "last", 2), (t.electoral_roll, "first", 1), (t.electoral_roll, "birth", 1),
    (t.electoral_roll, "address", 2), (t.electoral_roll, "number", 1),
    (t.waste_billing, "chip", 2), (t.waste_billing, "user", 1), (t.waste_billing, "lifts", 2),
    (t.waste_billing, "bill", 1),
    (t.water_subscribers, "ref", 2), (t.water_subscribers, "name", 2), (t.water_subscribers, "meter", 1),
    (t.water_subscribers, "m3", 2), (t.water_subscribers, "iban", 1),
    (t.building_permits, "applicant", 4), (t.building_permits, "applicant_address", 2), (t.building_permits, "num", 1),
    (t.childminders, "first", 3), (t.childminders, "address", 2), (t.childminders, "phone", 2),
    (t.childminders, "free", 1),
    (t.first_name_contacts, "first", 4),
    (t.staff, "id", 1), (t.staff, "name", 2), (t.staff, "birth", 1), (t.staff, "grade", 1), (t.staff, "absence", 2),
    (t.staff, "nir", 1),
    (t.assigned_vehicles, "driver", 2),
    (t.resident_parking, "plate", 2), (t.resident_parking, "sub", 1), (t.resident_parking, "name", 1),
    (t.impound, "plate", 2), (t.impound, "owner", 2), (t.impound, "make", 1),
    (t.hall_bookings, "booker", 2), (t.hall_bookings, "phone", 2), (t.hall_bookings, "purpose", 1),
    (t.heatwave_register, "age", 2), (t.heatwave_register, "phone", 2), (t.heatwave_register, "disability", 2),
    (t.heatwave_register, "relative", 1), (t.heatwave_register, "name", 1),
    (t.births, "first", 2), (t.births, "birth", 1), (t.births, "father", 1), (t.births, "last", 1),
    (t.spanc, "owner", 2), (t.spanc, "address", 1), (t.spanc, "verdict", 2),
    (t.dogs, "owner", 2), (t.dogs, "breed", 1),
    (t.citizen_reports, "reporter", 2), (t.citizen_reports, "mail", 2), (t.citizen_reports, "phone", 1),
    (t.interventions_free_text, "note", 5),
    (t.school_transport, "card", 1), (t.school_transport, "pupil", 1), (t.school_transport, "grant", 1),
    (t.market_traders, "holder", 2), (t.market_traders, "siret", 1), (t.market_traders, "phone", 1),
    (t.furnished_rentals, "host", 2), (t.furnished_rentals, "address", 1), (t.furnished_rentals, "reg", 1),
    (t.furnished_rentals, "phone", 1),
    (t.allotments, "holder", 2), (t.allotments, "fee", 1),
    (t.renovation_grants, "file", 1), (t.renovation_grants, "income", 2), (t.renovation_grants, "grant", 2),
    (t.beekeepers, "keeper", 1), (t.beekeepers, "hives", 1),
    (t.water_connections, "subscriber", 2), (t.water_connections, "ref", 1), (t.water_connections, "address", 2),
    (t.demand_transport, "user", 2), (t.demand_transport, "disability", 2), (t.demand_transport, "origin", 1),
    (t.demand_transport, "card", 1),
    (t.cadastre_owners, "owner", 2), (t.first_name_contacts, "first", 1), (t.interventions_free_text, "note", 1),
    # not personal
    (t.public_buildings, "name", 2), (t.public_buildings, "address", 2), (t.public_buildings, "phone", 3),
    (t.public_buildings, "mail", 3), (t.public_buildings, "capacity", 1),
    (t.schools, "uai", 1), (t.schools, "name", 2), (t.schools, "pupils", 1), (t.schools, "mail", 2),
    (t.schools, "phone", 2),
    (t.iris_statistics, "label", 1), (t.iris_statistics, "pop", 2), (t.iris_statistics, "income", 2),
    (t.iris_statistics, "old", 1),
    (t.commune_statistics, "name", 1), (t.commune_statistics, "births", 2), (t.commune_statistics, "deaths", 1),
    (t.commune_statistics, "rsa", 2), (t.commune_statistics, "insee", 1),
    (t.road_sections, "street", 4), (t.road_sections, "surface", 1), (t.road_sections, "redone", 1),
    (t.road_sections, "owner", 1),
    (t.water_mains, "material", 2), (t.water_mains, "diameter", 1), (t.water_mains, "year", 1),
    (t.water_mains, "operator", 2),
    (t.hydrants, "where", 3), (t.hydrants, "num", 1), (t.hydrants, "checked", 1), (t.hydrants, "state", 1),
    (t.street_lights, "id", 1), (t.street_lights, "lamp", 1), (t.street_lights, "watts", 1),
    (t.drop_off_points, "flow", 1), (t.drop_off_points, "contractor", 2), (t.drop_off_points, "fill", 1),
    (t.zoning, "libelle", 1), (t.zoning, "libelong", 1), (t.zoning, "datappro", 1), (t.zoning, "nomfic", 1),
    (t.companies, "name", 4), (t.companies, "siret", 2), (t.companies, "staff", 1), (t.companies, "phone", 2),
    (t.associations, "name", 3), (t.associations, "rna", 1), (t.associations, "mail", 3), (t.associations, "seat", 1),
    (t.hotels, "name", 2), (t.hotels, "phone", 2), (t.hotels, "operator", 2), (t.hotels, "stars", 1),
    (t.events, "title", 1), (t.events, "venue", 2), (t.events, "organiser", 2), (t.events, "contact", 2),
    (t.trees, "species", 1), (t.trees, "health", 2), (t.trees, "planted", 1),
    (t.bus_stops, "name", 3), (t.bus_stops, "riders", 1), (t.bus_stops, "code", 1),
    (t.fleet, "plate", 3), (t.fleet, "service", 1), (t.fleet, "km", 1),
    (t.charging_points, "contact", 2), (t.charging_points, "hotline", 1), (t.charging_points, "operator", 1),
    (t.municipal_buildings, "name", 2), (t.municipal_buildings, "kwh", 1), (t.municipal_buildings, "dpe", 1),
    (t.defibrillators, "c_expt_tel", 2), (t.defibrillators, "c_expt_rais", 1), (t.defibrillators, "c_nom", 1),
    (t.grants_to_associations, "beneficiary", 3), (t.grants_to_associations, "amount", 2),
    (t.grants_to_associations, "siret", 1),
    (t.traffic_counts, "tmja", 1), (t.traffic_counts, "road", 1),
    (t.address_base, "numero", 2), (t.address_base, "voie", 2), (t.address_base, "cle", 1),
    (t.municipal_land, "owner", 4), (t.municipal_land, "idu", 1), (t.municipal_land, "area", 1),
    (t.collection_sectors, "households", 1), (t.collection_sectors, "day", 1),
    (t.cycle_paths, "route", 2), (t.cycle_paths, "type", 2), (t.cycle_paths, "length", 1), (t.cycle_paths, "opened", 1),
    (t.sewers, "kind", 2), (t.sewers, "material", 2), (t.sewers, "diameter", 1), (t.sewers, "depth", 1),
    (t.polling_stations, "name", 2), (t.polling_stations, "registered", 2), (t.polling_stations, "voters", 1),
    (t.polling_stations, "abstention", 1),
    (t.cemetery_sites, "name", 2), (t.cemetery_sites, "free", 2), (t.cemetery_sites, "phone", 2),
    (t.recycling_centres, "name", 1), (t.recycling_centres, "phone", 2), (t.recycling_centres, "mail", 2),
    (t.recycling_centres, "hours", 1),
    (t.housing_programmes, "name", 2), (t.housing_programmes, "landlord", 2), (t.housing_programmes, "dwellings", 1),
    (t.housing_programmes, "funding", 1),
    (t.business_aid, "company", 3), (t.business_aid, "amount", 2), (t.business_aid, "siret", 1),
    (t.staff_report, "service", 1), (t.staff_report, "staff", 1), (t.staff_report, "age", 2),
    (t.staff_report, "absence", 2),
    (t.roadworks, "contractor", 2), (t.roadworks, "nature", 1), (t.roadworks, "order", 1), (t.roadworks, "start", 1),
    (t.canteen_menus, "main", 2), (t.canteen_menus, "supplier", 2), (t.canteen_menus, "date", 1),
)


def build() -> tuple[list[dict], list[str]]:
    gen = Gen(random.Random(SEED))
    cases, domains = [], []
    for template, key, count in SPECS:
        for _ in range(count):
            layer = template(gen)
            judged = layer.column(key)
            if judged.personal is None:
                raise AssertionError(f"{template.__name__}/{key}: an unlabelled column is judged")
            if not judged.personal and any(c.personal is not False for c in layer.columns):
                raise AssertionError(f"{template.__name__}/{key}: a non-personal column judged beside personal data")
            lengths = {len(c.values) for c in layer.columns}
            rows = lengths.pop()
            if lengths or (layer.geometry is not None and len(layer.geometry) != rows) or not 5 <= rows <= 25:
                raise AssertionError(f"{template.__name__}: inconsistent row counts")
            organisation, email, phone = layer.organisation
            cases.append({
                "id": "",
                "template": f"{template.__name__}/{key}",
                "personal": judged.personal,
                "reason": judged.reason,
                "layer": layer.name,
                "column": judged.name,
                "columns": {c.name: c.values for c in layer.columns},
                "types": {c.name: c.kind for c in layer.columns},
                "geometry_kind": layer.geometry_kind,
                "geometry_type": layer.geometry_type,
                "geometry": layer.geometry,
                "crs": "EPSG:2154",
                "record": {"organisation": organisation, "email": email, "phone": phone},
            })
            domains.append(layer.domain)
    # Ids in a shuffled order, so that an id's position says nothing of its label.
    order = list(range(len(cases)))
    random.Random(SEED + 1).shuffle(order)
    cases, domains = [cases[i] for i in order], [domains[i] for i in order]
    for number, case in enumerate(cases, 1):
        case["id"] = f"b4-{number:04d}"
    return cases, domains


def render(cases: list[dict]) -> str:
    return "[\n" + ",\n".join(json.dumps(case, ensure_ascii=False, sort_keys=False) for case in cases) + "\n]\n"


def counts(cases: list[dict], domains: list[str]) -> str:
    lines = ["| | cases | personal | not personal |", "|---|---:|---:|---:|"]

    def row(label, subset):
        personal = sum(c["personal"] for c in subset)
        lines.append(f"| {label} | {len(subset)} | {personal} | {len(subset) - personal} |")

    row("**all**", cases)
    for kind in ("Point", "Polygon", "LineString", ""):
        row(kind or "table (no geometry)", [c for c in cases if c["geometry_type"] == kind])
    for domain in sorted(set(domains)):
        row(domain, [c for c, d in zip(cases, domains) if d == domain])
    layers = collections.Counter(c["template"].split("/")[0] for c in cases)
    lines.append(f"\n{len(layers)} kinds of table.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cases, domains = build()
    text = render(cases)
    if "--check" in argv:
        with open(OUTPUT, encoding="utf-8") as handle:
            if handle.read() != text:
                print("cases.json differs from the generator's output", file=sys.stderr)
                return 1
        print(f"cases.json up to date ({len(cases)} cases)")
        return 0
    if "--summary" in argv:
        for case in cases:
            print(case["id"], "P" if case["personal"] else "-", case["template"], case["layer"], case["column"],
                  case["columns"][case["column"]][:3])
        return 0
    if "--counts" in argv:
        print(counts(cases, domains))
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {len(cases)} cases to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
