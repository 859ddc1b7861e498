from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone


class DownloadDayManager(models.Manager):
    def record(self, material_id: int) -> None:
        """Add one to today's total for a material, safely under concurrent downloads."""
        today = timezone.localdate()
        if self.filter(material_id=material_id, date=today).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                self.create(material_id=material_id, date=today, count=1)
        except IntegrityError:  # another request created today's row first
            self.filter(material_id=material_id, date=today).update(count=F("count") + 1)


class DownloadDay(models.Model):
    """Daily download totals per material. No personal data is recorded."""

    material = models.ForeignKey("materials.MaterialPage", on_delete=models.CASCADE, related_name="download_days")
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    objects = DownloadDayManager()

    class Meta:
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["material", "date"], name="one_download_row_per_day")]

    def __str__(self) -> str:
        return f"{self.material} on {self.date}: {self.count}"
