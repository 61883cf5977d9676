"""Running our encodings of the portals' validators: SHACL shapes (pyshacl) and the harvest XSLT (Saxon)."""
from __future__ import annotations

import functools
import os

import rdflib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "portal_validators")
SHAPES = os.path.join(HERE, "dcat_ap_2_1_1_shapes.ttl")
HARVEST_XSLT = os.path.join(HERE, "harvest_iso_to_dcat.xsl")
#: The parameters udata's csw-iso-19139 harvester gives the SEMIC XSLT.
HARVEST_PARAMETERS = {"CoupledResourceLookUp": "disabled", "include-deprecated": "yes", "locale-preferred-lang": "fre"}
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
VCARD = rdflib.Namespace("http://www.w3.org/2006/vcard/ns#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@functools.lru_cache(maxsize=1)
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def shacl_violations(graph: rdflib.Graph) -> list:
    """(focus node, path, constraint component) of each violation of our DCAT-AP 2.1.1 shapes."""
    import pyshacl

    _conforms, results, _text = pyshacl.validate(graph, shacl_graph=shapes(), advanced=True)
    return sorted((str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultPath)),
                   str(results.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1])
                  for r in results.subjects(rdflib.RDF.type, SH.ValidationResult))


def harvest(iso_xml: bytes) -> rdflib.Graph:
    """The DCAT graph the harvest path makes of one ISO 19139 record."""
    from saxonche import PySaxonProcessor

    with PySaxonProcessor(license=False) as processor:
        xslt = processor.new_xslt30_processor().compile_stylesheet(stylesheet_file=HARVEST_XSLT)
        for name, value in HARVEST_PARAMETERS.items():
            xslt.set_parameter(name, processor.make_string_value(value))
        document = processor.parse_xml(xml_text=iso_xml.decode("utf-8"))
        output = xslt.transform_to_string(xdm_node=document)
    return rdflib.Graph().parse(data=output, format="xml")


def harvested_essentials(graph: rdflib.Graph) -> dict:
    """What data.gouv.fr keeps of a harvested dataset: title, description, frequency, spatial,
    contact e-mail, and the licences / access rights it reads on the distributions."""
    [dataset] = list(graph.subjects(rdflib.RDF.type, DCAT.Dataset))
    distributions = list(graph.objects(dataset, DCAT.distribution))
    return {
        "title": str(graph.value(dataset, DCT.title) or ""),
        "description": str(graph.value(dataset, DCT.description) or ""),
        "frequency": str(graph.value(dataset, DCT.accrualPeriodicity) or ""),
        "spatial": [str(b) for s in graph.objects(dataset, DCT.spatial) for b in graph.objects(s, DCAT.bbox)],
        "contact": [str(e) for c in graph.objects(dataset, DCAT.contactPoint)
                    for e in graph.objects(c, VCARD.hasEmail)],
        "licences": [o for d in distributions for o in graph.objects(d, DCT.license)],
        "access_rights": [o for d in distributions for o in graph.objects(d, DCT.accessRights)],
    }


def missing_after_harvest(iso_xml: bytes) -> list:
    """Names of the essentials a record loses on the harvest path (empty: it survives)."""
    kept = harvested_essentials(harvest(iso_xml))
    missing = [name for name in ("title", "description", "frequency", "spatial", "contact") if not kept[name]]
    if not kept["licences"] and not kept["access_rights"]:
        missing.append("licence or access rights")
    return missing
