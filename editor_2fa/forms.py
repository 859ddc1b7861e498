from django import forms

from . import devices


class CodeForm(forms.Form):
    """One code: six digits from the app, or (when signing in) a recovery code."""

    code = forms.CharField(max_length=40, strip=True)

    def __init__(self, *args, user, label, help_text="", candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.candidates = candidates
        self.device = None
        field = self.fields["code"]
        field.label = label
        field.help_text = help_text
        field.widget.attrs.update(
            {"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false", "autofocus": True}
        )

    def clean_code(self):
        self.device = devices.verify(self.user, self.cleaned_data["code"], self.candidates)
        if self.device is None:
            raise forms.ValidationError(
                "That code did not work. Codes change every 30 seconds and each one works only once: "
                "wait for a new code in your app and type it in. If you keep getting this, check that "
                "your phone's clock is set automatically."
            )
        return self.cleaned_data["code"]
