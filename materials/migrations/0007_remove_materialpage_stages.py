from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('materials', '0006_copy_material_stages_to_slugs'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='materialpage',
            name='stages',
        ),
    ]
