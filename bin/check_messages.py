#!/usr/bin/env python3
"""Keep the interface translations complete: ``make messages`` updates them, ``make lint`` and CI check them.

    bin/check_messages.py            check (exit 1 with the reasons if anything is wrong)
    bin/check_messages.py --update   run makemessages and compilemessages in place (``make messages``)

The check fails when running makemessages would add, change or drop a msgid (found by running it on a
temporary copy of the project, so the tree is never touched), when a catalogue entry is untranslated or
fuzzy or fails ``msgfmt --check``, or when the committed .mo does not match its .po.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["es"]
# Folders makemessages never reads: tools, uploads, built files and the tests (their strings are not shown).
IGNORED = [".venv", "node_modules", "staticfiles", "media", "tests", "bench", "docs", ".git", ".ci"]


def catalogue(root: Path, language: str) -> Path:
    return root / "locale" / language / "LC_MESSAGES" / "django.po"


def makemessages(root: Path, python: str = sys.executable) -> None:
    ignores = [f"--ignore={name}" for name in IGNORED]
    command = [python, "manage.py", "makemessages", "--no-obsolete", *[f"--locale={code}" for code in LANGUAGES]]
    subprocess.run([*command, *ignores], cwd=root, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - fixed args


def compilemessages(root: Path, python: str = sys.executable) -> None:
    command = [python, "manage.py", "compilemessages", *[f"--locale={code}" for code in LANGUAGES]]
    command += ["--ignore=.venv", "--ignore=node_modules"]
    subprocess.run(command, cwd=root, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - fixed args


def keys(po) -> set[tuple]:
    """What identifies an entry: its context, msgid and plural msgid (obsolete entries left out)."""
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po if not e.obsolete}


def translations(entries) -> dict:
    return {(e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in entries if e.msgid}


def fresh_copy(root: Path, into: Path) -> Path:
    """The project's source in a temporary folder, enough for manage.py makemessages."""
    copy = into / "project"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(*IGNORED, "__pycache__", "*.sqlite3"), symlinks=True)
    return copy


def describe(key) -> str:
    context, msgid, _plural = key
    return f"[{context}] {msgid!r}" if context else repr(msgid)


def problems(root: Path) -> list[str]:
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = fresh_copy(root, Path(tmp))
        makemessages(copy)
        for language in LANGUAGES:
            path = catalogue(root, language)
            if not path.exists():
                found.append(f"{path.relative_to(root)} is missing: run `make messages`.")
                continue
            committed, extracted = polib.pofile(str(path)), polib.pofile(str(catalogue(copy, language)))
            for key in sorted(keys(extracted) - keys(committed), key=str):
                found.append(f"{language}: new string not in the catalogue (run `make messages`): {describe(key)}")
            for key in sorted(keys(committed) - keys(extracted), key=str):
                found.append(f"{language}: string no longer in the code (run `make messages`): {describe(key)}")
            for entry in committed.untranslated_entries():
                found.append(f"{language}: untranslated: {entry.msgid!r}")
            for entry in committed.fuzzy_entries():
                found.append(f"{language}: fuzzy (check the translation, then remove the flag): {entry.msgid!r}")
            checked = subprocess.run(  # noqa: S603 - fixed args; msgfmt is GNU gettext's, from PATH
                ["msgfmt", "--check", "-o", str(Path(tmp) / f"{language}.mo"), str(path)],  # noqa: S607
                capture_output=True,
                text=True,
            )
            if checked.returncode:
                found.append(f"{language}: msgfmt --check failed:\n{checked.stderr.strip()}")
                continue
            mo = path.with_suffix(".mo")
            if not mo.exists():
                found.append(f"{mo.relative_to(root)} is missing: run `make messages`.")
            elif translations(polib.mofile(str(mo))) != translations(polib.mofile(str(Path(tmp) / f"{language}.mo"))):
                found.append(f"{mo.relative_to(root)} is out of date with its .po: run `make messages`.")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="update the .po files and compile them")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # for the tests
    args = parser.parse_args(argv)
    if args.update:
        makemessages(args.root)
        compilemessages(args.root)
        return 0
    found = problems(args.root)
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print("Translations complete: " + ", ".join(LANGUAGES))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
