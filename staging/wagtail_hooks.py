"""Criteria sets in the admin: a snippet with drafts, revisions, history, locking and compare."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CriteriaSet


class CriteriaSetViewSet(SnippetViewSet):
    model = CriteriaSet
    icon = "table"
    menu_label = "Cachexia stages"
    menu_name = "cachexia-stages"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "version", "is_default", "is_society_wording", "live", "last_published_at"]
    list_filter = ["is_default", "is_society_wording", "live"]
    search_fields = ["name", "source_citation"]
    ordering = ["sort_order", "name"]


register_snippet(CriteriaSetViewSet)
