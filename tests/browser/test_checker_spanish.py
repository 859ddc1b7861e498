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
