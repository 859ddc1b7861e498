"""The stages field of page editor forms: one checkbox per stage slug, whichever criteria sets describe it."""

from django import forms

from staging.models import Stage

STAGES_HELP = (
    "Tick each stage this is written for. Each stage is listed once, even when several "
    "descriptions of the stages (criteria sets) include it."
)


def stages_field() -> forms.MultipleChoiceField:
    """Declare it on the form class (``stages = stages_field()``), so a ``FieldPanel("stages")`` can show it."""
    return forms.MultipleChoiceField(
        label="Stages", required=False, widget=forms.CheckboxSelectMultiple, help_text=STAGES_HELP
    )


class StageLinksFormMixin:
    """Mix into a ``WagtailAdminPageForm`` whose page has ``stage_links``, with ``stages = stages_field()``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = [link.slug for link in self.instance.stage_links.all()]
        names = Stage.objects.names_by_slug()
        # A stage no longer in any published set stays ticked and named by its slug, so saving never drops it.
        self.fields["stages"].choices = list(names.items()) + [(slug, slug) for slug in current if slug not in names]
        self.initial.setdefault("stages", current)

    def save(self, commit=True):
        kept = {link.slug: link for link in self.instance.stage_links.all()}
        chosen = self.cleaned_data.get("stages", [])
        link_model = self.instance.stage_links.model
        self.instance.stage_links = [kept.get(slug) or link_model(slug=slug) for slug in chosen]
        return super().save(commit=commit)
