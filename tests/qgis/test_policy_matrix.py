"""Policy matrix: every access level × nature × target kind, through api.publish.

No personal or closed layer ever reaches an open target; shared layers reach restricted or
internal targets only; closed layers stay internal. Each refusal carries its reason.
"""
import itertools

import pytest
from qgis.core import QgsVectorLayer

from passerelle import api
from passerelle.publishers import factory
from passerelle.publishers.base import CATALOGUE, Publisher, PublishResult
from passerelle.sample import territory

RECEIVED = {}  # target name -> identifiers it received


class RecordingTarget(Publisher):
    """A target that only remembers what reached it (the policy under test is upstream of it)."""

    role = CATALOGUE

    def publish(self, package, links):
        RECEIVED.setdefault(self.name, []).append(package.identifier)
        return PublishResult(self.name, ids={"id": package.identifier}, created=["record"])

    def unpublish(self, identifier, ids):
        pass

    def status(self, identifier, ids):
        return {"exists": identifier in RECEIVED.get(self.name, [])}


ACCESS = ("ouverte", "partagee", "fermee")
NATURES = ("publique", "interet-general", "privee-interet-general", "personnelle")
KINDS = ("open", "restricted", "internal")


def allowed(access: str, nature: str, kind: str) -> bool:
    if nature == "personnelle" and access == "ouverte":
        return False  # never a valid status, whatever the target
    if kind == "open":
        return access == "ouverte" and nature != "personnelle"
    if kind == "restricted":
        return access != "fermee"
    return True


@pytest.fixture
def profile(monkeypatch, tmp_path):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    factory.register("recording", RecordingTarget)
    RECEIVED.clear()
    return {"name": "matrice", "version": "1",
            "targets": {kind: {"type": "recording", "kind": kind} for kind in KINDS}}


@pytest.mark.parametrize("access, nature", list(itertools.product(ACCESS, NATURES)))
def test_status_rules_decide_which_targets_a_layer_reaches(profile, territory_gpkg, access, nature):
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=zonage_plu", "zonage_plu", "ogr")
    tags = dict(territory.DEFAULT_TAGS["zonage_plu"], access=access, nature=nature,
                licence="etalab-2.0" if access == "ouverte" else "proprietary")
    if access != "ouverte":
        tags["legal_basis"] = "INSPIRE_Directive_Article13_1f" if nature == "personnelle" else \
            "INSPIRE_Directive_Article13_1d"
    identifier = api.tag(layer, **tags).identifier

    report = api.publish([layer], profile)

    for kind in KINDS:
        outcome = next(o for o in report.outcomes if o.target == kind)
        reached = identifier in RECEIVED.get(kind, [])
        if allowed(access, nature, kind):
            assert outcome.state == "published" and reached, (kind, outcome.message_fr)
        else:
            assert outcome.state == "refused" and not reached, kind
            assert outcome.code == "policy.status" and outcome.message_fr
            assert any(f.code == "policy.status" for f in outcome.findings)
