"""Language was free text, so "Spanish" and "es" became two filters. Map what editors typed to a code
on the fixed list (materials.languages); text that names no listed language is left for an editor."""

from django.db import migrations, models

from materials.languages import code_for


def _material_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="materials", model="materialpage").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def text_to_codes(apps, schema_editor):
    MaterialPage = apps.get_model("materials", "MaterialPage")
    for page in MaterialPage.objects.only("pk", "language"):
        code = code_for(page.language)
        if code and code != page.language:
            MaterialPage.objects.filter(pk=page.pk).update(language=code)
    for revision in _material_revisions(apps).iterator():
        code = code_for(revision.content.get("language", ""))
        if code and code != revision.content["language"]:
            revision.content["language"] = code
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('materials', '0007_remove_materialpage_stages'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(text_to_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='materialpage',
            name='language',
            field=models.CharField(choices=[('en', 'English'), ('es', 'Español'), ('pl', 'Polski'), ('fr', 'Français'), ('de', 'Deutsch'), ('it', 'Italiano'), ('pt', 'Português'), ('ro', 'Română'), ('ar', 'العربيّة'), ('ur', 'اردو'), ('pa', 'ਪੰਜਾਬੀ'), ('bn', 'বাংলা'), ('hi', 'हिंदी'), ('zh-hans', '简体中文'), ('cy', 'Cymraeg')], default='en', help_text='The language the material is written in.', max_length=12),
        ),
    ]
