"""The labelled corpus of the personal-data guard is what its README says: generated, balanced, split.

Structure only: no test here runs the guard on the held-out part (bench/bench_rgpd.py does).
"""
import importlib.util
import json
import os

from support import rgpd_corpus


def _generator():
    path = os.path.join(rgpd_corpus.CORPUS_DIR, "generate.py")
    spec = importlib.util.spec_from_file_location("rgpd_corpus_generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_files_are_what_the_generator_writes():
    generator = _generator()
    cases = json.loads(json.dumps(generator.build_cases(), ensure_ascii=False))
    tuning, heldout = rgpd_corpus.load("tuning"), rgpd_corpus.load("heldout")
    assert [c for c in cases if not generator.held_out(c["id"])] == tuning
    assert [c for c in cases if generator.held_out(c["id"])] == heldout


def test_the_corpus_is_large_balanced_and_every_label_has_its_reason():
    cases = rgpd_corpus.load("tuning") + rgpd_corpus.load("heldout")
    personal = sum(c["personal"] for c in cases)
    assert len(cases) >= 300 and 0.4 <= personal / len(cases) <= 0.6
    assert all(c["reason"] and c["column"] in c["columns"] for c in cases)
    assert len({c["id"] for c in cases}) == len(cases)


def test_held_out_cases_are_a_third_of_each_class_and_never_in_the_tuning_part():
    tuning, heldout = rgpd_corpus.load("tuning"), rgpd_corpus.load("heldout")
    assert not {c["id"] for c in tuning} & {c["id"] for c in heldout}
    for label in (True, False):
        share = sum(c["personal"] == label for c in heldout) / sum(
            c["personal"] == label for c in tuning + heldout)
        assert 0.25 <= share <= 0.45


def test_cases_become_layers_with_their_geometry_and_the_organisation_as_contact():
    case = next(c for c in rgpd_corpus.load("tuning") if c["geometry_kind"] == "parcels")
    data = rgpd_corpus.layer_data(case)
    assert len(data) == len(case["columns"][case["column"]]) and data.geometry_type == "Polygon"
    assert data.geometry[0].area > 0 and data.crs == "EPSG:2154"
    assert rgpd_corpus.record(case).contact.email == case["record"]["email"]
