"""The "check your numbers" form. Only ASCII digits are accepted, so what is shown is what was typed.

The decimal mark follows the visitor's language: a point in English ("62.5"); a comma or a point where
the language writes decimals with a comma, as Spanish does ("62,5"). Digits from other scripts are refused.
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.formats import get_format
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

from .evaluation import Measurements
from .units import body_mass_index, feet_inches_to_cm, pounds_to_kg, weight_loss_percent

NUMBER = re.compile(r"[0-9]{1,4}(\.[0-9]{1,2})?")
WHOLE_NUMBER = re.compile(r"[0-9]{1,3}")
# Translators: "72.5" is an example number; write it with your language's decimal mark.
NUMBER_HELP = gettext_lazy("Use the digits 0 to 9, for example 72.5.")
MAX_CHARACTERS = 10

WEIGHT_RANGE = {
    "metric": (Decimal(20), Decimal(350), pgettext_lazy("unit", "kg")),
    "imperial": (Decimal(44), Decimal(770), pgettext_lazy("unit", "lb")),
}
HEIGHT_CM_RANGE = (Decimal(100), Decimal(250))
HEIGHT_FT_RANGE = (Decimal(3), Decimal(8))
NO_AUTOFILL = {"autocomplete": "off", "inputmode": "decimal", "spellcheck": "false"}
# Form fields that carry health numbers: masked in error reports, never logged or stored.
SENSITIVE_FIELDS = ("current_weight", "earlier_weight", "months_ago", "height_cm", "height_feet", "height_inches")
SENSITIVE_FIELDS += ("age", "appetite_loss")


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
            message = gettext("That is too long for a number. %(help)s") % {"help": NUMBER_HELP}
            raise forms.ValidationError(message, code="max_length")
        if accepts_decimal_comma() and text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # "62,5" in Spanish is 62.5
        if not self.pattern.fullmatch(text):
            raise forms.ValidationError(enter_a_number(), code="invalid")
        try:
            return Decimal(text)
        except InvalidOperation as error:  # pragma: no cover - the pattern already excludes this
            raise forms.ValidationError(enter_a_number(), code="invalid") from error


def accepts_decimal_comma() -> bool:
    """True when the active language writes decimals with a comma (Spanish), so "62,5" means 62.5."""
    return get_format("DECIMAL_SEPARATOR") == ","


def enter_a_number() -> str:
    return gettext("Enter a number. %(help)s") % {"help": NUMBER_HELP}


class CheckNumbersForm(forms.Form):
    criteria_set = forms.ChoiceField(
        label=gettext_lazy("Which description of the stages?"),
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose which description of the stages to compare with.")},
    )
    units = forms.ChoiceField(
        label=gettext_lazy("Units"),
        choices=[
            ("metric", gettext_lazy("Kilograms and centimetres")),
            ("imperial", gettext_lazy("Pounds, and feet and inches")),
        ],
        initial="metric",
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose the units you use.")},
    )
    current_weight = PlainNumberField(
        label=gettext_lazy("Your weight now"),
        help_text=gettext_lazy("In kilograms or pounds."),
        error_messages={"required": gettext_lazy("Enter your weight now.")},
    )
    earlier_weight = PlainNumberField(
        label=gettext_lazy("Your weight before you started losing weight"),
        help_text=gettext_lazy("In kilograms or pounds."),
        error_messages={"required": gettext_lazy("Enter your weight before you started losing weight.")},
    )
    months_ago = PlainNumberField(
        label=gettext_lazy("How many months ago was that earlier weight?"),
        whole=True,
        help_text=gettext_lazy("A whole number, 1 to 120."),
        error_messages={"required": gettext_lazy("Enter how many months ago you had that weight.")},
    )
    height_cm = PlainNumberField(label=gettext_lazy("Height in centimetres"), required=False)
    height_feet = PlainNumberField(label=pgettext_lazy("height", "Feet"), whole=True, required=False)
    height_inches = PlainNumberField(label=pgettext_lazy("height", "Inches"), required=False)
    age = PlainNumberField(
        label=gettext_lazy("Your age in years"),
        whole=True,
        help_text=gettext_lazy("18 to 120."),
        error_messages={"required": gettext_lazy("Enter your age.")},
    )
    appetite_loss = forms.ChoiceField(
        label=gettext_lazy("Have you lost your appetite, or do you feel full quickly?"),
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No")), ("unsure", gettext_lazy("Not sure"))],
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose yes, no or not sure.")},
    )

    def __init__(self, *args, criteria_sets=(), **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        sets = list(criteria_sets)
        self.fields["criteria_set"].choices = [(s.slug, s.name) for s in sets]
        if sets:
            self.fields["criteria_set"].initial = sets[0].slug

    def error_summary(self) -> list[tuple[str, str]]:
        """(anchor, message) for each error, in the order of the form; each anchor is the field to fix
        (the first option of a radio group), as in the GOV.UK error summary pattern."""
        items = []
        errors = self.errors.as_data()
        for field in self:
            anchor = field.auto_id + ("_0" if isinstance(field.field.widget, forms.RadioSelect) else "")
            for error in errors.get(field.name, []):
                for message in error.messages:
                    # "Enter your age." names its field already; "Enter a number." needs the question first.
                    named = error.code == "required"
                    joiner = " " if str(field.label).endswith("?") else ": "
                    items.append((anchor, message if named else f"{field.label}{joiner}{message}"))
        items += [("", str(error)) for error in self.non_field_errors()]
        return items

    def clean_months_ago(self):
        return _in_range(self.cleaned_data["months_ago"], Decimal(1), Decimal(120), gettext_lazy("months"))

    def clean_age(self):
        return _in_range(self.cleaned_data["age"], Decimal(18), Decimal(120), gettext_lazy("years"))

    def clean(self):
        data = super().clean()
        units = data.get("units")
        if units not in WEIGHT_RANGE:
            return data
        low, high, unit = WEIGHT_RANGE[units]
        for name in ("current_weight", "earlier_weight"):
            if data.get(name) is not None and not low <= data[name] <= high:
                message = gettext("Enter a weight between %(low)s and %(high)s %(unit)s.")
                self.add_error(name, message % {"low": low, "high": high, "unit": unit})
        if units == "metric":
            self._check_height_cm(data)
        else:
            self._check_height_imperial(data)
        return data

    def _check_height_cm(self, data):
        height = data.get("height_cm")
        if height is None:
            if "height_cm" not in self.errors:
                self.add_error("height_cm", gettext("Enter your height in centimetres."))
            return
        low, high = HEIGHT_CM_RANGE
        if not low <= height <= high:
            message = gettext("Enter a height between %(low)s and %(high)s cm.") % {"low": low, "high": high}
            if height < 3:
                message += " " + gettext("Did you mean %(cm)s cm?") % {"cm": f"{height * 100:.0f}"}
            self.add_error("height_cm", message)

    def _check_height_imperial(self, data):
        feet, inches = data.get("height_feet"), data.get("height_inches")
        if feet is None:
            if "height_feet" not in self.errors:
                self.add_error("height_feet", gettext("Enter your height in feet (and inches)."))
            return
        low, high = HEIGHT_FT_RANGE
        if not low <= feet <= high:
            self.add_error(
                "height_feet", gettext("Enter feet between %(low)s and %(high)s.") % {"low": low, "high": high}
            )
        if inches is not None and inches >= 12:
            self.add_error("height_inches", gettext("Inches must be less than 12."))

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
        message = gettext("Enter a number from %(low)s to %(high)s %(unit)s.")
        raise forms.ValidationError(message % {"low": low, "high": high, "unit": unit})
    return value
