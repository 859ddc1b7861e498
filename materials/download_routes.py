"""What the download view tells the WSGI front about a file it served (materials/download_front.py)."""

from dataclasses import dataclass

from advocacy.site_version import version_for_request

ROUTES = "download-routes"  # the worker's table of routes, in advocacy/site_memo.py
OFFERED = "materials.download_front"  # set on the request's WSGI environ by the download view


@dataclass(frozen=True)
class Route:
    material_id: int
    path: str
    size: int
    headers: tuple = ()


def offer(request, material_id: int, document) -> None:
    """Called by the download view after it served ``document``: the front may answer the next ones,
    if the file is on the local disk (files in object storage always go through Django)."""
    try:
        path = document.file.path
    except NotImplementedError:
        return
    request.META[OFFERED] = (Route(material_id, path, document.file.size), version_for_request(request))
