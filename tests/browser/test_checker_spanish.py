"""The checker in Spanish, used like a person: a decimal comma typed, the button pressed, the result read.

The visitor opens the English checker and picks "Español" in the language switcher, which leads to the
Spanish checker under /es/ (the shared demo site has the Spanish translations).
"""

import pytest

from .helpers import assert_axe_clean

pytestmark = pytest.mark.browser
CHECKER = "/about-cachexia/stages/check-your-numbers/"


@pytest.fixture
def spanish_checker(demo, visitor):
    """The visitor on the Spanish checker, reached through the language switcher."""
    visitor.goto(demo + CHECKER)
    visitor.locator(".language-switcher").get_by_role("link", name="Español").click()
    visitor.wait_for_url("**/es" + CHECKER)
    return visitor


def test_a_person_checks_their_numbers_in_spanish_with_a_decimal_comma(spanish_checker):
    visitor = spanish_checker
    assert visitor.get_by_role("heading", level=1).inner_text() == "Compruebe sus números"
    visitor.get_by_role("group", name="Unidades").get_by_text("Kilos y centímetros").click()
    visitor.get_by_label("Su peso ahora").press_sequentially("62,5")
    visitor.get_by_label("Su peso antes de empezar a perder peso").press_sequentially("70")
    visitor.get_by_label("¿Hace cuántos meses tenía ese peso?").press_sequentially("5")
    visitor.get_by_label("Altura en centímetros").press_sequentially("172")
    visitor.get_by_role("group", name="¿Ha perdido el apetito").get_by_text("Sí", exact=True).click()
    visitor.get_by_label("Su edad en años").press_sequentially("61")
    visitor.get_by_role("button", name="Comprobar mis números").click()
    visitor.wait_for_url("**/es/about-cachexia/stages/check/")

    assert visitor.get_by_role("heading", level=1).inner_text() == "Sus números"
    summary = visitor.locator(".numbers-summary").inner_text()
    assert "21,1" in summary  # BMI 62.5 / 1.72², written the Spanish way
    assert "Ha perdido el 10,7 % de su peso anterior en 5 meses." in summary
    assert visitor.get_by_text("Esto no es un diagnóstico.").is_visible()
    assert "62,5" not in visitor.url and "62.5" not in visitor.url
    assert_axe_clean(visitor, "checker-result-es")


def test_digits_from_another_script_get_a_spanish_message(spanish_checker):
    visitor = spanish_checker
    visitor.get_by_label("Su peso ahora").press_sequentially("٦٢")
    visitor.get_by_role("button", name="Comprobar mis números").click()
    visitor.wait_for_url("**/es/about-cachexia/stages/check/")
    summary = visitor.get_by_role("alert")
    assert summary.get_by_role("heading").inner_text() == "Revise estas respuestas, por favor"
    link = summary.get_by_role(
        "link", name="Su peso ahora: Escriba un número. Use las cifras del 0 al 9, por ejemplo 72,5."
    )
    link.click()
    assert visitor.get_by_label("Su peso ahora").input_value() == "٦٢"  # kept, to correct


def test_switching_language_on_an_answer_or_a_mistake_leads_to_the_form_in_that_language(demo, visitor):
    """The answer's address only answers a POST: the switcher there offers the form, never a dead end."""
    from .test_public_controls import fill_numbers

    visitor.goto(demo + CHECKER)
    fill_numbers(visitor, weight="68.4", earlier="73.5", months="5", height="172", age="61", appetite="Yes")
    visitor.get_by_role("button", name="Check my numbers").click()
    visitor.wait_for_url("**/about-cachexia/stages/check/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "Your numbers"

    visitor.locator(".language-switcher").get_by_role("link", name="Español").click()
    visitor.wait_for_url("**/es" + CHECKER)
    assert visitor.get_by_role("heading", level=1).inner_text() == "Compruebe sus números"
    assert visitor.get_by_label("Su peso ahora").input_value() == ""
    assert visitor.url == demo + "/es" + CHECKER  # no query string: nothing typed travels in the address

    # A mistake in Spanish: the form comes back at check/, and the switcher leads to the English form.
    visitor.get_by_label("Su peso ahora").press_sequentially("setenta")
    visitor.get_by_role("button", name="Comprobar mis números").click()
    visitor.wait_for_url("**/es/about-cachexia/stages/check/")
    assert visitor.get_by_role("alert").is_visible()  # the error summary
    visitor.locator(".language-switcher").get_by_role("link", name="English").click()
    visitor.wait_for_url("**" + CHECKER)
    assert "/es/" not in visitor.url
    assert visitor.get_by_role("heading", level=1).inner_text() == "Check your numbers"
