"""metadata.unmapped and metadata.not-exported: what was typed elsewhere and is kept as typed.

A record built from QGIS's metadata editor (or read from another catalogue) keeps every value. A
value that names no concept (a licence "Licence communale", a category "Voirie") stays as free text
and is said here with the closest concepts, until a concept is chosen; a value an export format
has no place for is said once per format, so nobody believes it was published.
"""
from __future__ import annotations

import re

from .. import mapping
from ..encoders.iso19139_terms import constraint_kind, followable_url
from ..findings import INFO, WARNING, Finding
from .common import field_label

CODES = ("metadata.unmapped", "metadata.not-exported")
_POSTAL = ("", "postal", "postale")


def check(record, data, context, layer: str) -> list[Finding]:
    vocab = context.vocabularies
    return (_licences(record, vocab, layer) + _themes(record, vocab, layer) + _codes(record, layer)
            + _not_exported(record, layer))


# --- values that match no concept ---------------------------------------------------------

def _licences(record, vocab, layer) -> list[Finding]:
    if record.licence:  # a licence is chosen: the other texts are further statements, exported as written
        return []
    out = []
    for text in record.other_licences:
        concept = mapping.licence(text, vocab)
        suggestions = [concept] if concept else mapping.closest(["licence"], text, vocab)
        out.append(_unmapped(layer, "licence", text, suggestions))
    return out


def _themes(record, vocab, layer) -> list[Finding]:
    out = []
    for name, words in record.vocabulary_keywords.items():
        scheme = mapping.cited_scheme(name, vocab)
        if scheme is None:
            continue  # a vocabulary of its own: its words are keywords, not themes
        for word in words:
            concept = mapping.theme(word, name, vocab)
            suggestions = [concept] if concept else mapping.closest([scheme], word, vocab)
            if any(c.uri in record.themes for c in suggestions):
                continue  # the person chose the theme this word meant
            out.append(_unmapped(layer, "themes", word, suggestions, vocabulary=name))
    return out


def _unmapped(layer, field, value, concepts, vocabulary="") -> Finding:
    where_fr = f" (vocabulaire « {vocabulary} »)" if vocabulary else ""
    where_en = f" (vocabulary '{vocabulary}')" if vocabulary else ""
    if concepts:
        hint_fr = " Valeurs proches : " + ", ".join(f"« {c.label('fr')} »" for c in concepts) + "."
        hint_en = " Closest values: " + ", ".join(f"'{c.label('en')}'" for c in concepts) + "."
    else:
        hint_fr, hint_en = " Choisissez une valeur de la liste.", " Pick a value from the list."
    return Finding(
        "metadata.unmapped", WARNING, layer,
        f"« {value} »{where_fr}, saisi pour le champ « {field_label(field)} », ne correspond à aucune valeur "
        f"du vocabulaire : il est conservé tel quel, en texte libre.{hint_fr}",
        f"'{value}'{where_en}, entered for field '{field_label(field, 'en')}', matches no vocabulary value: "
        f"it is kept as typed, as free text.{hint_en}",
        field=field, suggestions=[c.uri for c in concepts])


def _codes(record, layer) -> list[Finding]:
    """Language, resource type and contact roles: code lists ISO 19139 writes as they are."""
    out = []
    if not mapping.language(record.language) and not re.fullmatch(r"[a-z]{3}", record.language or ""):
        out.append(_unmapped_code(layer, "language", record.language, mapping.closest_codes(record.language,
                                                                                              mapping.LANGUAGES)))
    if not mapping.scope(record.resource_type):
        out.append(_unmapped_code(layer, "resource_type", record.resource_type,
                                  mapping.closest_codes(record.resource_type, mapping.SCOPES)))
    parties = [("contact", record.contact), ("producer", record.producer)] + \
        [("contacts", other) for other in record.contacts]
    for slot, party in parties:
        if (not party.is_empty() or party.siret) and party.role not in mapping.ROLES:
            # No one-click fix: a suggestion would be written as the contact's organisation.
            out.append(_unmapped_code(layer, slot, party.role, mapping.closest_codes(party.role, mapping.ROLES),
                                      clickable=False, what_fr="le rôle", what_en="the role"))
    return out


def _unmapped_code(layer, field, value, codes, clickable=True, what_fr="", what_en="") -> Finding:
    hint = ", ".join(codes)
    subject_fr = f"{what_fr} « {value} » du champ « {field_label(field)} »" if what_fr else \
        f"« {value} », saisi pour le champ « {field_label(field)} »,"
    subject_en = f"{what_en} '{value}' of field '{field_label(field, 'en')}'" if what_en else \
        f"'{value}', entered for field '{field_label(field, 'en')}',"
    return Finding(
        "metadata.unmapped", WARNING, layer,
        f"{subject_fr[0].upper()}{subject_fr[1:]} n'est pas une valeur de la liste ISO : conservé tel quel."
        + (f" Valeurs proches : {hint}." if hint else ""),
        f"{subject_en[0].upper()}{subject_en[1:]} is not a value of the ISO code list: kept as typed."
        + (f" Closest values: {hint}." if hint else ""),
        field=field, suggestions=codes if clickable else [])


# --- values an export has no place for ----------------------------------------------------

def _not_exported(record, layer) -> list[Finding]:
    iso, dcat = [], []  # (field, French, English)
    for link in record.links:
        extras = [(v, fr, en) for v, fr, en in ((link.format, "format", "format"), (link.size, "taille", "size"))
                  if v]
        if not followable_url(link.url):  # a file of this machine: no catalogue reader could open it
            iso.append(("links", f"le lien local « {link.name or link.url} »", f"local link '{link.name or link.url}'"))
        elif extras:
            iso.append(("links", _describe(link.name or link.url, extras, "fr"),
                        _describe(link.name or link.url, extras, "en")))
        extras += [(v, fr, en)
                   for v, fr, en in ((link.type, "type", "type"), (link.mime_type, "type MIME", "MIME type")) if v]
        if extras or not link.url.startswith(("http://", "https://")):
            dcat.append(("links", f"le lien « {link.name or link.url} »" if not extras else
                         _describe(link.name or link.url, extras, "fr"),
                         f"link '{link.name or link.url}'" if not extras else
                         _describe(link.name or link.url, extras, "en")))
    for constraint in record.constraints:
        kind = (constraint.type or "").strip()
        if constraint_kind(kind) == "other" and kind.lower() not in ("", "other", "autre"):
            iso.append(("constraints", f"le type « {kind} » de la contrainte « {constraint.text} »",
                        f"type '{kind}' of constraint '{constraint.text}'"))
    for slot, party in [("contact", record.contact), ("producer", record.producer)] + \
            [("contacts", c) for c in record.contacts]:
        who = party.organisation or party.name or party.email
        addresses = [a for a in party.addresses if not a.is_empty()]
        if len(addresses) > 1:  # ISO's CI_Contact and the vCard contact point hold one address each
            for target in (iso, dcat) if slot == "contact" else (iso,):
                target.append((slot, f"les adresses de « {who} » après la première",
                               f"addresses of '{who}' after the first"))
        for address in addresses[:1]:
            if address.type.strip().lower() not in _POSTAL:
                iso.append((slot, f"le type d'adresse « {address.type} » de « {who} »",
                            f"address type '{address.type}' of '{who}'"))
        if party.fax:
            dcat.append((slot, f"le fax de « {who} »", f"fax number of '{who}'"))
        if slot != "contact" and (party.phone or party.position or addresses):
            dcat.append((slot, f"le téléphone, la fonction et l'adresse de « {who} »",
                         f"phone, position and address of '{who}'"))
    if record.encoding:
        dcat.append(("encoding", f"l'encodage « {record.encoding} »", f"encoding '{record.encoding}'"))
        if not mapping.character_set(record.encoding):
            iso.append(("encoding", f"l'encodage « {record.encoding} » (pas un code ISO)",
                        f"encoding '{record.encoding}' (not an ISO code)"))
    if record.fees:
        dcat.append(("fees", f"les frais « {record.fees} »", f"fees '{record.fees}'"))
    if record.elevation_min is not None or record.elevation_max is not None:
        heights = " – ".join("?" if v is None else f"{v:g} m" for v in (record.elevation_min, record.elevation_max))
        dcat.append(("elevation_min", f"l'étendue verticale {heights}", f"vertical extent {heights}"))
    dcat += _dcat_notes(record)
    if record.parent_identifier and not record.parent_identifier.startswith(("http://", "https://")):
        dcat.append(("parent_identifier", f"l'identifiant parent « {record.parent_identifier} » (pas une URI)",
                     f"parent identifier '{record.parent_identifier}' (not a URI)"))
    if mapping.scope(record.resource_type) not in (None, "dataset"):  # one not in the list is said above
        dcat.append(("resource_type", f"le type de ressource « {record.resource_type} »",
                     f"resource type '{record.resource_type}'"))
    return _grouped(layer, "ISO 19139", iso) + _grouped(layer, "DCAT", dcat)


def _dcat_notes(record) -> list:
    """DCAT's dataset has one spatial and one temporal coverage and no metadata contact: those stay in ISO only."""
    out = []
    who = record.metadata_contact.organisation or record.metadata_contact.name or record.metadata_contact.email
    if who:
        out.append(("metadata_contact", f"le contact de la fiche « {who} »", f"metadata contact '{who}'"))
    if record.resource_identifier:
        out.append(("resource_identifier", f"l'identifiant de la ressource « {record.resource_identifier} »",
                    f"resource identifier '{record.resource_identifier}'"))
    if record.inspire_conformant:
        out.append(("inspire_conformant", "la conformité déclarée au règlement INSPIRE 1089/2010",
                    "the declared conformity to INSPIRE Regulation 1089/2010"))
    if record.other_extents:
        out.append(("extent", f"les {len(record.other_extents)} emprise(s) après la première",
                    f"the {len(record.other_extents)} bounding box(es) after the first"))
    if record.other_periods:
        out.append(("temporal_start", f"les {len(record.other_periods)} période(s) après la première",
                    f"the {len(record.other_periods)} time span(s) after the first"))
    return out


def _describe(name, extras, language) -> str:
    parts = ", ".join(f"{fr if language == 'fr' else en} « {v} »" if language == "fr" else f"{en} '{v}'"
                      for v, fr, en in extras)
    return f"{parts} du lien « {name} »" if language == "fr" else f"{parts} of link '{name}'"


def _grouped(layer, target, items) -> list[Finding]:
    by_field: dict = {}
    for field, fr, en in items:
        by_field.setdefault(field, []).append((fr, en))
    return [Finding(
        "metadata.not-exported", INFO, layer,
        f"Conservé dans la fiche mais sans place en {target}, donc absent de cet export : "
        + " ; ".join(fr for fr, _ in texts) + ".",
        f"Kept in the record but with no place in {target}, so not in that export: "
        + "; ".join(en for _, en in texts) + ".",
        field=field) for field, texts in by_field.items()]
