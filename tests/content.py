"""More content for scale tests: every page and snippet of the demo site, copied, of every type.

Generic on purpose: a new page type or snippet is multiplied without being named here.
"""

import itertools
import uuid

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.models import get_snippet_models


def multiply_content(factor: int, *, snippets: bool = True) -> None:
    """Make ``factor`` times the demo content: each live page whose type allows more than one
    (with its labels, stages and file) and, unless ``snippets`` is false, each snippet (labels,
    reviewers, criteria sets...) get ``factor - 1`` copies. A snippet about one row alone (a required
    one-to-one link, such as a page's translation review) is not copied: there is one per row."""
    copies = range(2, factor + 1)
    for snippet_model in [model for model in get_snippet_models() if not _one_per_row(model)] if snippets else []:
        for original, n in itertools.product(list(snippet_model.objects.all()), copies):
            _copy_snippet(original, n)
    pages = [
        page
        for page in Page.objects.live().filter(depth__gt=2).specific().order_by("path")
        if page.specific_class.max_count is None
    ]
    for page, n in itertools.product(pages, copies):
        page.copy(
            update_attrs={**_unique_values(page, n), "slug": f"{page.slug}-{n}", "title": f"{page.title} ({n})"},
            keep_live=True,
            copy_revisions=False,
            log_action=None,
        )


def _one_per_row(model) -> bool:
    return any(field.one_to_one and not field.null for field in model._meta.concrete_fields if field.is_relation)


def _copy_snippet(original, n: int) -> None:
    if isinstance(original, ClusterableModel):
        generic = [f.name for f in original._meta.private_fields if isinstance(f, GenericRelation)]
        copy, _children = original.copy_cluster(exclude_fields=generic)  # revisions, workflow states: not copied
    else:
        copy = _plain_copy(original)
    for name, value in _unique_values(original, n).items():
        setattr(copy, name, value)
    if isinstance(copy, ClusterableModel):  # translatable children (a set's stages) need keys of their own
        for relation in get_all_child_relations(copy):
            for child in getattr(copy, relation.get_accessor_name()).all():
                if hasattr(child, "translation_key"):
                    child.translation_key = uuid.uuid4()
    if isinstance(copy, DraftStateMixin):
        copy.live, copy.live_revision, copy.latest_revision = original.live, None, None
    copy.save()  # a cluster saves its children (a criteria set's stages) with it


def _unique_values(instance, n: int) -> dict:
    """New values for the instance's unique fields: text gets a suffix (a short code a fresh default), an
    optional one-to-one link (an expert's sign-in account) is left empty."""
    values = {}
    per_locale = {  # unique per language (translatable snippets): unique here too, since copies share one
        name
        for constraint in instance._meta.constraints
        if isinstance(constraint, models.UniqueConstraint)
        for name in constraint.fields
        if name != "locale"
    }
    if hasattr(instance, "translation_key"):
        values["translation_key"] = uuid.uuid4()
    for field in instance._meta.concrete_fields:
        if not (field.unique or field.name in per_locale) or field.primary_key:
            continue
        if field.is_relation and field.null:
            values[field.attname] = None
            continue
        if not isinstance(field, models.CharField):
            continue
        if field.has_default() and callable(field.default):
            values[field.attname] = field.get_default()
        else:
            suffix = f"-{n}"
            values[field.attname] = getattr(instance, field.attname)[: field.max_length - len(suffix)] + suffix
    return values


def _plain_copy(original):
    copy = original.__class__.objects.get(pk=original.pk)
    copy.pk = None
    copy._state.adding = True
    return copy
