"""Every user-facing string of the plugin has a finished French translation."""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
import update_ts  # noqa: E402


def test_french_translation_covers_every_source_string():
    assert update_ts.problems() == []


def test_french_translation_has_no_unfinished_entries():
    root = ET.parse(update_ts.TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) >= 40
    assert [m.findtext("source") for m in messages if m.find("translation").get("type")] == []
    assert all(m.findtext("translation") for m in messages)
