"""Cheap checks that keep most automated spam out of the question form without bothering people.

- A honeypot field that people never see or reach (hidden by CSS and from assistive technology).
- A signed time stamp of when the form was first shown: a form sent sooner than
  ``QUESTIONS_MIN_SECONDS_TO_SUBMIT`` after that, or with a missing, forged or day-old stamp, is shown
  again with a friendly message and the text kept.
- Web addresses in a question do not block it, but flag it for careful triage.
"""

import re
import time

from django.conf import settings
from django.core import signing

STAMP_SALT = "questions.form-shown-at"
STAMP_MAX_AGE = 24 * 60 * 60
LINK_PATTERN = re.compile(
    r"(https?://|www\.|\b[a-z0-9-]+\.(com|net|org|info|biz|ru|xyz|top|io|co|uk|me|link|click)\b)", re.IGNORECASE
)


def new_stamp(shown_at: float | None = None) -> str:
    return signing.dumps(shown_at if shown_at is not None else time.time(), salt=STAMP_SALT)


def shown_at(stamp: str) -> float | None:
    """When the form was first shown, or None if the stamp is missing, forged or more than a day old."""
    try:
        value = signing.loads(stamp or "", salt=STAMP_SALT, max_age=STAMP_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(value, int | float) or not 0 <= time.time() - value <= STAMP_MAX_AGE:
        return None
    return float(value)


def seconds_too_soon(first_shown: float) -> bool:
    return time.time() - first_shown < settings.QUESTIONS_MIN_SECONDS_TO_SUBMIT


def contains_link(text: str) -> bool:
    return bool(LINK_PATTERN.search(text))
