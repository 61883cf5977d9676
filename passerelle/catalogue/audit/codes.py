"""The audit's own finding codes (stable) and their messages, in French and English.

Besides these, an audit reports the record checks that need no data under their usual codes
(:data:`RECORD_CODES`: ``metadata.required``, ``vocabulary.unknown``, ``policy.status``,
``freshness.overdue``, ``extent.outside-territory``...).
"""
from __future__ import annotations

from ..findings import ERROR, INFO, WARNING
from ..textfields import excerpt

UNREADABLE = "audit.unreadable"
LINK_BROKEN = "audit.link-broken"
LINK_UNREACHABLE = "audit.link-unreachable"
LINK_MOVED = "audit.link-moved"
LAYER_MISSING = "audit.layer-missing"
LAYER_UNRECORDED = "audit.layer-unrecorded"
SERVICE_UNAVAILABLE = "audit.service-unavailable"
DUPLICATE_TITLE = "audit.duplicate-title"
DUPLICATE_URL = "audit.duplicate-url"
DUPLICATE_IDENTIFIER = "audit.duplicate-identifier"

#: Every audit code with its severity.
SEVERITY = {UNREADABLE: ERROR, LINK_BROKEN: ERROR, LINK_UNREACHABLE: ERROR, LINK_MOVED: INFO, LAYER_MISSING: ERROR,
            LAYER_UNRECORDED: WARNING, SERVICE_UNAVAILABLE: ERROR, DUPLICATE_TITLE: WARNING,
            DUPLICATE_URL: WARNING, DUPLICATE_IDENTIFIER: ERROR}
AUDIT_CODES = tuple(SEVERITY)
#: Codes of the link checks (counted as broken links on the dashboard, except a move).
LINK_CODES = (LINK_BROKEN, LINK_UNREACHABLE, LAYER_MISSING)

_FAILURES = {  # why nothing usable came back: (French, English)
    "timeout": ("n'a pas répondu dans le délai de {timeout:g} s", "did not answer within {timeout:g} s"),
    "refused": ("refuse la connexion (serveur arrêté ou port fermé)", "refuses the connection"),
    "dns": ("a un nom de serveur inconnu", "has an unknown server name"),
    "tls": ("présente un certificat non reconnu", "presents an untrusted certificate"),
    "proxy": ("n'est pas joignable par le proxy configuré", "cannot be reached through the configured proxy"),
    "redirects": ("redirige sans fin (boucle de redirections)", "redirects endlessly"),
    "other": ("n'a pas pu être lu", "could not be read"),
}


def unreadable(why_fr: str, why_en: str) -> tuple:
    return (f"La fiche est illisible : {why_fr} Elle n'a pas pu être vérifiée ; corrigez-la dans le catalogue.",
            f"The record cannot be read: {why_en} It could not be checked; fix it in the catalogue.")


def link_broken(url: str, status: int, detail: str = "") -> tuple:
    meaning = {401: "demande une authentification", 403: "en interdit l'accès", 404: "n'existe pas",
               410: "a été supprimée"}.get(status, "est en erreur" if status >= 500 else "est refusée")
    extra_fr = f" ({detail})" if detail else ""
    return (f"Le lien {excerpt(url, 200)} est cassé : la ressource {meaning} (HTTP {status}){extra_fr}. "
            "Corrigez l'adresse dans la fiche, ou republiez la ressource.",
            f"Link {excerpt(url, 200)} is broken: HTTP {status}{extra_fr}. Fix the address in the record, or "
            "publish the resource again.")


def not_capabilities(url: str, kind: str, detail: str) -> tuple:
    return (f"Le service {kind.upper()} {excerpt(url, 200)} ne renvoie pas ses capacités (GetCapabilities) : "
            f"{detail}. Vérifiez l'adresse du service dans la fiche.",
            f"The {kind.upper()} service {excerpt(url, 200)} returns no capabilities: {detail}. Check the "
            "service address in the record.")


def link_unreachable(url: str, failure: str, timeout: float, detail: str = "") -> tuple:
    fr, en = _FAILURES.get(failure, _FAILURES["other"])
    extra = f" ({detail})" if detail else ""
    return (f"Le lien {excerpt(url, 200)} ne répond pas : le serveur {fr.format(timeout=timeout)}{extra}. "
            "Vérifiez l'adresse, ou que le serveur est en service.",
            f"Link {excerpt(url, 200)} does not answer: the server {en.format(timeout=timeout)}{extra}. Check the "
            "address, or that the server is running.")


def link_moved(url: str, new: str) -> tuple:
    return (f"Le lien {excerpt(url, 200)} a déménagé définitivement vers {excerpt(new, 200)} : mettez à jour "
            "l'adresse dans la fiche.",
            f"Link {excerpt(url, 200)} moved permanently to {excerpt(new, 200)}: update the address in the record.")


def layer_missing(url: str, kind: str, layer: str, count: int) -> tuple:
    return (f"La fiche renvoie vers la couche « {layer} » du service {kind.upper()} {excerpt(url, 200)}, mais les "
            f"capacités du service ({count} couche(s)) ne la listent pas : la couche a été renommée ou retirée. "
            "Corrigez le nom de la couche dans la fiche, ou republiez-la.",
            f"The record points at layer '{layer}' of {kind.upper()} service {excerpt(url, 200)}, but the "
            f"service's capabilities ({count} layer(s)) do not list it. Fix the layer name in the record, or "
            "publish the layer again.")


def layer_unrecorded(service: str, kind: str, layer: str) -> tuple:
    return (f"La couche « {layer} » du service {kind.upper()} « {service} » n'est décrite par aucune fiche du "
            "catalogue : publiez sa fiche, ou retirez la couche du service si elle n'a plus lieu d'être.",
            f"Layer '{layer}' of {kind.upper()} service '{service}' is described by no record of the catalogue: "
            "publish its record, or remove the layer from the service.")


def service_unavailable(service: str, url: str, why_fr: str, why_en: str) -> tuple:
    return (f"Les capacités du service « {service} » ({excerpt(url, 200)}) n'ont pas pu être lues ({why_fr}) : "
            "les couches du service n'ont pas été rapprochées des fiches.",
            f"The capabilities of service '{service}' ({excerpt(url, 200)}) could not be read ({why_en}): the "
            "service's layers were not compared with the records.")


def _others(others: list) -> str:
    shown = ", ".join(f"« {excerpt(title or key, 80)} »" for key, title in others[:5])
    return shown + (f" et {len(others) - 5} autre(s)" if len(others) > 5 else "")


def _others_en(others: list) -> str:
    shown = ", ".join(f"'{excerpt(title or key, 80)}'" for key, title in others[:5])
    return shown + (f" and {len(others) - 5} more" if len(others) > 5 else "")


def duplicate_title(title: str, organisation: str, others: list) -> tuple:
    who = f" de « {organisation} »" if organisation else ""
    return (f"Le titre « {excerpt(title, 120)} » est aussi celui d'une autre fiche{who} ({_others(others)}) : "
            "s'il s'agit de la même donnée, fusionnez les fiches ; sinon, précisez les titres.",
            f"Title '{excerpt(title, 120)}' is also another record's of the same organisation "
            f"({_others_en(others)}): merge the records if they describe the same data, else make the titles "
            "distinct.")


def duplicate_url(url: str, layer: str, others: list) -> tuple:
    what_fr = f"la couche « {layer} » du service {excerpt(url, 200)}" if layer else excerpt(url, 200)
    what_en = f"layer '{layer}' of service {excerpt(url, 200)}" if layer else excerpt(url, 200)
    return (f"La ressource {what_fr} est aussi diffusée par une autre fiche ({_others(others)}) : une même "
            "donnée décrite deux fois. Gardez une seule fiche.",
            f"Resource {what_en} is also distributed by another record ({_others_en(others)}): the same data "
            "described twice. Keep one record.")


def duplicate_identifier(identifier: str, others: list) -> tuple:
    return (f"L'identifiant « {excerpt(identifier, 200)} » est aussi celui d'une autre fiche ({_others(others)}) : "
            "un identifiant doit désigner une seule ressource. Donnez un nouvel identifiant à la copie.",
            f"Identifier '{excerpt(identifier, 200)}' is also another record's ({_others_en(others)}): an "
            "identifier must name one resource only. Give the copy a new identifier.")
