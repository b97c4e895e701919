from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from talentportal.openings import services
from talentportal.openings.forms import TakeDownForm
from talentportal.openings.models import Opening
from talentportal.organisations.staff import staff_cities


def _staff_openings(user):
    return Opening.objects.filter(city__in=staff_cities(user)).select_related(
        "organisation", "city"
    )


def index(request):
    if not staff_cities(request.user).exists():
        raise PermissionDenied
    openings = _staff_openings(request.user).open().order_by("-published_at")[:200]
    return TemplateResponse(request, "openings/admin/index.html", {"openings": openings})


def take_down(request, pk):
    opening = get_object_or_404(Opening, pk=pk)
    if not _staff_openings(request.user).filter(pk=pk).exists():
        raise PermissionDenied
    form = TakeDownForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.take_down(opening, request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            _("“%(title)s” is taken down; the organisation is told why.") % {"title": opening},
        )
        return redirect("openings_admin_index")
    return TemplateResponse(
        request, "openings/admin/take_down.html", {"opening": opening, "form": form}
    )
