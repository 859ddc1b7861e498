from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from editor_2fa.devices import forget


class Command(BaseCommand):
    help = (
        "Remove an editor's authenticator app and recovery codes (a lost phone and lost codes). "
        "They set up two-step sign-in again at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get_by_natural_key(username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"There is no user called {username!r}.") from error
        removed = forget(user)
        self.stdout.write(
            f"Removed {removed} sign-in device(s) of {username}. They will set up two-step sign-in at their next "
            "sign-in: make sure it is really them asking."
        )
