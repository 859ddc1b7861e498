from django.apps import apps
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import translation_publishing
from .clinical_review import WORKFLOW_NAME, is_health_page
from .models import ReviewedContentMixin, Reviewer, SiteText, TranslationReview
from .review_report import ReviewDueReportView


class ReviewerViewSet(SnippetViewSet):
    model = Reviewer
    icon = "user"
    menu_label = "Experts and reviewers"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "credentials", "role", "organisation", "user"]
    list_filter = ["organisation"]
    search_fields = ["name", "role"]


register_snippet(ReviewerViewSet)


class SiteTextViewSet(SnippetViewSet):
    """The words shown across the site, one version per language (Translate from the listing)."""

    model = SiteText
    icon = "doc-full"
    menu_label = "Site text"
    add_to_settings_menu = True
    list_display = ["name", "locale"]


register_snippet(SiteTextViewSet)


class TranslationReviewViewSet(SnippetViewSet):
    """Translated pages waiting for a native-speaking clinician's check: open ones have no "checked at"."""

    model = TranslationReview
    icon = "warning"
    menu_label = "Translations to check"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["page", "note", "created_at", "checked_at"]
    list_filter = {"checked_at": ["isnull"]}
    panels = [FieldPanel("note"), FieldPanel("checked_at")]


register_snippet(TranslationReviewViewSet)


@hooks.register("register_admin_urls")
def register_review_report_url():
    return [
        path("reports/reviews-due/", ReviewDueReportView.as_view(), name="review_due_report"),
        path(
            "reports/reviews-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem("Reviews due", reverse("review_due_report"), icon_name="time", order=50)


DIRECT_PUBLISH_REFUSED = (
    "Health pages go live only after a clinical reviewer approves them. Your changes are saved as a draft: "
    f"choose “Submit to {WORKFLOW_NAME}” to send them for approval."
)


@hooks.register("before_publish_page")
def health_pages_publish_through_clinical_review(request, page):
    """Only a superuser may publish a health page directly; everyone else goes through the workflow."""
    if is_health_page(page.specific) and not request.user.is_superuser:
        if page.live and page.first_published_at is None:
            # Wagtail's add view saved the new page as live before asking: keep it as a draft instead.
            type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("construct_page_action_menu")
def health_pages_offer_no_direct_publish(menu_items, request, context):
    """Editors see "Submit to Clinical review" on a health page, not a Publish button that would refuse them."""
    if request.user.is_superuser:
        return
    page = context.get("page")
    if page is not None:
        health = is_health_page(page.specific)
    else:  # a new page: its type is in the add view's address
        kwargs = request.resolver_match.kwargs if request.resolver_match else {}
        model_name = kwargs.get("content_type_app_name"), kwargs.get("content_type_model_name")
        health = all(model_name) and issubclass(apps.get_model(*model_name), ReviewedContentMixin)
    if health:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_bulk_action")
def health_pages_bulk_publish_through_clinical_review(request, action_type, objects, action_class_instance):
    if action_type == "publish" and not request.user.is_superuser:
        if any(is_health_page(getattr(obj, "specific", obj)) for obj in objects):
            messages.error(request, DIRECT_PUBLISH_REFUSED)
            return redirect("wagtailadmin_explore_root")
    return None


# wagtail-localize publishes translations without Wagtail's before_publish_page hook: its two publish
# actions are held to the same rule here (advocacy/translation_publishing.py). Both run before
# wagtail-localize's own hook and URL (order=-1).
hooks.register("before_edit_page", translation_publishing.translation_editor, order=-1)


@hooks.register("register_admin_urls", order=-1)
def sync_translations_through_clinical_review():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            translation_publishing.UpdateTranslationsView.as_view(),
            name="update_translations_with_clinical_review",
        )
    ]
