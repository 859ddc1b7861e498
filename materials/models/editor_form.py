"""The material page's admin form: stages as one checkbox per stage, and languages from the fixed list."""

from wagtail.admin.forms import WagtailAdminPageForm

from staging.stage_choices import StageLinksFormMixin, stages_field


class MaterialPageForm(StageLinksFormMixin, WagtailAdminPageForm):
    stages = stages_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._keep_unlisted_language()

    def _keep_unlisted_language(self):
        """Free text from before the fixed list (migration 0008 maps what it can) stays visible, so the
        select never silently shows another language; saving then asks the editor to choose one."""
        language = self.fields.get("language")
        value = self.instance.language
        if language is None or not value or value in dict(language.choices):
            return
        language.choices = [*language.choices, (value, f"{value} (not on the list: choose a language)")]
