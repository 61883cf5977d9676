"""The labelled corpus of the personal-data guard (tests/data/rgpd_corpus), as layers and a score.

Each case becomes a LayerData (its columns, its geometry) and an open, public Record carrying
the publishing organisation's contact; the guard is right on a case when it flags the column
under judgement exactly when the label says it is personal. Tuning reads ``load("tuning")``;
``load("heldout")`` is for the benchmark (``make bench``). The blind corpora (``load_blind()`` …
``load_blind9()``, tests/data/rgpd_corpus_blind*) were each written by another hand than the guard's,
labelled and committed before the guard first ran on them, measured blind once, and are tuning data since
(their READMEs give both figures). ``load_blind10()`` is the held-out corpus: measured, never read to tune.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

CORPUS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "rgpd_corpus")
BLIND_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind")
BLIND2_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind2")
BLIND3_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind3")
BLIND4_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind4")
BLIND5_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind5")
BLIND6_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind6")
BLIND7_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind7")
BLIND8_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind8")
BLIND9_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind9")
BLIND10_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind10")
PARTS = ("tuning", "heldout")
OPEN = "https://w3id.org/passerelle/vocabulary/access-level/ouverte"
PUBLIC = "https://w3id.org/passerelle/vocabulary/nature/publique"


def _read(directory: str) -> list[dict]:
    with open(os.path.join(directory, "cases.json"), encoding="utf-8") as handle:
        return json.load(handle)


def load_blind() -> list[dict]:
    """Corpus blind-1 (tests/data/rgpd_corpus_blind): written apart from the guard and measured blind
    (recall 0.900, false-positive rate 0.048), tuning data since commit 6165e75."""
    return _read(BLIND_DIR)


def load_blind2() -> list[dict]:
    """Corpus blind-2 (tests/data/rgpd_corpus_blind2): written apart from the guard, measured blind (recall 0.902,
    then 0.949), tuning data since 780ae62."""
    return _read(BLIND2_DIR)


def load_blind3() -> list[dict]:
    """Corpus blind-3 (tests/data/rgpd_corpus_blind3): written blind to the guard and to the other corpora,
    measured blind once (recall 0.892, false-positive rate 0.021), tuning data since d2dee63."""
    return _read(BLIND3_DIR)


def load_blind4() -> list[dict]:
    """Corpus blind-4 (tests/data/rgpd_corpus_blind4): written blind to the guard and to the other corpora,
    measured blind once (recall 0.945, false-positive rate 0.030), tuning data since b8ab0d5."""
    return _read(BLIND4_DIR)


def load_blind5() -> list[dict]:
    """Corpus blind-5 (tests/data/rgpd_corpus_blind5): written blind to the guard and to the other corpora,
    measured blind once (recall 0.948, false-positive rate 0.008), tuning data since 2dcf92d."""
    return _read(BLIND5_DIR)


def load_blind6() -> list[dict]:
    """Corpus blind-6 (tests/data/rgpd_corpus_blind6): written blind to the guard and to the other corpora,
    measured blind once (recall 0.943, false-positive rate 0.003), tuning data since eb0db4e."""
    return _read(BLIND6_DIR)


def load_blind7() -> list[dict]:
    """Corpus blind-7 (tests/data/rgpd_corpus_blind7): written blind to the guard and to the other corpora,
    measured blind once (recall 0.957, false-positive rate 0.000), tuning data since d3a1b7f."""
    return _read(BLIND7_DIR)


def load_blind8() -> list[dict]:
    """Corpus blind-8 (tests/data/rgpd_corpus_blind8): written blind to the guard and to the other corpora,
    measured blind once (recall 0.943, false-positive rate 0.007), tuning data since 82a9fa5."""
    return _read(BLIND8_DIR)


def load_blind9() -> list[dict]:
    """Corpus blind-9 (tests/data/rgpd_corpus_blind9): written blind to the guard and to the other corpora,
    measured blind once (recall 0.880, false-positive rate 0.030), tuning data since 1ae9e91."""
    return _read(BLIND9_DIR)


def load_blind10() -> list[dict]:
    """The blind-10 corpus (tests/data/rgpd_corpus_blind10): held-out measurement only, never for tuning the
    guard. Written blind to the guard and to the other corpora, its labels committed before the guard first
    ran on it (see its README)."""
    return _read(BLIND10_DIR)


def load(part: str) -> list[dict]:
    if part not in PARTS:
        raise ValueError(f"unknown corpus part {part!r}")
    with open(os.path.join(CORPUS_DIR, f"{part}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def layer_data(case: dict):
    import numpy as np
    import pandas as pd
    import shapely

    from passerelle.catalogue.layerdata import LayerData

    n = len(next(iter(case["columns"].values())))
    index = pd.Index(np.arange(1, n + 1), dtype="int64", name="fid")
    columns = {}
    for name, values in case["columns"].items():
        kind = case["types"][name]
        if kind == "date":
            columns[name] = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce").to_numpy()
        elif kind == "integer":
            columns[name] = pd.array(values, dtype="Int64") if None in values else np.array(values, dtype="int64")
        elif kind == "number":
            columns[name] = np.array([np.nan if v is None else v for v in values], dtype="float64")
        else:
            columns[name] = np.array(values, dtype=object)
    attributes = pd.DataFrame(columns, index=index)
    geometry = None
    if case["geometry"] is not None:
        coordinates = np.array(case["geometry"], dtype="float64")
        if case["geometry_type"] == "Point":
            geometry = shapely.points(coordinates)
        elif case["geometry_type"] == "Polygon":
            geometry = shapely.box(*coordinates.T)
        else:
            geometry = shapely.linestrings(coordinates.reshape(-1, 2, 2))
    return LayerData(case["layer"], attributes, dict(case["types"]), geometry, case["crs"], case["geometry_type"])


def record(case: dict):
    from passerelle.catalogue.record import Contact, Record

    contact = Contact(organisation=case["record"]["organisation"], email=case["record"]["email"],
                      phone=case["record"]["phone"])
    return Record(title=f"Couche {case['layer']}", access=OPEN, nature=PUBLIC, contact=contact,
                  producer=Contact(organisation=case["record"]["organisation"], role="owner"))


def flagged_columns(case: dict) -> set:
    from passerelle.catalogue.checks import rgpd
    from passerelle.catalogue.checks.context import CheckContext

    findings = rgpd.check(record(case), layer_data(case), CheckContext(vocabularies=None), case["layer"])
    return {f.field for f in findings if f.code == "rgpd.personal-columns"}


@dataclass
class Score:
    cases: int = 0
    personal: int = 0
    caught: int = 0
    not_personal: int = 0
    false_alarms: int = 0
    misses_ids: list = field(default_factory=list)
    false_alarm_ids: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.personal if self.personal else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_alarms / self.not_personal if self.not_personal else 0.0


def score(cases: list[dict]) -> Score:
    result = Score()
    for case in cases:
        hit = case["column"] in flagged_columns(case)
        result.cases += 1
        if case["personal"]:
            result.personal += 1
            result.caught += hit
            if not hit:
                result.misses_ids.append(case["id"])
        else:
            result.not_personal += 1
            result.false_alarms += hit
            if hit:
                result.false_alarm_ids.append(case["id"])
    return result
