"""Refresh passerelle/i18n/passerelle_fr.ts from the source strings, keeping translations.

Source strings are, in Python files, the literal arguments of ``tr("...")``,
``tr_noop("...")`` and ``QCoreApplication.translate("Passerelle", "...")`` calls
(context "Passerelle"), and in Qt Designer forms (``*.ui``) every ``<string>``
not marked ``notr="true"``, in the form's context: its ``<class>``, which is what
``uic`` passes to ``QCoreApplication.translate``. New strings are added as
unfinished, unless the same text is already translated in another context (a
string moved from the code to a form keeps its translation); strings no longer
in the sources are dropped.

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


def python_strings(path: str) -> list[str]:
    found = []
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = node.args
        if fname in ("tr", "tr_noop") and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.append(args[0].value)
        elif fname == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
            found.append(args[1].value)
    return found


def form_strings(path: str) -> tuple[str, list[str]]:
    """(context, strings) of a Qt Designer form, in the order uic translates them."""
    root = ET.parse(path).getroot()
    context = root.findtext("class") or ""
    strings = [node.text for node in root.iter("string") if node.text and node.get("notr") != "true"]
    return context, strings


def source_strings() -> list[tuple[str, str]]:
    """(context, source text) pairs, each once: the Python strings first, then each form's."""
    found: list[tuple[str, str]] = []
    forms: list[tuple[str, str]] = []
    for folder, _dirs, files in os.walk(PACKAGE):
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.endswith(".py"):
                found += [(CONTEXT, text) for text in python_strings(path)]
            elif name.endswith(".ui"):
                context, strings = form_strings(path)
                forms += [(context, text) for text in strings]
    return list(dict.fromkeys(found + forms))


def read_ts(path: str = TS) -> dict:
    """(context, source) -> (translation, finished)"""
    if not os.path.exists(path):
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (
                translation.text or "", translation.get("type") not in ("unfinished", "obsolete"))
    return out


def translation_for(key: tuple[str, str], existing: dict) -> tuple[str, bool]:
    """The translation kept for ``key``, else a finished one of the same text in another context."""
    if key in existing:
        return existing[key]
    for (_context, source), (translation, finished) in existing.items():
        if source == key[1] and finished and translation:
            return translation, True
    return "", False


def write_ts(keys: list[tuple[str, str]], existing: dict, path: str = TS) -> None:
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    contexts = {}
    for context_name, text in keys:
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        message = ET.SubElement(contexts[context_name], "message")
        ET.SubElement(message, "source").text = text
        translation, finished = translation_for((context_name, text), existing)
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
    keys, existing = source_strings(), read_ts()
    missing = [k for k in keys if k not in existing]
    unfinished = [k for k in keys if k in existing and not (existing[k][1] and existing[k][0])]
    return [f"missing ({c}): {s}" for c, s in missing] + [f"unfinished ({c}): {s}" for c, s in unfinished]


if __name__ == "__main__":
    if "--check" in sys.argv:
        issues = problems()
        print("\n".join(issues) or "French translation complete.")
        sys.exit(1 if issues else 0)
    write_ts(source_strings(), read_ts())
    print(f"{TS}: {len(source_strings())} strings")
