"""Public non-page URLs of the advocacy app."""

from django.urls import path

from . import views
from .health import HealthView

app_name = "advocacy"
urlpatterns = [
    path("search/", views.search, name="search"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("health/", HealthView.as_view(), name="health"),
]
