"""wagtail-localize's two ways of publishing a translation, held to the clinical review rule.

wagtail-localize publishes a translated page itself (``Translation.save_target(publish=True)``), without
Wagtail's ``before_publish_page`` hook, from the translation editor's "Publish in <language>" button and
from "Sync translated pages" with "Publish immediately". For a health page and anyone who may not
publish it directly (``needs_review_to_publish``), both save the translation as a draft and send it to
"Clinical review" instead: it goes live when a clinical reviewer approves it, as in the page editor.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import update_translations

from .clinical_review import WORKFLOW_NAME, needs_review_to_publish, submit_for_review

SENT_FOR_REVIEW = (
    "Health pages go live only after a clinical reviewer approves them. The translation is saved as a draft "
    f"and sent to {WORKFLOW_NAME}: it goes live when a reviewer approves it."
)
PUBLISH_MEANS_REVIEW = (
    f"Health pages go live only after a clinical reviewer approves them: “Publish in {{language}}” saves "
    f"this translation as a draft and sends it to {WORKFLOW_NAME}."
)
NO_WORKFLOW = "The translation is saved as a draft. Ask an administrator to set up the Clinical review workflow."


def save_for_review(translation: Translation, user) -> bool:
    """Save the translation as a draft of its page and submit that to the workflow. False if it has none."""
    translation.save_target(user=user, publish=False)
    page = translation.get_target_instance()
    return submit_for_review(page.specific, user)


def _source_needs_review(user, source) -> bool:
    model = source.specific_content_type.model_class()
    return model is not None and issubclass(model, Page) and needs_review_to_publish(user, model)


def translation_editor(request, page):
    """``before_edit_page``, before wagtail-localize's: the translation editor's Publish, for health pages."""
    if not needs_review_to_publish(request.user, page):
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("target_locale")
        .first()
    )
    if translation is None:  # not a synced translation: Wagtail's own editor, with its own checks
        return None
    language = translation.target_locale.get_display_name()
    if request.method != "POST" or request.POST.get("action") != "publish":
        messages.info(request, PUBLISH_MEANS_REVIEW.format(language=language))
        return None
    try:
        with transaction.atomic():
            submitted = save_for_review(translation, request.user)
    except ValidationError:
        messages.error(request, f"The translation into {language} could not be saved: please check it and try again.")
    else:
        messages.success(request, SENT_FOR_REVIEW if submitted else NO_WORKFLOW)
    return redirect(request.path)


class UpdateTranslationsForm(update_translations.UpdateTranslationsForm):
    def __init__(self, *args, needs_review=False, **kwargs):
        super().__init__(*args, **kwargs)
        if needs_review:
            field = self.fields["publish_translations"]
            field.label = f"Send the translations to {WORKFLOW_NAME}"
            field.help_text = (
                "Health pages go live only after a clinical reviewer approves them. The updated translations "
                "are saved as drafts and sent for review."
            )


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages": for a health page, "publish immediately" becomes "send to Clinical review"."""

    def needs_review(self) -> bool:
        return _source_needs_review(self.request.user, self.object)

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return UpdateTranslationsForm(data, needs_review=self.needs_review())

    def form_valid(self, form):
        if not (form.cleaned_data["publish_translations"] and self.needs_review()):
            return super().form_valid(form)
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)  # applies the sync and keeps every translation a draft
        submitted = True
        with transaction.atomic():
            for translation in self.object.translations.filter(enabled=True):
                with contextlib.suppress(ValidationError):  # as wagtail-localize: a broken one is left as it was
                    submitted = save_for_review(translation, self.request.user) and submitted
        messages.success(self.request, SENT_FOR_REVIEW if submitted else NO_WORKFLOW)
        return response
