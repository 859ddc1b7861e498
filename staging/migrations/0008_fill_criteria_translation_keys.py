"""Give existing criteria sets and stages translation keys, in the default language."""

from django.db import migrations

from advocacy.migration_i18n import bootstrap_translation_keys, default_locale, drop_translations


def forwards(apps, schema_editor):
    locale = default_locale(apps)
    for name in ("CriteriaSet", "Stage"):
        bootstrap_translation_keys(apps.get_model("staging", name), locale)


def backwards(apps, schema_editor):
    locale = default_locale(apps)
    for name in ("CriteriaSet", "Stage"):
        drop_translations(apps.get_model("staging", name), locale)


class Migration(migrations.Migration):
    dependencies = [("staging", "0007_translatable_criteria"), ("advocacy", "0006_fill_translation_keys_and_site_text")]

    operations = [migrations.RunPython(forwards, backwards)]
