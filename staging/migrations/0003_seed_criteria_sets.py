from django.db import migrations

from staging.seed import SEED_SETS, create_seed_sets


def seed(apps, schema_editor):
    create_seed_sets(apps.get_model("staging", "CriteriaSet"), apps.get_model("staging", "Stage"))


def unseed(apps, schema_editor):
    apps.get_model("staging", "CriteriaSet").objects.filter(slug__in=[s["slug"] for s in SEED_SETS]).delete()


class Migration(migrations.Migration):
    dependencies = [("staging", "0002_metrics_for_clinician_measures")]

    operations = [migrations.RunPython(seed, unseed)]
