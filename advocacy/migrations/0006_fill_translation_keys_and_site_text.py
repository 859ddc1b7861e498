"""Give existing reviewers translation keys, and move each site's words into its own site text."""

from django.db import migrations

from advocacy.migration_i18n import bootstrap_translation_keys, default_locale

TEXT_FIELDS = ("mission_statement", "medical_disclaimer", "care_team_note", "urgent_help_heading", "urgent_help")


def forwards(apps, schema_editor):
    locale = default_locale(apps)
    bootstrap_translation_keys(apps.get_model("advocacy", "Reviewer"), locale)
    SiteText = apps.get_model("advocacy", "SiteText")
    for site_settings in apps.get_model("advocacy", "SiteSettings").objects.filter(text__isnull=True):
        words = {name: getattr(site_settings, name) for name in TEXT_FIELDS}  # what editors saved, as it is
        site_name = site_settings.site.site_name or site_settings.site.hostname
        site_settings.text = SiteText.objects.create(locale=locale, name=f"Site text ({site_name})"[:80], **words)
        site_settings.save(update_fields=["text"])


def backwards(apps, schema_editor):
    for site_settings in apps.get_model("advocacy", "SiteSettings").objects.exclude(text__isnull=True):
        for name in TEXT_FIELDS:
            setattr(site_settings, name, getattr(site_settings.text, name))
        site_settings.save(update_fields=list(TEXT_FIELDS))


class Migration(migrations.Migration):
    dependencies = [("advocacy", "0005_translatable_reviewers_and_site_text")]

    operations = [migrations.RunPython(forwards, backwards)]
