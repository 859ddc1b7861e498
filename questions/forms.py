"""The public question form: short, no account, nothing stored that the form does not ask for."""

from django import forms
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import spam_checks
from .choices import MAX_QUESTION_LENGTH, AskerRole, CancerType

SENSITIVE_FIELDS = ("question", "email", "cancer_type", "website")
HONEYPOT_FIELD = "website"
TOO_FAST = _("Please take a moment to check your question, then press “Send my question” again.")
EXPIRED = _("This form was open for a long time, so please check your question and press “Send my question” again.")


class AskQuestionForm(forms.Form):
    question = forms.CharField(
        label=_("Your question"),
        help_text=format_lazy(
            _("Up to {limit} characters. Please do not include names, addresses or phone numbers."),
            limit=lazy(lambda: number_format(MAX_QUESTION_LENGTH, force_grouping=True), str)(),  # 2,000 / 2.000
        ),
        max_length=MAX_QUESTION_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true", "autocomplete": "off"}),
        error_messages={
            "required": _("Type your question."),
            "max_length": _(
                "Your question is too long: please keep it to %(limit_value)s characters (it has %(show_value)s)."
            ),
        },
    )
    asker_role = forms.ChoiceField(
        label=_("Who is asking?"),
        choices=AskerRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who is asking."), "invalid_choice": _("Choose who is asking.")},
    )
    cancer_type = forms.ChoiceField(
        label=_("Type of cancer (optional)"),
        required=False,
        choices=[("", _("Choose if you want to"))] + CancerType.choices,
        error_messages={"invalid_choice": _("Choose a type of cancer from the list, or leave it empty.")},
    )
    email = forms.EmailField(
        label=_("Your email address (optional)"),
        required=False,
        max_length=254,
        help_text=_("We use it only to tell you when the answer is published. Then we delete it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={"invalid": _("Enter an email address like name@example.com, or leave it empty.")},
    )
    consent = forms.BooleanField(
        label=_("My question may be published in an edited form, without my name"),
        error_messages={
            "required": _("Tick the box to say your question may be published, edited and without your name.")
        },
    )
    website = forms.CharField(required=False, label=_("Leave this empty"))  # the honeypot
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = spam_checks.new_stamp()

    def is_bot(self) -> bool:
        """A filled honeypot: nothing a person could do."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean_question(self) -> str:
        return self.cleaned_data["question"].strip()

    def clean(self):
        cleaned = super().clean()
        first_shown = spam_checks.shown_at(self.data.get("started", ""))
        if first_shown is None:
            self.add_error(None, EXPIRED)
        elif spam_checks.seconds_too_soon(first_shown):
            self.add_error(None, TOO_FAST)
        # Shown again, the form keeps counting from when it was first shown (or starts afresh).
        self.data = self.data.copy()
        self.data["started"] = spam_checks.new_stamp(first_shown)
        return cleaned

    def question_fields(self) -> dict:
        """What is stored: exactly the form's answers, and whether the text has a link in it."""
        data = self.cleaned_data
        return {
            "text": data["question"],
            "asker_role": data["asker_role"],
            "cancer_type": data["cancer_type"],
            "email": data["email"].strip(),
            "consent_to_publish": data["consent"],
            "contains_link": spam_checks.contains_link(data["question"]),
        }
