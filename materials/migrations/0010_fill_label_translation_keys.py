"""Give existing audiences and topics translation keys, in the default language."""

from django.db import migrations

from advocacy.migration_i18n import bootstrap_translation_keys, default_locale, drop_translations


def forwards(apps, schema_editor):
    locale = default_locale(apps)
    for name in ("Audience", "Topic"):
        bootstrap_translation_keys(apps.get_model("materials", name), locale)


def backwards(apps, schema_editor):
    locale = default_locale(apps)
    for name in ("Audience", "Topic"):
        drop_translations(apps.get_model("materials", name), locale)


class Migration(migrations.Migration):
    dependencies = [("materials", "0009_translatable_labels"), ("advocacy", "0006_fill_translation_keys_and_site_text")]

    operations = [migrations.RunPython(forwards, backwards)]
