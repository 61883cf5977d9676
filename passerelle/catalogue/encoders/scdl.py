"""The OpenDataFrance SCDL « Catalogue simplifié » (``scdl/catalogue`` 0.1.3) as CSV.

One row per published dataset, the 20 columns of the schema, UTF-8, comma
separated, header first. Vocabulary fields go through the SCDL notations of
the shipped vocabularies (``pv:scdl``): ANNUAL → « Annuelle »,
fr:commune → « Communale », etalab-2.0 → « Licence Ouverte-LO ».

    >>> from passerelle.catalogue.encoders import scdl
    >>> text = scdl.to_csv(records, organisation={"name": "Saint-Aubin", "siret": "21390001900016"},
    ...                    distributions={r.identifier: [{"access_url": "https://…", "format": "CSV"}]
    ...                                   for r in records})

Every column is required by the schema. A missing value raises
:class:`ScdlExportError` naming the record and the column, except where an
honest value can be inferred:

- ``DATE_PUBL``: the publication date, else today (this catalogue publishes it);
- ``DATE_MAJ``: the revision date, else ``DATE_PUBL``;
- ``COUV_TEMP_DEBUT``: the temporal start, else the creation date, else ``DATE_PUBL``;
- ``COUV_TEMP_FIN``: the temporal end, else ``DATE_MAJ`` (the data is current up to its last update);
- ``FREQ_MAJ``: « Inconnue » when the record states no frequency;
- ``COUV_SPAT_MAILLE`` / ``LICENCE``: the schema's catch-all (« Autre », « Spécifique ou
  autre ») for a concept that has no SCDL equivalent;
- ``PRODUCTEUR_NOM`` / ``PRODUCTEUR_SIRET``: the collectivity when the record names no producer;
- ``URL``: the landing page, else the first resource's URL.
"""
from __future__ import annotations

import datetime as _dt
import functools
import io
import re
import unicodedata
from typing import Iterable, Mapping, Optional, Sequence

from .. import csvcells, schemas
from .. import vocabularies as _vocabularies
from ..errors import PasserelleError
from ..record import Contact, Record
from ..terms import EU_DATA_THEME, INSPIRE_THEME, TOPIC_CATEGORY
from ..textfields import excerpt

SCHEMA_URL = "https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json"

#: Error codes: the same in the export and in the checks (:mod:`..checks.scdl`).
MISSING_VALUE, SIRET_MISSING, SIRET_INVALID = "scdl.missing-value", "scdl.siret-missing", "scdl.siret-invalid"
#: The SCDL schema's URL column is an absolute URI: a catalogue without the export's public address cannot fill it.
BASE_URL_MISSING = "scdl.base-url-missing"

COLUMNS = (
    "COLL_NOM", "COLL_SIRET", "ID", "TITRE", "DESCRIPTION", "THEME", "PRODUCTEUR_NOM",
    "PRODUCTEUR_SIRET", "COUV_SPAT_MAILLE", "COUV_SPAT_NOM", "COUV_TEMP_DEBUT", "COUV_TEMP_FIN",
    "DATE_PUBL", "FREQ_MAJ", "DATE_MAJ", "MOTS_CLES", "LICENCE", "NOMBRE_RESSOURCES",
    "FORMAT_RESSOURCES", "URL",
)

FREQUENCY_UNKNOWN = "Inconnue"
GRANULARITY_OTHER = "Autre"
LICENCE_OTHER = "Spécifique ou autre"

#: Columns filled from a record field (the field to fill in when the column cannot be).
COLUMN_FIELDS = {"ID": "identifier", "TITRE": "title", "DESCRIPTION": "abstract", "THEME": "themes",
                 "PRODUCTEUR_NOM": "producer", "PRODUCTEUR_SIRET": "producer", "COUV_SPAT_MAILLE": "granularity",
                 "COUV_SPAT_NOM": "place", "FREQ_MAJ": "frequency", "MOTS_CLES": "keywords", "LICENCE": "licence"}
#: Columns filled from the published resources, known only once the data is exported or published.
RESOURCE_COLUMNS = ("NOMBRE_RESSOURCES", "FORMAT_RESSOURCES", "URL")

_THEME_PREFIXES = (INSPIRE_THEME, EU_DATA_THEME)


class ScdlExportError(PasserelleError, ValueError):
    """A column required by the SCDL catalogue schema cannot be filled for a record.

    ``identifier`` is the record's identifier (empty for the collectivity's own
    columns), ``column`` the SCDL column name and ``field`` the record field to
    fill in (empty when the value comes from elsewhere). ``code`` is
    ``scdl.siret-missing`` or ``scdl.siret-invalid`` for a SIRET, else
    ``scdl.missing-value``; :mod:`..checks.scdl` reports the same codes.
    """

    code = MISSING_VALUE

    def __init__(self, record: Optional[Record], column: str, reason_fr: str, reason_en: str,
                 code: str = "", field: str = ""):
        self.identifier = record.identifier if record else ""
        self.column = column
        self.field = field or COLUMN_FIELDS.get(column, "")
        title = _field(column).get("title", column)
        if record is None:
            subject_fr, subject_en = "la collectivité", "the organisation"
        else:
            name = excerpt(record.title or record.identifier, 60)
            subject_fr = f"la fiche « {name} » ({excerpt(record.identifier, 40)})"
            subject_en = f"record '{name}' ({excerpt(record.identifier, 40)})"
        super().__init__(
            f"Catalogue SCDL : pour {subject_fr}, la colonne {column} ({title}) ne peut pas être "
            f"remplie : {reason_fr}",
            f"SCDL catalogue: for {subject_en}, column {column} cannot be filled: {reason_en}", code=code)


def catalogue_rows(records: Iterable[Record], *, organisation,
                   distributions: Optional[Mapping[str, Sequence[dict]]] = None,
                   landing_pages: Optional[Mapping[str, str]] = None,
                   vocabularies: Optional[_vocabularies.Vocabularies] = None,
                   today: Optional[_dt.date] = None) -> list[dict]:
    """One dict per record, keyed by :data:`COLUMNS`, values ready for the CSV.

    ``organisation``: a :class:`Contact` or a dict with ``name`` and a 14-digit
    ``siret`` (the collectivity publishing the catalogue). ``distributions``:
    record identifier -> list of dicts (``access_url``, ``download_url``,
    ``format`` as an EU file-type code). Raises :class:`ScdlExportError`.
    """
    vocab = vocabularies or _vocabularies.shipped()
    today = today or _dt.date.today()
    records = list(records)
    if not records:  # the collectivity's columns are in the rows: no row, nothing to fill
        return []
    coll_name, coll_siret = _collectivity(organisation)
    rows = []
    for record in records:
        resources = list((distributions or {}).get(record.identifier, ()))
        row = {"COLL_NOM": coll_name, "COLL_SIRET": coll_siret}
        row.update(_row(record, vocab, coll_name, coll_siret, resources,
                        (landing_pages or {}).get(record.identifier), today))
        rows.append(row)
    return rows


def record_problems(record: Record, *, organisation, resources: Optional[Sequence[dict]] = None,
                    vocabularies: Optional[_vocabularies.Vocabularies] = None,
                    today: Optional[_dt.date] = None) -> list[ScdlExportError]:
    """Every reason ``record`` cannot be a row of the catalogue (empty list: it can).

    Unlike :func:`catalogue_rows`, which stops at the first, this lists them all, for the checks.
    ``resources`` None leaves the resource columns (:data:`RESOURCE_COLUMNS`) unjudged: they are
    filled by the export or the publication.

    >>> [e.code for e in record_problems(record, organisation={"name": "Mairie"})]
    ['scdl.siret-missing']
    """
    vocab = vocabularies or _vocabularies.shipped()
    errors: list = []
    coll_name, coll_siret = _collectivity(organisation, errors)
    skip = RESOURCE_COLUMNS if resources is None else ()
    _row(record, vocab, coll_name, coll_siret, list(resources or ()), None, today or _dt.date.today(),
         errors=errors, skip=skip)
    return errors


def collectivity_of(records: Iterable[Record]) -> dict:
    """The catalogue's owner when no profile names it: the first record's producer, else its contact."""
    for record in records:
        who = record.producer if not record.producer.is_empty() else record.contact
        if not who.is_empty():
            return {"name": who.organisation or who.name, "siret": who.siret, "email": who.email}
    return {}


def _collectivity(organisation, errors: Optional[list] = None) -> tuple[str, str]:
    """(name, SIRET) of the collectivity; raises the first problem, or appends them all to ``errors``."""
    coll_name, coll_siret = _organisation(organisation)
    problems = []
    if not coll_name:
        problems.append(ScdlExportError(
            None, "COLL_NOM", "le nom de la collectivité est vide : indiquez-le dans le profil (organisation.name) "
            "ou dans le producteur ou le contact de la fiche.",
            "the organisation's name is empty: give it in the profile (organisation.name) or in the record's "
            "producer or contact."))
    try:
        coll_siret = _checked_siret(None, "COLL_SIRET", coll_siret)
    except ScdlExportError as error:
        problems.append(error)
        coll_siret = ""
    if problems and errors is None:
        raise problems[0]
    if errors is not None:
        errors.extend(problems)
    return coll_name, coll_siret


def to_csv(records: Iterable[Record], **options) -> str:
    """The catalogue as CSV text (header row, comma, RFC 4180 line ends); arguments of :func:`catalogue_rows`.

    Free-text cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...) are
    quote-prefixed (:mod:`..csvcells`); typed columns (dates, numbers, SIRET, code lists, URL) are
    written as the schema types them.
    """
    buffer = io.StringIO()
    writer = csvcells.writer(buffer, fieldnames=COLUMNS, lineterminator="\r\n",
                             verbatim=[c for c in COLUMNS if c not in free_text_columns()])
    writer.writeheader()
    writer.writerows(catalogue_rows(records, **options))
    return buffer.getvalue()


def _row(record, vocab, coll_name, coll_siret, resources, landing_page, today, errors=None, skip=()) -> dict:
    """The record's columns; raises the first problem, or appends every problem to ``errors``."""
    def require(column: str, value: str, reason_fr: str, reason_en: str) -> str:
        if not str(value or "").strip():
            raise ScdlExportError(record, column, reason_fr, reason_en)
        return str(value).strip()

    def producer_name() -> str:
        if record.producer.is_empty():
            return coll_name
        return require("PRODUCTEUR_NOM", record.producer.organisation or record.producer.name,
                       "le producteur n'a pas de nom.", "the producer has no name.")

    def producer_siret() -> str:
        if record.producer.is_empty():
            return coll_siret  # the collectivity's, already judged
        same_body = _plain(record.producer.organisation or record.producer.name) == _plain(coll_name)
        if same_body and not record.producer.siret:
            return coll_siret  # the collectivity's, already judged
        return _checked_siret(record, "PRODUCTEUR_SIRET", record.producer.siret)

    published = record.published or today
    revised = record.revised or published
    columns = {
        "ID": lambda: require("ID", record.identifier, "l'identifiant est vide.", "the identifier is empty."),
        "TITRE": lambda: require("TITRE", record.title, "le titre est vide.", "the title is empty."),
        "DESCRIPTION": lambda: require("DESCRIPTION", record.abstract, "le résumé est vide.",
                                       "the abstract is empty."),
        "THEME": lambda: require("THEME", _theme_label(record.themes, vocab),
                                 "aucun thème INSPIRE, européen ou ISO n'est renseigné.",
                                 "no INSPIRE, EU or ISO theme is given."),
        "PRODUCTEUR_NOM": producer_name,
        "PRODUCTEUR_SIRET": producer_siret,
        "COUV_SPAT_MAILLE": lambda: _granularity(record, vocab),
        "COUV_SPAT_NOM": lambda: require("COUV_SPAT_NOM", record.place,
                                         "le nom du territoire couvert n'est pas renseigné (champ « place »).",
                                         "the name of the covered territory is missing ('place' field)."),
        "COUV_TEMP_DEBUT": lambda: (record.temporal_start or record.created or published).isoformat(),
        "COUV_TEMP_FIN": lambda: (record.temporal_end or revised).isoformat(),
        "DATE_PUBL": published.isoformat,
        "FREQ_MAJ": lambda: _frequency(record, vocab),
        "DATE_MAJ": revised.isoformat,
        "MOTS_CLES": lambda: require("MOTS_CLES", ";".join(_unique(_plain(k) for k in record.keywords)),
                                     "ajoutez au moins un mot-clé.", "add at least one keyword."),
        "LICENCE": lambda: _licence(record, vocab),
        "NOMBRE_RESSOURCES": lambda: int(require("NOMBRE_RESSOURCES", len(resources) or "",
                                                 "aucune ressource n'est publiée pour ce jeu de données.",
                                                 "no resource is published for this dataset.")),
        "FORMAT_RESSOURCES": lambda: require("FORMAT_RESSOURCES", ";".join(_unique(_format(r) for r in resources)),
                                             "aucune ressource n'indique son format.",
                                             "no resource states its format."),
        "URL": lambda: require("URL", landing_page or next(
            (r.get("access_url") or r.get("download_url") for r in resources
             if r.get("access_url") or r.get("download_url")), ""),
            "ni page du jeu de données ni URL de ressource.", "neither a landing page nor a resource URL."),
    }
    row = {}
    for column, compute in columns.items():
        if column in skip:
            continue
        try:
            row[column] = compute()
        except ScdlExportError as error:
            if errors is None:
                raise
            errors.append(error)
    return row


def _granularity(record: Record, vocab) -> str:
    if not record.granularity:
        raise ScdlExportError(record, "COUV_SPAT_MAILLE", "la granularité spatiale n'est pas renseignée.",
                              "the spatial granularity is missing.")
    concept = _concept(record, "COUV_SPAT_MAILLE", record.granularity, vocab)
    return _in_enum(record, "COUV_SPAT_MAILLE", concept.notation("scdl") or GRANULARITY_OTHER)


def _frequency(record: Record, vocab) -> str:
    if not record.frequency:
        return FREQUENCY_UNKNOWN
    concept = _concept(record, "FREQ_MAJ", record.frequency, vocab)
    code = concept.notation("scdl")
    if not code:  # no catch-all here: « Inconnue » would misstate a known frequency
        raise ScdlExportError(record, "FREQ_MAJ",
                              f"la fréquence « {concept.label('fr')} » n'a pas d'équivalent SCDL.",
                              f"frequency '{concept.label('en')}' has no SCDL equivalent.")
    return _in_enum(record, "FREQ_MAJ", code)


def _licence(record: Record, vocab) -> str:
    if not record.licence:
        raise ScdlExportError(record, "LICENCE", "la licence n'est pas renseignée.", "the licence is missing.")
    concept = _concept(record, "LICENCE", record.licence, vocab)
    return _in_enum(record, "LICENCE", concept.notation("scdl") or LICENCE_OTHER)


def _concept(record, column, uri, vocab):
    concept = vocab.concept(uri)
    if concept is None:
        raise ScdlExportError(record, column, f"le concept « {uri} » est inconnu des vocabulaires.",
                              f"concept '{uri}' is not in the vocabularies.")
    return concept


def _in_enum(record, column, value: str) -> str:
    allowed = _field(column).get("constraints", {}).get("enum")
    if allowed and value not in allowed:  # a vocabulary notation out of step with the schema
        raise ScdlExportError(record, column, f"« {excerpt(value)} » n'est pas une valeur admise par le schéma.",
                              f"'{excerpt(value)}' is not allowed by the schema.")
    return value


def _theme_label(themes: Sequence[str], vocab) -> str:
    """French label of the first INSPIRE or EU theme, else of the first ISO topic category."""
    for prefixes in (_THEME_PREFIXES, (TOPIC_CATEGORY,)):
        for uri in themes:
            concept = vocab.concept(uri) if uri.startswith(prefixes) else None
            if concept is not None:
                return concept.label("fr")
    return ""


def _format(resource: dict) -> str:
    value = str(resource.get("format") or "").strip().rstrip("/").rsplit("/", 1)[-1]
    value = re.sub(r"_SRVC$", "", value, flags=re.IGNORECASE)  # EU file-type WMS_SRVC reads « wms »
    return _plain(value)


def _plain(text: str) -> str:
    """Lower-case, unaccented, no ``;``: how the schema wants keywords and formats."""
    text = str(text).replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace(";", " ").lower().split())


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _organisation(organisation) -> tuple[str, str]:
    if isinstance(organisation, Contact):
        return (organisation.organisation or organisation.name).strip(), organisation.siret
    if isinstance(organisation, Mapping):
        return str(organisation.get("name") or organisation.get("organisation") or "").strip(), \
            str(organisation.get("siret") or "")
    raise TypeError("organisation must be a Contact or a dict with name and siret")


def _checked_siret(record: Optional[Record], column: str, siret: str) -> str:
    siret = re.sub(r"\s", "", siret or "")
    if not siret:
        if record is None:
            reason_fr = ("le numéro SIRET de la collectivité n'est pas renseigné : indiquez-le dans le profil "
                         "(organisation.siret) ou dans le producteur ou le contact de la fiche (siret).")
            reason_en = ("the organisation's SIRET is missing: give it in the profile (organisation.siret) or "
                         "in the record's producer or contact (siret).")
        else:
            reason_fr = "le numéro SIRET du producteur n'est pas renseigné : indiquez-le (producteur, siret)."
            reason_en = "the producer's SIRET is missing: give it (producer, siret)."
        raise ScdlExportError(record, column, reason_fr, reason_en, code=SIRET_MISSING)
    if not siret_is_valid(siret):
        raise ScdlExportError(record, column,
                              f"« {excerpt(siret, 20)} » n'est pas un numéro SIRET valide "
                              "(14 chiffres, clé de contrôle).",
                              f"'{excerpt(siret, 20)}' is not a valid SIRET (14 digits, check digit).",
                              code=SIRET_INVALID)
    return siret


def siret_is_valid(siret: str) -> bool:
    """14 digits with a valid Luhn key (La Poste's establishments: digit sum divisible by 5).

    Validata checks SIRETs this way (``french-siret-value``); checking here
    turns its rejection into an error the user sees before publishing.

    >>> siret_is_valid("24350013900189")
    True
    """
    if not re.fullmatch(r"\d{14}", siret or ""):
        return False
    if siret.startswith("356000000"):
        return sum(int(d) for d in siret) % 5 == 0
    total = 0
    for position, digit in enumerate(int(d) for d in reversed(siret)):
        doubled = digit * 2 if position % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


@functools.lru_cache(maxsize=None)
def free_text_columns() -> tuple:
    """The columns the schema types as free text (a string without pattern, code list or format)."""
    return tuple(name for name, field in _fields().items()
                 if field.get("type", "string") == "string" and not field.get("format")
                 and not {"pattern", "enum"} & set(field.get("constraints", {})))


@functools.lru_cache(maxsize=None)
def _fields() -> dict:
    return {field["name"]: field for field in schemas.resolve(SCHEMA_URL)["fields"]}


def _field(column: str) -> dict:
    return _fields().get(column, {})
