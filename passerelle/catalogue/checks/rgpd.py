"""rgpd.personal-columns: columns that look like personal data, by name, sampled values and context.

Values are judged on a random but reproducible sample of ``context.sample_size``
rows, so the check costs the same on ten features or ten million. A column is
reported once, with every kind of personal data it seems to hold and why.

A column is weighed with what surrounds it:
- its name: a role ('NOM_PROPRIETAIRE', 'prenom_eleve', 'PRENOM_ENF', 'mere', 'conducteur'), the holder
  of a thing ('titulaire_contrat', 'exploitant_parcelle': the role comes first), a home ('domicile',
  'adresse_actuelle', MAJIC's 'DLIGN3'), a service ('telephone_accueil'), a thing ('nom_voie',
  'DVOILIB', 'adresse_terrain'), an organisation ('rib_association'), a count ('nb_naissances'),
  an attribute of a person ('age', 'fragilite', 'QF', 'allergies'), an identity document ('piece_identite');
- its values: people's names in the conventions of French registers (the cadastre's
  'DUPONT JEAN', 'Famille X', 'X - Y' on a grave, 'Anne Roy - infirmière'), given names and surnames
  from the shipped lists, NIR and IBAN keys, identity documents, compact dates ('19480412'). In a
  column of owners, one named person among companies is enough; names of organisations and places
  ('SCI FAMILLE X', 'ÉCOLE ÉLÉMENTAIRE Victor Hugo') cite no one;
- the organisation publishing it (the record's contacts): its mail domain and phone block
  make a service's contact, not a person's, unless the rows are people (agents' direct lines);
- its neighbours: a surname beside a first name, a phone beside the names of equipment or beside
  services' mailboxes, an IBAN beside the names of the associations paid;
- the layer: its name (every row is a person in 'abonnes_eau' or 'registre_naissances'; an
  organisation, a service or equipment in 'annuaire_associations', 'decheteries'; a vehicle of
  the organisation's fleet in 'flotte_vehicules') and its geometry. An address, a first name or a
  person's age or situation alone identifies nobody in a spreadsheet (a town hall has an address;
  a first-name statistic is open data), so they are reported when the layer also names people,
  is declared personal or lists people; a first name is also reported when the geometry puts
  each row on one household (points at address precision, parcels, buildings, graves), and an
  age or a situation when the layer lists people, or its values are only said of people
  ('Dépendance'), and puts each of them at home. Single surnames, rare ones included, count on
  parcels, graves and houses. A layer of households' files ('anc_installations', 'cheques_energie',
  'visites'), its points on homes (or a table of them at home addresses or under file numbers), says
  something of one household in every column, with no name needed.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..findings import ERROR, WARNING, Finding
from ..terms import is_open, is_personal
from . import contacts, people, personal, whereabouts
from .scan import Scanner, check_with

CODES = ("rgpd.personal-columns",)
SAMPLE_SEED = 20161007  # the loi pour une République numérique: any fixed seed gives reproducible reports
VALUE_SHARE = 0.5  # share of sampled values that must match when the column name says nothing
CONFIRM_SHARE = 0.2  # share that confirms a weak name hint
FEW_PEOPLE = 2  # named people that make a role others share ('gestionnaire') personal, however many companies
LONG_TEXT = 25  # mean length (characters) from which a column is read as free text
BIRTH_YEARS = (1900, 2030)
#: Words of layer names whose every row is a person ('abonnes_eau', 'inscriptions_cantine'), in the singular
#: (a layer's words are also read without their plural 's'): people by role, at home, in a social register.
PEOPLE_LAYER_WORDS = frozenset("""
proprietaire coproprietaire eleve inscrit inscription abonne demandeur beneficiaire usager locataire
defunt inhume habitant adherent allocataire patient electeur contribuable redevable famille menage
resident personne concessionnaire titulaire occupant enfant majic petitionnaire declarant signalant benevole
agent salarie client parrain marraine assmat nounou aidant canicule vulnerable fragile isole tombe sepulture caveau
donateur parent licencie particulier prop propr proprio participant exposant conducteur chauffeur joueur coureur
stagiaire abonnement adhesion candidat candidature praticien lecteur emprunteur arrivant covoitureur
customer subscriber tenant tenancy applicant carpooler pupil student member borrower taxpayer household employee
attendee resident beneficiary
""".split())
#: People served at home ('visites_domicile', 'portage_repas', 'visites_seniors'), unless the layer lists the
#: services or the places ('aide_domicile_services', 'residences_seniors').
HOME_SERVICE_WORDS = frozenset({"domicile", "portage", "senior", "aine", "visite", "teleassistance", "telealarme"})
PLACE_OF_SERVICE_WORDS = frozenset({"residence", "foyer", "ehpad", "maison", "logement", "hebergement"})
#: 'assistantes_maternelles', 'liste_electorale': people named by two words ('carte_electorale' maps districts).
PEOPLE_LAYER_PHRASES = (" housing application ", " housing applications ",
                        " assistante maternelle ", " assistant maternel ", " assistantes maternelles ",
                        " assistants maternels ", " personnes agees ", " demandes logement ", " demande logement ",
                        " liste electorale ", " listes electorales ")
#: A register of acts of people's lives lists people: 'registre_naissances', 'actes_deces'.
REGISTER_WORDS = frozenset({"registre", "acte", "etatcivil"})
LIFE_EVENT_WORDS = frozenset({"naissance", "mariage", "deces", "inhumation", "pac", "reconnaissance", "adoption",
                              "divorce", "obseque", "bapteme"})
#: A register or a file of people's frailties lists people: 'registre_fragilites', 'fichier_isolement'
#: ('vulnerabilite_batiments' alone is about buildings).
SITUATION_REGISTER_WORDS = frozenset({"registre", "fichier", "liste", "recensement", "repertoire"})
SITUATION_LAYER_WORDS = frozenset({"fragilite", "fragile", "vulnerabilite", "vulnerable", "isolement", "isole",
                                   "dependance", "dependant", "handicap", "handicape", "canicule", "froid"})
#: 'parcelles_personnes_morales' (the DGFiP file of legal persons' parcels) lists companies and public bodies.
LEGAL_PERSON_PHRASES = (" personnes morales ", " personne morale ", " pers morales ")
#: A statistic or a synthesis lists no one, whatever it counts ('etat_civil_statistiques', 'carroyage_social').
STATISTIC_LAYER_WORDS = frozenset({"statistique", "stat", "synthese", "indicateur", "agregat", "agrege",
                                   "carroyage", "filosofi", "comptage", "bilan", "resultat", "evolution", "carreau"})
#: Layers of legal persons (their bank accounts are not people's) and, with equipment and services, layers
#: whose contacts are not people's but for a named role.
LEGAL_PERSON_LAYER_WORDS = frozenset("""
association asso club entreprise commerce societe structure organisme mairie commune partenaire prestataire
fournisseur collectivite epci syndicat bailleur morale
""".split())
ORGANISATION_LAYER_WORDS = LEGAL_PERSON_LAYER_WORDS | frozenset("""
equipement service decheterie dechetterie defibrillateur dae etablissement ecole college lycee creche gymnase salle
piscine mediatheque bibliotheque administration pharmacie musee theatre cinema stade camping centre office poste
gare borne caserne gendarmerie agence antenne permanence guichet bureau hotel bit erp cimetiere shop store library
school company business office
""".split())
#: The organisation's own fleet: 'flotte_…', 'parc_auto', 'parc_materiel', 'vehicules_municipaux', or just
#: 'vehicules'; never a layer about others' vehicles ('vehicules_enleves', 'fourriere', 'derogations_zfe').
FLEET_VEHICLE_WORDS = frozenset({"vehicule", "auto", "automobile", "materiel", "engin", "fleet"})
FLEET_OWNER_WORDS = frozenset({"municipal", "municipaux", "communal", "communaux", "intercommunal",
                               "intercommunaux", "service", "technique", "interne", "pool", "agent"})
#: Neighbours saying which service a vehicle is assigned to.
FLEET_COLUMN_WORDS = frozenset({"service", "affectation", "direction", "pole"})
PRIVATE_VEHICLE_WORDS = frozenset("""
fourriere enlevement enleve ventouse epave abandon abandonne stationnement residentiel riverain abonnement badge
macaron pv verbalisation videoverbalisation infraction amende contravention fp fps particulier visiteur controle
signalement derogation zfe autorisation demande vole suspect sinistre
""".split())
#: Layers of named things, whose 'nom' is no one's even on small polygons: 'lieux_dits', 'batiments', 'arbres'.
THING_LAYER_WORDS = frozenset({"lieudit", "lieu", "dit", "toponyme", "toponymie", "batiment", "bati", "equipement",
                               "arbre", "voie", "rue", "site", "monument", "patrimoine", "ouvrage", "station",
                               "arret", "espece", "essence", "plantation", "commerce", "erp"})
#: Neighbouring columns that make a layer a list of equipment or businesses.
EQUIPMENT_WORDS = frozenset({"equipement", "equipements", "etablissement", "etab", "enseigne", "siret", "horaires",
                             "structure", "raison", "sociale", "capacite", "commerce", "activite"})
#: Neighbours naming the organisation a row belongs to ('association', 'raison_sociale'), or possibly naming it.
NAMING_WORDS = frozenset({"nom", "libelle", "denomination", "beneficiaire", "titulaire", "raison", "intitule"})
#: Kinds naming a person: the columns beside them describe that person.
NAMING_KINDS = frozenset({"person_name", "holder", "nir", "id_document", "sale", "plate", "pupil_id", "person_id",
                          "iban", "email"})
#: Layers of property sales: DVF's 'mutations_foncieres', 'ventes', 'cessions', DIA (déclarations d'intention
#: d'aliéner); DVF's own columns ('id_mutation', 'valeur_fonciere') say it too.
SALE_LAYER_WORDS = frozenset({"dvf", "mutation", "vente", "transaction", "cession", "dia", "alienation"})
SALE_COLUMN_WORDS = frozenset({"mutation", "fonciere", "mut", "fonc"})
#: A household's means and expenses: said of a household only, wherever the layer puts it.
HOUSEHOLD_MEANS_WORDS = frozenset({"revenu", "revenus", "ressources", "quotient", "qf", "rfr", "apl", "income",
                                   "imposable"})
#: Matters of one household's home or life, each row a household's file: non-collective sanitation ('anc',
#: 'spanc'), pests and unfit housing, aids and vouchers, complaints, home-watch while away, private wells.
HOUSEHOLD_MATTER_WORDS = frozenset("""
anc spanc termite merule insalubrite insalubre indigne indecence cheque aide precarite plainte doleance
tranquillite otv sinistre indemnisation composteur recuperateur domestique prive privee individuel individuelle
raccordement vidange encombrant chien subvention prime bourse exoneration degrevement impaye redevance facture
facturation pret compost preca teleassistance telealarme composter grant relief voucher poverty billing invoice arrears
complaint
""".split())
#: Graves and their holders: the other columns of a cemetery's layer describe the grave.
GRAVE_WORDS = frozenset({"tombe", "sepulture", "caveau", "defunt", "inhume", "concessionnaire", "concession",
                         "cimetiere", "columbarium", "case", "ossuaire"})
HOUSEHOLD_MATTER_PHRASES = (" non collectif ", " non collectifs ", " assainissement autonome ")
YES_NO = frozenset({"oui", "non", "o", "n", "yes", "no", "y", "vrai", "faux", "true", "false"})
PRICE_WORDS = frozenset({"prix", "valeur", "montant", "price", "val", "vf"})
_PARCEL_ID = r"\d{2}[\dAB]\d{2}[0-9]{3}[0-9A-Z]{2}\d{4}"  # IDU: département, commune, prefix, section, number
_INITIALS = r"(?:[A-ZÀ-Ö]\.\s?){1,3}|[A-Z]{2}"
_CODE = r"[\w./-]*\d[\w./-]*"  # a code: digits, maybe with letters and separators ('DOS-2024-0153')
FULL_NAMES_SHARE = 0.7  # share of full names ('Léa Roy') that makes a column of any heading a list of people
GIVEN_NAMES_SHARE = 0.8  # share of known given names that makes a column of any heading a column of given names
NAMING_SHARE = 0.6  # share of sampled values naming people that makes a column a list of people
#: Row keys (as column-name words): they number rows, they describe no one.
ROW_KEYS = frozenset({("fid",), ("id",), ("gid",), ("objectid",), ("ogc", "fid"), ("uuid",), ("pk",), ("rowid",),
                      ("cleabs",), ("ogr", "fid")})
#: What a statistic of names or births counts ('nb_naissances', 'effectif_filles').
COUNTED_PEOPLE = frozenset("""
naissance naissances prenom prenoms nom noms personne personnes enfant enfants bebe bebes deces mariage mariages
attribution attributions fille filles garcon garcons homme hommes femme femmes sexe annee an porteur porteurs
""".split())
STATISTIC_WORDS = personal.COUNT_WORDS | {"occurrences", "frequence"}
#: Ages and age bands: '84', '75-79 ans', '60 ans et plus', '85+'.
_AGE_TEXT = r"(?i)\d{1,3}\s*(?:ans?\b.*|(?:-|–|à|a|/)\s*\d{1,3}.*|\+.*|et plus.*)?"
#: Values telling a person's health, frailty or isolation (a heat-wave register, social-action files).
_SITUATION_VALUES = (r"(?i)handicap|invalidit|malvoyant|malentendant|non[- ]voyant|aveugle|sourde?\b|isol[ée]|"
                     r"d[ée]pendan|alzheimer|parkinson|hospitalis|oxyg[èé]n|dialys|fauteuil roulant|grabataire|"
                     r"alit[ée]|vit seule?|sans famille|mobilit[ée] r[ée]duite|sous tutelle|curatelle|\bAPA\b|"
                     r"\bGIR\s?\d|personne (?:[âa]g[ée]e|fragile|vuln[ée]rable|handicap[ée]e|d[ée]pendante)|"
                     r"pathologi|diab[èé]t|maladie|maternit[ée]|paternit[ée]|accident (?:de service|du travail)|"
                     r"arr[êe]t de travail|violences? conjugale|parent isol[ée]|famille monoparentale|"
                     r"couple \+ \d|personne seule|"
                     # ANAH's household income categories: 'Très modestes', 'Modestes', 'Intermédiaires'
                     r"^\s*(?:tr[èe]s )?modestes?\s*$|^\s*interm[ée]diaires?\s*$")


@dataclass
class Suspicion:
    column: str
    kinds: dict = field(default_factory=dict)  # kind -> evidence: "name", or share of sampled values
    feature_ids: list = field(default_factory=list)  # sampled features whose values matched
    contextual: str = ""  # "address", "first_name", "situation": reported only where the layer locates or lists people
    reasons: list = field(default_factory=list)  # (French, English) evidence besides name and values
    telling_values: bool = False  # a person's attribute whose values are only said of people ('Dépendance')


class Layer:
    """What the columns of one layer are judged against, worked out once and only when asked.

    ``info``: the layer (LayerInfo or LayerData: name, geometry type, CRS, feature count);
    ``sample``: the sampled rows; ``geometry``: their geometries (None for a table)."""

    def __init__(self, record, info, sample: pd.DataFrame, geometry):
        self.record, self.info, self.sample, self.geometry = record, info, sample, geometry
        self.organisation = contacts.organisation_of(record)
        self.names = {column: personal.column_name(column) for column in sample.columns}
        self.text = f" {_layer_text(info.name or '')} "  # its words, abbreviations spelt out
        self.layer_words, self.listed = _layer_words(self.text)
        self.people_word = _people_word(self.layer_words, self.text)
        self._organisations = {}

    @functools.cached_property
    def lists_organisations(self) -> bool:
        """The layer's name lists organisations, services or equipment ('annuaire_associations', 'decheteries',
        'communes_membres'); 'parcelles_commune' or 'signalements_service_voirie' only say whose they are."""
        return not self.people_word and bool(self.listed & ORGANISATION_LAYER_WORDS)

    @functools.cached_property
    def household_matter(self) -> str:
        """The words of the layer's name saying each row is one household's file ('anc_installations',
        'cheques_energie', 'declarations_termites'), or "", outside statistics and lists of organisations."""
        if self.layer_words & STATISTIC_LAYER_WORDS or self.lists_organisations:
            return ""
        found = self.layer_words & HOUSEHOLD_MATTER_WORDS
        written = [w for w in self.text.split() if w in found or _singulars(w) & found]
        written += [p.strip() for p in HOUSEHOLD_MATTER_PHRASES if p in self.text]
        return " ".join(dict.fromkeys(written))

    @functools.cached_property
    def households(self) -> bool:
        """Each row is one household at home: the layer's name lists people or households' files, and its
        points or small polygons put each row on one home (a table of such files has its rows at home too)."""
        where = self.whereabouts
        at_homes = where is not None and where.locates_households and self.info.geometry_type == "Point"
        people = self.people_word and not self.layer_words & GRAVE_WORDS
        if not (self.household_matter or people and (self.layer_words & HOME_SERVICE_WORDS or at_homes or
                                                     self.geometry is None)):
            return False  # graves or owners' parcels: their other columns may describe the place
        holders = [column for column, name in self.names.items()
                   if name.role or name.organisation or set(name.words) & NAMING_WORDS]
        if self.equipment("") is not None or any(self._organisation_names(column) for column in holders):
            return False  # aid granted to companies ('siret', 'entreprise'), networks' owners ('SNCF Réseau')
        if where is not None:
            return where.locates_households
        if any(set(name.words) & STATISTIC_WORDS for name in self.names.values()):
            return False  # a table of 'nb_dossiers', 'montant_total': aid counted per type
        if self.geometry is not None:
            return False
        if any(self._addresses(column) for column in self.sample.columns):
            return True
        return bool(self.people_word) and any(self._file_numbers(column) for column in self.sample.columns)

    def _file_numbers(self, column) -> bool:
        """A code of its own on every row ('DOS-2024-0153', 'num_carte'), not the row key: each row, a person's
        file, is someone (an age alone in a list of people identifies no one)."""
        present = _present(self.sample[column])
        return self.names[column].words not in ROW_KEYS and len(present) == len(self.sample) and \
            _own_codes(present.astype(str), share=1.0, min_length=4)

    def _addresses(self, column) -> bool:
        """Most values of the column are street addresses ('12 rue des Prés'): a table's rows at homes."""
        text = _present(self.sample[column])
        return bool(text.dtype == object and len(text)) and personal.addresses(text).mean() >= VALUE_SHARE

    @functools.cached_property
    def sales(self) -> bool:
        """The layer lists property sales with their prices (see _property_sales)."""
        words = [set(name.words) for name in self.names.values()]
        if not any(w & PRICE_WORDS for w in words):
            return False  # parcels for sale with no price say what is sold, not what someone sold it for
        return bool(self.layer_words & SALE_LAYER_WORDS) or any(w & SALE_COLUMN_WORDS for w in words)

    @functools.cached_property
    def tenants(self) -> bool:
        """A column of tenants ('locataire', 'locataire_depuis'): the rents beside are households'."""
        return any("locataire" in name.words for name in self.names.values())

    @functools.cached_property
    def dvf(self) -> bool:
        """DVF's own sales ('dvf_…', 'mutations', 'id_mutation', 'valeur_fonciere'): private sales, unlike a
        commune's 'cessions' of its own land."""
        return bool(self.layer_words & {"dvf", "mutation"}) or any(
            set(name.words) & SALE_COLUMN_WORDS for name in self.names.values())

    @functools.cached_property
    def fleet(self) -> bool:
        """The layer is the organisation's own fleet of vehicles ('flotte_vehicules_municipaux', 'parc_auto')."""
        words = self.layer_words
        if words & PRIVATE_VEHICLE_WORDS or self.people_word:
            return False
        vehicles = words & FLEET_VEHICLE_WORDS
        if words & {"flotte", "fleet"} or ("parc" in words and vehicles):
            return True
        if "vehicule" not in words:
            return False
        named_alone = not {w for w in words if not w.isdigit()} - {"vehicule", "vehicules"}
        assigned = any(set(name.words) & FLEET_COLUMN_WORDS for name in self.names.values())
        return named_alone or assigned or bool(words & FLEET_OWNER_WORDS)

    def people_beside(self, column) -> Optional[str]:
        """A neighbour naming people: a surname or first name column, or a role only people have whose values
        are not organisations ('beneficiaire' holding associations is not)."""
        for other, name in self.others(column):
            if name.thing:
                continue
            if "person_name" in name.strong or name.first_name:
                return other
            if name.private_role and not self._organisation_names(other):
                return other
        return None

    def organisations_beside(self, column) -> Optional[str]:
        """A neighbour naming the organisation each row belongs to ('association', or names of organisations
        in a 'beneficiaire' or 'raison_sociale' column), in a layer naming no people."""
        if self.people_word or self.people_beside(column):
            return None
        for other, name in self.others(column):
            if name.count or self.sample[other].dtype != object:
                continue
            if name.organisation or (set(name.words) & NAMING_WORDS and self._organisation_names(other)):
                return other
        return None

    def service_mailboxes_beside(self, column) -> Optional[str]:
        """A neighbour of e-mail addresses none of which is a person's ('accueil@…', 'agence.nord@…'): the
        services' whose numbers sit beside them."""
        for other, name in self.others(column):
            text = _present(self.sample[other])
            if text.dtype != object or not len(text):
                continue
            shaped = text.str.fullmatch(contacts.EMAIL)
            if shaped.mean() >= VALUE_SHARE and not contacts.personal_emails(
                    text[shaped], self.organisation, -2 if name.function else 0).any():
                return other
        return None

    def _organisation_names(self, column) -> bool:
        """Most values of the column name organisations (worked out once a column)."""
        if column not in self._organisations:
            text = _present(self.sample[column])
            self._organisations[column] = bool(text.dtype == object and len(text)) and \
                people.shapes(text)["organisation"].mean() >= VALUE_SHARE
        return self._organisations[column]

    @functools.cached_property
    def whereabouts(self) -> Optional[whereabouts.Whereabouts]:
        if self.geometry is None:
            return None
        return whereabouts.judge(self.geometry, self.info.geometry_type, self.info.crs, len(self.info))

    def others(self, column):
        return [(other, name) for other, name in self.names.items() if other != column]

    def first_name_column(self, column) -> Optional[str]:
        return next((other for other, name in self.others(column) if name.first_name), None)

    def statistic(self, column) -> bool:
        """Counts of people beside the column: 'prenom' with 'nombre' or 'nb_naissances' is a first-name
        statistic; 'nb_vehicules' counts a household's cars, not the people named."""
        for _, name in self.others(column):
            words = set(name.words)
            if words & STATISTIC_WORDS and not {w for w in words - STATISTIC_WORDS if not w.isdigit()} - COUNTED_PEOPLE:
                return True
        return False

    def equipment(self, column) -> Optional[str]:
        """A neighbour naming equipment or businesses: 'nom_equipement', 'enseigne', 'siret'."""
        for other, name in self.others(column):
            if set(name.words) & EQUIPMENT_WORDS:
                return other
            if {"nom", "libelle", "denomination"} & set(name.words) and self.sample[other].dtype == object:
                text = self.sample[other].dropna().astype(str)
                if len(text) and people.shapes(text)["organisation"].mean() >= VALUE_SHARE:
                    return other
        return None


def _layer_words(text: str) -> tuple[frozenset, frozenset]:
    """The layer name's words, each also without its plural mark ('abonnes' gives 'abonne'), and the things it
    lists: its plural words in the singular and its first word ('decheteries' and 'equipement_sportif' list
    equipment; 'parcelles_commune' lists parcels, not communes)."""
    words = text.split()
    plurals = set().union(*map(_singulars, words)) if words else set()
    head = set(words[:1]) - {"commune", "mairie", "ville"}  # 'commune_x_…' is whose layer, not what it lists
    if words and words[0][:-1] in plurals and words[0][:-1] not in ORGANISATION_LAYER_WORDS | THING_LAYER_WORDS:
        # A plural first word is what the layer lists, the words after it its complement: 'reservations_salles'
        # lists bookings of rooms, not rooms; 'aides_entreprises' still says its rows are companies'.
        return frozenset(set(words) | plurals), frozenset({words[0][:-1]} | plurals & LEGAL_PERSON_LAYER_WORDS)
    return frozenset(set(words) | plurals), frozenset(plurals | head)


def _singulars(word: str) -> set:
    """'abonnes' -> {'abonne'}; 'decheteries' -> {'decheterie', 'dechetery'} (French or English 'tenancies')."""
    if len(word) <= 3 or word[-1] not in "sx":
        return set()
    return {word[:-1], word[:-3] + "y"} if word.endswith("ies") else {word[:-1]}


def _layer_text(name: str) -> str:
    """The layer name's words, abbreviations spelt out ('PRECA_ENER' reads 'precarite ener')."""
    return " ".join(_ABBREVIATIONS.get(w, w) for w in personal.name_words(name).split())


def _unabbreviated() -> dict:
    """Shapefile names cut to 10 characters and usual abbreviations ('DEGREV_TF', 'TELEASSIST', 'BIBLIO'): a word
    of six letters or more that begins one known word of layer names stands for it ('petit' is no 'petitionnaire')."""
    known = sorted(PEOPLE_LAYER_WORDS | HOUSEHOLD_MATTER_WORDS | HOME_SERVICE_WORDS | ORGANISATION_LAYER_WORDS |
                   SITUATION_LAYER_WORDS | THING_LAYER_WORDS | STATISTIC_LAYER_WORDS | GRAVE_WORDS)
    prefixes: dict = {}
    for word in known:
        for end in range(6, len(word)):
            prefixes.setdefault(word[:end], set()).add(word)
    return {prefix: next(iter(words)) for prefix, words in prefixes.items()
            if len(words) == 1 and prefix not in known}


def _people_word(words: frozenset, padded: str) -> str:
    """The words of the layer's name, as written, saying that its rows are people ('abonnes'), or ""."""
    if words & STATISTIC_LAYER_WORDS or any(phrase in padded for phrase in LEGAL_PERSON_PHRASES):
        return ""
    found = words & PEOPLE_LAYER_WORDS
    if not found and not words & (ORGANISATION_LAYER_WORDS | PLACE_OF_SERVICE_WORDS):
        found = words & HOME_SERVICE_WORDS
    if not found:
        phrase = next((p.strip() for p in PEOPLE_LAYER_PHRASES if p in padded), "")
        if phrase:
            return phrase
        if (words & REGISTER_WORDS or " etat civil " in padded) and words & LIFE_EVENT_WORDS:
            found = words & (REGISTER_WORDS | LIFE_EVENT_WORDS)
        elif words & SITUATION_REGISTER_WORDS and words & SITUATION_LAYER_WORDS:
            found = words & (SITUATION_REGISTER_WORDS | SITUATION_LAYER_WORDS)
    written = [w for w in padded.split() if w in found or _singulars(w) & found]
    return " ".join(dict.fromkeys(written))


_ABBREVIATIONS = _unabbreviated()


def check(record, data, context, layer: str) -> list[Finding]:
    return check_with(scanner, record, data, context, layer)


def scanner(record, info, context, layer: str):
    if info is None or info.count == 0 or not info.columns:
        return None
    return Sampler(record, info, context, layer)


class Sampler(Scanner):
    """Draws the sample while the layer streams by: the rows at positions chosen from the feature count
    alone, so the same layer gives the same sample whether it is read at once, in batches or from PostGIS."""

    def __init__(self, record, info, context, layer: str):
        self.record, self.info, self.context, self.layer = record, info, context, layer
        self.geometry = info.spatial
        self.positions = _sample_positions(info.count, context.sample_size)
        self.rows: list = []
        self.shapes: list = []
        self.columns = None  # every column, at the sampled rows

    def add(self, batch) -> None:
        start, end = batch.start, batch.start + len(batch)
        if self.positions is None:
            local = np.arange(len(batch))
        else:
            local = self.positions[np.searchsorted(self.positions, start):np.searchsorted(self.positions, end)] - start
        if len(local):
            self.rows.append(batch.rows(local))
            if self.geometry:
                self.shapes.append(batch.geometries(local))

    def ask_database(self, database) -> bool:
        """PostGIS hands over the sampled rows by their position in key order (see pgstream)."""
        rows, shapes = database.sample(self.positions, self.geometry)
        if len(rows):
            self.rows, self.shapes = [rows], [shapes] if self.geometry else []
        return True

    def findings(self) -> list[Finding]:
        if not self.rows:
            return []
        sample = self.rows[0] if len(self.rows) == 1 else pd.concat(self.rows)
        geometry = None
        if self.geometry:
            geometry = self.shapes[0] if len(self.shapes) == 1 else np.concatenate(self.shapes)
        return judge(self.record, self.info, sample, geometry, self.context, self.layer)


def judge(record, info, sample: pd.DataFrame, geometry, context, layer: str) -> list[Finding]:
    """Findings on the sampled rows of a layer (``info``: its name, geometry type, CRS and feature count)."""
    scene = Layer(record, info, sample, geometry)
    suspicions = [s for s in (_judge_column(name, sample[name], scene) for name in sample.columns) if s]
    reported = [s for s in suspicions if not s.contextual or _in_context(s, suspicions, scene)]
    reported += _property_sales(reported, sample, scene)
    reported += _describing_named_people(reported, sample, scene)
    severity = ERROR if is_open(record) else WARNING
    return [_finding(s, len(sample), severity, is_open(record), layer) for s in reported]


def _property_sales(reported, sample: pd.DataFrame, scene) -> list:
    """A layer of property sales (DVF's 'mutations', a commune's 'ventes' or DIA) keyed by cadastral parcel:
    each row is the sale of identifiable sellers and buyers (the CNIL's reading of DVF), its parcel says who."""
    if not scene.sales:
        return []
    known = {s.column for s in reported}
    for column in sample.columns:
        text = _present(sample[column])
        if column in known or text.dtype != object or not len(text):
            continue
        parcels = text.str.replace(" ", "").str.fullmatch(_PARCEL_ID)
        if parcels.mean() >= GIVEN_NAMES_SHARE:
            return [_sale(column, parcels)]
    where = scene.whereabouts
    if scene.dvf and where is not None and where.locates_households:  # each sale drawn on its parcel or house
        price = next((c for c, name in scene.names.items() if set(name.words) & PRICE_WORDS and c not in known), None)
        if price is not None:
            suspicion = _sale(price, sample[price].notna())
            _located(suspicion, scene)
            return [suspicion]
    return []


def _sale(column, rows) -> Suspicion:
    suspicion = Suspicion(column)
    _matched(suspicion, "sale", rows)
    suspicion.reasons.append(("une couche de ventes de biens", "a layer of property sales"))
    return suspicion


def _describing_named_people(reported, sample: pd.DataFrame, scene) -> list:
    """The other columns of a layer whose rows are named people: each says something of an identified person
    (RGPD art. 4(1)), so dropping the names alone would not make them open data. Row keys, empty columns and one
    value given for everyone (but yes/no answers) say nothing of anyone; in a directory of organisations, a
    contact's name is one attribute of the row."""
    naming = next((s.column for s in reported if _names_people(s, scene) or _household_at_home(s, scene)), None)
    if naming is None and not scene.households:
        return []
    if naming is None:
        word = scene.people_word or scene.household_matter
        reason = (f"chaque ligne est un foyer, d'après le nom de la couche (« {word} ») et sa géométrie",
                  f"each row is a household, judging by the layer's name ('{word}') and its geometry")
    else:
        reason = (f"elle décrit les personnes que nomme la colonne « {naming} »",
                  f"it describes the people column '{naming}' names")
        name = scene.names[naming]
        if scene.lists_organisations and name.role and not name.private_role and \
                _services_named(naming, sample, scene):
            return []  # 'responsable' in 'annuaire_services': the rows are the services
    known = {s.column for s in reported}
    described = []
    for column in sample.columns:
        if column in known or scene.names[column].words in ROW_KEYS:
            continue
        values = _present(sample[column])
        if values.empty or (values.nunique() < 2 and len(values) == len(sample) and not _flags(values)):
            continue  # the switchboard given for everyone is no one's (a note given for some says of whom)
        suspicion = Suspicion(column, kinds={"described": "neighbour"})
        suspicion.reasons.append(reason)
        described.append(suspicion)
    return described


def _services_named(naming, sample: pd.DataFrame, scene) -> bool:
    """Another column names a different thing on most rows ('service': 'Urbanisme', 'État civil'): the rows are
    those things, not the people on duty at one centre ('astreintes': 'CER de Dijon' on every row)."""
    for column, name in scene.others(naming):
        if name.thing and not name.home and _present(sample[column]).nunique() >= VALUE_SHARE * len(sample):
            return True
    return False


def _flags(values: pd.Series) -> bool:
    """Yes/no answers ('oui', 'N'): said of each row, even when the sample gives them all alike."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return True
    return values.dtype == object and values.astype(str).str.strip().str.lower().isin(YES_NO).all()


def _household_at_home(suspicion, scene) -> bool:
    """Rows that are people: a person's situation (an income category, a rent, an age) or a remark naming
    people on rows the geometry puts each on one household, given names or dates of birth in a layer listing
    people or located at homes."""
    kinds = set(suspicion.kinds)
    where = scene.whereabouts
    at_home = where is not None and where.locates_households
    if kinds & {"first_name", "birth_date"}:
        if scene.statistic(suspicion.column):
            return False  # 'prenom' and 'annais' beside 'nombre': a statistic of births
        return at_home or bool(scene.people_word) or "birth_date" in kinds
    return bool(kinds & {"situation", "free_text"}) and at_home


def _names_people(suspicion, scene) -> bool:
    """The column names people row after row: by its name, or by most of its values (a few names among
    equipment or programmes are no list of people), half of them under a heading naming a person's role or in
    a layer listing people ('lecteurs')."""
    share = NAMING_SHARE * (0.5 if scene.names[suspicion.column].person_role or scene.people_word else 1)
    evidence = [v for k, v in suspicion.kinds.items() if k in NAMING_KINDS and
                (k != "email" or _mailboxes_name_the_rows(suspicion.column, scene))]
    return any(v == "name" or (isinstance(v, float) and v >= share) for v in evidence)


def _mailboxes_name_the_rows(column, scene) -> bool:
    """People's mailboxes name the rows' people (a ticket's buyer, an applicant), unless the rows are things with
    codes of their own ('MOB-000005' with the mailbox of whoever surveyed it) in a layer listing no one."""
    if not _named_mailboxes(scene.sample[column]):
        return False
    if scene.names[column].someone or scene.people_word or scene.households:
        return True
    return not any(_own_codes(scene.sample[other]) for other, name in scene.others(column)
                   if name.words not in ROW_KEYS)


def _own_codes(values: pd.Series, share: float = 0.9, min_length: int = 1) -> bool:
    """At least ``share`` of the rows have a text code of their own ('MOB-000005'), whatever a few duplicates."""
    text = _present(values)
    if text.dtype != object or len(text) < max(2, share * len(values)):
        return False
    text = text.astype(str)
    return text.nunique() >= share * len(text) and text.str.fullmatch(_CODE).mean() >= share and \
        text.str.len().min() >= min_length


def _named_mailboxes(values: pd.Series) -> bool:
    """Most e-mail addresses name someone or sit at a webmail provider ('roussel65@gmail.com'): they name the
    row's person, unlike 'prevision@sdis25.fr', which only nothing speaks against."""
    text = _present(values).astype(str)
    return bool(len(text)) and contacts.nominative(text).mean() >= VALUE_SHARE


def _sample_positions(count: int, size: int):
    """Row positions of the sample (sorted), None for all rows."""
    if count <= size:
        return None
    # Generator.choice draws without shuffling the whole range: milliseconds, not tens, on a million rows.
    return np.sort(np.random.default_rng(SAMPLE_SEED).choice(count, size=size, replace=False))


def _in_context(suspicion, suspicions, scene) -> bool:
    """An address, a first name or a person's situation alone counts in a layer that names, lists or locates
    people. A situation (an age, a frailty) counts only beside other personal columns, or where each row is
    someone (the layer lists people or the column names a role) located at home."""
    if suspicion.contextual == "first_name" and scene.statistic(suspicion.column):
        return False  # 'prenom' beside 'nombre': a first-name statistic
    others = [s.column for s in suspicions if not s.contextual and s.column != suspicion.column]
    if others:
        suspicion.reasons.append((f"la colonne « {others[0]} », personnelle elle aussi",
                                  f"column '{others[0]}', personal too"))
        return True
    if is_personal(scene.record):
        suspicion.reasons.append(("la nature « données personnelles » déclarée", "the declared personal nature"))
        return True
    if suspicion.contextual == "situation":
        return _someone_at_home(suspicion, scene)
    if suspicion.contextual == "address" and scene.household_matter and scene.households:
        suspicion.reasons.append((f"le nom de la couche (« {scene.household_matter} »), le dossier d'un foyer",
                                  f"the layer's name ('{scene.household_matter}'), a household's file"))
        return scene.geometry is None or _located(suspicion, scene)
    if scene.people_word:
        suspicion.reasons.append((f"le nom de la couche (« {scene.people_word} »)",
                                  f"the layer's name ('{scene.people_word}')"))
        return True
    if suspicion.contextual == "first_name":
        return _located(suspicion, scene)
    return False


def _someone_at_home(suspicion, scene) -> bool:
    """Each row is someone at home: the layer lists people, the column names a role, or a person's attribute
    ('fragilite') holds values only said of people, outside a list of equipment or organisations."""
    if scene.people_word:
        reason = (f"le nom de la couche (« {scene.people_word} »)", f"the layer's name ('{scene.people_word}')")
    elif scene.names[suspicion.column].role:
        reason = ("un rôle de personne dans son nom", "a person's role in its name")
    elif suspicion.telling_values and not scene.lists_organisations and scene.equipment(suspicion.column) is None:
        reason = None  # the values said it (see _judge_situation)
    else:
        return False
    if not _located(suspicion, scene):
        return False
    if reason:
        suspicion.reasons.insert(0, reason)
    return True


def _located(suspicion, scene) -> bool:
    """The geometry puts each row on one household (a point at a house, a parcel, a grave)."""
    where = scene.whereabouts
    if where is None or not where.locates_households:
        return False
    suspicion.reasons.append((f"la géométrie de la couche : {where.reason_fr}",
                              f"the layer's geometry: {where.reason_en}"))
    return True


def _present(values: pd.Series):
    present = values.dropna()
    if present.dtype == object:
        present = present.astype(str).str.strip()
        present = present[present != ""]
    return present


def _judge_column(name: str, values: pd.Series, scene: Layer):
    column = scene.names[name]
    present = _present(values)
    if present.empty:
        return None  # an empty column leaks nothing, whatever its name
    suspicion = Suspicion(name)
    for kind in column.strong & {"nir", "iban", "plate", "id_document"}:
        suspicion.kinds[kind] = "name"
    if present.dtype == object:
        _judge_contacts(suspicion, present, column, scene)
        _judge_identifiers(suspicion, present, column)
        _judge_names(suspicion, present, column, scene)
        _judge_addresses(suspicion, present, column)
        _judge_free_text(suspicion, present, column, scene)
    else:
        if "phone" in column.strong and not column.function:
            suspicion.kinds["phone"] = "name"  # numbers stored as numbers lost their leading zero
        if pd.api.types.is_integer_dtype(present.dtype):
            _judge_numbers(suspicion, present)
    if ("birth_date" in column.strong or "birth_date" in column.weak) and not scene.statistic(name):
        _judge_birth_dates(suspicion, present, column)  # not 'annais' beside 'nombre': births counted by year
    if not suspicion.kinds and personal.person_id_name(column):
        _judge_person_ids(suspicion, present, scene)
    for kind in [k for k in ("iban", "plate") if k in suspicion.kinds]:
        if _legal_owner(kind, name, column, scene):
            del suspicion.kinds[kind]
    if not suspicion.kinds and (column.attribute or scene.people_word):
        _judge_situation(suspicion, present, column, scene.tenants)
    if not suspicion.kinds:
        return None
    if set(suspicion.kinds) <= {"address"}:
        suspicion.contextual = "address"
    elif set(suspicion.kinds) <= {"first_name", "initials"} and not column.someone:
        suspicion.contextual = "first_name"
    elif set(suspicion.kinds) == {"situation"}:
        suspicion.contextual = "situation"
    return suspicion


def _legal_owner(kind, name, column, scene) -> bool:
    """An organisation's bank account ('rib_association', an IBAN beside the names of the associations paid)
    or a plate of the organisation's own fleet: a legal person's, not someone's."""
    if kind == "plate":
        return scene.fleet and not column.private_role
    if column.organisation or scene.organisations_beside(name) is not None:
        return True
    return scene.lists_organisations and bool(scene.listed & LEGAL_PERSON_LAYER_WORDS) and \
        scene.people_beside(name) is None


def _matched(suspicion, kind, matches: pd.Series, evidence=None):
    suspicion.kinds.setdefault(kind, float(matches.mean()) if evidence is None else evidence)
    suspicion.feature_ids += [int(i) for i in matches.index[matches.to_numpy(dtype=bool)]]


def _judge_contacts(suspicion, text, column, scene):
    shaped = text.str.fullmatch(contacts.EMAIL)
    if shaped.any() and ("email" in column.strong or shaped.mean() >= VALUE_SHARE):
        bias = -2 if column.function else (1 if column.private_role else 0)
        # In a list of associations or services, a mailbox is the organisation's unless it names someone.
        assume_person = column.private_role or not (scene.lists_organisations
                                                    or scene.organisations_beside(suspicion.column))
        found = personal.emails(text, scene.organisation, bias, assume_person)
        # One person's address in an e-mail column is enough; a service's column needs most of them.
        enough = found.any() if "email" in column.strong and not column.function else found.mean() >= VALUE_SHARE
        if enough:
            _matched(suspicion, "email", found)
    numbers = personal.phones(text)
    if "phone" in column.strong or numbers.mean() >= VALUE_SHARE:
        if not _service_numbers(text[numbers], column, scene, numbers.mean()):
            _matched(suspicion, "phone", numbers, "name" if "phone" in column.strong else None)


def _service_numbers(numbers, column, scene, share) -> bool:
    """A service's phone: named so ('telephone_accueil'), the organisation's switchboard, one line shared by
    all rows, or the phones of equipment listed beside (landlines: a mobile is someone's). Numbers in the
    organisation's own block are its services' unless the rows are people (a person's role in the column's
    name, a layer or a neighbour listing people): then they are agents' direct lines. In a layer naming no
    one and no role, landlines are services' too when the layer lists organisations or equipment
    ('decheteries', 'agences_bailleurs'), when the mailboxes beside them are services' ('accueil@…'), or when
    most are in the organisation's exchange and no household is located."""
    if column.function:
        return True
    if numbers.empty:
        return False
    if contacts.shared_numbers(numbers) or contacts.switchboard(numbers, scene.organisation).mean() >= VALUE_SHARE:
        return True
    if contacts.organisation_numbers(numbers, scene.organisation).mean() >= VALUE_SHARE:
        return not (column.someone or scene.people_word or scene.people_beside(numbers.name))
    people_rows = column.person_role or scene.people_word or scene.people_beside(numbers.name)
    if contacts.mobiles(numbers).mean() >= VALUE_SHARE:
        return False
    if not people_rows:
        if scene.lists_organisations or scene.service_mailboxes_beside(numbers.name):
            return True
        if contacts.organisation_exchange(numbers, scene.organisation).mean() >= VALUE_SHARE:
            where = scene.whereabouts
            if where is None or not where.locates_households:
                return True
    return scene.equipment(numbers.name) is not None


def _judge_identifiers(suspicion, text, column):
    for kind, detect in (("nir", personal.nirs), ("iban", personal.ibans), ("plate", personal.plates),
                         ("id_document", personal.id_documents), ("pupil_id", personal.pupil_ids)):
        if kind == "pupil_id" and kind not in column.strong:
            continue  # ten characters and a letter are many codes' shape: only under an INE heading
        matches = detect(text)
        needed = CONFIRM_SHARE if kind in column.weak | column.strong else VALUE_SHARE
        if matches.any() and matches.mean() >= needed:
            _matched(suspicion, kind, matches)


def _judge_names(suspicion, text, column, scene):
    if column.count:
        return
    person_hint = "person_name" in column.strong
    if not person_hint and people.namesake_share(text) >= VALUE_SHARE:
        return  # 'Jules Ferry', 'Jean Jaurès': stops, schools or streets named after famous people
    if not (person_hint or column.role or column.first_name) and not _may_hold_full_names(suspicion, text, column,
                                                                                           scene):
        return
    shapes = people.shapes(text)
    strict, lenient, surname, first = (shapes[k] for k in ("strict", "lenient", "surname", "first_name"))
    if column.first_name:
        if first.mean() >= VALUE_SHARE or not strict.mean() >= VALUE_SHARE:
            _matched(suspicion, "first_name", first, "name")
            if column.role:
                suspicion.reasons.append(("un rôle de personne dans son nom", "a person's role in its name"))
            return
    if person_hint:
        _matched(suspicion, "person_name", lenient | surname | first, "name")
    elif column.role and not column.thing:
        people_ = lenient | surname
        if people_.mean() >= CONFIRM_SHARE:
            _matched(suspicion, "holder", people_)
        elif first.mean() >= GIVEN_NAMES_SHARE:
            _matched(suspicion, "first_name", first)  # 'REFERENT': 'Camille', 'Odette'
        elif lenient.sum() >= (1 if column.private_role else FEW_PEOPLE):
            # Owners mostly companies and communes: the few natural persons among them are still people.
            _matched(suspicion, "holder", lenient)
            suspicion.reasons.append((f"{int(lenient.sum())} personne(s) physique(s) nommée(s) parmi ses valeurs",
                                      f"{int(lenient.sum())} natural person(s) named among its values"))
    elif "person_name" in column.weak:
        _judge_surnames(suspicion, shapes, column, scene)
    elif strict.mean() >= VALUE_SHARE and (column.role or not column.thing):
        _matched(suspicion, "person_name", strict | lenient)  # the strict ones say the others are names too
    elif scene.people_word and lenient.mean() >= VALUE_SHARE and not column.thing:
        # Full names in a list of people, under any heading ('inscriptions_trail': 'Léa Roy').
        _matched(suspicion, "person_name", lenient)
        suspicion.reasons.append((f"le nom de la couche (« {scene.people_word} »)",
                                  f"the layer's name ('{scene.people_word}')"))
    elif not column.thing and text.str.fullmatch(_INITIALS).mean() >= GIVEN_NAMES_SHARE:
        # Initials ('N. F.'): a person where the layer locates homes or lists people (see _in_context).
        _matched(suspicion, "initials", text.str.fullmatch(_INITIALS))
    elif lenient.mean() >= FULL_NAMES_SHARE and not (column.thing or scene.lists_organisations or
                                                     scene.layer_words & THING_LAYER_WORDS):
        # Nearly every value a first name and a surname, under any heading ('urnes', 'reserve_par'): a few
        # streets or schools bear a famous name, a whole column of them is a list of people.
        _matched(suspicion, "person_name", lenient)


def _may_hold_full_names(suspicion, text, column, scene) -> bool:
    """Names have no digits, and full names two words: spare the work on codes and addresses (given names alone
    and surnames beside a given name are judged here)."""
    if column.thing:
        return False  # 'nom_voie', 'DVOILIB': a thing's name, even after a person
    wordy = ~text.str.contains(r"\d")
    if "person_name" in column.weak:
        if wordy.mean() < CONFIRM_SHARE:
            _beside_first_names(suspicion, column, scene)
            return False
    elif (wordy & text.str.contains(r"[\s/]")).mean() < VALUE_SHARE:
        _given_names_alone(suspicion, text, wordy)
        return False
    return True


def _given_names_alone(suspicion, text, wordy):
    """Given names under any heading ('REFERENT': 'Camille', 'Odette'), reported where the layer locates or lists
    people (see _in_context)."""
    if wordy.mean() < GIVEN_NAMES_SHARE:
        return
    first = people.shapes(text)["first_name"]
    if first.mean() >= GIVEN_NAMES_SHARE:
        _matched(suspicion, "first_name", first)


def _judge_surnames(suspicion, shapes, column, scene):
    """A column named 'nom' (or 'identite'): people's names, or their surnames alone where the layer lists
    people or puts each row on a household."""
    strict, lenient, surname, single = (shapes[k] for k in ("strict", "lenient", "surname", "word"))
    if strict.mean() >= CONFIRM_SHARE:
        _matched(suspicion, "person_name", strict)
    elif (lenient | surname).mean() >= VALUE_SHARE:
        _matched(suspicion, "person_name", lenient | surname)
    elif scene.people_word and (lenient | single).mean() >= VALUE_SHARE:
        # 'nom' in a list of people: their surnames, rare ones included.
        _matched(suspicion, "person_name", lenient | single)
        suspicion.reasons.append((f"le nom de la couche (« {scene.people_word} »)",
                                  f"the layer's name ('{scene.people_word}')"))
    elif _surnames_on_households(lenient | single, surname, scene):
        # 'NOM' on parcels or graves, one surname each, many of them rare (regional, foreign).
        _matched(suspicion, "person_name", lenient | single)
        _located(suspicion, scene)
    else:
        _beside_first_names(suspicion, column, scene)


def _surnames_on_households(words: pd.Series, known: pd.Series, scene) -> bool:
    """Single names, a fair share of them known surnames, each on a parcel, a grave or a house, in a layer
    that lists no organisations nor named things (a lieu-dit, a building): owners' or families' surnames."""
    if words.mean() < VALUE_SHARE or known.mean() < CONFIRM_SHARE or scene.lists_organisations:
        return False
    if scene.layer_words & THING_LAYER_WORDS:
        return False
    where = scene.whereabouts
    return where is not None and where.locates_households


def _beside_first_names(suspicion, column, scene):
    neighbour = scene.first_name_column(suspicion.column) if "nom" in column.words else None
    if neighbour:
        suspicion.kinds["person_name"] = "name"  # "nom" beside "prenom" is a surname
        suspicion.reasons.append((f"la colonne voisine « {neighbour} »", f"the neighbouring column '{neighbour}'"))


def _judge_addresses(suspicion, text, column):
    if column.home or (column.role and column.address_word and not column.thing):
        found = personal.loose_addresses(text)
        if found.mean() >= CONFIRM_SHARE:
            _matched(suspicion, "home_address", found, "name")
        return
    found = personal.addresses(text)
    needed = CONFIRM_SHARE if "address" in column.weak else VALUE_SHARE
    if found.any() and found.mean() >= needed:
        _matched(suspicion, "address", found)


def _judge_free_text(suspicion, text, column, scene):
    hinted = "free_text" in column.weak
    # Free text is long and made of words: a column of e-mails or codes is not.
    if not hinted and (text.str.len().mean() < LONG_TEXT or text.str.contains(" ").mean() < 0.5):
        return
    # Names of organisations or places ('nom_etablissement', 'DENOMINATION'): 'École Jean Moulin' or
    # 'SCI FAMILLE X' cite no one.
    if not hinted and (column.thing or set(column.words) & NAMING_WORDS) and \
            people.shapes(text)["organisation"].mean() >= VALUE_SHARE:
        return
    mentions = personal.mentions_people(text, scene.organisation)
    count = int(mentions.sum())
    # A remark column is judged on one mention; other long text needs a few, to spare descriptions.
    if count and (hinted or count >= max(2, 0.05 * len(text))):
        suspicion.kinds["free_text"] = count / len(text)
        suspicion.feature_ids += [int(i) for i in text.index[mentions.to_numpy(dtype=bool)]]


def _judge_person_ids(suspicion, values, scene):
    """'num_allocataire', 'ref_famille': codes (digits in most of them) naming one person or household each;
    not SIREN or SIRET numbers, nor beside the names of the organisations they number ('idBeneficiaire'). Under a
    role alone ('conducteur': 'AG83289'), only codes of letters and digits: 'inscrits' may count voters."""
    if values.dtype != object:
        return
    text = values.astype(str).str.strip()
    if not set(suspicion.column and scene.names[suspicion.column].words) & (
            personal.IDENTIFIER_WORDS | personal.PERSON_ID_WORDS) and \
            not text.str.fullmatch(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*").mean() >= VALUE_SHARE:
        return
    if text.str.replace(" ", "").str.fullmatch(r"\d{9}|\d{14}").mean() >= VALUE_SHARE or \
            scene.lists_organisations or scene.organisations_beside(suspicion.column) is not None:
        return
    codes = text.str.fullmatch(r"[\w./ -]*\d[\w./ -]*") & (text.str.len() >= 3)
    if codes.mean() >= VALUE_SHARE:
        _matched(suspicion, "person_id", codes, "name")


def _judge_numbers(suspicion, numbers):
    # A NIR stored as a number keeps its 15 digits (no leading zero to lose).
    matches = personal.nirs(numbers.astype("int64").astype(str))
    if matches.mean() >= VALUE_SHARE:
        _matched(suspicion, "nir", matches)


def _judge_situation(suspicion, values, column, tenants=False):
    """A person's age, age band or situation (frailty, reason for registering): only reported where each row
    is someone at home (see _in_context)."""
    if not column.attribute:
        if values.dtype == object:
            found = values.str.contains(_SITUATION_VALUES)
            if found.mean() >= VALUE_SHARE:
                _matched(suspicion, "situation", found)
        return
    if {"age", "ages"} & set(column.words):
        if values.dtype == object:
            ages = values.str.fullmatch(_AGE_TEXT)
        elif pd.api.types.is_numeric_dtype(values.dtype):
            ages = values.between(0, 120)
        else:
            return
        if ages.mean() >= 0.8:
            _matched(suspicion, "situation", ages, "name")
        return
    if set(column.words) & HOUSEHOLD_MEANS_WORDS or (tenants and "loyer" in column.words):
        # 'revenu_fiscal', or a rent beside its tenants ('locataire_depuis'): only households have them
        suspicion.telling_values = True
        suspicion.reasons.append(("un nom qui dit les ressources ou les charges d'un ménage",
                                  "a name telling a household's means or expenses"))
    elif values.dtype == object:
        found = values.str.contains(_SITUATION_VALUES)
        if found.mean() >= VALUE_SHARE:  # 'fragilite': 'Dépendance', 'Sortie d'hospitalisation', 'Vit seule'
            suspicion.telling_values = True
            suspicion.reasons.append(("des valeurs qui disent la santé, la dépendance ou l'isolement de quelqu'un",
                                      "values telling someone's health, dependency or isolation"))
    _matched(suspicion, "situation", pd.Series(True, index=values.index), "name")


def _judge_birth_dates(suspicion, values, column):
    years = personal.birth_years(values)
    plausible = years.between(*BIRTH_YEARS)
    # "naissance" says it all; a short hint (ddn, dob) needs dates that look like births.
    if "birth_date" in column.strong or plausible.mean() >= 0.8:
        suspicion.kinds["birth_date"] = "name" if "birth_date" in column.strong else float(plausible.mean())


def _evidence(suspicion, sample_size) -> tuple[str, str]:
    by_name = any(v == "name" for v in suspicion.kinds.values())
    shares = [v for v in suspicion.kinds.values() if isinstance(v, float)]
    parts_fr, parts_en = [], []
    if by_name:
        parts_fr.append("son nom")
        parts_en.append("its name")
    if shares:
        percent = round(100 * max(shares))
        parts_fr.append(f"{percent} % des valeurs d'un échantillon de {sample_size} entités")
        parts_en.append(f"{percent}% of the values in a sample of {sample_size} features")
    for fr, en in suspicion.reasons:
        parts_fr.append(fr)
        parts_en.append(en)
    return _join(parts_fr, " et "), _join(parts_en, " and ")


def _join(parts, last):
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + last + parts[-1]


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
