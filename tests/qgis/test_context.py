"""One context per batch: a 20-layer publish reads its profile once and parses its vocabularies once.

Counted by wrapping the real functions (support.counting) around a real publish to a real pycsw.
"""
import json

import pytest

from passerelle import api
from passerelle.catalogue.errors import PasserelleError
from passerelle.sdi.pycsw_server import PycswServer
from support.counting import PORTAL_TURTLE, SEASONAL, Counter, twenty_point_layers


@pytest.fixture(scope="module")
def csw(tmp_path_factory):
    with PycswServer(str(tmp_path_factory.mktemp("pycsw"))) as server:
        yield server


@pytest.fixture
def portal_profile(tmp_path, monkeypatch, csw):
    """A profile file with a vocabulary source of its own and a CSW target."""
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    source = tmp_path / "vocabulaires.ttl"
    source.write_text(PORTAL_TURTLE, encoding="utf-8")
    path = tmp_path / "portail.json"
    path.write_text(json.dumps({"name": "portail-csw", "version": "1", "vocabularies": [str(source)],
                                "targets": {"csw": {"type": "csw", "url": csw.url, "kind": "open"}}}),
                    encoding="utf-8")
    return str(path), source


@pytest.fixture
def twenty_layers(project, tmp_path, portal_profile):
    layers = twenty_point_layers(str(tmp_path / "couches.gpkg"))
    for i, layer in enumerate(layers):
        api.tag(layer, profile=portal_profile[0], title=f"Points de mesure du secteur {i}",
                abstract="Points de mesure.",
                access="ouverte", nature="publique", granularity="poi", frequency="Saisonnière",
                licence="etalab-2.0", themes=["us"], contact={"organisation": "Mairie", "email": "sig@mairie.fr"},
                last_revision="2026-01-15", lineage="Relevés de la commune.")
    return layers


def test_a_twenty_layer_publish_loads_the_profile_once_and_parses_its_vocabularies_once(
        twenty_layers, portal_profile, monkeypatch):
    profile_path, source = portal_profile
    source.write_text(PORTAL_TURTLE + "# revu par le portail\n", encoding="utf-8")  # changed since the tagging
    counted = Counter(monkeypatch)

    report = api.publish(twenty_layers, profile_path)

    assert report.ok, [(o.layer, o.code, o.message_en) for o in report.failures]
    assert [o.state for o in report.outcomes] == ["published"] * 20
    assert api.record(twenty_layers[0]).frequency == SEASONAL  # the profile's own term went through
    assert counted.profile_loads == 1
    assert counted.vocabulary_parses == [str(source)]


def test_a_context_given_to_several_calls_reads_and_parses_nothing_again(twenty_layers, portal_profile,
                                                                        monkeypatch):
    context = api.context(portal_profile[0])
    counted = Counter(monkeypatch)
    first = api.publish(twenty_layers, context=context)
    # Parsed in this process when the layers were tagged, unchanged since: not parsed again.
    assert counted.profile_loads == 0 and counted.vocabulary_parses == []
    counted.reset()
    again = api.publish(twenty_layers, context=context, dry_run=True)
    report = api.check(twenty_layers, context=context, targets=["open"])
    api.tag(twenty_layers[0], context=context, frequency="saisonniere")
    assert {o.state for o in first.outcomes} == {"published"} and {o.state for o in again.outcomes} == {"unchanged"}
    assert not report.errors
    assert counted.profile_loads == 0 and counted.vocabulary_parses == []


def test_a_context_refuses_a_different_profile_given_beside_it(twenty_layers, portal_profile):
    context = api.context(portal_profile[0])
    with pytest.raises(PasserelleError) as error:
        api.check(twenty_layers[:1], "local", context=context)
    assert error.value.code == "api.context-profile"
    assert not api.check(twenty_layers[:1], portal_profile[0], context=context).errors  # the same one is fine
