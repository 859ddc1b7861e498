"""The fixed choices a question is described by, shared by the form and the model."""

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_QUESTION_LENGTH = 2000


class AskerRole(models.TextChoices):
    PATIENT = "patient", _("I have cancer")
    CAREGIVER = "caregiver", _("I care for someone with cancer")
    CLINICIAN = "clinician", _("I work in health care")
    OTHER = "other", _("Someone else")


class CancerType(models.TextChoices):
    PANCREAS = "pancreas", _("Pancreas")
    BOWEL = "bowel", _("Bowel (colon or rectum)")
    STOMACH = "stomach", _("Stomach")
    OESOPHAGUS = "oesophagus", _("Oesophagus (food pipe)")
    LUNG = "lung", _("Lung")
    HEAD_NECK = "head-neck", _("Head and neck")
    LIVER = "liver", _("Liver or bile duct")
    BREAST = "breast", _("Breast")
    PROSTATE = "prostate", _("Prostate")
    BLOOD = "blood", _("Blood cancer (lymphoma, leukaemia or myeloma)")
    OTHER = "other", _("Another cancer")
    NOT_SURE = "not-sure", _("Not sure")


class Status(models.TextChoices):
    NEW = "new", "New"
    URGENT = "urgent", "Urgent: contacted privately"
    ASSIGNED = "assigned", "Assigned"
    ANSWERED = "answered", "Answered"
    DECLINED = "declined", "Declined"
    DUPLICATE = "duplicate", "Duplicate"


OPEN_STATUSES = (Status.NEW, Status.ASSIGNED)
