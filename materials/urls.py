from django.urls import path

from . import views

app_name = "materials"
urlpatterns = [path("m/<slug:code>/", views.short_link, name="short_link")]
