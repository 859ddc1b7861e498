"""Criteria sets in Spanish: the words are translated, the numbers always come from the English set."""

import copy

import pytest
from wagtail.models import Locale

from staging.models import CriteriaSet, Stage, StagesPage
from tests.helpers import CHECKER_VALID as VALID
from tests.translation_helpers import get_in, in_language, post_in

from .admin_form import criteria_set_post_data, edit_url, set_condition

# The interface's Spanish for "Your numbers do not match this stage's description." (locale/es/LC_MESSAGES/django.po)
NOT_MATCHED = "Sus números no coinciden con la descripción de esta etapa."
pytestmark = pytest.mark.django_db

LOW_BMI = {
    **VALID,
    "criteria_set": "society-wording",
    "current_weight": "56",
    "earlier_weight": "62",
    "height_cm": "172",
    "age": "50",
}  # BMI 18.9 after 9.7% loss


@pytest.fixture
def spanish_stages(bilingual_demo_site):
    english = StagesPage.objects.get(locale__language_code="en")
    return english, in_language(english, "es")


def english_set(slug):
    return CriteriaSet.objects.get(slug=slug, locale__language_code="en")


def test_translations_share_slug_and_thresholds_and_have_their_own_words(bilingual_demo_site):
    english = english_set("society-wording")
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.slug == english.slug and spanish.live
    assert spanish.name != english.name
    for stage in english.stages.all():
        translated = spanish.stages.get(translation_key=stage.translation_key)
        assert translated.slug == stage.slug
        assert translated.rule_groups.get_prep_value() == stage.rule_groups.get_prep_value()
        assert translated.name != stage.name


def test_a_threshold_published_in_english_shows_on_the_spanish_stages_page_and_checker(admin_client, spanish_stages):
    english_page, spanish_page = spanish_stages
    society = english_set("society-wording")
    before = post_in(admin_client, spanish_page, "check/", LOW_BMI).content.decode()
    assert "<h3>Caquexia</h3>" in before  # the Spanish stage name
    met_before = before.split("<h3>Caquexia</h3>")[1].split("</section>")[0]
    assert NOT_MATCHED not in met_before  # BMI 18.9 < 20: met under the old limit
    assert " 18 kg/m²" not in get_in(admin_client, spanish_page).content.decode()

    # The editor lowers the BMI limit of "Cachexia" from 20 to 18 in the English set, and publishes.
    data = criteria_set_post_data(society, set_condition("cachexia", 0, 1, value="18"))
    assert admin_client.post(edit_url(society), data).status_code == 302

    page = get_in(admin_client, spanish_page).content.decode()
    assert "Caquexia refractaria" in page  # Spanish words...
    assert " 18 kg/m²" in page  # ...and the new number, with no Spanish edit at all
    after = post_in(admin_client, spanish_page, "check/", LOW_BMI).content.decode()
    assert NOT_MATCHED in after.split("<h3>Caquexia</h3>")[1].split("</section>")[0]


def test_a_translation_cannot_change_a_number(client, spanish_stages):
    _english_page, spanish_page = spanish_stages
    english = english_set("society-wording").stages.get(slug="cachexia")
    spanish = Stage.objects.get(translation_key=english.translation_key, locale__language_code="es")
    groups = copy.deepcopy(english.rule_groups.get_prep_value())
    groups[0]["value"]["conditions"][1]["value"] = "33"  # a stale or tampered copy in the translation
    spanish.rule_groups = groups
    spanish.save()

    page = get_in(client, spanish_page).content.decode()
    assert "33 kg/m²" not in page
    assert "20 kg/m²" in page


def test_english_readers_see_english_words(client, spanish_stages):
    english_page, _spanish_page = spanish_stages
    page = get_in(client, english_page).content.decode()
    assert "Refractory cachexia" in page and "Caquexia refractaria" not in page
