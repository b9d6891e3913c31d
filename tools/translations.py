"""``make translations``: keep the English catalogue in step with the code and compile it.

1. ``pyside6-lupdate`` collects every ``tr("…")`` of ``conciliador/ui`` into
   ``resources/i18n/conciliador_en.ts`` (translations already there are kept; strings no
   longer in the code are dropped);
2. the labels of the domain's enums (``conciliador.domain.enums``) go into
   ``resources/i18n/labels_en.ts``, context «Etiquetas», the same way;
3. ``pyside6-lrelease`` compiles both into ``resources/i18n/conciliador_en.qm``, which is
   built at install time (``--compile``, run by ``make install``) and never committed.

New strings arrive «unfinished»: translate them (Qt Linguist, or by hand in the .ts) and run it
again. ``--check`` fails when a string is missing or untranslated (the test suite runs it).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

I18N = ROOT / "resources" / "i18n"
UI_TS = I18N / "conciliador_en.ts"
LABELS_TS = I18N / "labels_en.ts"
QM = I18N / "conciliador_en.qm"
LABELS_CONTEXT = "Etiquetas"


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "conciliador" / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *ui_sources(),
            "-ts",
            str(target),
            "-source-language",
            "es",
            "-target-language",
            "en",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )


def domain_labels() -> list[str]:
    from conciliador.domain import enums

    labels: list[str] = []
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, StrEnum) and hasattr(value, "label"):
            for member in value:
                text = member.label
                if text not in labels:
                    labels.append(text)
    return labels


def translations(path: Path) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of the finished messages of a .ts file."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found[(name, source)] = translation.text or ""
    return found


def write_labels(path: Path) -> None:
    known = translations(path)
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="es")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = LABELS_CONTEXT
    for text in domain_labels():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        done = known.get((LABELS_CONTEXT, text))
        if done:
            translation.text = done
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def unfinished(path: Path) -> list[str]:
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            missing.append(message.findtext("source") or "")
    return missing


def lrelease(target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(UI_TS), str(LABELS_TS), "-qm", str(target)],
        cwd=ROOT,
        check=True,
    )


def check() -> list[str]:
    """Problems: strings of the code missing from the catalogue, untranslated, or a .qm that
    is not the compiled .ts."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        have = translations(UI_TS)
        for context in ET.parse(fresh).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if (name, source) not in have:
                    problems.append(f"sin traducir al inglés: {source!r}")
        labels = translations(LABELS_TS)
        for text in domain_labels():
            if (LABELS_CONTEXT, text) not in labels:
                problems.append(f"etiqueta sin traducir al inglés: {text!r}")
        compiled = Path(tmp) / "check.qm"
        lrelease(compiled)
        if not QM.exists() or compiled.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.name} no corresponde a los .ts: ejecute «make translations»")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="solo comprobar, sin escribir")
    parser.add_argument(
        "--compile", action="store_true", help="solo compilar los .ts en el .qm (instalación)"
    )
    args = parser.parse_args()
    if args.compile:
        lrelease(QM)
        return 0
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate(UI_TS)
    write_labels(LABELS_TS)
    lrelease(QM)
    missing = unfinished(UI_TS) + unfinished(LABELS_TS)
    for text in missing:
        print(f"sin traducir: {text!r}", file=sys.stderr)
    print(f"{QM.relative_to(ROOT)} compilado; {len(missing)} texto(s) sin traducir.")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
