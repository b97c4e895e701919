import csv

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from talentportal import ratelimit
from talentportal.applications import services
from talentportal.applications.forms import (
    ApplyForm,
    InterviewForm,
    MessageForm,
    MoveForm,
    NoteForm,
    PipelineFilterForm,
    RatingForm,
)
from talentportal.applications.models import Application, CVDownload, Stage
from talentportal.clientip import client_ip
from talentportal.onboarding.interviews import interview_ics
from talentportal.openings.models import Opening
from talentportal.organisations.views import member_view
from talentportal.profiles.models import Profile
from talentportal.profiles.storage import check_quota
from talentportal.profiles.views import cv_response

# --- Applicants -------------------------------------------------------------------


@login_required
def apply(request, pk):
    opening = get_object_or_404(Opening.objects.select_related("organisation", "city"), pk=pk)
    existing = Application.objects.filter(opening=opening, applicant=request.user).first()
    if existing:
        messages.info(request, _("You have already applied to this opening."))
        return redirect("applications_mine_detail", pk=existing.pk)
    if not opening.is_open:
        messages.error(request, _("This opening is closed: it no longer takes applications."))
        return redirect("openings_detail", pk=opening.pk)
    if not EmailAddress.objects.filter(user=request.user, verified=True).exists():
        messages.error(request, _("Please confirm your e-mail address before applying."))
        return redirect("account_email")
    profile = Profile.objects.filter(user=request.user).first()
    form = ApplyForm(request.POST or None, request.FILES or None, opening=opening, profile=profile)
    if request.method == "POST" and form.is_valid():
        if not ratelimit.consume_all(("apply", request.user.pk), ("apply_ip", client_ip(request))):
            return ratelimit.refused(
                request,
                _("You have sent many applications today. Please try again tomorrow."),
            )
        name, data = form.cv_file()
        try:
            check_quota(request.user, len(data))
            application = services.submit(
                opening, request.user, form.cleaned_data["cover_letter"], name, data, form.answers()
            )
        except ValidationError as error:
            # Over the person's quota, or the disk is full: nothing was stored.
            form.add_error(None, error)
            return render(
                request,
                "applications/apply.html",
                {"form": form, "opening": opening, "profile": profile},
            )
        except services.AlreadyApplied as already:
            return redirect("applications_mine_detail", pk=already.application.pk)
        return render(request, "applications/sent.html", {"application": application})
    return render(
        request, "applications/apply.html", {"form": form, "opening": opening, "profile": profile}
    )


@login_required
def mine(request):
    applications = (
        Application.objects.filter(applicant=request.user)
        .select_related("opening", "opening__organisation", "opening__city")
        .order_by("-submitted_at")
    )
    return render(request, "applications/mine.html", {"applications": applications})


def _own(request, pk):
    return get_object_or_404(
        Application.objects.select_related("opening", "opening__organisation", "opening__city"),
        pk=pk,
        applicant=request.user,
    )


@login_required
def mine_detail(request, pk):
    application = _own(request, pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not _may_send_message(request, application):
            return _too_many_messages(request)
        services.message(
            application, request.user, form.cleaned_data["body"], from_organisation=False
        )
        messages.success(request, _("Your message is sent."))
        return redirect("applications_mine_detail", pk=pk)
    return render(
        request,
        "applications/mine_detail.html",
        {
            "application": application,
            "history": application.history.all(),
            "thread": application.messages.all(),
            "form": form,
        },
    )


@login_required
@require_POST
def withdraw(request, pk):
    application = _own(request, pk)
    if services.withdraw(application, request.user):
        messages.success(request, _("Your application is withdrawn."))
    else:
        messages.error(request, _("A decided application cannot be withdrawn."))
    return redirect("applications_mine_detail", pk=pk)


def _may_send_message(request, application):
    """Messages count per person and thread, and per person over all threads."""
    return ratelimit.consume_all(
        ("message_thread", request.user.pk, application.pk),
        ("message_account", request.user.pk),
    )


def _too_many_messages(request):
    return ratelimit.refused(
        request, _("You have sent many messages in the last hour. Please try again later.")
    )


# --- The organisation ---------------------------------------------------------------


HR_PER_PAGE = 50


def _opening_of(membership, opening_id):
    return get_object_or_404(Opening, pk=opening_id, organisation=membership.organisation)


def _application_of(membership, application_id):
    return get_object_or_404(
        Application.objects.select_related("opening", "opening__organisation"),
        pk=application_id,
        opening__organisation=membership.organisation,
    )


@member_view()
def pipeline(request, membership, opening_id):
    opening = _opening_of(membership, opening_id)
    form = PipelineFilterForm(request.GET or None)
    applications = form.filter(opening.applications.all())
    if request.method == "POST":
        move = MoveForm(request.POST)
        chosen = request.POST.getlist("selected")
        if move.is_valid() and chosen:
            moved = 0
            for application in opening.applications.filter(pk__in=chosen):
                moved += services.move(
                    application, move.cleaned_data["stage"], request.user, move.cleaned_data["note"]
                )
            messages.success(request, _("%(count)s applications moved.") % {"count": moved})
        else:
            messages.error(request, _("Choose applications and a stage."))
        return redirect(request.get_full_path())
    stages = dict(opening.applications.values_list("stage").annotate(n=Count("id")))
    # Thousands of applications on one opening: a page at a time, filters kept.
    page = Paginator(applications, HR_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "applications/pipeline.html",
        {
            "organisation": membership.organisation,
            "opening": opening,
            "applications": page,
            "page_obj": page,
            "query": query.urlencode(),
            "form": form,
            "move_form": MoveForm(),
            "stage_counts": [
                (value, label, stages.get(value, 0)) for value, label in Stage.choices
            ],
        },
    )


@member_view()
def hr_detail(request, membership, application_id):
    application = _application_of(membership, application_id)
    forms = {
        "move": MoveForm(prefix="move"),
        "note": NoteForm(prefix="note"),
        "message": MessageForm(prefix="message"),
        "rating": RatingForm(prefix="rating", initial={"rating": application.rating}),
        "interview": InterviewForm(
            prefix="interview",
            initial={
                "interview_at": application.interview_at,
                "interview_place": application.interview_place,
            },
        ),
    }
    if request.method == "POST":
        action = request.POST.get("action")
        if action in forms:
            form = type(forms[action])(request.POST, prefix=action)
            if form.is_valid():
                data = form.cleaned_data
                if action in ("message", "interview") and not _may_send_message(
                    request, application
                ):
                    return _too_many_messages(request)
                if action == "move":
                    if services.move(application, data["stage"], request.user, data["note"]):
                        messages.success(request, _("The application is moved."))
                    else:
                        messages.error(
                            request, _("The application cannot move to that stage from here.")
                        )
                elif action == "note":
                    application.notes.create(author=request.user, body=data["body"])
                elif action == "message":
                    services.message(
                        application, request.user, data["body"], from_organisation=True
                    )
                    messages.success(request, _("Your message is sent."))
                elif action == "interview":
                    application.interview_at = data["interview_at"]
                    application.interview_place = data["interview_place"]
                    application.save(update_fields=["interview_at", "interview_place"])
                    when = timezone.localtime(data["interview_at"]).strftime("%Y-%m-%d %H:%M")
                    services.message(
                        application,
                        request.user,
                        _("Interview: %(when)s (China Standard Time), %(where)s")
                        % {"when": when, "where": data["interview_place"]},
                        from_organisation=True,
                        attachments=[interview_ics(application)],
                    )
                    messages.success(request, _("The interview details are sent to the applicant."))
                else:
                    application.rating = data["rating"]
                    application.save(update_fields=["rating"])
                return redirect(
                    "applications_hr_detail",
                    pk=membership.organisation_id,
                    application_id=application.pk,
                )
            forms[action] = form
    forms["move"].fields["stage"].choices = [(s, Stage(s).label) for s in application.next_stages()]
    return render(
        request,
        "applications/hr_detail.html",
        {
            "organisation": membership.organisation,
            "application": application,
            "answers": application.answers.all(),
            "history": application.history.select_related("by"),
            "thread": application.messages.all(),
            "notes": application.notes.select_related("author"),
            "forms": forms,
        },
    )


@member_view()
def hr_cv(request, membership, application_id):
    application = _application_of(membership, application_id)
    if not application.cv or application.stage == Stage.WITHDRAWN:
        raise Http404
    CVDownload.objects.create(application=application, user=request.user)
    return cv_response(application.cv, application.cv_name)


@login_required
def mine_cv(request, pk):
    application = _own(request, pk)
    return cv_response(application.cv, application.cv_name)


def _cell(value):
    """Keep spreadsheet programs from running a cell as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@member_view()
def export(request, membership, opening_id):
    opening = _opening_of(membership, opening_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="applications-{opening.pk}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            "id",
            "name",
            "email",
            "nationality",
            "highest degree",
            "HSK",
            "stage",
            "rating",
            "submitted",
        ]
    )
    for a in opening.applications.order_by("submitted_at"):
        writer.writerow(
            [
                _cell(v)
                for v in (
                    a.pk,
                    a.applicant_name,
                    a.profile.get("email", ""),
                    a.nationality,
                    a.highest_degree,
                    a.hsk_level,
                    a.get_stage_display(),
                    a.rating,
                    a.submitted_at.isoformat(),
                )
            ]
        )
    return response
