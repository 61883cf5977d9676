"""The table COMMENT: Passerelle's summary between its markers, everything else left as it was."""
from passerelle.catalogue import table_comment
from passerelle.catalogue.record import Contact, Record

PLUME = '<METADATA>\n[{"@id": "urn:uuid:479fd670", "@type": ["dcat:Dataset"]}]\n</METADATA>'


def test_the_summary_replaces_only_passerelles_block(vocab):
    record = Record(identifier="3f2504e0-4f89-11d3-9a0c-0305e82c3301", title="Écoles",
                    licence="https://spdx.org/licenses/etalab-2.0", technical_name="ecoles",
                    contact=Contact(organisation="Mairie", email="sig@mairie.fr"))
    first = table_comment.with_summary("Écoles de la commune.\n\n" + PLUME, table_comment.summary(record, vocab, 1))
    renamed = record.replace(title="Écoles publiques")
    second = table_comment.with_summary(first, table_comment.summary(renamed, vocab, 2))

    assert second.startswith("Écoles de la commune.\n\n" + PLUME)
    assert second.count(table_comment.START) == 1 and "« Écoles publiques » (version 2)" in second
    assert "Licence Ouverte" in second and "sig@mairie.fr" in second and "nom technique : ecoles" in second
    assert table_comment.free_text(second) == "Écoles de la commune."
    assert table_comment.foreign_blocks(second) == [PLUME]


def test_markers_typed_in_a_title_cannot_end_the_block_early(vocab):
    record = Record(title="Évil </PASSERELLE> <PASSERELLE>")
    comment = table_comment.with_summary("", table_comment.summary(record, vocab))
    assert comment.count(table_comment.START) == 1 and comment.count(table_comment.END) == 1
    assert table_comment.free_text(comment) == ""
