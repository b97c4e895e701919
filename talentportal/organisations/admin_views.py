from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from talentportal.organisations import services
from talentportal.organisations.forms import DecisionForm
from talentportal.organisations.models import Organisation
from talentportal.organisations.staff import organisations_for_staff, staff_cities


def _require_city_staff(request):
    if not staff_cities(request.user).exists():
        raise PermissionDenied


def index(request):
    _require_city_staff(request)
    status = request.GET.get("status", Organisation.Status.PENDING)
    if status not in Organisation.Status.values:
        status = Organisation.Status.PENDING
    organisations = (
        organisations_for_staff(request.user).filter(status=status).order_by("created_at")
    )
    return TemplateResponse(
        request,
        "organisations/admin/index.html",
        {
            "organisations": organisations,
            "status": status,
            "statuses": Organisation.Status.choices,
            "header_title": _("Organisations"),
        },
    )


def review(request, pk):
    _require_city_staff(request)
    organisation = get_object_or_404(Organisation, pk=pk)
    if not organisations_for_staff(request.user).filter(pk=pk).exists():
        # Another city's organisation: staff may act only on their own city's.
        raise PermissionDenied
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        verified = form.cleaned_data["decision"] == "verify"
        services.decide(organisation, request.user, verified, form.cleaned_data["reason"].strip())
        if verified:
            messages.success(request, _("%(name)s is verified.") % {"name": organisation})
        else:
            messages.success(
                request,
                _("%(name)s is rejected; the owners are told why.") % {"name": organisation},
            )
        return redirect("organisations_admin_index")
    owners = organisation.owners().select_related("user")
    return TemplateResponse(
        request,
        "organisations/admin/review.html",
        {"organisation": organisation, "form": form, "owners": owners},
    )
