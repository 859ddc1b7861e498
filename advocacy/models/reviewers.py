from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Reviewer(TranslatableMixin, index.Indexed, models.Model):
    """An expert who answers questions or checks health content: one profile, reused across the site.

    ``user`` links the profile to a sign-in account, so a clinical approval in the admin can be
    recorded on the page as this reviewer (see ``advocacy.clinical_review``).

    Translatable: each language has its own wording of the credentials and role. The sign-in account
    belongs to the default-language profile only (a person has one account), so it is not copied.
    """

    name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=160, help_text="For example: RD, MSc or MD, FRCP.")
    role = models.CharField(max_length=160, blank=True, help_text="For example: Oncology dietitian.")
    organisation = models.CharField(max_length=160, blank=True)
    conflicts_of_interest = models.TextField(blank=True, default="None declared.")
    photo = models.ForeignKey(
        "advocacy.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. A clear head-and-shoulders photo.",
    )
    photo_alt_text = models.CharField(
        max_length=250,
        blank=True,
        help_text="Describe the photo for people who cannot see it, for example: Dr Ana Ruiz smiling.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profile",
        verbose_name="sign-in account",
        help_text="Link the person's admin account, so their clinical approvals are recorded under this profile.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("conflicts_of_interest"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading="Photo"),
        FieldPanel("user"),
    ]
    # Listed in full (not derived) so the sign-in account is left out: it is unique to one profile.
    translatable_fields = [
        SynchronizedField("name", overridable=False),
        TranslatableField("credentials"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        TranslatableField("conflicts_of_interest"),
        SynchronizedField("photo"),
        TranslatableField("photo_alt_text"),
    ]
    exclude_fields_in_copy = ["user"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "expert or reviewer"
        verbose_name_plural = "experts and reviewers"

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}"

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt_text.strip():
            raise ValidationError({"photo_alt_text": "Describe the photo for people who cannot see it."})
