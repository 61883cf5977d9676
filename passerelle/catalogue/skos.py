"""Read SKOS concept schemes from Turtle (rdflib) into :class:`Scheme` objects."""
from __future__ import annotations

from .errors import VocabularySourceError
from .textfields import xml_safe
from .vocabularies import PV, Concept, Scheme

SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_MATCHES = {"exactMatch": "exact", "closeMatch": "close", "broadMatch": "broad",
            "narrowMatch": "narrow", "relatedMatch": "related"}


def parse_schemes(data: str, source: str = "") -> list[Scheme]:
    """Parse a Turtle document; raise :class:`VocabularySourceError` if it is not usable SKOS."""
    import rdflib
    from rdflib import URIRef

    graph = rdflib.Graph()
    try:
        graph.parse(data=data, format="turtle")
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise VocabularySourceError(
            f"Le vocabulaire {source or ''} n'est pas un fichier Turtle lisible : {exc}",
            f"Vocabulary {source or ''} is not readable Turtle: {exc}") from exc

    def literals(subject, predicate):
        return list(graph.objects(subject, URIRef(predicate)))

    def by_language(subject, predicate):
        out = {}
        for lit in literals(subject, predicate):  # a label with a NUL or a vertical tab could not be written
            out.setdefault(getattr(lit, "language", None) or "", xml_safe(str(lit)))
        return out

    schemes: dict[str, Scheme] = {}
    for scheme_uri in graph.subjects(URIRef(RDF_TYPE), URIRef(SKOS + "ConceptScheme")):
        ids = literals(scheme_uri, DCT + "identifier")
        key = str(ids[0]) if ids else str(scheme_uri).rstrip("/").rsplit("/", 1)[-1]
        labels = by_language(scheme_uri, SKOS + "prefLabel") or by_language(scheme_uri, DCT + "title")
        version = literals(scheme_uri, OWL + "versionInfo") or literals(scheme_uri, DCT + "modified")
        schemes[str(scheme_uri)] = Scheme(key, str(scheme_uri), labels, str(version[0]) if version else "")
    if not schemes:
        raise VocabularySourceError(
            f"Le vocabulaire {source} ne contient aucun skos:ConceptScheme.",
            f"Vocabulary {source} holds no skos:ConceptScheme.")

    for concept_uri in graph.subjects(URIRef(RDF_TYPE), URIRef(SKOS + "Concept")):
        in_schemes = [str(s) for s in literals(concept_uri, SKOS + "inScheme")]
        in_schemes += [str(s) for s in literals(concept_uri, SKOS + "topConceptOf")]
        concept = Concept(uri=str(concept_uri), code="")
        for lit in literals(concept_uri, SKOS + "notation"):
            datatype = str(getattr(lit, "datatype", "") or "")
            if datatype.startswith(PV):
                concept.notations[datatype[len(PV):]] = xml_safe(str(lit))
            elif not concept.code:
                concept.code = xml_safe(str(lit))
        concept.labels = {k: v for k, v in by_language(concept_uri, SKOS + "prefLabel").items() if k}
        plain = by_language(concept_uri, SKOS + "prefLabel").get("")
        if plain and not concept.labels:
            concept.labels = {"fr": plain, "en": plain}
        concept.alt_labels = [xml_safe(str(x)) for p in ("altLabel", "hiddenLabel")
                              for x in literals(concept_uri, SKOS + p)]
        concept.definition = {k: v for k, v in by_language(concept_uri, SKOS + "definition").items() if k}
        concept.deprecated = any(str(x).lower() == "true" for x in literals(concept_uri, OWL + "deprecated"))
        replaced = literals(concept_uri, DCT + "isReplacedBy")
        concept.replaced_by = str(replaced[0]) if replaced else None
        for name, kind in _MATCHES.items():
            uris = [str(x) for x in literals(concept_uri, SKOS + name)]
            if uris:
                concept.matches[kind] = uris
        for predicate, value in graph.predicate_objects(concept_uri):
            if str(predicate).startswith(PV):
                concept.properties[str(predicate)[len(PV):]] = str(value)
        if not concept.code:
            concept.code = str(concept_uri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        for scheme_uri in in_schemes:
            if scheme_uri in schemes:
                schemes[scheme_uri].add(concept)
    return list(schemes.values())
