from django.urls import path

from . import api

app_name = "staging"
urlpatterns = [path("api/criteria-sets/", api.criteria_sets, name="criteria_sets_json")]
