"""Write the blind-3 corpus of the personal-data guard (cases.json), deterministically.

    python tests/data/rgpd_corpus_blind3/generate_blind3.py          # writes cases.json
    python tests/data/rgpd_corpus_blind3/generate_blind3.py --check  # fails if cases.json differs

Each entry of SPECS is (template, judged column, number of layers drawn). A template builds a
layer whose columns carry their labels; the case is the judged column with its label and reason.
A non-personal column is only ever judged in a layer holding nothing personal (checked here).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import names3 as N  # noqa: E402
import templates3 as T  # noqa: E402
from helpers3 import Gen  # noqa: E402

SEED = 3_2024_0612
OUTPUT = os.path.join(HERE, "cases.json")

SPECS = [
    # cadastre and land files
    ("majic_owners", "denomination", 7), ("majic_owners", "surname_only", 2), ("majic_owners", "given_only", 3),
    ("majic_owners", "birth", 2), ("majic_owners", "birthplace", 1), ("majic_owners", "address", 2),
    ("majic_owners", "owner_address_alone", 3),
    ("parcels_plain", "area", 1), ("parcels_plain", "owner_category", 2), ("parcels_plain", "land_use", 1),
    ("parcels_plain", "land_address", 1), ("parcels_plain", "lieu_dit", 2), ("parcels_plain", "parcel_id", 1),
    ("legal_owners", "denomination", 3), ("legal_owners", "form", 1), ("legal_owners", "siren", 1),
    ("legal_owners", "group", 1),
    ("majic_dwellings", "occupant", 3), ("majic_dwellings", "occupant_birth_year", 1),
    ("majic_dwellings", "rooms", 1), ("majic_dwellings", "kind", 1),
    # cemeteries
    ("grave_register", "deceased", 4), ("grave_register", "deceased_list", 2), ("grave_register", "holder", 3),
    ("grave_register", "holder_address", 2), ("grave_register", "holder_phone", 2), ("grave_register", "family", 3),
    ("grave_register", "given", 3), ("grave_register", "birth", 1), ("grave_register", "remarks", 2),
    ("grave_register", "kind", 1), ("grave_register", "state", 2), ("grave_register", "end", 1),
    ("grave_register", "places", 1), ("grave_register", "material", 1), ("grave_register", "price", 1),
    ("columbarium", "deceased", 2), ("columbarium", "status", 1), ("columbarium", "urns", 1),
    ("cemeteries", "name", 2), ("cemeteries", "phone", 1), ("cemeteries", "hours", 1), ("cemeteries", "mail", 1),
    # civil registers
    ("births_register", "child", 2), ("births_register", "given_role", 1), ("births_register", "birth", 1),
    ("births_register", "father", 1), ("births_register", "mother", 1), ("births_register", "parents_address", 1),
    ("marriages_register", "spouse1", 2), ("marriages_register", "spouse2", 1),
    ("marriages_register", "witnesses", 1), ("marriages_register", "birthplace", 1),
    ("deaths_register", "deceased", 1), ("deaths_register", "declarant", 1), ("deaths_register", "birth", 1),
    ("civil_statistics", "births", 2), ("civil_statistics", "deaths", 1), ("civil_statistics", "top_name", 2),
    ("civil_statistics", "marriages", 1),
    ("given_name_statistics", "given", 3), ("given_name_statistics", "count", 1),
    ("civil_archive_registers", "kind", 1), ("civil_archive_registers", "count", 1),
    ("civil_archive_registers", "state", 1),
    # schools, canteens, after-school care
    ("school_registrations", "child", 3), ("school_registrations", "given_role", 2),
    ("school_registrations", "birth", 2), ("school_registrations", "guardian", 2),
    ("school_registrations", "guardian_phone", 1), ("school_registrations", "guardian_mail", 1),
    ("school_registrations", "allergy", 2), ("school_registrations", "diet", 1),
    ("school_registrations", "quotient", 1), ("school_registrations", "family_address", 2),
    ("school_registrations", "given_home", 3),
    ("schools", "name", 2), ("schools", "uai", 1), ("schools", "mail", 2), ("schools", "phone", 1),
    ("schools", "pupils", 1), ("schools", "ips", 1),
    ("canteen_menus", "dish", 1), ("canteen_menus", "allergens", 2), ("canteen_menus", "organic", 1),
    ("canteen_prices", "meal", 2), ("canteen_prices", "care", 1),
    ("school_sectors", "school", 2), ("school_sectors", "pupils", 1),
    ("school_bus_stops", "stop", 2), ("school_bus_stops", "time", 1), ("school_bus_stops", "pupils_named", 2),
    # social housing
    ("tenants", "tenant", 4), ("tenants", "arrears", 1), ("tenants", "entry", 1), ("tenants", "phone", 1),
    ("housing_applications", "applicant", 2), ("housing_applications", "income", 1),
    ("housing_applications", "reason", 1), ("housing_applications", "household", 1),
    ("social_housing_stock", "landlord", 2), ("social_housing_stock", "financing", 1),
    ("social_housing_stock", "dpe", 1), ("social_housing_stock", "rent", 1), ("social_housing_stock", "residence", 2),
    ("social_housing_stock", "units", 1), ("social_housing_stock", "agency_mail", 1),
    ("priority_districts", "name", 1), ("priority_districts", "poverty", 1),
    # social action
    ("heatwave_register", "name", 2), ("heatwave_register", "table_name", 1), ("heatwave_register", "given", 3),
    ("heatwave_register", "age", 2), ("heatwave_register", "alone", 2), ("heatwave_register", "gir", 1),
    ("heatwave_register", "phone", 1), ("heatwave_register", "emergency", 1), ("heatwave_register", "doctor", 1),
    ("heatwave_register", "remarks", 2),
    ("social_aid", "beneficiary", 2), ("social_aid", "amount", 1), ("social_aid", "motive", 1),
    ("social_aid", "iban", 1), ("social_aid", "nir", 1),
    ("elderly_gifts", "name", 1), ("elderly_gifts", "year", 1), ("elderly_gifts", "address", 1),
    ("meals_on_wheels", "diet", 1), ("meals_on_wheels", "days", 1), ("meals_on_wheels", "code", 1),
    ("social_sites", "name", 1), ("social_sites", "phone", 1), ("social_sites", "hours", 1),
    ("social_sites", "mail", 1),
    ("social_statistics", "apa", 1), ("social_statistics", "alone75", 1), ("social_statistics", "median", 1),
    ("social_statistics", "caf", 1),
    # planning permits and pre-emption
    ("permits", "applicant", 5), ("permits", "applicant_address", 2), ("permits", "applicant_mail", 1),
    ("permits", "applicant_phone", 1), ("permits", "architect", 2), ("permits", "officer", 1),
    ("permits", "works", 2), ("permits", "floor", 1), ("permits", "decision", 1), ("permits", "filed", 1),
    ("permits", "site", 2),
    ("developer_permits", "applicant", 3), ("developer_permits", "units", 1),
    ("pre_emption_notices", "seller", 2), ("pre_emption_notices", "buyer", 2), ("pre_emption_notices", "price", 1),
    ("pre_emption_notices", "notary", 1), ("pre_emption_notices", "buyer_address", 1),
    ("pre_emption_statistics", "count", 1), ("pre_emption_statistics", "median", 1),
    ("council_land_sales", "buyer", 2), ("council_land_sales", "price", 1), ("council_land_sales", "deliberation", 1),
    # water and sanitation
    ("water_subscribers", "subscriber", 4), ("water_subscribers", "table_name", 1),
    ("water_subscribers", "address", 2), ("water_subscribers", "phone", 1), ("water_subscribers", "mail", 1),
    ("water_subscribers", "iban", 1), ("water_subscribers", "remarks", 2), ("water_subscribers", "reader", 1),
    ("septic_inspections", "verdict", 1), ("septic_inspections", "owner", 1),
    ("water_network", "diameter", 1), ("water_network", "material", 2), ("water_network", "year", 1),
    ("water_network", "operator", 1),
    ("hydrants", "flow", 1), ("hydrants", "status", 1), ("hydrants", "remarks", 2),
    ("water_plants", "capacity", 1), ("water_plants", "oncall", 1), ("water_plants", "operator_mail", 1),
    # waste
    ("waste_households", "household", 4), ("waste_households", "lifts", 1), ("waste_households", "persons", 1),
    ("waste_households", "billing", 1),
    ("composters", "beneficiary", 1), ("composters", "mail", 1), ("composters", "phone", 1),
    ("recycling_badges", "holder", 1), ("recycling_badges", "plate", 1),
    ("illegal_dumping", "offender", 1), ("illegal_dumping", "reporter", 1), ("illegal_dumping", "kind", 1),
    ("illegal_dumping", "volume", 1), ("illegal_dumping", "status", 1),
    ("waste_points", "flow", 1), ("waste_points", "fill", 1), ("waste_points", "location", 2),
    ("collection_rounds", "day", 1), ("collection_rounds", "street", 1),
    ("recycling_centres", "phone", 1), ("recycling_centres", "hours", 1),
    ("waste_tonnages", "kg", 1), ("waste_tonnages", "households", 1),
    # public equipment
    ("equipment", "name", 2), ("equipment", "address", 2), ("equipment", "phone", 2), ("equipment", "mail", 2),
    ("equipment", "manager", 1), ("equipment", "category", 1), ("equipment", "oncall", 1),
    ("caretakers", "keeper", 2), ("caretakers", "keeper_phone", 1),
    # networks
    ("fibre_premises", "address", 2), ("fibre_premises", "units", 1), ("fibre_premises", "status", 1),
    ("power_lines", "voltage", 1), ("power_lines", "section", 1), ("power_lines", "buried", 1),
    ("service_connections", "subscriber", 2), ("service_connections", "material", 1),
    ("service_connections", "diameter", 1),
    ("connection_requests", "applicant", 1), ("connection_requests", "mail", 1),
    # associations and subsidies
    ("associations", "name", 2), ("associations", "rna", 1), ("associations", "mail", 2),
    ("associations", "members", 1), ("associations", "web", 1), ("associations", "president", 3),
    ("associations", "president_mail", 1), ("associations", "treasurer", 1),
    ("subsidies", "beneficiary", 2), ("subsidies", "siret", 1), ("subsidies", "amount", 1),
    ("subsidies", "object", 1), ("subsidies", "iban", 1),
    ("individual_grants", "beneficiary", 2), ("individual_grants", "amount", 1), ("individual_grants", "iban", 1),
    ("individual_grants", "birth", 1),
    # events
    ("events", "title", 2), ("events", "organiser", 2), ("events", "phone", 1), ("events", "place", 1),
    ("events", "start", 1), ("events", "contact_person", 2),
    ("race_results", "runner", 2), ("race_results", "time", 1), ("race_results", "birth_year", 1),
    ("flea_market_exhibitors", "exhibitor", 1), ("flea_market_exhibitors", "id_card", 2),
    ("flea_market_exhibitors", "plate", 1), ("flea_market_exhibitors", "address", 1),
    ("volunteers", "name", 1), ("volunteers", "phone", 1), ("volunteers", "skills", 1),
    ("race_courses", "name", 1), ("race_courses", "distance", 1),
    # elections
    ("electoral_roll", "given", 1), ("electoral_roll", "birth", 2), ("electoral_roll", "address", 1),
    ("electoral_roll", "surname", 2), ("electoral_roll", "birthplace", 1),
    ("proxies", "principal", 1), ("proxies", "proxy", 1),
    ("polling_officers", "name", 1), ("polling_officers", "phone", 1),
    ("polling_stations", "place", 2), ("polling_stations", "registered", 1), ("polling_stations", "turnout", 1),
    ("polling_stations", "blank", 1),
    # roads, addresses, lighting, trees
    ("road_sections", "name", 3), ("road_sections", "class", 1), ("road_sections", "surface", 1),
    ("road_sections", "width", 1), ("road_sections", "speed", 1),
    ("address_points", "street", 2), ("address_points", "complement", 2), ("address_points", "suffix", 1),
    ("address_points", "parcels", 1), ("address_points", "position", 1), ("address_points", "key", 1),
    ("numbering_letters", "resident", 2), ("numbering_letters", "old_address", 1),
    ("road_reports", "reporter", 2), ("road_reports", "reporter_mail", 1), ("road_reports", "reporter_phone", 1),
    ("road_reports", "description", 2), ("road_reports", "status", 1), ("road_reports", "tech_text", 2),
    ("road_reports", "date", 1),
    ("traffic_orders", "private_applicant", 2), ("traffic_orders", "company", 2), ("traffic_orders", "object", 1),
    ("street_lights", "lamp", 1), ("street_lights", "power", 1), ("street_lights", "cabinet", 1),
    ("street_lights", "schedule", 1), ("street_lights", "height", 1),
    ("lighting_work_orders", "technician", 2), ("lighting_work_orders", "reporter", 1),
    ("lighting_work_orders", "fault", 1), ("lighting_work_orders", "company", 1),
    ("trees", "species", 1), ("trees", "common", 1), ("trees", "height", 1), ("trees", "health", 1),
    ("trees", "remarkable", 2), ("trees", "planted", 1),
    ("tree_sponsors", "sponsor", 1), ("tree_sponsors", "dedication", 1), ("tree_sponsors", "mail", 1),
    # defibrillators
    ("defibrillators", "name", 2), ("defibrillators", "operator", 1), ("defibrillators", "operator_phone", 1),
    ("defibrillators", "operator_mail", 1), ("defibrillators", "access", 1), ("defibrillators", "days", 1),
    ("defibrillators", "state", 1), ("defibrillators", "referent", 1), ("defibrillators", "referent_phone", 1),
    # fleet and vehicles
    ("fleet", "plate", 1), ("fleet", "make", 1), ("fleet", "km", 1), ("fleet", "driver", 2),
    ("private_vehicles", "plate", 3), ("private_vehicles", "holder", 2),
    ("charging_points", "operator", 1), ("charging_points", "contact", 1), ("charging_points", "phone", 1),
    ("charging_points", "power", 1), ("charging_points", "id", 1),
    # markets, advertising tax, public domain
    ("market_pitches", "trade", 1), ("market_pitches", "length", 1), ("market_pitches", "shop", 1),
    ("market_pitches", "trader", 2), ("market_pitches", "trader_phone", 1),
    ("advertising_tax", "kind", 1), ("advertising_tax", "area", 1), ("advertising_tax", "payer", 2),
    ("advertising_tax", "amount", 1), ("advertising_tax", "sole_trader", 2),
    ("terraces", "business", 2), ("terraces", "area", 1), ("terraces", "period", 1), ("terraces", "fee", 1),
    ("public_domain_permits", "applicant", 2), ("public_domain_permits", "phone", 1),
    # tourism
    ("furnished_rentals", "host", 3), ("furnished_rentals", "host_phone", 1), ("furnished_rentals", "host_mail", 1),
    ("furnished_rentals", "host_address", 1), ("furnished_rentals", "nights", 1),
    ("accommodation", "name", 2), ("accommodation", "stars", 1), ("accommodation", "mail", 1),
    ("accommodation", "phone", 1), ("accommodation", "beds", 1),
    ("trails", "name", 1), ("trails", "marking", 1), ("trails", "level", 1),
    # agriculture
    ("crop_parcels", "crop", 2), ("crop_parcels", "group", 1), ("crop_parcels", "area", 1),
    ("farmers", "farmer", 3), ("farmers", "phone", 1), ("farmers", "farm_name", 2), ("farmers", "herd", 1),
    ("beekeepers", "keeper", 2), ("beekeepers", "hives", 1),
    # sport
    ("sport_facilities", "site", 2), ("sport_facilities", "type", 1), ("sport_facilities", "floor", 1),
    ("sport_slots", "club", 2), ("sport_slots", "slot", 1), ("sport_slots", "private_booker", 1),
    ("club_members", "member", 2), ("club_members", "birth", 1), ("club_members", "medical", 1),
    # libraries
    ("libraries", "name", 2), ("libraries", "hours", 1), ("libraries", "loans", 1), ("libraries", "mail", 1),
    ("library_members", "member", 1), ("library_members", "card", 1), ("library_members", "mail", 1),
    ("library_members", "overdue", 1), ("library_members", "given_home", 2), ("library_members", "needs", 1),
    # on-demand transport, reduced mobility
    ("tad_users", "user", 1), ("tad_users", "wheelchair", 1), ("tad_users", "pickup", 1),
    ("tad_users", "given_home", 2), ("tad_users", "trip", 1), ("tad_users", "phone", 1),
    ("tad_stops", "name", 2), ("tad_stops", "zone", 1), ("tad_stops", "trips", 1),
    ("disabled_parking", "count", 1), ("disabled_parking", "compliant", 1), ("disabled_parking", "width", 1),
    ("disabled_parking", "named", 2),
    ("disability_cards", "rate", 1), ("disability_cards", "holder", 1),
    ("accessible_paths", "slope", 1), ("accessible_paths", "obstacle", 1),
    # archives
    ("archive_fonds", "title", 2), ("archive_fonds", "dates", 1), ("archive_fonds", "service", 1),
    ("archive_fonds", "length", 1),
    ("archive_users", "donor", 1), ("archive_users", "reader", 1), ("archive_users", "topic", 1),
    # buildings and housing procedures
    ("buildings", "use", 1), ("buildings", "height", 1), ("buildings", "floors", 1), ("buildings", "year", 1),
    ("buildings", "solar", 1), ("buildings", "walls", 1),
    ("housing_procedures", "owner", 5), ("housing_procedures", "owner_address", 1),
    ("housing_procedures", "tenant", 1), ("housing_procedures", "death", 1),
    # statistics on cells, IRIS, communes
    ("filosofi_cells", "ind", 1), ("filosofi_cells", "men", 1), ("filosofi_cells", "poor", 1),
    ("filosofi_cells", "single", 1), ("filosofi_cells", "income", 1), ("filosofi_cells", "owners", 1),
    ("filosofi_cells", "old", 1), ("filosofi_cells", "social", 1),
    ("iris_statistics", "pop", 1), ("iris_statistics", "p65", 1), ("iris_statistics", "alone", 1),
    ("iris_statistics", "unemployed", 1),
    ("commune_indicators", "name", 1), ("commune_indicators", "population", 1),
    ("commune_indicators", "mairie_mail", 2), ("commune_indicators", "mairie_phone", 1),
    ("commune_indicators", "licensees", 1),
    # staff and services
    ("staff", "name", 2), ("staff", "mail", 2), ("staff", "direct_line", 1), ("staff", "nir", 1),
    ("staff", "birth", 1), ("staff", "home", 1), ("staff", "oncall_mobile", 1),
    ("services_directory", "mail", 2), ("services_directory", "phone", 2), ("services_directory", "position", 1),
    ("services_directory", "staff_count", 1), ("services_directory", "oncall", 1),
    # other registers
    ("dangerous_dogs", "breed", 1), ("dangerous_dogs", "address", 1),
    ("private_wells", "declarant", 1), ("private_wells", "use", 1),
    ("catchments", "name", 1), ("catchments", "nitrates", 1),
    ("allotments", "holder", 2), ("allotments", "area", 1), ("allotments", "water", 1),
    ("hornet_nests", "reporter", 1), ("hornet_nests", "destroyed", 1), ("hornet_nests", "height", 1),
    ("hornet_nests", "date", 1),
    ("census_districts", "agent", 1), ("census_districts", "dwellings", 1),
    ("health_centres", "practitioners", 2), ("health_centres", "specialities", 1), ("health_centres", "count", 1),
    ("health_centres", "name", 1),
    ("childminders", "name", 1), ("childminders", "phone", 1), ("childminders", "places", 1),
    ("childcare_sites", "name", 1), ("childcare_sites", "capacity", 1), ("childcare_sites", "mail", 1),
    ("brush_clearing", "owner", 2), ("brush_clearing", "zone", 1), ("brush_clearing", "area", 1),
    ("noise_complaints", "complainant", 1), ("noise_complaints", "cause", 1), ("noise_complaints", "remarks", 1),
    ("shelters", "name", 1), ("shelters", "capacity", 1), ("shelters", "key", 1),
    # municipal police and front desk
    ("holiday_watch", "resident", 2), ("holiday_watch", "away", 1), ("holiday_watch", "contact", 1),
    ("citizen_census", "name", 1), ("citizen_census", "birth", 1),
    ("id_appointments", "name", 1), ("id_appointments", "phone", 1), ("id_appointments", "predemande", 1),
    ("cctv", "kind", 1), ("cctv", "place", 1), ("cctv", "retention", 1),
]


def build_case(number: int, template: str, judge: str, layer) -> dict:
    key = layer.judged or list(layer.columns)[-1]
    column, _kind, _values, personal, reason = layer.columns[key]
    if not personal:
        assert not any(c[3] for c in layer.columns.values()), \
            f"{template}/{judge}: a non-personal column judged next to a personal one"
        reason = NOT_PERSONAL_REASONS.get((template, judge)) or default_reason(template, judge)
    organisation, email, phone, _centre = N.PUBLISHERS[layer.publisher]
    return {
        "id": f"b3-{number:04d}",
        "template": f"{template}/{judge}",
        "personal": personal,
        "reason": reason,
        "layer": layer.name,
        "column": column,
        "columns": {c[0]: c[2] for c in layer.columns.values()},
        "types": {c[0]: c[1] for c in layer.columns.values()},
        "geometry_kind": layer.geometry_kind,
        "geometry_type": layer.geometry_type,
        "geometry": layer.geometry,
        "crs": "EPSG:2154",
        "record": {"organisation": organisation, "email": email, "phone": phone},
    }


#: Why a column is not personal, where the template alone does not say it.
NOT_PERSONAL_REASONS = {
    ("legal_owners", "denomination"): "owners that are legal persons (companies, farms, public bodies)",
    ("developer_permits", "applicant"): "applicants that are legal persons (developers, landlords, the council)",
    ("council_land_sales", "buyer"): "buyers that are companies and social landlords",
    ("subsidies", "beneficiary"): "associations receiving subsidies (SCDL open data)",
    ("subsidies", "iban"): "associations' bank accounts, not private persons'",
    ("advertising_tax", "payer"): "businesses taxed on their signs, some named after a person",
    ("market_pitches", "shop"): "shop names, some after a person",
    ("terraces", "business"): "cafés and restaurants, some named after a person",
    ("farmers", "farm_name"): "farm companies (GAEC, EARL, SCEA)",
    ("given_name_statistics", "given"): "first-name statistics (counts by year), no one located",
    ("civil_statistics", "top_name"): "the commonest given name per commune, a statistic",
    ("road_sections", "name"): "street names, many after people",
    ("address_points", "street"): "street names of the reference address base",
    ("address_points", "complement"): "lieux-dits, some after people",
    ("trees", "remarkable"): "names of remarkable trees, some after people",
    ("equipment", "oncall"): "a service's on-call mobile, no one named",
    ("water_plants", "oncall"): "a service's on-call mobile, no one named",
    ("services_directory", "oncall"): "a service's on-call mobile, no one named",
    ("services_directory", "position"): "positions, no one named",
    ("road_reports", "tech_text"): "technical remarks naming places after people and service contacts",
    ("hydrants", "remarks"): "technical remarks naming places and the service's switchboard",
    ("defibrillators", "operator"): "operators of defibrillators: the council, associations, a pharmacy",
    ("events", "organiser"): "associations and services organising events",
    ("traffic_orders", "company"): "companies and network operators",
    ("lighting_work_orders", "company"): "contractors",
    ("shelters", "key"): "services and roles holding keys, no one named",
    ("sport_slots", "club"): "clubs (associations) using the halls",
}


def default_reason(template: str, judge: str) -> str:
    word = {"phone": "a service's or establishment's own phone number",
            "mail": "a functional mailbox of an organisation or a service",
            "operator_phone": "the operator's switchboard", "operator_mail": "the operator's functional mailbox",
            "mairie_mail": "town halls' functional mailboxes", "mairie_phone": "town halls' numbers",
            "agency_mail": "a landlord agency's functional mailbox", "contact": "the operator's functional mailbox",
            "name": "names of equipment, places or services, some after people",
            "address": "addresses of equipment, premises or works, not of people"}.get(judge)
    return word or f"{judge.replace('_', ' ')}: an attribute of things, places or aggregates, no person identified"


def generate() -> list:
    g = Gen(random.Random(SEED))
    cases = []
    for template, judge, repeats in SPECS:
        function = getattr(T, template)
        for _ in range(repeats):
            layer = function(g, judge)
            cases.append(build_case(len(cases) + 1, template, judge, layer))
    return cases


def dump(cases: list) -> str:
    return "[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if cases.json is not what the generator writes")
    parser.add_argument("--summary", action="store_true", help="print the judged columns and the balance")
    args = parser.parse_args(argv)
    cases = generate()
    text = dump(cases)
    if args.summary:
        for c in cases:
            print(f"{c['id']} {'P' if c['personal'] else '-'} {c['template']:<40} {c['geometry_kind'][:22]:<22} "
                  f"{c['column']:<28} {str(c['columns'][c['column']][:3])[:70]}")
    counts = Counter(c["personal"] for c in cases)
    print(f"{len(cases)} cases: {counts[True]} personal, {counts[False]} not", file=sys.stderr)
    if args.check:
        with open(OUTPUT, encoding="utf-8") as handle:
            if handle.read() != text:
                print("cases.json differs from the generator's output", file=sys.stderr)
                return 1
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
