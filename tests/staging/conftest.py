import pytest

from staging.models import CriteriaSet
from tests.factories import SectionIndexPageFactory, StagesPageFactory
from tests.helpers import write_guard


@pytest.fixture
def fearon(db):
    return CriteriaSet.objects.get(slug="fearon-2011")


@pytest.fixture
def society(db):
    return CriteriaSet.objects.get(slug="society-wording")


@pytest.fixture
def stages_page(home_page):
    """The stages page and its checker, in a section under the home page (the demo's place: /about-cachexia/stages/)."""
    return StagesPageFactory(parent=SectionIndexPageFactory(parent=home_page))


@pytest.fixture
def no_writes():
    """Fail if the block runs any INSERT, UPDATE or DELETE."""

    return write_guard()


@pytest.fixture
def generous_rate_limit(settings):
    """For tests that post to the checker many times on purpose (the limit: tests/advocacy/test_rate_limits.py)."""
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check_numbers": (100_000, 600)}
