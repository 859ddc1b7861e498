"""URLs for machines, the same in every language: robots.txt, the old favicon address, the health check."""

from django.urls import path

from . import views
from .health import HealthView

app_name = "site_services"
urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("health/", HealthView.as_view(), name="health"),
]
