from .base import BasePage, ReviewedContentMixin, SocialImageMixin
from .images import SiteImage, SiteRendition
from .pages import CommunityPage, ContentPage, HomePage, IntroBodyPage, MissionPage, SectionIndexPage
from .reviewers import Reviewer
from .site_settings import SiteSettings

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
    "SocialImageMixin",
]
