"""Spanish versions of a few demo pages, made as an editor's translation starts: Wagtail's
``copy_for_translation``, then a Spanish title and introduction, then publish.

The real Spanish demo content is written elsewhere (advocacy/demo/); these tests need only a few
pages, and one page left untranslated (the community page) to show the fallback to the home page.
"""

from wagtail.models import Locale, Page

# English URL path -> (Spanish title, Spanish introduction or None to keep the copy's own)
SPANISH = {
    "/": ("Inicio", "<p>Bienvenido a la sociedad.</p>"),
    "/mission/": ("Nuestra misión", None),
    "/about-cachexia/": ("Sobre la caquexia", None),
    "/about-cachexia/what-is-cachexia/": (
        "Qué es la caquexia",
        "<p>Muchas personas siguen comiendo poco y pierden peso y fuerza.</p>",
    ),
    "/about-cachexia/stages/": ("Etapas de la caquexia", None),
    "/materials/": ("Materiales", None),
    "/materials/weight-diary/": ("Diario del peso", None),
}


def spanish_locale(code: str = "es") -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def translate(page: Page, locale: Locale, title: str, intro: str | None = None) -> Page:
    """``page``'s published translation into ``locale`` (its parent must be translated already)."""
    copy = page.specific.copy_for_translation(locale)
    copy.title = title
    if intro is not None and hasattr(copy, "intro"):
        copy.intro = intro
    copy.save()
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def translate_demo(code: str = "es", titles: dict | None = None) -> dict[str, Page]:
    """Translate the pages in ``SPANISH`` (parents first); returns English URL path -> translated page."""
    from wagtail.models import Site

    locale = spanish_locale(code)
    home = Site.objects.get(is_default_site=True).root_page
    translated = {}
    for path, (title, intro) in sorted((titles or SPANISH).items(), key=lambda item: item[0].count("/")):
        english = home if path == "/" else home.get_descendants().get(url_path=home.url_path + path.lstrip("/"))
        translated[path] = translate(english, locale, title, intro)
    return translated
