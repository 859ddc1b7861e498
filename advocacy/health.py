"""`/health/`: 200 when the database and cache answer, 500 naming the failing check when not.

Built on django-health-check 4.x. The answer is plain text or JSON and never cached. It names the
failing check and the kind of failure but not the error text (which can include the database
host); django-health-check logs the full error as a warning for the operators.
"""

import json

from health_check.views import HealthCheckView


def _status(result) -> str:
    return "OK" if not result.error else f"failing ({type(result.error).__name__})"


class HealthView(HealthCheckView):
    checks = ("health_check.checks.Database", "health_check.checks.Cache")

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
