"""The "check your numbers" form. Only ASCII digits are accepted, so what is shown is what was typed."""

import re
from decimal import Decimal, InvalidOperation

from django import forms

from .evaluation import Measurements
from .units import body_mass_index, feet_inches_to_cm, pounds_to_kg, weight_loss_percent

NUMBER = re.compile(r"[0-9]{1,4}(\.[0-9]{1,2})?")
WHOLE_NUMBER = re.compile(r"[0-9]{1,3}")
NUMBER_HELP = "Use the digits 0 to 9, for example 72.5."
MAX_CHARACTERS = 10

WEIGHT_RANGE = {"metric": (Decimal(20), Decimal(350), "kg"), "imperial": (Decimal(44), Decimal(770), "lb")}
HEIGHT_CM_RANGE = (Decimal(100), Decimal(250))
HEIGHT_FT_RANGE = (Decimal(3), Decimal(8))
NO_AUTOFILL = {"autocomplete": "off", "inputmode": "decimal", "spellcheck": "false"}


class PlainNumberField(forms.CharField):
    """A number typed with ASCII digits and an optional decimal point: no exponents, no other scripts."""

    def __init__(self, *, whole=False, **kwargs):
        self.pattern = WHOLE_NUMBER if whole else NUMBER
        attrs = {**NO_AUTOFILL, "inputmode": "numeric" if whole else "decimal", "maxlength": MAX_CHARACTERS}
        super().__init__(widget=forms.TextInput(attrs=attrs), **kwargs)

    def to_python(self, value):
        text = super().to_python(value).strip()
        if text in self.empty_values:
            return None
        if len(text) > MAX_CHARACTERS:
            raise forms.ValidationError(f"That is too long for a number. {NUMBER_HELP}", code="max_length")
        if not self.pattern.fullmatch(text):
            raise forms.ValidationError(f"Enter a number. {NUMBER_HELP}", code="invalid")
        try:
            return Decimal(text)
        except InvalidOperation as error:  # pragma: no cover - the pattern already excludes this
            raise forms.ValidationError(f"Enter a number. {NUMBER_HELP}", code="invalid") from error


class CheckNumbersForm(forms.Form):
    criteria_set = forms.ChoiceField(label="Which description of the stages?", widget=forms.RadioSelect)
    units = forms.ChoiceField(
        label="Units",
        choices=[("metric", "Kilograms and centimetres"), ("imperial", "Pounds, and feet and inches")],
        initial="metric",
        widget=forms.RadioSelect,
    )
    current_weight = PlainNumberField(label="Your weight now", help_text="In kilograms or pounds.")
    earlier_weight = PlainNumberField(
        label="Your weight before you started losing weight", help_text="In kilograms or pounds."
    )
    months_ago = PlainNumberField(
        label="How many months ago was that earlier weight?", whole=True, help_text="A whole number, 1 to 120."
    )
    height_cm = PlainNumberField(label="Height in centimetres", required=False)
    height_feet = PlainNumberField(label="Feet", whole=True, required=False)
    height_inches = PlainNumberField(label="Inches", required=False)
    age = PlainNumberField(label="Your age in years", whole=True, help_text="18 to 120.")
    appetite_loss = forms.ChoiceField(
        label="Have you lost your appetite, or do you feel full quickly?",
        choices=[("yes", "Yes"), ("no", "No"), ("unsure", "Not sure")],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, criteria_sets=(), **kwargs):
        super().__init__(*args, **kwargs)
        sets = list(criteria_sets)
        self.fields["criteria_set"].choices = [(s.slug, s.name) for s in sets]
        if sets:
            self.fields["criteria_set"].initial = sets[0].slug

    def clean_months_ago(self):
        return _in_range(self.cleaned_data["months_ago"], Decimal(1), Decimal(120), "months")

    def clean_age(self):
        return _in_range(self.cleaned_data["age"], Decimal(18), Decimal(120), "years")

    def clean(self):
        data = super().clean()
        units = data.get("units")
        if units not in WEIGHT_RANGE:
            return data
        low, high, unit = WEIGHT_RANGE[units]
        for name in ("current_weight", "earlier_weight"):
            if data.get(name) is not None and not low <= data[name] <= high:
                self.add_error(name, f"Enter a weight between {low} and {high} {unit}.")
        if units == "metric":
            self._check_height_cm(data)
        else:
            self._check_height_imperial(data)
        return data

    def _check_height_cm(self, data):
        height = data.get("height_cm")
        if height is None:
            if "height_cm" not in self.errors:
                self.add_error("height_cm", "Enter your height in centimetres.")
            return
        low, high = HEIGHT_CM_RANGE
        if not low <= height <= high:
            hint = f" Did you mean {height * 100:.0f} cm?" if height < 3 else ""
            self.add_error("height_cm", f"Enter a height between {low} and {high} cm.{hint}")

    def _check_height_imperial(self, data):
        feet, inches = data.get("height_feet"), data.get("height_inches")
        if feet is None:
            if "height_feet" not in self.errors:
                self.add_error("height_feet", "Enter your height in feet (and inches).")
            return
        low, high = HEIGHT_FT_RANGE
        if not low <= feet <= high:
            self.add_error("height_feet", f"Enter feet between {low} and {high}.")
        if inches is not None and inches >= 12:
            self.add_error("height_inches", "Inches must be less than 12.")

    def measurements(self) -> tuple[Measurements, dict]:
        """The converted numbers, plus the figures to show the visitor."""
        data = self.cleaned_data
        if data["units"] == "metric":
            current, earlier, height = data["current_weight"], data["earlier_weight"], data["height_cm"]
        else:
            current, earlier = pounds_to_kg(data["current_weight"]), pounds_to_kg(data["earlier_weight"])
            height = feet_inches_to_cm(data["height_feet"], data["height_inches"] or Decimal(0))
        loss = weight_loss_percent(earlier, current)
        bmi = body_mass_index(current, height)
        appetite = {"yes": True, "no": False}.get(data["appetite_loss"])
        measurements = Measurements(
            weight_loss_pct=loss, months=int(data["months_ago"]), bmi=bmi, age=int(data["age"]), appetite_loss=appetite
        )
        shown = {"bmi": bmi, "weight_loss_pct": loss, "weight_gained": loss < 0, "months": int(data["months_ago"])}
        return measurements, shown


def _in_range(value, low, high, unit):
    if value is not None and not low <= value <= high:
        raise forms.ValidationError(f"Enter a number from {low} to {high} {unit}.")
    return value
