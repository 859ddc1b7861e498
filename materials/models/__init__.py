from .documents import MaterialDocument
from .downloads import DownloadDay
from .labels import Audience, Topic
from .pages import MaterialIndexPage, MaterialPage, new_short_code  # landed migrations name new_short_code here
from .stage_links import MaterialStage

__all__ = [
    "Audience",
    "DownloadDay",
    "MaterialDocument",
    "MaterialIndexPage",
    "MaterialPage",
    "MaterialStage",
    "Topic",
    "new_short_code",
]
