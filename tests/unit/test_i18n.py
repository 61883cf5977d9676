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


def test_designer_form_strings_are_extracted_in_the_form_context_and_notr_ones_are_not(tmp_path):
    form = tmp_path / "form.ui"
    form.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0"><class>passerelleSample</class>
 <widget class="QDialog" name="passerelleSample">
  <property name="windowTitle"><string>Sample</string></property>
  <widget class="QLabel" name="label">
   <property name="text"><string>&amp;Layer</string></property>
   <property name="styleSheet"><string notr="true">color: red</string></property>
  </widget>
 </widget>
</ui>""", encoding="utf-8")
    assert update_ts.form_strings(str(form)) == ("passerelleSample", ["Sample", "&Layer"])
    # The shipped forms are read too, in the context uic translates them in.
    assert ("passerellePublishDialog", "Pre&view (dry run)") in update_ts.source_strings()


def test_a_string_moved_to_another_context_keeps_its_translation(tmp_path):
    ts = tmp_path / "moved.ts"
    existing = {("Passerelle", "Clos&e"): ("&Fermer", True), ("Passerelle", "Draft"): ("Brouillon", False)}
    update_ts.write_ts([("passerelleSample", "Clos&e"), ("passerelleSample", "Draft")], existing, str(ts))
    assert update_ts.read_ts(str(ts)) == {("passerelleSample", "Clos&e"): ("&Fermer", True),
                                          ("passerelleSample", "Draft"): ("", False)}
