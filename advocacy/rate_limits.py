"""Per-address limits on public POSTs, counted in Django's cache (Redis in production).

Why not django-ratelimit: its 4.1 release refuses Django's local-memory cache with a system error
and warns about Django's own RedisCache, which would fail ``check --deploy --fail-level WARNING``.
The counting here is a fixed window: on Redis, one atomic ``SET NX`` and ``INCR``
(advocacy/cache_backend.py); on other caches, ``cache.add`` then ``cache.incr``.

The client address is found exactly as the admin login lockout finds it (django-axes and its
``AXES_IPWARE_*`` settings), so a proxy's ``X-Forwarded-For`` is trusted for both or for neither.
Only a keyed hash of the address is kept, and only until the window ends.
"""

import functools
import hashlib
import hmac
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers


def _address_key(request) -> str:
    address = get_client_ip_address(request) or "unknown"
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def seconds_until_allowed(request, name: str) -> int:
    """Count this request against the limit called ``name``; 0 if it may go ahead, else seconds to wait."""
    limit, period = settings.RATE_LIMITS[name]
    now = time.time()
    window = int(now // period)
    key = f"rate-limit:{name}:{_address_key(request)}:{window}"
    count = _count(key, timeout=period + 1)
    if count <= limit:
        return 0
    return max(1, int((window + 1) * period - now))


def _count(key: str, timeout: int) -> int:
    if hasattr(cache, "count_in_window"):  # Redis: one round trip
        return cache.count_in_window(key, timeout)
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr: this is the first request of a new window
        cache.add(key, 1, timeout=timeout)
        return 1


def too_many_requests(request, retry_after: int):
    """The friendly 429 page. Nothing the visitor typed is shown again or kept."""
    response = TemplateResponse(request, "429.html", {"retry_minutes": max(1, round(retry_after / 60))}, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def rate_limited(name: str, methods: tuple[str, ...] | None = None):
    """Decorate a view (or, with ``method_decorator``, a page route) with the limit called ``name``.

    ``methods``: count only requests with these methods (for a view that also shows its form on GET).
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            counted = methods is None or request.method in methods
            retry_after = seconds_until_allowed(request, name) if counted else 0
            if retry_after:
                return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
