from django.urls import path, reverse
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_second_step_urls():
    return [
        path("two-step/setup/", views.setup, name="editor_2fa_setup"),
        path("two-step/verify/", views.verify, name="editor_2fa_verify"),
        path("two-step/", views.account, name="editor_2fa_account"),
    ]


@hooks.register("register_account_menu_item")
def register_second_step_account_item(request):
    return {
        "url": reverse("editor_2fa_account"),
        "label": "Two-step sign-in",
        "help_text": "Your authenticator app and recovery codes.",
    }
