from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from talentportal import ratelimit
from talentportal.accounts import privacy, sessions
from talentportal.accounts.forms import ConsentForm, DeleteAccountForm, PreferencesForm
from talentportal.accounts.policy import CONSENT_SESSION_KEY, current_policy, record_consent
from talentportal.redirects import safe_next


@login_required
def dashboard(request):
    # The organisations the person belongs to come from organisations' own template tag.
    return render(
        request, "accounts/dashboard.html", {"profile": getattr(request.user, "profile", None)}
    )


@login_required
def preferences(request):
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your preferences are saved."))
        return redirect("accounts_dashboard")
    return render(request, "accounts/preferences.html", {"form": form})


@login_required
def consent(request):
    policy = current_policy()
    if policy is None:
        request.session.pop(CONSENT_SESSION_KEY, None)
        return redirect(safe_next(request, "accounts_dashboard"))
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record_consent(request.user, policy)
        request.session.pop(CONSENT_SESSION_KEY, None)
        return redirect(safe_next(request, "accounts_dashboard"))
    return render(
        request,
        "accounts/consent.html",
        {"form": form, "policy": policy, "next": safe_next(request, "")},
    )


@login_required
def privacy_centre(request):
    return render(request, "accounts/privacy.html")


@login_required
@require_POST
@reauthentication_required
def export(request):
    if not ratelimit.consume("export", request.user.pk):
        return ratelimit.refused(
            request,
            _("You have downloaded your data several times today. Please try again tomorrow."),
        )
    archive = privacy.export_archive(request.user)
    return FileResponse(
        archive,
        as_attachment=True,
        filename="talent-portal-my-data.zip",
        content_type="application/zip",
    )


@login_required
@reauthentication_required(allow_get=True)
def delete_account(request):
    blockers = privacy.deletion_blockers(request.user)
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and not blockers and form.is_valid():
        user = request.user
        logout(request)
        privacy.delete_account(user)
        messages.success(request, _("Your account and everything we held about you are deleted."))
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form, "blockers": blockers})


@login_required
@require_POST
def sign_out_everywhere(request):
    """Ends every session of the person, this one included, on every device."""
    sessions.end_all_sessions(request.user)
    logout(request)
    messages.success(request, _("You are signed out on every device."))
    return redirect("account_login")
