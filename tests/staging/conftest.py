import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from staging.models import CriteriaSet


@pytest.fixture
def fearon(db):
    return CriteriaSet.objects.get(slug="fearon-2011")


@pytest.fixture
def society(db):
    return CriteriaSet.objects.get(slug="society-wording")


@pytest.fixture
def stages_page(demo_site):
    from staging.models import StagesPage

    return StagesPage.objects.get()


@pytest.fixture
def no_writes():
    """Fail if the block runs any INSERT, UPDATE or DELETE."""

    class Guard(CaptureQueriesContext):
        def __exit__(self, *exc):
            super().__exit__(*exc)
            writes = [
                q["sql"]
                for q in self.captured_queries
                if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
            ]
            assert writes == [], writes

    return Guard(connection)
