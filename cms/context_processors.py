from django.utils.functional import SimpleLazyObject

from cms.navigation import site_navigation


def navigation(request):
    """The header's links in the reader's language, cached between publishes.

    Looked up only when a template reads them: the header and footer that
    show them are themselves fragments kept between publishes.
    """
    return {"nav": SimpleLazyObject(lambda: site_navigation(request))}
