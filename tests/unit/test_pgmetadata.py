"""PgMetadata rows <-> records (headless): what an authority typed in PgMetadata is kept, nothing dropped."""
import datetime as dt

from passerelle.catalogue import pgmetadata
from passerelle.catalogue.terms import TOPIC_CATEGORY

DATASET = {"uid": "6b0f1a52-8f25-4f4a-9f39-3d6a8e0a2b11", "title": "Écoles", "abstract": "Les écoles.",
           "keywords": "école, éducation ; enfance", "categories": ["SOC", "XYZ"], "themes": ["EDU"],
           "publication_frequency": "YEA", "license": "LO-2.0", "license_attribution": "© Mairie",
           "confidentiality": "RES", "spatial_level": "commune", "minimum_optimal_scale": 25000,
           "maximum_optimal_scale": 2000, "publication_date": "2024-03-01T10:00:00", "data_last_update": None}
GLOSSARY = {("dataset.confidentiality", "RES"): {"label_en": "Restricted", "label_fr": "Restreint"},
            ("dataset.license", "LO-2.0"): {"label_en": "Licence Ouverte Version 2.0"},
            ("dataset.license", "ODBL"): {"label_en": "Open Data Commons Open Database License"}}


def test_a_dataset_row_becomes_a_record_and_keeps_what_has_no_field(vocab):
    record = pgmetadata.from_rows(
        DATASET, contacts=[({"name": "J. Martin", "organisation_name": "Mairie", "organisation_unit": "SIG",
                             "email": "sig@mairie.fr"}, "CU"),
                           ({"name": "P. Durand", "organisation_name": "Mairie"}, "OW")],
        links=[{"name": "Règlement", "type": "WWW:LINK", "url": "https://mairie.fr/r.pdf", "mime": "pdf"}],
        themes={"EDU": "Éducation"}, glossary=GLOSSARY, vocabularies=vocab)

    assert record.identifier == DATASET["uid"] and record.keywords == ["école", "éducation", "enfance"]
    assert record.themes == [TOPIC_CATEGORY + "society"]
    assert record.vocabulary_keywords["PgMetadata : catégories"] == ["XYZ"]
    assert record.vocabulary_keywords[pgmetadata.THEME_VOCABULARY] == ["Éducation"]
    assert record.granularity.endswith("/fr-commune") and record.scale == 2000
    assert record.frequency.endswith("/ANNUAL") and record.licence.endswith("/etalab-2.0")
    assert record.rights == ["© Mairie"] and record.published == dt.date(2024, 3, 1)
    assert [(c.text, c.type) for c in record.constraints] == [("Restreint", pgmetadata.CONFIDENTIALITY)]
    assert (record.contact.name, record.contact.organisation, record.contact.role) == \
        ("J. Martin", "Mairie — SIG", "custodian")  # no point of contact: the first other party
    assert (record.producer.name, record.producer.role) == ("P. Durand", "owner")
    assert record.links[0].url == "https://mairie.fr/r.pdf"


def test_a_record_gives_back_pgmetadatas_codes(vocab):
    record = pgmetadata.from_rows(DATASET, themes={"EDU": "Éducation"}, glossary=GLOSSARY, vocabularies=vocab)
    values = pgmetadata.to_values(record.replace(licence="https://spdx.org/licenses/ODbL-1.0"), GLOSSARY,
                                  {"EDU": "Éducation"}, vocab, current=DATASET)
    assert values["categories"] == ["SOC", "XYZ"] and values["themes"] == ["EDU"]
    assert (values["publication_frequency"], values["license"]) == ("YEA", "ODBL")
    assert values["keywords"] == "école, éducation, enfance"
    unknown = pgmetadata.to_values(record.replace(licence="https://example.org/licence-maison"), GLOSSARY,
                                   vocabularies=vocab, current=DATASET)
    assert unknown["license"] == "LO-2.0"  # a licence PgMetadata has no code for keeps the one it had


def test_contacts_go_back_with_their_role_codes_and_mandatory_names(vocab):
    record = pgmetadata.from_rows(DATASET, contacts=[({"name": "J. Martin", "organisation_name": "Mairie",
                                                       "organisation_unit": "SIG"}, "PC")], vocabularies=vocab)
    record.producer = record.producer.__class__(organisation="Communauté de communes", role="owner")
    rows = pgmetadata.contact_rows(record)
    assert rows == [({"name": "Communauté de communes", "organisation_name": "Communauté de communes",
                      "organisation_unit": None, "email": None, "phone": None}, "OW"),
                    ({"name": "J. Martin", "organisation_name": "Mairie", "organisation_unit": "SIG", "email": None,
                      "phone": None}, "PC")]
