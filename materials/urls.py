from django.urls import path

from . import views

app_name = "materials"
urlpatterns = [
    path("m/<slug:code>/", views.short_link, name="short_link"),
    # Matched before Wagtail's own document URL (advocacy/urls.py includes this first).
    path("documents/<int:document_id>/<str:document_filename>", views.document, name="document"),
]
