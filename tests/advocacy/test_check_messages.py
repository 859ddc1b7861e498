"""bin/check_messages.py, run on temporary copies of the project: it passes on the real tree and fails
when a new interface string is not in the catalogue, when an entry is untranslated or fuzzy, or when the
.mo no longer matches its .po."""

import importlib.util
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def load_script():
    spec = importlib.util.spec_from_file_location("check_messages", ROOT / "bin" / "check_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    assert shutil.which("msgfmt"), "GNU gettext is missing: run `make gettext` (`make test` does)"  # fail, never skip
    return load_script()


@pytest.fixture
def project(script, tmp_path):
    return script.fresh_copy(ROOT, tmp_path)


def test_the_committed_translations_pass(script, project):
    assert script.problems(project) == []
    assert script.main(["--root", str(project)]) == 0


def test_a_new_untranslated_template_string_fails(script, project):
    template = project / "templates" / "includes" / "pagination.html"
    template.write_text(template.read_text() + '{% translate "A brand new sentence for visitors" %}\n')
    found = script.problems(project)
    assert any("new string not in the catalogue" in p and "A brand new sentence for visitors" in p for p in found)
    assert script.main(["--root", str(project)]) == 1


def test_a_new_python_string_fails(script, project):
    module = project / "staging" / "wording.py"
    module.write_text(module.read_text() + '\n\nNEW = gettext("Another new sentence")\n')
    assert any("Another new sentence" in p for p in script.problems(project))


def test_an_untranslated_or_fuzzy_entry_fails(script, project):
    path = script.catalogue(project, "es")
    po = polib.pofile(str(path))
    po.find("Check my numbers").msgstr = ""
    entry = po.find("Your weight now")
    entry.flags.append("fuzzy")
    po.save()
    found = script.problems(project)
    assert "es: untranslated: 'Check my numbers'" in found
    assert any(p.startswith("es: fuzzy") and "Your weight now" in p for p in found)


def test_a_stale_mo_fails(script, project):
    path = script.catalogue(project, "es")
    po = polib.pofile(str(path))
    po.find("Check my numbers").msgstr = "Comprobar ahora mis números"
    po.save()
    assert any("is out of date with its .po" in p for p in script.problems(project))
    script.main(["--update", "--root", str(project)])  # what `make messages` does
    assert script.problems(project) == []
