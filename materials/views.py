from django.shortcuts import get_object_or_404, redirect

from .models import MaterialPage


def short_link(request, code):
    """`/m/<code>/` → the material's page. Short enough to print on a handout or read aloud."""
    material = get_object_or_404(MaterialPage.objects.live().public(), short_code=code.lower())
    return redirect(material.url)
