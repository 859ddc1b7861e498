from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StagingConfig(AppConfig):
    name = "staging"
    verbose_name = "Cachexia stages"

    def ready(self):
        from .history import create_initial_revisions

        post_migrate.connect(create_initial_revisions, sender=self)
