#!/usr/bin/env python3
"""Checks a locale's Fluent files against the source locale (en-GB): every message
present, no unknown ones, the same placeables ($variables and message references), no
syntax errors, and the not-yet-reviewed header. A second opinion beside the Rust test
core/l10n/tests/locales.rs; needs `pip install fluent.syntax`.

Usage: scripts/check-locale.py ur [pa bn ...]"""
import sys
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

ROOT = Path(__file__).resolve().parent.parent / "locales"
SOURCE = "en-GB"
HEADER = "not yet reviewed by a native-speaking clinician"


class Placeables(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.found = set()

    def visit_VariableReference(self, node):
        self.found.add("$" + node.id.name)

    def visit_MessageReference(self, node):
        self.found.add(node.id.name)

    def visit_TermReference(self, node):
        self.found.add("-" + node.id.name)


def messages(path):
    text = path.read_text(encoding="utf-8")
    resource = FluentParser(with_spans=False).parse(text)
    out, errors = {}, []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            errors.append(entry.annotations[0].message if entry.annotations else "junk")
        elif isinstance(entry, (ast.Message, ast.Term)):
            v = Placeables()
            v.visit(entry)
            out[entry.id.name] = v.found
    return text, out, errors


def check(locale):
    problems = []
    for source in sorted((ROOT / SOURCE).glob("*.ftl")):
        target = ROOT / locale / source.name
        if not target.exists():
            problems.append(f"{target}: missing file")
            continue
        _, want, _ = messages(source)
        text, got, errors = messages(target)
        if HEADER not in text.split("\n\n")[0]:
            problems.append(f"{target}: the first comment must say it is {HEADER}")
        problems += [f"{target}: syntax: {e}" for e in errors]
        for key in sorted(want.keys() - got.keys()):
            problems.append(f"{target}: missing message {key}")
        for key in sorted(got.keys() - want.keys()):
            problems.append(f"{target}: unknown message {key}")
        for key in sorted(want.keys() & got.keys()):
            if want[key] != got[key]:
                problems.append(f"{target}: {key}: placeables {sorted(got[key])} != {sorted(want[key])}")
    return problems


if __name__ == "__main__":
    failed = False
    for loc in sys.argv[1:]:
        problems = check(loc)
        for p in problems:
            print(p)
        print(f"{loc}: {'OK' if not problems else str(len(problems)) + ' problems'}")
        failed |= bool(problems)
    sys.exit(1 if failed else 0)
