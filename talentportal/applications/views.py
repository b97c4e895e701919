import csv

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from talentportal import ratelimit
from talentportal.accounts.email_addresses import has_verified_email
from talentportal.applications import hr_list, labels, services
from talentportal.applications.forms import (
    ApplyForm,
    InterviewForm,
    MessageForm,
    MoveForm,
    NoteForm,
    PipelineFilterForm,
    RatingForm,
)
from talentportal.applications.models import Answer, Application, CVDownload, Stage
from talentportal.clientip import client_ip
from talentportal.openings.models import Opening
from talentportal.organisations.access import member_view
from talentportal.profiles.downloads import cv_response
from talentportal.profiles.models import Profile
from talentportal.storage import check_quota

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
    if not has_verified_email(request.user):
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
@require_http_methods(["GET", "POST"])
def withdraw(request, pk):
    application = _own(request, pk)
    if request.method == "GET":
        if application.is_decided:
            return redirect("applications_mine_detail", pk=pk)
        # A GET only asks, and says what happens to what was sent.
        return render(
            request,
            "applications/withdraw.html",
            {"application": application, "retention_days": settings.APPLICATION_RETENTION_DAYS},
        )
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


def _opening_of(membership, opening_id):
    opening = get_object_or_404(Opening, pk=opening_id, organisation=membership.organisation)
    # The organisation in hand, for the page's title: no second query for it.
    opening.organisation = membership.organisation
    return opening


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
            moved, refused = services.move_many(
                opening.applications.filter(pk__in=chosen).order_by("submitted_at"),
                move.cleaned_data["stage"],
                request.user,
                move.cleaned_data["note"],
            )
            messages.success(
                request,
                ngettext("%(count)s application moved.", "%(count)s applications moved.", moved)
                % {"count": moved},
            )
            for application, reason in refused:
                messages.warning(
                    request,
                    _("%(name)s was not moved: %(reason)s.")
                    % {"name": application.applicant_name, "reason": reason},
                )
        else:
            messages.error(request, _("Choose applications and a stage."))
        return redirect(request.get_full_path())
    stages = hr_list.stage_counts(opening)
    # Thousands of applications on one opening: a page at a time, filters kept.
    page = hr_list.page(applications, request.GET.get("page"), form.count_from(stages))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "applications/pipeline.html",
        {
            "organisation": membership.organisation,
            "opening": opening,
            "rows": hr_list.rows(page, membership.organisation_id),
            "page_obj": page,
            "query": query.urlencode(),
            "form": form,
            # Its own ids: the filters above have a "stage" field too.
            "move_form": MoveForm(auto_id="move-%s"),
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
                    services.add_note(application, request.user, data["body"])
                elif action == "message":
                    services.message(
                        application, request.user, data["body"], from_organisation=True
                    )
                    messages.success(request, _("Your message is sent."))
                elif action == "interview":
                    services.schedule_interview(
                        application, request.user, data["interview_at"], data["interview_place"]
                    )
                    messages.success(request, _("The interview details are sent to the applicant."))
                else:
                    services.rate(application, data["rating"])
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
            "answers": application.answers.select_related("question"),
            "history": application.history.select_related("by"),
            "thread": application.messages.all(),
            "notes": application.notes.select_related("author"),
            "forms": forms,
        },
    )


@member_view()
def hr_cv(request, membership, application_id):
    application = _application_of(membership, application_id)
    if not application.has_cv:
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
    """Every application of an opening, one row each, with the screening answers."""
    opening = _opening_of(membership, opening_id)
    applications = opening.applications.order_by("submitted_at").prefetch_related(
        Prefetch("answers", queryset=Answer.objects.select_related("question"))
    )
    # One column per question asked, including questions removed since.
    questions = list(
        dict.fromkeys(
            Answer.objects.filter(application__opening=opening)
            .order_by("question__order", "question_id", "id")
            .values_list("question_text", flat=True)
        )
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="applications-{opening.pk}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(response)
    header = [
        _("Number"),
        _("Name"),
        _("E-mail"),
        _("Nationality"),
        _("Highest degree"),
        "HSK",
        _("Stage"),
        _("Rating"),
        _("Sent"),
        *questions,
    ]
    writer.writerow([_cell(v) for v in header])
    for a in applications:
        answers = {answer.question_text: labels.answer_label(answer) for answer in a.answers.all()}
        writer.writerow(
            [
                _cell(v)
                for v in (
                    a.pk,
                    a.removal_notice or a.applicant_name,
                    a.profile.get("email", ""),
                    labels.country_name(a.nationality),
                    labels.degree_label(a.highest_degree),
                    a.hsk_level,
                    a.get_stage_display(),
                    a.rating,
                    a.submitted_at.isoformat(),
                    *(answers.get(text, "") for text in questions),
                )
            ]
        )
    return response
