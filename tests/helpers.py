"""Helpers shared by tests in several folders. Test modules import from here, never from each other."""

import itertools
import re
import shlex
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
CRON_LINE = re.compile(r"\s*[\d*/,-]+( [\d*/,-]+){4} ")


def readme_cron_command(command: str) -> list[str]:
    """The arguments after ``manage.py`` in the README's crontab line for ``command``."""
    lines = [
        line for line in README.read_text().splitlines() if CRON_LINE.match(line) and f"manage.py {command}" in line
    ]
    assert len(lines) == 1, lines
    words = shlex.split(lines[0].strip())
    return words[words.index("manage.py") + 1 :]


_uncached = itertools.count()


def uncached(url: str) -> str:
    """``url`` with a query parameter no one else uses, so the page cache (advocacy/page_cache.py) never
    answers: for tests of what rendering a page costs."""
    return f"{url}{'&' if '?' in url else '?'}uncached={next(_uncached)}"


def listblock(items) -> dict:
    """Admin form data for a ListBlock holding ``items``, as the editor's browser sends it."""
    data = {str(i): {"value": item, "deleted": "", "order": str(i)} for i, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


def row_counts() -> dict[str, int]:
    """How many rows each model's table holds."""
    from django.apps import apps

    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def write_guard():
    """A context that fails if its block runs any INSERT, UPDATE or DELETE; its ``captured_queries``
    are the queries the block ran."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    class WriteGuard(CaptureQueriesContext):
        def __exit__(self, *exc):
            super().__exit__(*exc)
            writes = [
                q["sql"]
                for q in self.captured_queries
                if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
            ]
            assert writes == [], writes

    return WriteGuard(connection)


def clear_caches() -> None:
    """Empty every cache this test run uses. On a shared Redis, only this run's keys (its KEY_PREFIX)
    are deleted: ``cache.clear()`` would flush the whole Redis database, other users' keys too."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    for alias in caches:
        cache = caches[alias]
        if isinstance(cache, RedisCache):
            client = cache._cache.get_client(None, write=True)
            keys = list(client.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
            if keys:
                client.delete(*keys)
        else:
            cache.clear()


def restore_migrated_rows() -> None:
    """Wagtail's migrations create the default locale, the root collection and the root page. Content types,
    permissions and the criteria sets come back by themselves: Django re-runs ``post_migrate`` after each flush.
    """
    from django.conf import settings
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style
    from django.db import connection
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    # wagtail-localize's migration 0006 makes the "submit translations" permission (a flush drops it, and
    # post_migrate does not make it again); the Editors role includes it (advocacy/clinical_review.py).
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    # The code Wagtail's own migration gives the first locale, as in production.
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        # id 1, as Wagtail's migration makes it: the admin's page explorer takes the page with id 1 for the root
        # (a flush does not reset the id sequence, and a root with another id makes the explorer ask for it: 404).
        # Saved in bulk: Page.save() takes a page with an id for one already stored.
        root = Page(title="Root", draft_title="Root", slug="root", locale=locale, live=True, url_path="/")
        root.pk, root.path, root.depth, root.numchild = 1, Page._get_path(None, 1, 1), 1, 0
        root.content_type = ContentType.objects.get_for_model(Page)
        Page.objects.bulk_create([root])
        with connection.cursor() as cursor:  # PostgreSQL: the id sequence past the id given
            for statement in connection.ops.sequence_reset_sql(no_style(), [Page]):
                cursor.execute(statement)


def pdf_bytes(pages=1, change_root=None, attach=False) -> bytes:
    """A small valid PDF of blank pages; ``change_root(root)`` may add to its catalogue first."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if change_root:
        change_root(writer._root_object)
    if attach:
        writer.add_attachment("notes.txt", b"hello")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def javascript_action(root) -> None:
    """For ``pdf_bytes(change_root=...)``: a script that runs when the PDF opens."""
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    root[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )


def launch_action(root) -> None:
    """For ``pdf_bytes(change_root=...)``: a program the PDF asks to start when it opens."""
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    root[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc.exe")}
    )


def stored_files(settings) -> list[str]:
    """The names of the document files in MEDIA_ROOT."""
    folder = settings.MEDIA_ROOT / "documents"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# What a visitor types into the "check your numbers" form: valid, and matching Fearon's route 1.
CHECKER_VALID = {
    "criteria_set": "fearon-2011",
    "units": "metric",
    "current_weight": "68.4",
    "earlier_weight": "73.5",
    "months_ago": "5",
    "height_cm": "172",
    "age": "61",
    "appetite_loss": "yes",
}

QUESTION_TEXT = "My mum has pancreas cancer and has lost a lot of weight. Is it too late to see a dietitian?"


def valid_question_form(**changes) -> dict:
    """What a person sends from the question form after reading it for a minute; a change to None drops a field."""
    import time

    from questions.spam_checks import new_stamp

    data = {
        "question": QUESTION_TEXT,
        "asker_role": "caregiver",
        "cancer_type": "pancreas",
        "email": "asker@example.org",
        "consent": "on",
        "website": "",
        "started": new_stamp(time.time() - 60),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def set_site_text(site_settings, **words) -> None:
    """Change the words shown across the site, as an editor does under Snippets, Site text (saved: the
    site version moves on). Creates the site's text when it has none yet."""
    from advocacy.models import SiteText

    text = site_settings.text or SiteText()
    for name, value in words.items():
        setattr(text, name, value)
    text.save()
    if site_settings.text_id != text.pk:
        site_settings.text = text
        site_settings.save()
