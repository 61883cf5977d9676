"""Refresh passerelle/i18n/passerelle_fr.ts from the source strings, keeping translations.

Source strings are the literal arguments of ``tr("...")`` and
``QCoreApplication.translate("Passerelle", "...")`` calls. New strings are added
as unfinished; strings no longer in the code are dropped.

    python scripts/update_ts.py          # rewrite the .ts
    python scripts/update_ts.py --check  # exit 1 if the .ts is stale or unfinished
"""
from __future__ import annotations

import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "passerelle")
TS = os.path.join(PACKAGE, "i18n", "passerelle_fr.ts")
CONTEXT = "Passerelle"


def source_strings() -> list[str]:
    found: list[str] = []
    for folder, _dirs, files in os.walk(PACKAGE):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            tree = ast.parse(open(os.path.join(folder, name), encoding="utf-8").read())
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = node.args
                if fname in ("tr", "tr_noop") and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                    text = args[0].value
                elif fname == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
                    text = args[1].value
                else:
                    continue
                if text not in found:
                    found.append(text)
    return found


def read_ts(path: str = TS) -> dict:
    """source -> (translation, finished)"""
    if not os.path.exists(path):
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        out[message.findtext("source")] = (translation.text or "",
                                           translation.get("type") not in ("unfinished", "obsolete"))
    return out


def write_ts(strings: list[str], existing: dict, path: str = TS) -> None:
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation, finished = existing.get(text, ("", False))
        node = ET.SubElement(message, "translation")
        node.text = translation
        if not finished or not translation:
            node.set("type", "unfinished")
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")


def problems() -> list[str]:
    strings, existing = source_strings(), read_ts()
    missing = [s for s in strings if s not in existing]
    unfinished = [s for s in strings if s in existing and not (existing[s][1] and existing[s][0])]
    return [f"missing: {s}" for s in missing] + [f"unfinished: {s}" for s in unfinished]


if __name__ == "__main__":
    if "--check" in sys.argv:
        issues = problems()
        print("\n".join(issues) or "French translation complete.")
        sys.exit(1 if issues else 0)
    write_ts(source_strings(), read_ts())
    print(f"{TS}: {len(source_strings())} strings")
