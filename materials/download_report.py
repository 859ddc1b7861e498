"""Admin report of downloads per material over a chosen period (Wagtail's ReportView: filters, CSV and XLSX).

Only daily totals exist (``DownloadDay``), so there is no personal data to show.
"""

import datetime

import django_filters
from django.db.models import Max, Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import MaterialPage

DEFAULT_DAYS = 30


def default_period() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return today - datetime.timedelta(days=DEFAULT_DAYS - 1), today


class DownloadFilterSet(WagtailFilterSet):
    period = django_filters.DateFromToRangeFilter(
        label="Period",
        method="keep_every_material",
        widget=DateRangePickerWidget,
        help_text=f"Leave empty for the last {DEFAULT_DAYS} days.",
    )
    title = django_filters.CharFilter(label="Material title contains", lookup_expr="icontains")

    class Meta:
        model = MaterialPage
        fields = []

    def keep_every_material(self, queryset, name, value):
        """The period changes what is counted (see ``DownloadReportView.get_queryset``), not which rows show."""
        return queryset


class DownloadReportView(ReportView):
    page_title = "Downloads"
    header_icon = "download"
    index_url_name = "download_report"
    index_results_url_name = "download_report_results"
    filterset_class = DownloadFilterSet
    default_ordering = "-period_total"
    list_export = ["title", "period_total", "all_time", "last_download"]
    export_headings = {
        "title": "Material",
        "period_total": "Downloads in the period",
        "all_time": "Downloads, all time",
        "last_download": "Last downloaded",
    }
    columns = [
        TitleColumn(
            "title",
            label="Material",
            sort_key="title",
            get_url=lambda material: reverse("wagtailadmin_pages:edit", args=[material.pk]),
        ),
        Column("period_total", label="Downloads in the period", sort_key="period_total"),
        Column("all_time", label="Downloads, all time", sort_key="all_time"),
        Column("last_download", label="Last downloaded", sort_key="last_download"),
    ]

    @property
    def period(self) -> tuple[datetime.date, datetime.date]:
        start, end = default_period()
        if self.filters and self.filters.is_valid() and self.filters.form.cleaned_data.get("period"):
            chosen = self.filters.form.cleaned_data["period"]
            start, end = chosen.start or start, chosen.stop or end
        return start, end

    @property
    def page_subtitle(self) -> str:
        start, end = self.period
        return f"{start:%-d %b %Y} to {end:%-d %b %Y}"

    def get_base_queryset(self):
        in_period = Q(download_days__date__range=self.period)
        return MaterialPage.objects.annotate(
            period_total=Coalesce(Sum("download_days__count", filter=in_period), 0),
            all_time=Coalesce(Sum("download_days__count"), 0),
            last_download=Max("download_days__date"),
        )

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering, "title")
