from django.apps import AppConfig


class EditorTwoFactorConfig(AppConfig):
    name = "editor_2fa"
    verbose_name = "Two-step sign-in for editors"

    def ready(self):
        from . import checks  # noqa: F401 (registers the deploy check)
