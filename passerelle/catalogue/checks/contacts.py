"""A service's contact or a person's: e-mail addresses and phone numbers weighed in context.

A mailbox's first word ('accueil@', 'sig@') or a switchboard's look ('… 50 50') is not enough:
'contact@gmail.com' may be anyone's. What tells a service apart is the organisation's own domain
and numbers (from the record's contacts), public-sector domains, the column's name ('courriel_service',
'telephone_accueil') and the layer around the column; a local part made of a given name or a
surname ('jean.dupont@', 'j.dupont@') tells a person, even at the organisation's domain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from . import people

EMAIL = r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"
PHONE = r"(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}"

#: Mail services of private people: their domain says nothing about an organisation.
WEBMAIL = frozenset({"gmail.com", "googlemail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net",
                     "hotmail.fr", "hotmail.com", "yahoo.fr", "yahoo.com", "sfr.fr", "neuf.fr", "outlook.fr",
                     "outlook.com", "live.fr", "live.com", "msn.com", "icloud.com", "me.com", "aol.com",
                     "bbox.fr", "numericable.fr", "club-internet.fr", "aliceadsl.fr", "gmx.fr", "gmx.com",
                     "protonmail.com", "proton.me", "netcourrier.com", "dbmail.com", "cegetel.net", "voila.fr"})
#: Domains of public bodies: state services, academies (school mailboxes), town halls.
PUBLIC_DOMAIN = re.compile(r"(?:^|\.)(?:[\w-]+\.gouv\.fr|ac-[\w-]+\.fr|education\.fr|mairie[\w-]*\.[a-z]+|"
                           r"ville-[\w-]+\.[a-z]+|cc-[\w-]+\.[a-z]+|agglo[\w-]*\.[a-z]+)$")
#: First words of the mailboxes of services, equipment and businesses.
GENERIC_MAILBOXES = frozenset("""
contact contacts accueil mairie commune ville info infos information informations secretariat secretaire
direction service services communication dpo rgpd cnil urbanisme technique techniques administration admin
courrier noreply no ne webmaster postmaster bibliotheque mediatheque ludotheque ecole ecoles cantine
periscolaire reservation reservations standard support assistance helpdesk sig cadastre etat etatcivil
population elections citoyennete police pm gendarmerie pompiers sdis environnement eau eaux assainissement
spanc voirie dechets proprete espaces espacesverts jardins culture patrimoine archives musee theatre cinema
conservatoire sport sports piscine stade gymnase camping tourisme ot office jeunesse enfance petiteenfance
creche multiaccueil ram rpe relais alsh ccas cias social solidarite emploi economie habitat logement
foncier batiments marches achats commande juridique finances comptabilite compta facturation factures
paie rh drh personnel recrutement dgs cabinet presse protocole evenements animation associations
vie informatique dsi numerique si web site boutique shop bonjour hello commercial ventes devis sav
restauration cuisine college lycee ce secr insee ads instruction foyer club asso association comite
amicale syndicat president presidence gestion exploitation astreinte secours urgence accueil-mairie
agence agences antenne permanence guichet relation relations clientele location locations gerance syndic
copropriete maintenance depannage reception resa booking hotel hebergement bienvenue welcome administratif hotline
""".split())

#: First words that only an institution's mailbox has ('mairie.chenecey@orange.fr' is the town hall's).
INSTITUTIONAL_MAILBOXES = frozenset({"mairie", "commune", "ville", "ecole", "college", "lycee", "ce", "secretariat",
                                     "ccas", "cias", "sivom", "sivu", "syndicat", "prefecture", "gendarmerie",
                                     "dechetterie", "mediatheque", "bibliotheque", "periscolaire", "cantine",
                                     "creche", "ehpad", "office", "ot", "tourisme", "camping", "piscine"})

#: Words of a column's name that make it a service's contact ('telephone_accueil', 'courriel_mairie').
FUNCTION_WORDS = frozenset("""
accueil standard standardiste mairie service services secretariat etablissement etab structure equipement
equip siege agence bureau direction office guichet permanence generique fonctionnel fonctionnelle
institutionnel institutionnelle collectivite organisme ecole college lycee public publique astreinte site
entreprise societe commerce association asso club reservation reservations renseignements commune communes
ville acc std
""".split())


@dataclass(frozen=True)
class Organisation:
    """The publisher as the record knows it: its own mail domains, its numbers and their first 8 digits."""

    domains: frozenset = frozenset()
    phone_prefixes: frozenset = frozenset()
    phones: frozenset = frozenset()


#: No organisation known (a record without contacts).
NO_ORGANISATION = Organisation()


def organisation_of(record) -> Organisation:
    """Mail domains (never a webmail) and phone blocks of the record's contact and producer."""
    domains, prefixes, phones = set(), set(), set()
    for contact in (getattr(record, "contact", None), getattr(record, "producer", None)):
        if contact is None:
            continue
        domain = (contact.email or "").rpartition("@")[2].strip().lower()
        if domain and domain not in WEBMAIL:
            domains.add(domain)
        digits = national_digits(pd.Series([contact.phone or ""])).iloc[0]
        if isinstance(digits, str) and len(digits) == 10:
            prefixes.add(digits[:8])
            phones.add(digits)
    return Organisation(frozenset(domains), frozenset(prefixes), frozenset(phones))


# --- e-mail addresses ------------------------------------------------------------------------------

def personal_emails(addresses: pd.Series, organisation: Organisation, bias: int = 0,
                    assume_person: bool = True) -> pd.Series:
    """True for the addresses of people among well-formed addresses.

    Each address is weighed: a given name or a surname in the local part counts for a person (+2),
    a webmail domain too (+1); a service's first word (-1, -2 when more words say what it serves:
    'asso.rando@', and for an institution's: 'mairie.x@')
    and the organisation's own or a public domain (-2) count for a service. ``bias`` carries the
    column's name: -2 for 'courriel_service', +1 for 'mail_parent'. An address nothing speaks for is a
    person's (the guard errs on that side) unless ``assume_person`` is False: in a list of associations or
    services, 'usjj@orange.fr' is a club's. An institution's first word ('mairie.x@', 'secretariat.x@') is
    never a person's, whatever follows it (a commune may share its name with a family).
    """
    if addresses.empty:
        return pd.Series(False, index=addresses.index)
    lower = addresses.str.lower()
    local, domain = lower.str.rpartition("@")[0], lower.str.rpartition("@")[2]
    words = _local_words(local)
    first_word = words.str[0].fillna("")
    exploded = words.explode().dropna()
    exploded = exploded[exploded.str.len() >= 2]
    named = _naming(exploded, addresses.index)
    letters = local.str.replace(r"[^a-z]", "", regex=True)
    # 'jdupont', 'dupontj', 'j.dupont': an initial beside a surname.
    initial_surname = letters.str[1:].isin(people.surnames()) | letters.str[:-1].isin(people.surnames())
    initial_dot = local.str.fullmatch(r"[a-z][._][a-z]{2,}(?:[._-][a-z]+)*\d*")
    person = named | initial_surname | initial_dot
    webmail = domain.isin(WEBMAIL)
    own = pd.Series(False, index=addresses.index)
    if organisation.domains:  # its domain or a subdomain ('sig@grandbesancon.fr', 'x@ecoles.besancon.fr')
        own = domain.str.contains("(?:^|\\.)(?:" + "|".join(map(re.escape, organisation.domains)) + ")$")
    public = domain.str.contains(PUBLIC_DOMAIN)
    all_generic = exploded.isin(GENERIC_MAILBOXES).groupby(level=0).all().reindex(addresses.index,
                                                                                   fill_value=False)
    generic = first_word.isin(GENERIC_MAILBOXES) | all_generic
    institutional = first_word.isin(INSTITUTIONAL_MAILBOXES) | local.str.startswith("mairie")
    # 'asso.rando@', 'contact.judo@': a function and what it serves, an organisation's (bare 'contact@' is anyone's).
    qualified = generic & (local.str.count(r"[a-z]{2,}") >= 2)
    score = (2 * person.astype(int) + webmail.astype(int) - generic.astype(int) - qualified.astype(int)
             - institutional.astype(int) - 2 * (own | (public & ~webmail)).astype(int) + bias)
    found = (score >= 0) & ~institutional
    if not assume_person:
        found &= person
    return found.astype(bool)


def _local_words(local: pd.Series) -> pd.Series:
    """The words of mailboxes' local parts, digits dropped: 'jean.dupont38' -> ['jean', 'dupont']."""
    return local.str.replace(r"\d+", " ", regex=True).str.split(r"[._+\-\s]+")


def _naming(words: pd.Series, index) -> pd.Series:
    """Per address (``words`` exploded, indexed by address), whether a word is a given name or a surname that
    no service's mailbox uses."""
    named = words.isin(people.first_names() | people.surnames()) & ~words.isin(GENERIC_MAILBOXES)
    return named.groupby(level=0).any().reindex(index, fill_value=False)


def nominative(addresses: pd.Series) -> pd.Series:
    """Addresses naming someone in their local part or kept at a webmail provider ('roussel65@gmail.com')."""
    lower = addresses.str.lower()
    local, domain = lower.str.rpartition("@")[0], lower.str.rpartition("@")[2]
    return _naming(_local_words(local).explode(), addresses.index) | domain.isin(WEBMAIL)


def contains_personal_email(text: pd.Series, organisation: Organisation) -> pd.Series:
    found = text.str.extractall(f"(?P<address>{EMAIL})")
    if found.empty:
        return pd.Series(False, index=text.index)
    personal = personal_emails(found["address"].reset_index(drop=True), organisation)
    personal.index = found.index
    return personal.groupby(level=0).any().reindex(text.index, fill_value=False)


# --- phone numbers ---------------------------------------------------------------------------------

def national_digits(text: pd.Series) -> pd.Series:
    """'+33 6 12 34 56 78' -> '0612345678' (other text passes through, without separators)."""
    digits = text.str.replace(r"[^\d+]", "", regex=True)
    return digits.str.replace(r"^(?:\+|00)33(?:0)?", "0", regex=True)


def organisation_exchange(numbers: pd.Series, organisation: Organisation) -> pd.Series:
    """Numbers in the organisation's exchange (the 6 first digits of its numbers: its block of 10,000 lines,
    where its services' direct lines are). Its residents may share it: only for a layer that lists no people."""
    if not organisation.phone_prefixes:
        return pd.Series(False, index=numbers.index)
    return national_digits(numbers).str[:6].isin({prefix[:6] for prefix in organisation.phone_prefixes})


def mobiles(numbers: pd.Series) -> pd.Series:
    return national_digits(numbers).str.match(r"0[67]")


def switchboard(numbers: pd.Series, organisation: Organisation) -> pd.Series:
    """The organisation's own published numbers (its switchboard), not merely its block."""
    if not organisation.phones:
        return pd.Series(False, index=numbers.index)
    return national_digits(numbers).isin(organisation.phones)


def organisation_numbers(numbers: pd.Series, organisation: Organisation) -> pd.Series:
    """Numbers in the organisation's own block (the 8 first digits of its published numbers)."""
    if not organisation.phone_prefixes:
        return pd.Series(False, index=numbers.index)
    return national_digits(numbers).str[:8].isin(organisation.phone_prefixes)


def functional_words(text: pd.Series) -> pd.Series:
    """Free text speaking of a service ('Accueil : 03…', 'Standard de la mairie')."""
    return text.str.contains(r"(?i)\b(?:accueil|standard|mairie|services?|secr[ée]tariat|office|agence|"
                             r"permanence|renseignements|r[ée]servations?|bureau|guichet)\b")


def shared_numbers(numbers: pd.Series) -> bool:
    """Landlines repeated over many features: one line for all, a service's (a mobile is someone's)."""
    return len(numbers) >= 10 and numbers.nunique() <= 0.1 * len(numbers) and not mobiles(numbers).mean() >= 0.5


#: Words of free text that put a number in someone's hands ('propriétaire joignable au 03…').
PERSON_CUES = (r"(?i)\b(?:M\.|Mme|Mlle|Monsieur|Madame|propri[ée]taire|locataire|riverain|habitant|voisin|"
               r"particulier|demandeur|p[ée]titionnaire|titulaire|famille|fils|fille|[ée]poux|[ée]pouse|"
               r"parent|domicile|perso)\b")


def phone_mentions(text: pd.Series, organisation: Organisation) -> pd.Series:
    """Free text giving a person's number: a mobile, or another number given with a person (a
    landline alone may be a service's), unless it is the organisation's or given as a service's."""
    found = text.str.extractall(rf"(?<!\d)(?P<number>{PHONE})(?!\d)")
    if found.empty:
        return pd.Series(False, index=text.index)
    numbers = found["number"]
    owner = organisation_numbers(numbers, organisation)
    mobile = mobiles(numbers)
    rows = found.index.get_level_values(0)
    service = functional_words(text).reindex(rows).to_numpy()
    cue = text.str.contains(PERSON_CUES).reindex(rows).to_numpy()
    personal = mobile | (~owner & ~service & cue)
    return personal.groupby(level=0).any().reindex(text.index, fill_value=False)
