from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = "Questions and answers"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the "answer published" email)
