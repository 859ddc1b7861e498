from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_MISSION = (
    "To empower patients with cachexia to live their lives to the fullest through awareness, education, and community."
)
DEFAULT_DISCLAIMER = (
    "The information on this website is for general education. It does not replace advice "
    "from your own doctor, nurse or dietitian. Talk to your care team about your own health."
)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide text that editors change without touching templates."""

    organisation_name = models.CharField(max_length=120, default="Cancer Cachexia Society")
    mission_statement = models.TextField(default=DEFAULT_MISSION)
    facebook_url = models.URLField(
        "Facebook community URL", blank=True, help_text="Link to the society's Facebook page or group."
    )
    contact_email = models.EmailField(blank=True)
    medical_disclaimer = models.TextField(default=DEFAULT_DISCLAIMER)
    care_team_note = models.CharField(
        max_length=255,
        default="This information adds to the care you get from your care team. It does not replace it.",
        help_text="Shown on every education page, next to the review details.",
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("mission_statement"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("facebook_url")], heading="Contact and community"),
        MultiFieldPanel([FieldPanel("medical_disclaimer"), FieldPanel("care_team_note")], heading="Health information"),
    ]

    class Meta:
        verbose_name = "site settings"
