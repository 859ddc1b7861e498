"""Public non-page URLs of the advocacy app that exist in every language (/search/, /es/search/)."""

from django.urls import path

from . import views

app_name = "advocacy"
urlpatterns = [
    path("search/", views.search, name="search"),
]
