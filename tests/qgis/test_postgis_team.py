"""Two colleagues, two QGIS processes, two projects, one PostGIS database, one local SDI (all real).

alice opens the team's tables through a pg_service; bob through his own role and connection string, under
other layer names. What alice tags, bob reads; what alice published, bob updates without a duplicate; the
batch alice's crashed QGIS left unfinished, bob finishes; bob unpublishes what alice published.
"""
import json
import os
import subprocess
import sys

import pytest

from passerelle.sample import territory
from support.postgis_team import Colleague, points_table, reset, service_uri
from support.qgis_env import ROOT, environment

COLLEAGUE = os.path.join(ROOT, "tests", "support", "colleague.py")


@pytest.fixture
def office(postgis, tmp_path):
    """The team's database (two tables owned by alice, bob an editor), their service files, the shared SDI."""
    reset(postgis, roles=("alice", "bob"))
    points_table(postgis, "ecoles", comment="Écoles de la commune.")
    points_table(postgis, "cantines", rows=(("Cantine du Centre", 929400, 6679700),))
    alice, bob = Colleague(postgis, "alice", create=True), Colleague(postgis, "bob", editor=True)
    for table in ("ecoles", "cantines"):
        postgis.execute(f'ALTER TABLE {table} OWNER TO "alice"')
    for who in ("alice", "bob"):
        (tmp_path / who).mkdir()
    profile = {"name": "equipe", "version": "1", "targets": {"local": {
        "type": "local", "folder": str(tmp_path / "sdi"), "kind": "open", "retries": 1, "timeout": 20}}}
    yield {"alice": alice, "bob": bob, "profile": profile, "folder": tmp_path,
           "services": {"alice": alice.service_file(tmp_path / "alice"), "bob": bob.service_file(tmp_path / "bob")}}
    reset(postgis, roles=("alice", "bob"))


def session(office, who: str, step: str, **config) -> dict:
    """Run one step in a new QGIS process for ``who``; returns what it printed (the step must succeed)."""
    done = run(office, who, step, **config)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def run(office, who: str, step: str, **config) -> subprocess.CompletedProcess:
    layers = ({"Écoles (projet A)": service_uri("ecoles"), "Cantines": service_uri("cantines")} if who == "alice"
              else {"Écoles": office["bob"].uri("ecoles"), "cantines_b": office["bob"].uri("cantines")})
    config = {"project": str(office["folder"] / who / "projet.qgs"), "layers": layers, "profile": office["profile"],
              **config}
    path = office["folder"] / who / f"{step}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    env = environment({"PGSERVICEFILE": office["services"][who],
                       "PASSERELLE_DATA_DIR": str(office["folder"] / "data")})
    return subprocess.run([sys.executable, COLLEAGUE, step, str(path)], capture_output=True, text=True,
                          timeout=300, env=env, cwd=ROOT)


def tags(title: str) -> dict:
    fields = dict(territory.default_tags()["equipements_publics"], title=title)
    fields.pop("schema")
    return fields


def states(result: dict) -> dict:
    return {(o["layer"], o["target"]): o["state"] for o in result["outcomes"]}


def test_a_colleague_updates_resumes_and_unpublishes_from_another_project_what_one_published(office):
    alice = session(office, "alice", "tag", tags={"Écoles (projet A)": tags("Écoles publiques"),
                                                  "Cantines": tags("Cantines scolaires")})
    schools, canteens = alice["identifiers"]["Écoles (projet A)"], alice["identifiers"]["Cantines"]
    published = session(office, "alice", "publish", publish=["Écoles (projet A)"])
    assert set(states(published).values()) == {"published"}, published["outcomes"]
    assert published["served"] == {"csw": [schools], "wms": ["ecoles"]}

    # bob, another process and project, his own role and layer names: the same records
    bob = session(office, "bob", "tag", tags={"Écoles": {"abstract": "Écoles maternelles et élémentaires."}})
    assert bob["identifiers"] == {"Écoles": schools, "cantines_b": canteens}
    assert bob["records"]["Écoles"]["title"] == "Écoles publiques"
    updated = session(office, "bob", "publish", publish=["Écoles"])
    assert set(states(updated).values()) == {"updated"}, updated["outcomes"]  # no "name already taken"
    assert updated["served"] == {"csw": [schools], "wms": ["ecoles"]}  # no duplicate

    # alice's QGIS dies in the middle of a batch; bob finishes it from his project
    crashed = run(office, "alice", "publish-and-crash", publish=["Écoles (projet A)", "Cantines"])
    assert crashed.returncode == 3, crashed.stderr[-3000:]
    registry = json.loads((office["folder"] / "data" / "publications" / "equipe.json").read_text(encoding="utf-8"))
    batch = next(b for b in registry["batches"].values() if not b["done"])
    assert batch["layers"][canteens]["state"] == "pending"
    assert batch["layers"][canteens]["source"].startswith("postgres:service='equipe_sig'")
    resumed = session(office, "bob", "resume")
    assert states(resumed) == {("cantines_b", "local-ows"): "published", ("cantines_b", "local-files"): "published",
                               ("cantines_b", "local-csw"): "published"}
    assert resumed["served"] == {"csw": sorted([schools, canteens]), "wms": ["cantines", "ecoles"]}
    assert resumed["status"]["cantines_b"]["equipe"]["local-csw"]["state"] == "published"

    removed = session(office, "bob", "unpublish", unpublish=["Écoles"])
    assert set(states(removed).values()) == {"removed"}, removed["outcomes"]
    assert removed["served"] == {"csw": [canteens], "wms": ["cantines"]}
    assert removed["status"]["Écoles"] == {}
    assert session(office, "alice", "status")["status"]["Cantines"]["equipe"]["local-ows"]["state"] == "published"

    written = (office["folder"] / "data" / "publications" / "equipe.json").read_text(encoding="utf-8")
    assert office["alice"].password not in written and office["bob"].password not in written
