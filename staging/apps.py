from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StagingConfig(AppConfig):
    name = "staging"
    verbose_name = "Cachexia stages"

    def ready(self):
        from .seed import seed_after_migrate

        post_migrate.connect(seed_after_migrate, sender=self, dispatch_uid="staging.seed_after_migrate")
