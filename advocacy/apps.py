from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AdvocacyConfig(AppConfig):
    name = "advocacy"
    verbose_name = "Advocacy and education"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
        from .site_address import apply_public_url_after_migrate

        post_migrate.connect(apply_public_url_after_migrate, sender=self, dispatch_uid="advocacy.public_url")

        from . import cache_invalidation

        cache_invalidation.connect()
