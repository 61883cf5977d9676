"""The API context (registries, HTTP clients) and job planning (technical names, per-kind refusals, the dry
run's registry), without QGIS layers."""
import json
import os
from types import SimpleNamespace

from passerelle.catalogue import vocabularies
from passerelle.catalogue.checks.context import CheckContext
from passerelle.catalogue.record import Record
from passerelle.context import Context
from passerelle.publishers import planner
from passerelle.publishers.registry import PlannedRegistry, Registry

ACCESS = "https://w3id.org/passerelle/vocabulary/access-level/"
NATURE = "https://w3id.org/passerelle/vocabulary/nature/"


def Target(name, kind):  # noqa: N802 - the rules read a target's name and kind only
    return SimpleNamespace(name=name, kind=kind)


def test_two_layers_named_alike_in_one_batch_get_distinct_stable_names(tmp_path):
    naming = planner.Naming(Registry(str(tmp_path / "r.json")))
    first = naming.name_for("0f8c2a9e-1111-4b7e-9d1c-6a0f3e2b4c5d", "Arrêts de bus")
    second = naming.name_for("7a6b5c4d-2222-4e3f-8a9b-0c1d2e3f4a5b", "Arrêts  de bus")
    assert first == "arrets_de_bus" and second == "arrets_de_bus_7a6b5c4d"
    again = planner.Naming(Registry(str(tmp_path / "r.json")))  # the next run, in the same order
    assert [again.name_for("0f8c2a9e-1111-4b7e-9d1c-6a0f3e2b4c5d", "Arrêts de bus"),
            again.name_for("7a6b5c4d-2222-4e3f-8a9b-0c1d2e3f4a5b", "Arrêts  de bus")] == [first, second]


def test_a_record_keeps_the_name_it_was_first_published_under_unless_the_file_holds_an_unsafe_one(tmp_path):
    registry = Registry(str(tmp_path / "r.json"))
    registry.set_target("id-1", "csw", state="published", name="ancien_nom")
    registry.set_target("id-2", "csw", state="published", name="../../etc/passwd")
    naming = planner.Naming(registry, prefix="sig_", max_length=20)
    assert naming.name_for("id-1", "Nouveau titre") == "ancien_nom"
    assert naming.name_for("id-2", "Parcelles cadastrales de la commune") == "sig_parcelles_cadast"


def test_name_keys_come_from_the_uuid_or_a_hash_and_are_name_safe():
    assert planner.name_key("0F8C2A9E-1111-4b7e-9d1c-6a0f3e2b4c5d") == "0f8c2a9e"
    key = planner.name_key("é")
    assert len(key) == 8 and key.isalnum() and key == planner.name_key("é")


def test_status_rules_refuse_per_target_kind_without_repeating_general_findings():
    vocab = vocabularies.shipped()
    closed = Record(title="Registre", access=ACCESS + "fermee", nature=NATURE + "publique")
    targets = [Target("portail", "open"), Target("partenaires", "restricted"), Target("interne", "internal")]
    context = CheckContext(vocabularies=vocab)
    refused = planner.target_refusals(closed, "registre", targets, context, [])
    assert set(refused) == {"portail", "partenaires"}
    assert {f.code for findings in refused.values() for f in findings} == {"policy.status"}
    said = refused["portail"]
    assert "portail" not in planner.target_refusals(closed, "registre", targets, context, said)


def test_the_target_crs_is_the_first_one_a_target_states():
    assert planner.target_crs({"a": {"type": "csw"}, "b": {"crs": "EPSG:2154"}, "c": {"crs": "EPSG:4326"}}) == \
        "EPSG:2154"
    assert planner.target_crs({"a": {"type": "csw"}}) == ""


def test_a_dry_run_registry_reads_the_real_file_and_never_writes_it(tmp_path):
    path = tmp_path / "r.json"
    real = Registry(str(path))
    real.set_target("id-1", "csw", state="published", name="couche", content_hash="h1")
    before = path.read_bytes()
    planned = PlannedRegistry(str(path))
    assert planned.target_entry("id-1", "csw")["content_hash"] == "h1"
    planned.set_target("id-1", "csw", state="incomplete", content_hash="h2")
    planned.set_target("id-2", "csw", state="published", name="autre")
    planned.start_batch([{"identifier": "id-2", "source": "x.gpkg"}], ["csw"])
    assert planned.target_entry("id-1", "csw")["content_hash"] == "h2"  # the run sees its own writes
    assert path.read_bytes() == before and Registry(str(path)).entry("id-2") == {}
    assert sorted(os.listdir(tmp_path)) == ["r.json"]  # not even a temporary file


def test_a_context_reads_its_registry_again_when_another_one_wrote_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    profile = {"name": "portail", "targets": {"csw": {"type": "csw", "url": "http://127.0.0.1:9"}}}
    mine, other = Context(profile), Context(profile)
    registry = mine.registry()
    assert mine.registry() is registry  # read once while nobody writes
    other.registry().set_target("id-1", "csw", state="published", name="couche")
    assert mine.registry() is not registry and mine.registry().target_entry("id-1", "csw")["state"] == "published"
    assert set(mine.registries()) == {"portail"}
    with open(tmp_path / "publications" / "autre.json", "w", encoding="utf-8") as handle:
        json.dump({"publications": {"id-9": {"targets": {"t": {"state": "published"}}}}}, handle)
    assert mine.registries()["autre"].entry("id-9")["targets"]["t"]["state"] == "published"


def test_publishers_get_their_http_clients_from_the_context(tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path))
    made = []

    class Recording(Context):
        def http_client(self, base_url, **options):
            client = super().http_client(base_url, **options)
            made.append((base_url, options["target"], options["dry_run"], client))
            return client

    context = Recording({"name": "p", "targets": {
        "csw": {"type": "csw", "url": "http://127.0.0.1:9/csw", "title": "Catalogue"},
        "sdi": {"type": "local", "folder": str(tmp_path / "sdi")}}}, credentials_for=lambda authcfg: None)
    publishers = context.publishers(dry_run=True)
    assert {id(p.http) for p in publishers} == {id(client) for *_rest, client in made}
    assert made[0][:3] == ("http://127.0.0.1:9/csw", "Catalogue", True)
    assert len(made) == 4 and all(dry_run for _url, _target, dry_run, _client in made)  # + the local SDI's three


def test_a_chosen_technical_name_wins_and_the_registry_follows_a_rename(tmp_path):
    from passerelle.publishers.planner import Naming
    from passerelle.publishers.registry import Registry

    registry = Registry(str(tmp_path / "local.json"))
    registry.set_target("id-1", "csw", state="published", name="parcelles", data="postgres:42:sig/public.parcelles")
    assert Naming(registry).name_for("id-1", "Parcelles (projet B)") == "parcelles"  # known: kept
    assert Naming(registry).name_for("id-1", "Parcelles", chosen="parcelles_cadastrales") == "parcelles_cadastrales"
    registry.set_target("id-1", "csw", state="published", name="parcelles_cadastrales")
    assert Registry(registry.path).name_for("id-1") == "parcelles_cadastrales"
    assert Registry(registry.path).identifier_for("postgres:42:sig/public.parcelles") == "id-1"
    assert Registry(registry.path).identifier_for("postgres:42:sig/public.autre") is None
