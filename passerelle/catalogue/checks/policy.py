"""policy.status: access level, nature, licence and publication targets must agree.

The rules, from the French framework:
- personal data (RGPD) is never open: the loi pour une République numérique (2016) opens public data
  "by default" except personal data that has not been anonymised;
- closed data never leaves the organisation; shared data reaches an identified group only;
- open data needs an open licence, and for public data the décret n° 2017-638 (art. D. 323-2-1 CRPA)
  lists the licences an administration may use: Licence Ouverte 2.0 and ODbL.
"""
from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from ..terms import is_closed, is_crpa_authorised, is_open, is_open_licence, is_personal, is_public, is_shared

CODES = ("policy.status",)

_RGPD_FR = ("le RGPD protège les informations sur des personnes identifiables et la loi pour une "
            "République numérique exclut de l'ouverture les données personnelles non anonymisées")
_RGPD_EN = ("the GDPR protects information about identifiable people and the French Digital Republic "
            "Act excludes non-anonymised personal data from open data")
_DECREE_FR = ("le décret n° 2017-638 (art. D. 323-2-1 du CRPA) autorise pour les données publiques la "
              "Licence Ouverte Etalab 2.0 et l'ODbL")
_DECREE_EN = ("decree no. 2017-638 (art. D. 323-2-1 CRPA) allows the Etalab Open Licence 2.0 and the ODbL "
              "for public data")


def check(record, data, context, layer: str) -> list[Finding]:
    licence = context.vocabularies.concept(record.licence) if record.licence else None
    open_licence = is_open_licence(licence)
    licence_fr = f"« {licence.label('fr')} »" if licence else ""
    licence_en = f"'{licence.label('en')}'" if licence else ""
    personal = is_personal(record)
    targets = set(context.target_kinds)
    out = []

    def add(field, fr, en, severity=ERROR):
        out.append(_finding(severity, layer, fr, en, field))

    if personal and is_open(record):
        add("access",
            f"Des données personnelles ne peuvent pas être en accès « ouverte » : {_RGPD_FR}. Passez l'accès "
            f"en « fermée » (ou « partagée » avec une base légale), ou publiez une version anonymisée ou agrégée.",
            f"Personal data cannot have 'open' access: {_RGPD_EN}. Set access to 'closed' (or 'shared' with a "
            f"legal basis), or publish an anonymised or aggregated version.")
    if personal or is_closed(record):
        what_fr = "personnelle" if personal else "fermée"
        what_en = "personal" if personal else "closed"
        why_fr = _RGPD_FR if personal else "une donnée fermée ne sort pas de l'organisation"
        why_en = _RGPD_EN if personal else "closed data never leaves the organisation"
        if open_licence:
            add("licence",
                f"Une donnée {what_fr} ne peut pas porter la licence ouverte {licence_fr}, qui permet à "
                f"quiconque de la réutiliser : {why_fr}. Choisissez une licence non ouverte (« propriétaire »).",
                f"A {what_en} dataset cannot carry the open licence {licence_en}, which lets anyone reuse it: "
                f"{why_en}. Choose a non-open licence ('proprietary').")
        if "open" in targets:
            add("access",
                f"Une donnée {what_fr} est destinée à une cible ouverte (portail open data ou service public) : "
                f"{why_fr}. Retirez cette cible, ou publiez une version anonymisée ou agrégée.",
                f"A {what_en} dataset is headed for an open target (open-data portal or public service): "
                f"{why_en}. Remove that target, or publish an anonymised or aggregated version.")
        if is_closed(record) and "restricted" in targets:
            add("access",
                "Une donnée fermée est destinée à une cible à accès restreint, donc hors de l'organisation : "
                "retirez cette cible, ou passez l'accès en « partagée » si ce partage est prévu.",
                "A closed dataset is headed for a restricted target, outside the organisation: remove that "
                "target, or set access to 'shared' if this sharing is intended.")
    if is_shared(record):
        if open_licence:
            add("licence",
                f"Une donnée « partagée » est réservée à un groupe identifié : la licence ouverte {licence_fr} "
                f"la rendrait réutilisable par tous. Choisissez une licence non ouverte, ou passez l'accès en "
                f"« ouverte » si la donnée peut être ouverte.",
                f"A 'shared' dataset is for an identified group only: the open licence {licence_en} would let "
                f"anyone reuse it. Choose a non-open licence, or set access to 'open' if it may be opened.")
        if "open" in targets:
            add("access",
                "Une donnée « partagée » est destinée à une cible ouverte (portail open data ou service public) : "
                "elle ne doit être accessible qu'après authentification. Publiez-la vers une cible restreinte, "
                "ou passez l'accès en « ouverte » si la donnée peut être ouverte.",
                "A 'shared' dataset is headed for an open target (open-data portal or public service): it must "
                "only be reachable after authentication. Publish it to a restricted target, or set access to "
                "'open' if it may be opened.")
    if is_open(record) and not personal:  # asking personal data for an open licence would mislead
        out += _open_licence_rules(record, licence, open_licence, licence_fr, licence_en, layer)
    return out


def _open_licence_rules(record, licence, open_licence, licence_fr, licence_en, layer) -> list[Finding]:
    if record.licence and licence is None:
        return []  # vocabulary.unknown already says the licence is not recognised
    if not open_licence:
        current_fr = f"la licence {licence_fr} n'est pas ouverte" if licence else "aucune licence n'est indiquée"
        current_en = f"licence {licence_en} is not open" if licence else "no licence is given"
        return [_finding(
            ERROR, layer,
            f"Une donnée en accès « ouverte » doit être publiée sous une licence ouverte, or {current_fr} : "
            f"{_DECREE_FR}. Choisissez l'une d'elles.",
            f"An 'open' dataset must be published under an open licence, but {current_en}: {_DECREE_EN}. "
            f"Choose one of them.")]
    # A retired licence (Licence Ouverte 1.0) already gets vocabulary.deprecated: one warning is enough.
    if is_public(record) and not licence.deprecated and not is_crpa_authorised(licence):
        return [_finding(
            WARNING, layer,
            f"La licence {licence_fr} est ouverte mais ne figure pas sur la liste réglementaire : {_DECREE_FR} ; "
            f"toute autre licence doit être homologuée (art. D. 323-2-2). Préférez la Licence Ouverte 2.0 ou l'ODbL.",
            f"Licence {licence_en} is open but not on the regulatory list: {_DECREE_EN}; any other licence must "
            f"be approved (art. D. 323-2-2). Prefer the Open Licence 2.0 or the ODbL.")]
    return []


def _finding(severity: str, layer: str, fr: str, en: str, field: str = "licence") -> Finding:
    return Finding("policy.status", severity, layer, fr, en, field=field)
