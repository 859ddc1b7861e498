import copy

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin

from advocacy import site_memo

DEFAULT_MISSION = (
    "To empower patients with cachexia to live their lives to the fullest through awareness, education, and community."
)
DEFAULT_DISCLAIMER = (
    "The information on this website is for general education. It does not replace advice "
    "from your own doctor, nurse or dietitian. Talk to your care team about your own health."
)

DEFAULT_CARE_TEAM_NOTE = "This information adds to the care you get from your care team. It does not replace it."
DEFAULT_URGENT_HELP_HEADING = "This form is not for urgent problems"
DEFAULT_URGENT_HELP = (
    "We answer questions in about two weeks, and we cannot give advice about your own care.\n"
    "If you are having cancer treatment and you feel unwell, call your 24-hour chemotherapy line now. "
    "The number is on the alert card your hospital gave you.\n"
    "For anything else about your own care, talk to your care team: your doctor, nurse or dietitian."
)


class SiteText(TranslatableMixin, models.Model):
    """The words shown across the site, one version per language (translated like any snippet).

    Numbers (the emergency number, the chemotherapy line) and links stay in the site settings: a
    translation cannot change them.
    """

    name = models.CharField(
        max_length=80, default="Site text", help_text="For editors only: which site this text is for."
    )
    mission_statement = models.TextField(default=DEFAULT_MISSION)
    medical_disclaimer = models.TextField(default=DEFAULT_DISCLAIMER)
    care_team_note = models.CharField(
        max_length=255,
        default=DEFAULT_CARE_TEAM_NOTE,
        help_text="Shown on every education page, next to the review details.",
    )
    urgent_help_heading = models.CharField(max_length=120, default=DEFAULT_URGENT_HELP_HEADING)
    urgent_help = models.TextField(
        default=DEFAULT_URGENT_HELP,
        help_text="What to do instead of using the question form. Each line is shown as one point.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("mission_statement"),
        MultiFieldPanel([FieldPanel("medical_disclaimer"), FieldPanel("care_team_note")], heading="Health information"),
        MultiFieldPanel([FieldPanel("urgent_help_heading"), FieldPanel("urgent_help")], heading="Urgent help"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site text")

    def __str__(self) -> str:
        return self.name


TEXT_FIELDS = ("mission_statement", "medical_disclaimer", "care_team_note", "urgent_help_heading", "urgent_help")


def _localized_text(text_id: int | None, language: str):
    """The site text in ``language`` (or in the default language if it has no translation yet), or None.
    One query (and the locale list, remembered per site version)."""
    if text_id is None:
        return None
    from advocacy.localized import active_locale_id

    with translation.override(language):
        locale_id = active_locale_id()
    same_key = SiteText.objects.filter(pk=text_id).values("translation_key")
    found = list(SiteText.objects.filter(Q(pk=text_id) | Q(translation_key__in=same_key, locale_id=locale_id)))
    return next((t for t in found if t.locale_id == locale_id), None) or next(
        (t for t in found if t.pk == text_id), None
    )


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide text that editors change without touching templates."""

    organisation_name = models.CharField(max_length=120, default="Cancer Cachexia Society")
    text = models.ForeignKey(
        SiteText,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="site text",
        help_text="The mission statement, disclaimer and other words shown across the site. Edit and translate "
        "them under Snippets, Site text.",
    )
    facebook_url = models.URLField(
        "Facebook community URL", blank=True, help_text="Link to the society's Facebook page or group."
    )
    contact_email = models.EmailField(blank=True)

    # Questions from visitors. The ask page is chosen here so templates in this base layer can link
    # to it without importing the app that defines it.
    ask_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="'Ask a question' page",
        help_text="Linked from the home page, the community page and the foot of every education page.",
    )
    emergency_number = models.CharField(
        max_length=20, default="999", help_text="The emergency number in your country, for example 999, 112 or 911."
    )
    chemotherapy_line = models.CharField(
        "24-hour chemotherapy line",
        max_length=40,
        blank=True,
        help_text="Optional. A phone number to show. Leave empty if people should use the number on their own card.",
    )
    question_retention_days = models.PositiveSmallIntegerField(
        "keep questions for (days)",
        default=90,
        validators=[MinValueValidator(1), MaxValueValidator(730)],
        help_text="Questions, and any email address with them, are deleted after this many days.",
    )
    question_answer_days = models.PositiveSmallIntegerField(
        "answer within (days)",
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="New or assigned questions older than this show as overdue on the dashboard.",
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("text"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("facebook_url")], heading="Contact and community"),
        MultiFieldPanel(
            [
                PageChooserPanel("ask_page", "questions.AskQuestionPage"),
                FieldPanel("emergency_number"),
                FieldPanel("chemotherapy_line"),
                FieldPanel("question_retention_days"),
                FieldPanel("question_answer_days"),
            ],
            heading="Questions from visitors",
        ),
    ]

    def localized_text(self):
        """The site text in the active language, read once per site version and language."""
        return site_memo.remember(
            ("site-text", self.text_id, get_language()), lambda: _localized_text(self.text_id, get_language())
        )

    def _word(self, field_name: str) -> str:
        text = self.localized_text()
        return getattr(text, field_name) if text is not None else SiteText._meta.get_field(field_name).default

    mission_statement = property(lambda self: self._word("mission_statement"))
    medical_disclaimer = property(lambda self: self._word("medical_disclaimer"))
    care_team_note = property(lambda self: self._word("care_team_note"))
    urgent_help_heading = property(lambda self: self._word("urgent_help_heading"))
    urgent_help = property(lambda self: self._word("urgent_help"))

    @property
    def urgent_help_points(self) -> list[str]:
        return [line.strip() for line in self.urgent_help.splitlines() if line.strip()]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def for_request(cls, request):
        """As Wagtail's, but read from the database once per site version (advocacy/site_memo.py)."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = site_memo.site_for_request(request)
            if site is not None:
                key = ("settings", cls, site.pk, translation.get_language())  # per language: settings may be translated
                found = copy.copy(site_memo.remember(key, lambda: with_related(cls.for_site(site))))
                found._request = request
                setattr(request, attr_name, found)
        return super().for_request(request)


def with_related(setting):
    """``setting`` with the objects its foreign keys point at loaded (the ask page...): each request's
    copy shares them, so templates that follow those keys cost no query."""
    for field in setting._meta.concrete_fields:
        if field.is_relation and field.many_to_one and getattr(setting, field.attname) is not None:
            getattr(setting, field.name)
    return setting
