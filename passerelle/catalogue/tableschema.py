"""Validate a layer's attributes against a frictionless Table Schema, column by column.

Each schema field is checked on the whole column at once (pandas), so a
million-row layer validates in seconds. A violation names every offending
feature id; its messages quote a few examples so people can find them.

Values are judged by their logical type, not by how the layer stores them: an
integer column satisfies ``"type": "number"``, a GeoPackage date column
satisfies ``"type": "date"``, and text columns are parsed the way a CSV
validator would parse the published file.
"""
from __future__ import annotations

import re
import dataclasses
from typing import Optional

import numpy as np
import pandas as pd

from .findings import ERROR, WARNING
from .textfields import excerpt

KINDS = ("missing-field", "extra-field", "type", "required", "enum", "pattern", "minimum", "maximum",
         "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "unique", "invalid-schema")

#: French and English names of Table Schema types, for messages.
TYPE_NAMES = {
    "string": ("texte", "text"), "integer": ("entier", "integer"), "number": ("nombre", "number"),
    "boolean": ("booléen (true/false)", "boolean (true/false)"),
    "date": ("date (AAAA-MM-JJ)", "date (YYYY-MM-DD)"),
    "datetime": ("date et heure (AAAA-MM-JJThh:mm:ss)", "date-time (YYYY-MM-DDThh:mm:ss)"),
    "year": ("année (AAAA)", "year (YYYY)"), "time": ("heure (hh:mm:ss)", "time (hh:mm:ss)"),
    "yearmonth": ("année-mois (AAAA-MM)", "year-month (YYYY-MM)"),
}
EXAMPLES = 3  # offending values quoted in a message

_STRING_FORMATS = {
    "email": r"[^@\s]+@[^@\s]+\.[^@\s]+",
    "uri": r"[A-Za-z][A-Za-z0-9+.\-]*:\S+",
    "uuid": r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
}
_ISO_DATETIME = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"


@dataclasses.dataclass
class Violation:
    """One broken rule of the schema, with every feature that breaks it."""

    field: str
    kind: str  # one of KINDS
    message_fr: str
    message_en: str
    feature_ids: list = dataclasses.field(default_factory=list)  # not field(): the attribute shadows it
    severity: str = ERROR


def validate(data, schema: dict, case_sensitive: bool = False) -> list[Violation]:
    """Check ``data`` (a LayerData or a DataFrame indexed by feature id) against a Table Schema.

    Field names match case-insensitively unless ``case_sensitive``: databases
    often lower-case names that schemas (e.g. SCDL) spell in capitals, and
    encoders write the schema's spelling.

    >>> schema = {"fields": [{"name": "COLL_SIRET", "constraints": {"pattern": r"\\d{14}"}}]}
    >>> [v.kind for v in validate(layer_data, schema)]
    ['pattern']
    """
    attributes = getattr(data, "attributes", data)
    storage_types = getattr(data, "field_types", {}) or {}
    columns = _match_columns(attributes.columns, [f.get("name", "") for f in schema.get("fields", [])],
                             case_sensitive)
    missing_values = [str(v) for v in schema.get("missingValues", [""])]
    key = schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else list(key)
    violations: list[Violation] = []
    for descriptor in schema.get("fields", []):
        name = descriptor.get("name", "")
        column = columns.get(name)
        if column is None:
            violations.append(Violation(
                name, "missing-field",
                f"Le champ « {name} » exigé par le schéma est absent de la couche : ajoutez-le, "
                f"ou renommez le champ qui contient cette information.",
                f"Field '{name}' required by the schema is missing from the layer: add it, "
                f"or rename the field that holds this information."))
            continue
        violations += _check_field(name, attributes[column], descriptor, storage_types.get(column),
                                   missing_values, single_key=(key == [name]))
    known = set(columns.values())
    for extra in (c for c in attributes.columns if c not in known):
        violations.append(Violation(
            extra, "extra-field",
            f"Le champ « {extra} » n'est pas prévu par le schéma : supprimez-le de la publication "
            f"ou vérifiez qu'il ne s'agit pas d'un champ du schéma mal nommé.",
            f"Field '{extra}' is not in the schema: drop it from the publication or check it is not "
            f"a misnamed schema field.", severity=WARNING))
    if len(key) > 1 and all(k in columns for k in key):
        violations += _check_composite_key(attributes[[columns[k] for k in key]], key)
    return violations


def _match_columns(columns, names, case_sensitive) -> dict:
    """Schema field name -> layer column name."""
    present = {c: c for c in columns}
    folded = {}
    for c in columns:
        folded.setdefault(str(c).casefold(), c)
    out = {}
    for name in names:
        if name in present:
            out[name] = name
        elif not case_sensitive and name.casefold() in folded:
            out[name] = folded[name.casefold()]
    return out


def _check_field(name, column, descriptor, storage_type, missing_values, single_key) -> list[Violation]:
    kind = descriptor.get("type", "string")
    constraints = dict(descriptor.get("constraints") or {})
    if single_key:
        constraints.setdefault("required", True)
        constraints.setdefault("unique", True)
    null = column.isna()
    if column.dtype == object:
        null |= column.isin(missing_values)
    present = column[~null]
    values, bad = _coerce(present, kind, descriptor, storage_type)
    out = []
    if bad.any():
        wrong = present[bad]
        type_fr, type_en = TYPE_NAMES.get(kind, (kind, kind))
        fmt = descriptor.get("format", "default")
        if fmt not in ("default", "any", None):
            type_fr, type_en = f"{type_fr} au format « {fmt} »", f"{type_en} in format '{fmt}'"
        out.append(_violation(name, "type", wrong,
                              f"{len(wrong)} valeur(s) ne sont pas du type {type_fr}",
                              f"{len(wrong)} value(s) are not of type {type_en}",
                              "Corrigez ces valeurs, ou le type du champ s'il est faux.",
                              "Fix these values, or the field type if it is wrong."))
    raw, values = present[~bad], values[~bad]
    if constraints.get("required") and null.any():
        ids = list(map(int, column.index[null]))
        out.append(Violation(
            name, "required",
            f"Champ « {name} » : {len(ids)} entité(s) sans valeur alors que le schéma l'exige "
            f"(entités {_ids(ids)}). Renseignez ces valeurs.",
            f"Field '{name}': {len(ids)} feature(s) have no value although the schema requires one "
            f"(features {_ids(ids)}). Fill them in.", ids))
    out += _check_constraints(name, kind, descriptor, constraints, raw, values)
    return out


def _check_constraints(name, kind, descriptor, constraints, raw, values) -> list[Violation]:
    out = []
    if "enum" in constraints:
        allowed, _ = _coerce(pd.Series(constraints["enum"], dtype=object), kind, descriptor, None)
        offending = ~values.isin(list(allowed))
        if offending.any():
            shown = ", ".join(f"« {v} »" for v in constraints["enum"][:10])
            more = "…" if len(constraints["enum"]) > 10 else ""
            out.append(_violation(name, "enum", raw[offending],
                                  f"{int(offending.sum())} valeur(s) hors de la liste autorisée",
                                  f"{int(offending.sum())} value(s) outside the allowed list",
                                  f"Valeurs permises : {shown}{more}.",
                                  f"Allowed values: {shown.replace('« ', chr(39)).replace(' »', chr(39))}{more}."))
    if "pattern" in constraints:
        out += _check_pattern(name, constraints["pattern"], raw, values, kind)
    bounds = (("minimum", lambda v, b: v < b, "inférieure(s) au minimum", "below the minimum"),
              ("maximum", lambda v, b: v > b, "supérieure(s) au maximum", "above the maximum"),
              ("exclusiveMinimum", lambda v, b: v <= b, "pas strictement supérieure(s) à",
               "not strictly above"),
              ("exclusiveMaximum", lambda v, b: v >= b, "pas strictement inférieure(s) à",
               "not strictly below"))
    for key, breaks, text_fr, text_en in bounds:
        if key not in constraints or kind not in ("integer", "number", "date", "datetime", "year", "time",
                                                    "yearmonth"):
            continue
        bound, bound_bad = _coerce(pd.Series([constraints[key]], dtype=object), kind, descriptor, None)
        if bound_bad.any():
            out.append(_schema_problem(name, f"{key} {constraints[key]!r}"))
            continue
        offending = breaks(values, bound.iloc[0])
        if offending.any():
            out.append(_violation(name, key, raw[offending],
                                  f"{int(offending.sum())} valeur(s) {text_fr} {constraints[key]}",
                                  f"{int(offending.sum())} value(s) {text_en} {constraints[key]}",
                                  "Corrigez ces valeurs.", "Fix these values."))
    lengths = None
    for key, breaks, text_fr, text_en in (
            ("minLength", lambda n, b: n < b, "plus courte(s) que", "shorter than"),
            ("maxLength", lambda n, b: n > b, "plus longue(s) que", "longer than")):
        if key not in constraints or kind not in ("string", "any"):
            continue
        lengths = _as_text(raw).str.len() if lengths is None else lengths
        offending = breaks(lengths, int(constraints[key]))
        if offending.any():
            out.append(_violation(name, key, raw[offending],
                                  f"{int(offending.sum())} valeur(s) {text_fr} {constraints[key]} caractères",
                                  f"{int(offending.sum())} value(s) {text_en} {constraints[key]} characters",
                                  "Corrigez ces valeurs.", "Fix these values."))
    if constraints.get("unique"):
        repeated = values.duplicated(keep=False)
        if repeated.any():
            out.append(_violation(name, "unique", raw[repeated],
                                  f"{int(repeated.sum())} entités partagent une valeur qui devrait être unique",
                                  f"{int(repeated.sum())} features share a value that should be unique",
                                  "Chaque valeur ne doit apparaître qu'une fois : corrigez les doublons.",
                                  "Each value may appear only once: fix the duplicates."))
    return out


def _check_pattern(name, pattern, raw, values, kind) -> list[Violation]:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return [_schema_problem(name, f"pattern {pattern!r}")]
    # Table Schema patterns apply to the value's text (physical) form and must match all of it.
    text = _as_text(values if kind == "string" else raw)
    offending = ~text.str.fullmatch(compiled).fillna(False).astype(bool)
    if not offending.any():
        return []
    return [_violation(name, "pattern", raw[offending],
                       f"{int(offending.sum())} valeur(s) ne respectent pas le motif « {pattern} »",
                       f"{int(offending.sum())} value(s) do not match the pattern '{pattern}'",
                       "Corrigez ces valeurs pour qu'elles suivent le format attendu.",
                       "Fix these values so they follow the expected format.")]


def _check_composite_key(frame, key) -> list[Violation]:
    complete = frame.dropna()
    repeated = complete.duplicated(keep=False)
    if not repeated.any():
        return []
    label = ", ".join(key)
    ids = list(map(int, complete.index[repeated]))
    return [Violation(
        label, "unique",
        f"Clé primaire ({label}) : {len(ids)} entités partagent la même combinaison de valeurs "
        f"(entités {_ids(ids)}). Chaque combinaison doit être unique : corrigez les doublons.",
        f"Primary key ({label}): {len(ids)} features share the same combination of values "
        f"(features {_ids(ids)}). Each combination must be unique: fix the duplicates.", ids)]


# --- coercion: physical values -> logical values + mask of values that cannot be read ---------------

def _coerce(values: pd.Series, kind: str, descriptor: dict, storage_type: Optional[str]):
    """Logical values (same index) and a boolean Series marking values not readable as ``kind``."""
    reader = _READERS.get(kind)
    if reader is None or len(values) == 0:
        return values, pd.Series(False, index=values.index)
    logical, bad = reader(values, descriptor, storage_type)
    return logical, bad.fillna(True).astype(bool)


def _as_text(values: pd.Series) -> pd.Series:
    """The values as ``str``, without copying a column that already is text."""
    return values if pd.api.types.infer_dtype(values, skipna=True) == "string" else values.astype(str)


def _text(values: pd.Series) -> pd.Series:
    return _as_text(values).str.strip()


def _read_string(values, descriptor, storage_type):
    text = _as_text(values)
    pattern = _STRING_FORMATS.get(descriptor.get("format", "default"))
    bad = ~text.str.fullmatch(pattern) if pattern else pd.Series(False, index=values.index)
    return text, bad


def _read_integer(values, descriptor, storage_type):
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype) or dtype.kind == "M":
        return values, pd.Series(True, index=values.index)
    if pd.api.types.is_integer_dtype(dtype):
        return values.astype("int64"), pd.Series(False, index=values.index)
    if pd.api.types.is_float_dtype(dtype):
        bad = ~np.isfinite(values) | (values != np.floor(values))
        return values.where(~bad, 0).astype("int64"), bad
    text = _text(values)
    ok = text.str.fullmatch(r"[+-]?\d+")
    return pd.to_numeric(text.where(ok, "0")), ~ok


def _read_number(values, descriptor, storage_type):
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype) or dtype.kind == "M":
        return values, pd.Series(True, index=values.index)
    if pd.api.types.is_numeric_dtype(dtype):
        return values.astype("float64"), pd.Series(False, index=values.index)
    text = _text(values)
    if descriptor.get("groupChar"):
        text = text.str.replace(descriptor["groupChar"], "", regex=False)
    if descriptor.get("decimalChar", ".") != ".":
        text = text.str.replace(descriptor["decimalChar"], ".", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    bad = numbers.isna() & ~text.str.fullmatch(r"[+-]?(NaN|INF)", case=False)
    return numbers, bad


def _read_boolean(values, descriptor, storage_type):
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return values.astype(bool), pd.Series(False, index=values.index)
    if pd.api.types.is_numeric_dtype(dtype):  # a 0/1 column publishes as "0"/"1", both valid booleans
        return values == 1, ~values.isin([0, 1])
    true_values = [str(v) for v in descriptor.get("trueValues", ["true", "True", "TRUE", "1"])]
    false_values = [str(v) for v in descriptor.get("falseValues", ["false", "False", "FALSE", "0"])]
    text = _text(values)
    return text.isin(true_values), ~(text.isin(true_values) | text.isin(false_values))


def _strftime(descriptor) -> str:
    fmt = descriptor.get("format", "default") or "default"
    return fmt[4:] if fmt.startswith("fmt:") else fmt


def _read_date(values, descriptor, storage_type):
    if values.dtype.kind == "M":
        return values, values.dt.normalize() != values  # a time of day is more than a date
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred in ("date", "datetime"):
        stamps = pd.to_datetime(values, errors="coerce")
        return stamps, stamps.isna() | (stamps.dt.normalize() != stamps)
    text = _text(values)
    fmt = _strftime(descriptor)
    if fmt == "default":
        ok = text.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
        stamps = pd.to_datetime(text.where(ok), format="%Y-%m-%d", errors="coerce")
    elif fmt == "any":
        stamps = pd.to_datetime(text, format="mixed", dayfirst=True, errors="coerce")
    else:
        stamps = pd.to_datetime(text, format=fmt, errors="coerce")
    return stamps, stamps.isna()


def _read_datetime(values, descriptor, storage_type):
    if values.dtype.kind == "M":
        return values, pd.Series(storage_type == "date", index=values.index)  # a date has no time of day
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred == "datetime":
        stamps = pd.to_datetime(values, errors="coerce", utc=True).dt.tz_convert(None)
        return stamps, stamps.isna()
    text = _text(values)
    fmt = _strftime(descriptor)
    if fmt == "default":
        ok = text.str.fullmatch(_ISO_DATETIME)
        stamps = pd.to_datetime(text.where(ok), format="ISO8601", errors="coerce", utc=True)
    elif fmt == "any":
        stamps = pd.to_datetime(text, format="mixed", errors="coerce", utc=True)
    else:
        stamps = pd.to_datetime(text, format=fmt, errors="coerce", utc=True)
    return stamps.dt.tz_convert(None), stamps.isna()


def _read_year(values, descriptor, storage_type):
    if values.dtype.kind == "M" or pd.api.types.is_bool_dtype(values.dtype):
        return values, pd.Series(True, index=values.index)
    years, bad = _read_integer(values, descriptor, storage_type)
    if values.dtype == object:  # written years have four digits: "24" is not a year
        bad |= ~_text(values).str.fullmatch(r"\d{4}")
    return years, bad | (years < 0) | (years > 9999)


def _pattern_reader(regex):
    def read(values, descriptor, storage_type):
        text = _text(values)
        return text, ~text.str.fullmatch(regex)
    return read


_READERS = {
    "string": _read_string, "integer": _read_integer, "number": _read_number, "boolean": _read_boolean,
    "date": _read_date, "datetime": _read_datetime, "year": _read_year,
    "time": _pattern_reader(r"\d{2}:\d{2}:\d{2}(\.\d+)?"), "yearmonth": _pattern_reader(r"\d{4}-\d{2}"),
}


# --- messages -------------------------------------------------------------------------------------

def _ids(ids, limit: int = 10) -> str:
    shown = ", ".join(map(str, ids[:limit]))
    return shown + (f"… (+{len(ids) - limit})" if len(ids) > limit else "")


def _violation(name, kind, offending: pd.Series, what_fr, what_en, todo_fr, todo_en) -> Violation:
    ids = list(map(int, offending.index))
    quoted = offending.head(EXAMPLES)
    examples_fr = ", ".join(f"« {excerpt(v, 40)} » (entité {i})" for i, v in quoted.items())
    examples_en = ", ".join(f"'{excerpt(v, 40)}' (feature {i})" for i, v in quoted.items())
    more = "…" if len(ids) > EXAMPLES else ""
    return Violation(name, kind,
                     f"Champ « {name} » : {what_fr}, par exemple {examples_fr}{more}. {todo_fr}",
                     f"Field '{name}': {what_en}, e.g. {examples_en}{more}. {todo_en}", ids)


def _schema_problem(name, what) -> Violation:
    return Violation(name, "invalid-schema",
                     f"Le schéma contient une contrainte illisible pour le champ « {name} » ({what}) : "
                     f"elle n'a pas été vérifiée. Signalez-le à l'auteur du schéma.",
                     f"The schema holds an unreadable constraint for field '{name}' ({what}): it was not "
                     f"checked. Report it to the schema's author.", severity=WARNING)
