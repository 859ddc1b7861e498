"""Unit conversions and the two numbers the checker works out: BMI and weight-loss %.

Decimal throughout, rounded to one decimal place: the value shown is the value compared.
"""

from decimal import ROUND_HALF_UP, Decimal

KG_PER_LB = Decimal("0.45359237")
CM_PER_INCH = Decimal("2.54")
ONE_DECIMAL = Decimal("0.1")


def pounds_to_kg(pounds: Decimal) -> Decimal:
    return pounds * KG_PER_LB


def feet_inches_to_cm(feet: Decimal, inches: Decimal) -> Decimal:
    return (feet * 12 + inches) * CM_PER_INCH


def round1(value: Decimal) -> Decimal:
    return value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def body_mass_index(weight_kg: Decimal, height_cm: Decimal) -> Decimal:
    metres = height_cm / 100
    return round1(weight_kg / (metres * metres))


def weight_loss_percent(earlier_kg: Decimal, current_kg: Decimal) -> Decimal:
    """Percent of the earlier weight that has been lost; negative means weight was gained."""
    return round1((earlier_kg - current_kg) / earlier_kg * 100)
