"""`/health/`: 200 when the database and cache answer and scheduled publishing keeps up, 500 naming
the failing check when not.

Built on django-health-check 4.x. The answer is plain text or JSON and never cached. It names the
failing check and the kind of failure but not the error text (which can include the database
host); django-health-check logs the full error as a warning for the operators.
"""

import dataclasses
import datetime
import json

from asgiref.sync import sync_to_async
from django.utils import timezone
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView
from wagtail.models import Page, Revision

# `publish_scheduled` runs hourly from cron (README): anything later than this means cron has stopped.
SCHEDULE_GRACE = datetime.timedelta(hours=2)


@dataclasses.dataclass
class ScheduledPublishing(HealthCheck):
    """Fails when a page (or snippet) should have gone live, or a page should have expired, more than
    two hours ago: the hourly `manage.py publish_scheduled` is not running. Counts only, no titles
    (a scheduled page may be under embargo)."""

    async def run(self):
        # In the request's own thread and database connection (not the executor's), like the view.
        to_publish, to_expire = await sync_to_async(_overdue_counts)()
        if to_publish or to_expire:
            raise ServiceUnavailable(
                f"{to_publish} item(s) overdue to go live and {to_expire} page(s) overdue to expire by more "
                "than 2 hours: is cron running manage.py publish_scheduled?"
            )


def _status(result) -> str:
    return "OK" if not result.error else f"failing ({type(result.error).__name__})"


def _overdue_counts() -> tuple[int, int]:
    overdue = timezone.now() - SCHEDULE_GRACE
    to_publish = Revision.objects.filter(approved_go_live_at__lt=overdue).count()
    to_expire = Page.objects.filter(live=True, expire_at__lt=overdue).count()
    return to_publish, to_expire


class HealthView(HealthCheckView):
    checks = ("health_check.checks.Database", "health_check.checks.Cache", ScheduledPublishing)

    def render_to_response(self, context, **response_kwargs):
        # The library's HTML page uses inline CSS that the site's CSP blocks: answer in plain text.
        return self.render_to_response_text(response_kwargs.get("status", 200))

    def render_to_response_text(self, status):
        response = super().render_to_response_text(status)
        response.content = "".join(f"{result.check!r}: {_status(result)}\n" for result in self.results)
        return response

    def render_to_response_json(self, status):
        response = super().render_to_response_json(status)
        response.content = json.dumps({repr(result.check): _status(result) for result in self.results})
        return response

    def render_to_response_atom(self):
        return self.render_to_response_text(500 if any(r.error for r in self.results) else 200)

    render_to_response_rss = render_to_response_atom
