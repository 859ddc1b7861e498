from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Reviewer(index.Indexed, models.Model):
    """A named clinical reviewer, reused across education pages and materials."""

    name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=160, help_text="For example: RD, MSc or MD, FRCP.")
    role = models.CharField(max_length=160, blank=True, help_text="For example: Oncology dietitian.")
    organisation = models.CharField(max_length=160, blank=True)
    conflicts_of_interest = models.TextField(blank=True, default="None declared.")

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("conflicts_of_interest"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}"
