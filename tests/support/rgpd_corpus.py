"""The labelled corpus of the personal-data guard (tests/data/rgpd_corpus), as layers and a score.

Each case becomes a LayerData (its columns, its geometry) and an open, public Record carrying
the publishing organisation's contact; the guard is right on a case when it flags the column
under judgement exactly when the label says it is personal. Tuning reads ``load("tuning")`` and
``load_blind()`` (blind-1, the second corpus, written by another hand than the guard's and measured
blind before it became tuning data: tests/data/rgpd_corpus_blind); ``load("heldout")`` is for the
benchmark (``make bench``) only, and so is ``load_blind2()``, the third corpus, the held-out
measurement (tests/data/rgpd_corpus_blind2), never read while tuning.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

CORPUS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "rgpd_corpus")
BLIND_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind")
BLIND2_DIR = os.path.join(os.path.dirname(CORPUS_DIR), "rgpd_corpus_blind2")
PARTS = ("tuning", "heldout")
OPEN = "https://w3id.org/passerelle/vocabulary/access-level/ouverte"
PUBLIC = "https://w3id.org/passerelle/vocabulary/nature/publique"


def load_blind() -> list[dict]:
    """Corpus blind-1 (tests/data/rgpd_corpus_blind): written apart from the guard and measured blind
    (recall 0.900, false-positive rate 0.048), tuning data since commit 6165e75."""
    with open(os.path.join(BLIND_DIR, "cases.json"), encoding="utf-8") as handle:
        return json.load(handle)


def load_blind2() -> list[dict]:
    """The blind-2 corpus (tests/data/rgpd_corpus_blind2): the held-out measurement, never to tune the guard."""
    with open(os.path.join(BLIND2_DIR, "cases.json"), encoding="utf-8") as handle:
        return json.load(handle)


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
