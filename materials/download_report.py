"""Admin report of download totals: per material, for a chosen period. No personal data exists to show."""

import datetime

from django import forms
from django.db.models import Q, Sum
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from .models import DownloadDay, MaterialPage

DEFAULT_DAYS = 30


class PeriodForm(forms.Form):
    start = forms.DateField(label="From", required=False, widget=AdminDateInput)
    end = forms.DateField(label="To", required=False, widget=AdminDateInput)
    q = forms.CharField(label="Material title contains", required=False, max_length=100)


class DownloadReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Downloads"
    page_subtitle = "Daily totals per material"
    header_icon = "download"
    template_name = "materials/admin/download_report.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        form = PeriodForm(self.request.GET or None)
        start, end, query = today - datetime.timedelta(days=DEFAULT_DAYS - 1), today, ""
        if form.is_valid():
            start = form.cleaned_data["start"] or start
            end = form.cleaned_data["end"] or end
            query = form.cleaned_data["q"]
        in_period = Q(download_days__date__range=(start, end))
        materials = (
            MaterialPage.objects.filter(title__icontains=query)
            .annotate(period_total=Sum("download_days__count", filter=in_period), all_time=Sum("download_days__count"))
            .order_by("-period_total", "title")
        )
        daily = (
            DownloadDay.objects.filter(date__range=(start, end), material__title__icontains=query)
            .select_related("material")
            .order_by("-date", "material__title")[:500]
        )
        return {
            **super().get_context_data(**kwargs),
            "form": form,
            "start": start,
            "end": end,
            "materials": materials,
            "daily": daily,
        }
