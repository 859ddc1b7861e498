from .criteria import CriteriaSet, CriteriaSetQuerySet, Stage
from .pages import StagesPage
from .stage_links import StageLink, StageLinkedMixin

__all__ = ["CriteriaSet", "CriteriaSetQuerySet", "Stage", "StageLink", "StageLinkedMixin", "StagesPage"]
