from .base import BasePage, ReviewedContentMixin, SocialImageMixin
from .images import SiteImage, SiteRendition
from .pages import CommunityPage, ContentPage, HomePage, IntroBodyPage, MissionPage, SectionIndexPage
from .reviewers import Reviewer
from .site_settings import SiteSettings, SiteText
from .translation_review import TranslationReview, mark_for_review

__all__ = [
    "BasePage",
    "CommunityPage",
    "ContentPage",
    "HomePage",
    "IntroBodyPage",
    "MissionPage",
    "ReviewedContentMixin",
    "Reviewer",
    "SectionIndexPage",
    "SiteImage",
    "SiteRendition",
    "SiteSettings",
    "SiteText",
    "SocialImageMixin",
    "TranslationReview",
    "mark_for_review",
]
