from django.conf import settings
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import PasswordResetView
from wagtail.documents import urls as wagtaildocs_urls

from . import password_forms
from .language_routing import language_patterns
from .rate_limits import rate_limited
from .sitemaps import sitemap_for_every_language

handler500 = "advocacy.error_views.server_error"

urlpatterns = [
    # Wagtail's password-reset form sends email to anyone who asks: limited like every public POST.
    path(
        "admin/password_reset/",
        never_cache(rate_limited("password_reset", methods=("POST",))(PasswordResetView.as_view())),
    ),
    # The public forms that take a password, limited per address (advocacy/password_forms.py).
    path("admin/login/", password_forms.admin_sign_in, name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("", include("materials.urls")),  # before Wagtail's documents: old document links keep working
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        password_forms.document_shared_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_for_every_language, name="sitemap"),
    path("", include("advocacy.service_urls")),
    path("", include("staging.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and search in every language: English at /, Spanish at /es/ (advocacy/language_routing.py).
# Short links, documents, the sitemap, robots.txt and the admin above stay unprefixed.
urlpatterns += language_patterns(
    path("", include("advocacy.public_urls")),
    path("_util/login/", password_forms.private_page_sign_in, name="wagtailcore_login"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        password_forms.page_shared_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
)
