"""The checker in Spanish: Spanish words, a decimal comma accepted, other scripts' digits still refused.

The requests go to the Spanish stages page of the bilingual demo site, at its own /es/ URL, as a
visitor's do; English keeps its behaviour (tests/staging/test_checker.py).
"""

import logging

import pytest
from django.utils import translation

from staging.forms import CheckNumbersForm
from staging.models import CriteriaSet, StagesPage
from tests.helpers import CHECKER_VALID as VALID
from tests.translation_helpers import in_language

pytestmark = pytest.mark.django_db

WITH_COMMAS = {**VALID, "current_weight": "68,4", "earlier_weight": "73,5", "height_cm": "172,0"}


@pytest.fixture
def english_stages(bilingual_demo_site):
    return StagesPage.objects.get(locale__language_code="en")


@pytest.fixture
def spanish(english_stages):
    """The Spanish stages page (the translation of the English one), whose URL starts with /es/."""
    page = in_language(english_stages, "es")
    assert page.url.startswith("/es/")
    return page


def check(client, stages_page, data):
    return client.post(stages_page.url + "check/", data)


def form_for(data):
    return CheckNumbersForm(data, criteria_sets=CriteriaSet.objects.for_display())


def test_spanish_checker_page_is_in_spanish(client, spanish):
    html = client.get(spanish.url + "check-your-numbers/").content.decode()
    assert "<h1>Compruebe sus números</h1>" in html
    assert "Su peso ahora" in html and "Comprobar mis números" in html
    for english in ("Check your numbers", "Your weight now", "Check my numbers", "Kilograms and centimetres"):
        assert english not in html


def test_a_decimal_comma_gives_the_same_result_as_a_point_in_english(client, spanish):
    spanish_html = check(client, spanish, WITH_COMMAS).content.decode()
    with translation.override("en"):
        english = form_for(VALID)
        assert english.is_valid()
        english_measurements = english.measurements()[0]
    with translation.override("es"):
        spanish_form = form_for(WITH_COMMAS)
        assert spanish_form.is_valid()
        assert spanish_form.measurements()[0] == english_measurements
    assert "<h1>Sus números</h1>" in spanish_html
    assert "23,1" in spanish_html  # the BMI, written with a comma
    assert "6,9" in spanish_html  # the weight loss in %
    assert "Esto no es un diagnóstico." in spanish_html
    assert "Se cumple:" in spanish_html  # a condition's outcome, translated and capitalised
    assert "El suyo es 6,9\u00a0%." in spanish_html  # the reason, written the Spanish way: comma, no-break space, %
    assert "This is not a diagnosis" not in spanish_html and "Met:" not in spanish_html


def test_the_spanish_result_matches_the_english_stage_by_stage(client, english_stages, spanish):
    spanish_html = check(client, spanish, {**VALID, "current_weight": "62,5", "earlier_weight": "70"})
    english_html = check(client, english_stages, {**VALID, "current_weight": "62.5", "earlier_weight": "70"})
    outcomes = 'class="outcome-'
    spanish_outcomes = [part.split('"')[0] for part in spanish_html.content.decode().split(outcomes)[1:]]
    english_outcomes = [part.split('"')[0] for part in english_html.content.decode().split(outcomes)[1:]]
    assert spanish_outcomes and spanish_outcomes == english_outcomes
    assert "10,7" in spanish_html.content.decode() and "10.7" in english_html.content.decode()


@pytest.mark.parametrize("value", ["٦٢", "٦٢,٥", "६२", "６２", "62,5,1", "62,555", "1e2", "62.5,1"])
def test_other_scripts_and_malformed_numbers_are_refused_in_spanish(client, spanish, value):
    response = check(client, spanish, {**VALID, "current_weight": value})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Revise estas respuestas, por favor" in html
    assert "Su peso ahora: Escriba un número. Use las cifras del 0 al 9, por ejemplo 72,5." in html
    assert "<h1>Sus números</h1>" not in html


def test_english_still_refuses_a_decimal_comma(client, stages_page):
    html = check(client, stages_page, {**VALID, "current_weight": "62,5"}).content.decode()
    assert "Your weight now: Enter a number. Use the digits 0 to 9, for example 72.5." in html


def test_spanish_range_errors_are_spanish(client, spanish):
    html = check(client, spanish, {**VALID, "height_cm": "1,75", "age": "12"}).content.decode()
    assert "Escriba una altura entre 100 y 250 cm. ¿Quería decir 175 cm?" in html
    assert "Escriba un número del 18 al 120 (años)." in html


def test_spanish_numbers_are_not_logged_or_put_in_the_page_address(client, spanish, caplog):
    caplog.set_level(logging.DEBUG)
    response = check(client, spanish, {**WITH_COMMAS, "current_weight": "61,3"})
    assert "no-store" in response["Cache-Control"]
    assert "61,3" not in caplog.text and "61.3" not in caplog.text
    assert response.status_code == 200 and "61" not in response.get("Location", "")
