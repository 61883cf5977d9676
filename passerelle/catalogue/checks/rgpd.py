"""rgpd.personal-columns: columns that look like personal data, by name and by sampled values.

Values are judged on a random but reproducible sample of ``context.sample_size``
rows, so the check costs the same on ten features or ten million. A column is
reported once, with every kind of personal data it seems to hold.

Two kinds only count in company: an address or a first name alone does not
identify anyone (a town hall has an address; a first-name statistic is open
data), so they are reported when the layer holds another personal column or
the record declares the data personal.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..findings import ERROR, WARNING, Finding
from ..terms import is_open, is_personal
from . import personal

CODES = ("rgpd.personal-columns",)
SAMPLE_SEED = 20161007  # the loi pour une République numérique: any fixed seed gives reproducible reports
VALUE_SHARE = 0.5  # share of sampled values that must match when the column name says nothing
CONFIRM_SHARE = 0.2  # share that confirms a weak name hint
LONG_TEXT = 25  # mean length (characters) from which a column is read as free text
BIRTH_YEARS = (1900, 2010)


@dataclass
class Suspicion:
    column: str
    kinds: dict = field(default_factory=dict)  # kind -> evidence: "name", or share of sampled values
    feature_ids: list = field(default_factory=list)  # sampled features whose values matched
    contextual: bool = False  # only an address or a lone first name


def check(record, data, context, layer: str) -> list[Finding]:
    if data is None or len(data) == 0 or len(data.attributes.columns) == 0:
        return []
    sample = _sample(data.attributes, context.sample_size)
    suspicions = [s for s in (_judge_column(name, sample[name], sample) for name in sample.columns) if s]
    standalone = any(not s.contextual for s in suspicions) or is_personal(record)
    severity = ERROR if is_open(record) else WARNING
    return [_finding(s, len(sample), severity, is_open(record), layer)
            for s in suspicions if standalone or not s.contextual]


def _sample(attributes: pd.DataFrame, size: int) -> pd.DataFrame:
    if len(attributes) <= size:
        return attributes
    return attributes.sample(n=size, random_state=SAMPLE_SEED)


def _judge_column(name: str, values: pd.Series, sample: pd.DataFrame):
    strong, weak = personal.name_hints(name)
    present = values.dropna()
    if present.dtype == object:
        present = present.astype(str).str.strip()
        present = present[present != ""]
    if present.empty:
        return None  # an empty column leaks nothing, whatever its name
    suspicion = Suspicion(name)
    for kind in strong - {"email", "birth_date"}:
        suspicion.kinds[kind] = "name"
    if present.dtype == object:
        _judge_text(suspicion, present, strong, weak, sample)
    elif pd.api.types.is_integer_dtype(present.dtype):
        _judge_numbers(suspicion, present)
    if "birth_date" in strong or "birth_date" in weak:
        _judge_birth_dates(suspicion, present, strong)
    if not suspicion.kinds:
        return None
    lone_first_name = set(suspicion.kinds) == {"person_name"} and _first_name_only(name, sample.columns)
    suspicion.contextual = set(suspicion.kinds) <= {"address"} or lone_first_name
    return suspicion


def _judge_text(suspicion, text, strong, weak, sample):
    for kind, detect in personal.VALUE_DETECTORS.items():
        lenient = kind == "person_name" and "holder" in weak
        matches = detect(text, lenient=True) if lenient else detect(text)
        share = float(matches.mean())
        needed = CONFIRM_SHARE if kind in weak or (kind == "person_name" and "holder" in weak) else VALUE_SHARE
        if kind == "email" and "email" in strong:
            needed = 1 / len(text)  # one personal address in an e-mail column is enough
        if share >= needed and matches.any():
            suspicion.kinds.setdefault(kind, share)  # a telling name stays the first evidence
            suspicion.feature_ids += [int(i) for i in text.index[matches]]
    if "holder" in weak and "person_name" in suspicion.kinds:
        suspicion.kinds["holder"] = suspicion.kinds.pop("person_name")
    if "person_name" in weak and "person_name" not in suspicion.kinds and _has_first_name_column(sample):
        suspicion.kinds["person_name"] = "name"  # "nom" beside "prenom" is a surname
    _judge_free_text(suspicion, text, weak)


def _judge_free_text(suspicion, text, weak):
    hinted = "free_text" in weak
    # Free text is long and made of words: a column of e-mails or codes is not.
    if not hinted and (text.str.len().mean() < LONG_TEXT or text.str.contains(" ").mean() < 0.5):
        return
    mentions = personal.mentions_people(text)
    count = int(mentions.sum())
    # A remark column is judged on one mention; other long text needs a few, to spare descriptions.
    if count and (hinted or count >= max(2, 0.05 * len(text))):
        suspicion.kinds["free_text"] = count / len(text)
        suspicion.feature_ids += [int(i) for i in text.index[mentions]]


def _judge_numbers(suspicion, numbers):
    # A NIR stored as a number keeps its 15 digits (no leading zero to lose).
    matches = personal.nirs(numbers.astype("int64").astype(str))
    if matches.mean() >= VALUE_SHARE:
        suspicion.kinds["nir"] = float(matches.mean())
        suspicion.feature_ids += [int(i) for i in numbers.index[matches]]


def _judge_birth_dates(suspicion, values, strong):
    years = personal.birth_years(values)
    plausible = years.between(*BIRTH_YEARS)
    # "naissance" says it all; a short hint (ddn, dob) needs dates that look like births.
    if "birth_date" in strong or plausible.mean() >= 0.8:
        suspicion.kinds["birth_date"] = "name" if "birth_date" in strong else float(plausible.mean())


def _has_first_name_column(sample) -> bool:
    return any("prenom" in personal.name_words(c).split() for c in sample.columns)


def _first_name_only(name, columns) -> bool:
    """A first-name column with no surname column beside it."""
    if "prenom" not in personal.name_words(name).split():
        return False
    others = [personal.name_words(c).split() for c in columns if c != name]
    return not any(("nom" in words and "prenom" not in words) or
                   personal.name_hints(" ".join(words))[0] & {"person_name"} for words in others)


def _evidence(suspicion, sample_size) -> tuple[str, str]:
    by_name = any(v == "name" for v in suspicion.kinds.values())
    shares = [v for v in suspicion.kinds.values() if v != "name"]
    parts_fr, parts_en = [], []
    if by_name:
        parts_fr.append("son nom")
        parts_en.append("its name")
    if shares:
        percent = round(100 * max(shares))
        parts_fr.append(f"{percent} % des valeurs d'un échantillon de {sample_size} entités")
        parts_en.append(f"{percent}% of the values in a sample of {sample_size} features")
    return " et ".join(parts_fr), " and ".join(parts_en)


def _finding(suspicion, sample_size, severity, open_access, layer) -> Finding:
    kinds_fr = ", ".join(personal.KINDS[k][0] for k in suspicion.kinds)
    kinds_en = ", ".join(personal.KINDS[k][1] for k in suspicion.kinds)
    evidence_fr, evidence_en = _evidence(suspicion, sample_size)
    if open_access:
        todo_fr = ("La donnée est en accès « ouverte » : supprimez ou anonymisez cette colonne avant de publier "
                   "(RGPD), ou changez le degré d'accessibilité.")
        todo_en = ("The dataset has open access: drop or anonymise this column before publishing (GDPR), "
                   "or change the access level.")
    else:
        todo_fr = ("Vérifiez-le avec votre délégué à la protection des données : supprimez ou anonymisez la "
                   "colonne avant toute publication ouverte, et déclarez la nature « données personnelles » si "
                   "elle en contient.")
        todo_en = ("Check with your data protection officer: drop or anonymise the column before any open "
                   "publication, and declare the 'personal data' nature if it holds some.")
    return Finding(
        "rgpd.personal-columns", severity, layer,
        f"La colonne « {suspicion.column} » semble contenir des données personnelles ({kinds_fr}), d'après "
        f"{evidence_fr}. {todo_fr}",
        f"Column '{suspicion.column}' seems to hold personal data ({kinds_en}), judging by {evidence_en}. "
        f"{todo_en}",
        feature_ids=sorted(set(suspicion.feature_ids)), field=suspicion.column)
