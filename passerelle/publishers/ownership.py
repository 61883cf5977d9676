"""Ownership: Passerelle writes or deletes on a server only what it can prove is its own.

A regional portal holds the records and layers of hundreds of authorities. The rule every
publisher follows:

- **publish** creates what does not exist; an object that exists under the same identifier or
  name is overwritten only when the server shows Passerelle's *mark* on it (read back before any
  write). Otherwise the publication is refused with :class:`ForeignObject`, which names the owner
  as the server tells it (GeoNetwork group, CKAN organisation, contact of a CSW record…) — unless
  the user asked to **adopt** it (``api.publish(..., adopt=True)``): the object is then taken over,
  marked, and is Passerelle's from then on;
- **unpublish** sends nothing without an entry of the publication registry (the pipeline sees to
  that), and with one, deletes only after reading the mark back: an object that is not (or no
  longer) Passerelle's is left alone and reported, never removed.

What the mark is depends on what each server keeps (see each publisher's docstring):

- ISO 19139 records (CSW-T, GeoNetwork, the local SDI): a resource identifier in the citation,
  ``gmd:identifier/gmd:RS_Identifier`` with ``gmd:codeSpace`` = ``passerelle`` and ``gmd:code`` =
  the record identifier (:func:`mark_record`). A resource identifier is kept by every catalogue
  (it is indexed and returned as written), harvesters read it as one more identifier of the
  resource, and it never becomes a keyword or a tag downstream; GeoNetwork also compares the
  record's owner group;
- GeoServer: ``metadata`` entries of the feature type and the description of the store;
- QGIS Server: the layer's custom property ``passerelle/identifier``;
- CKAN and udata: dataset extras (with the owning organisation);
- OpenDataSoft: a metadata field of the dataset (``default.references`` unless the profile names
  another).

Every identifier and name that goes into a URL path is one segment, quoted with
:func:`segment`: ``../users/5`` stays a record identifier and can never become another path.
"""
from __future__ import annotations

from typing import Optional
from urllib.parse import quote

from lxml import etree

from .http import PublishError

NOT_OURS = "publish.not-ours"
MARK_CODESPACE = "passerelle"
GMD = "http://www.isotc211.org/2005/gmd"
GCO = "http://www.isotc211.org/2005/gco"
_NS = {"gmd": GMD, "gco": GCO, "gmx": "http://www.isotc211.org/2005/gmx"}
_CITATION = "gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation"
_MARK = (f"{_CITATION}/gmd:identifier/gmd:RS_Identifier[gmd:codeSpace/gco:CharacterString = '{MARK_CODESPACE}']"
         "/gmd:code/gco:CharacterString")


class ForeignObject(PublishError):
    """An object with the same identifier or name exists on the server and is not Passerelle's.

    ``what``: the object as the target calls it (« la fiche 5f0c… »); ``owner``: who holds it, as the
    server says (empty when the server does not tell). ``adoptable``: whether ``adopt=True`` can
    take it over (False when the server itself would refuse, e.g. a record of a group the account
    cannot edit).
    """

    code = NOT_OURS

    def __init__(self, target: str, what: str, owner: str = "", *, adoptable: bool = True, unpublish: bool = False,
                 detail_fr: str = "", detail_en: str = ""):
        self.target, self.what, self.owner, self.adoptable = target, what, owner, adoptable
        owned_fr = f" (propriétaire : {owner})" if owner else ""
        owned_en = f" (owner: {owner})" if owner else ""
        if unpublish:
            head_fr = (f"{target} : {what}{owned_fr} n'a pas été publié(e) par Passerelle (ou ne l'est plus) : "
                       "rien n'a été supprimé.")
            head_en = f"{target}: {what}{owned_en} was not published by Passerelle (or no longer is): nothing deleted."
            advice_fr = ("Pour le retirer quand même, reprenez-le d'abord (publication avec « adopt=True », case "
                         "« Reprendre les objets existants ») puis retirez la publication, ou demandez à son "
                         "propriétaire de le supprimer.")
            advice_en = "To remove it anyway, adopt it first (publish with adopt=True), or ask its owner."
        else:
            head_fr = (f"{target} : {what} existe déjà{owned_fr} et n'a pas été créé(e) par Passerelle "
                       "pour cette fiche : rien n'a été modifié.")
            head_en = f"{target}: {what} already exists{owned_en} and was not created by Passerelle: nothing changed."
            if adoptable:
                advice_fr = ("Si c'est bien le vôtre et que Passerelle doit désormais le tenir à jour, publiez avec "
                             "« adopt=True » (case « Reprendre les objets existants » dans Processing) ; sinon, "
                             "changez l'identifiant de la fiche ou le nom technique de la couche.")
                advice_en = "If it is yours and Passerelle should manage it from now on, publish with adopt=True."
            else:
                advice_fr = ("Le compte de cette cible n'a pas le droit de le modifier : demandez à son propriétaire "
                             "de vous le transférer, ou changez l'identifiant de la fiche.")
                advice_en = "This target's account may not modify it: ask its owner, or change the record identifier."
        super().__init__(" ".join(p for p in (head_fr, detail_fr, advice_fr) if p),
                         " ".join(p for p in (head_en, detail_en, advice_en) if p), code=NOT_OURS, status=409)


def segment(value) -> str:
    """``value`` as ONE URL path segment: every ``/``, ``..``, ``?``, ``#`` or ``%`` is quoted.

    >>> segment("../users/5")
    '..%2Fusers%2F5'
    """
    return quote(str(value), safe="")


# --- ISO 19139 records ------------------------------------------------------------------------------

def mark_record(xml: bytes, identifier: str) -> bytes:
    """The record with Passerelle's mark for ``identifier`` in its citation (any older mark replaced)."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                 huge_tree=False))
    citation = root.find(_CITATION, _NS)
    if citation is None:
        return xml  # no citation: the encoder always writes one; nothing sensible to mark
    for old in citation.findall("gmd:identifier", _NS):
        space = old.findtext("gmd:RS_Identifier/gmd:codeSpace/gco:CharacterString", namespaces=_NS)
        if (space or "").strip() == MARK_CODESPACE:
            citation.remove(old)
    holder = etree.Element(f"{{{GMD}}}identifier")
    rs = etree.SubElement(holder, f"{{{GMD}}}RS_Identifier")
    etree.SubElement(etree.SubElement(rs, f"{{{GMD}}}code"), f"{{{GCO}}}CharacterString").text = identifier
    etree.SubElement(etree.SubElement(rs, f"{{{GMD}}}codeSpace"), f"{{{GCO}}}CharacterString").text = MARK_CODESPACE
    # ISO 19139 order in CI_Citation: title, alternateTitle, date, edition, editionDate, identifier, ...
    after = [c for c in citation if etree.QName(c).localname in
             ("title", "alternateTitle", "date", "edition", "editionDate", "identifier")]
    if after:
        after[-1].addnext(holder)
    else:
        citation.insert(0, holder)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def record_marks(root) -> list:
    """The identifiers Passerelle's marks in ``root`` (a ``gmd:MD_Metadata``) name."""
    return [(text or "").strip() for text in root.xpath(_MARK + "/text()", namespaces=_NS)]


def is_marked(root, identifier: str) -> bool:
    """Whether the record ``root`` carries Passerelle's mark for ``identifier``."""
    return root is not None and identifier in record_marks(root)


def record_owner(root) -> str:
    """Who a record says holds it: the organisation of its metadata contact, else of its point of contact."""
    if root is None:
        return ""
    for path in ("gmd:contact/gmd:CI_ResponsibleParty/gmd:organisationName/*",
                 "gmd:identificationInfo/*/gmd:pointOfContact/gmd:CI_ResponsibleParty/gmd:organisationName/*",
                 "gmd:contact/gmd:CI_ResponsibleParty/gmd:individualName/*"):
        found = root.find(path, _NS)
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return ""


def owner_text(*parts: Optional[str]) -> str:
    """The non-empty parts joined for a message."""
    return ", ".join(p for p in parts if p)
