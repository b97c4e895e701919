from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from talentportal import ratelimit
from talentportal.accounts.email_addresses import has_verified_email
from talentportal.accounts.two_factor import missing_two_factor
from talentportal.organisations import services
from talentportal.organisations.access import member_view
from talentportal.organisations.forms import CloseForm, InvitationForm, OrganisationForm, RoleForm
from talentportal.organisations.models import Membership, Organisation


@login_required
def employer_home(request):
    memberships = (
        Membership.objects.filter(user=request.user)
        .select_related("organisation", "organisation__city")
        .order_by("organisation__name")
    )
    return render(request, "organisations/employer_home.html", {"memberships": memberships})


@login_required
def register(request):
    if not has_verified_email(request.user):
        messages.error(
            request, _("Please confirm your e-mail address before registering an organisation.")
        )
        return redirect("account_email")
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        organisation = services.register(form.save(commit=False), request.user)
        messages.success(
            request,
            _(
                "%(name)s is registered. Staff in %(city)s will check it, usually within two working days."
            )
            % {"name": organisation.name, "city": organisation.city.title},
        )
        return redirect("organisations_manage", pk=organisation.pk)
    return render(request, "organisations/register.html", {"form": form})


@member_view()
def manage(request, membership):
    organisation = membership.organisation
    members = organisation.memberships.select_related("user").order_by("role", "user__email")
    invitations = organisation.invitations.usable().order_by("-created_at")
    return render(
        request,
        "organisations/manage.html",
        {
            "organisation": organisation,
            "membership": membership,
            "members": members,
            "invitations": invitations,
            "invitation_form": InvitationForm(),
            "is_owner": membership.role == Membership.Role.OWNER,
        },
    )


@member_view(owner_only=True)
def edit(request, membership):
    organisation = membership.organisation
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        organisation = services.save_details(form)
        if organisation.status == Organisation.Status.PENDING:
            messages.success(
                request,
                _(
                    "The organisation's details are saved. Staff in %(city)s will check them before the organisation shows as verified again."
                )
                % {"city": organisation.city.title},
            )
            return redirect("organisations_manage", pk=organisation.pk)
        messages.success(request, _("The organisation's details are saved."))
        return redirect("organisations_manage", pk=organisation.pk)
    return render(request, "organisations/edit.html", {"form": form, "organisation": organisation})


@require_POST
@member_view(owner_only=True)
def invite(request, membership):
    organisation = membership.organisation
    form = InvitationForm(request.POST)
    if form.is_valid():
        if not ratelimit.consume("invite", organisation.pk):
            return ratelimit.refused(
                request,
                _("%(name)s has sent many invitations in the last hour. Please try again later.")
                % {"name": organisation},
            )
        try:
            services.invite(
                request.user,
                organisation,
                form.cleaned_data["email"],
                form.cleaned_data["role"],
                request,
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
    else:
        messages.error(request, _("Please enter a valid e-mail address."))
    return redirect("organisations_manage", pk=organisation.pk)


@require_POST
@member_view(owner_only=True)
def change_role(request, membership, member_id):
    target = get_object_or_404(Membership, pk=member_id, organisation=membership.organisation)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            services.change_role(request.user, target, form.cleaned_data["role"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("%(name)s's role is changed.") % {"name": target.user})
    return redirect("organisations_manage", pk=membership.organisation_id)


@require_POST
@member_view()
def remove_member(request, membership, member_id):
    target = get_object_or_404(Membership, pk=member_id, organisation=membership.organisation)
    is_self = target.user_id == request.user.pk
    if not is_self and membership.role != Membership.Role.OWNER:
        raise Http404
    if not is_self and missing_two_factor(request.user):
        return redirect("mfa_activate_totp")
    try:
        services.remove_member(request.user, target)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("organisations_manage", pk=membership.organisation_id)
    if is_self:
        messages.success(request, _("You have left %(name)s.") % {"name": membership.organisation})
        return redirect("organisations_employer")
    messages.success(request, _("%(name)s is no longer a member.") % {"name": target.user})
    return redirect("organisations_manage", pk=membership.organisation_id)


@member_view(owner_only=True)
def close(request, membership):
    organisation = membership.organisation
    form = CloseForm(organisation, request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = str(organisation)
        services.close(request.user, organisation)
        messages.success(
            request, _("%(name)s is closed and removed from the portal.") % {"name": name}
        )
        return redirect("organisations_employer")
    return render(request, "organisations/close.html", {"form": form, "organisation": organisation})


@login_required
def accept_invitation(request, token):
    if request.method == "POST":
        try:
            membership = services.accept(token, request.user)
        except services.InvitationError as error:
            messages.error(request, str(error))
            return redirect("organisations_employer")
        messages.success(request, _("Welcome to %(name)s.") % {"name": membership.organisation})
        return redirect("organisations_manage", pk=membership.organisation_id)
    return render(request, "organisations/accept.html", {"token": token})


def public_profile(request, slug):
    organisation = get_object_or_404(
        Organisation.objects.select_related("city").filter(
            Q(status=Organisation.Status.VERIFIED)
            | Q(status=Organisation.Status.PENDING, was_verified=True)
        ),
        slug=slug,
    )
    openings = organisation.openings.open().for_listing()
    return render(
        request, "organisations/public.html", {"organisation": organisation, "openings": openings}
    )
