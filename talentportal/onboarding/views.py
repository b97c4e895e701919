from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from talentportal.applications.models import Application, Stage
from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import feeds, reminders, services
from talentportal.onboarding.deadlines import (
    china_now,
    coming_dates,
    timeline_steps,
    wallet_dates,
    wallet_deadlines,
)
from talentportal.onboarding.forms import (
    AcceptOfferForm,
    ByHandForm,
    ConsentForm,
    DatesForm,
    WalletForm,
)
from talentportal.onboarding.models import CalendarFeed, Document, Timeline
from talentportal.onboarding.pages import SettlingInPage
from talentportal.onboarding.step_documents import documents_by_step
from talentportal.onboarding.steps import STEP_LABELS
from talentportal.onboarding.wallet import Kind
from talentportal.organisations.access import member_view
from talentportal.organisations.models import Membership

# Personal pages never go into a shared cache, nor the browser's disk cache.
private = cache_control(private=True, no_store=True)


def personal(view):
    return login_required(private(view))


def _mine(request, pk):
    return get_object_or_404(
        Timeline.objects.select_related("city", "application"), pk=pk, user=request.user
    )


def _centres(page, steps):
    """Service centres by id, limited to those of the page's own city."""
    if page is None:
        return
    centres = page.centres()
    for step in steps:
        if step.content:
            step.centres = [centres[i] for i in step.content.get("centres", []) if i in centres]


# --- The professional ------------------------------------------------------------------------


@personal
def home(request):
    timelines = Timeline.objects.filter(user=request.user).select_related("city")
    feed = CalendarFeed.objects.filter(user=request.user, organisation=None).first()
    return render(
        request,
        "onboarding/home.html",
        {"timelines": timelines, "feed": feed, "form": ByHandForm()},
    )


@personal
def add_by_hand(request):
    form = ByHandForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        timeline = services.add_by_hand(
            request.user, data["employer_name"], data["city"], data["start_date"], data["route"]
        )
        messages.success(request, _("Your timeline has started."))
        return redirect("onboarding_timeline", pk=timeline.pk)
    return render(request, "onboarding/add.html", {"form": form})


@personal
def timeline(request, pk):
    timeline = _mine(request, pk)
    wallet = wallet_dates(request.user)
    initial = {
        "notice_issued_on": wallet.get(Kind.PERMIT_NOTICE),
        "change_on": timeline.change_on,
        "contract_end_on": timeline.contract_end_on,
    }
    if timeline.entry_at:
        entry = timeline.entry_at.astimezone(CHINA_TZ)
        initial.update(entry_date=entry.date(), entry_time=entry.time())
    form = DatesForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            timeline.entry_at = form.entry_at()
            timeline.change_on = data["change_on"]
            timeline.contract_end_on = data["contract_end_on"]
            timeline.save(update_fields=["entry_at", "change_on", "contract_end_on"])
            notice = Document.objects.filter(user=request.user, kind=Kind.PERMIT_NOTICE).first()
            services.set_wallet_date(
                request.user,
                Kind.PERMIT_NOTICE,
                data["notice_issued_on"],
                remind=notice.remind if notice else True,
            )
            # The 24-hour clock is too short for the hourly schedule: its e-mail leaves now.
            reminders.send_step_reminders(timeline)
            messages.success(request, _("Your dates are saved; the deadlines below follow them."))
            return redirect("onboarding_timeline", pk=timeline.pk)
        messages.error(request, _("Please correct the dates marked below."))
    page = SettlingInPage.for_city(timeline.city)
    now = china_now()
    steps = timeline_steps(timeline, page, wallet, now)
    _centres(page, steps)
    checklist = documents_by_step(timeline, wallet, now)
    for step in steps:
        step.documents = checklist.by_step.get(step.key, [])
    return render(
        request,
        "onboarding/timeline.html",
        {
            "timeline": timeline,
            "form": form,
            "steps": steps,
            "page": page,
            "nationality_known": checklist.nationality_known,
        },
    )


@require_POST
@personal
def tick(request, pk, step):
    timeline = _mine(request, pk)
    if step not in STEP_LABELS:
        raise Http404
    done = request.POST.get("done") == "1"
    services.tick(timeline, step, done)
    if done:
        messages.success(request, _("“%(step)s” is done.") % {"step": STEP_LABELS[step]})
    return redirect(reverse("onboarding_timeline", args=[timeline.pk]) + f"#step-{step}")


@require_POST
@personal
def consent(request, pk):
    timeline = _mine(request, pk)
    form = ConsentForm(request.POST)
    if form.is_valid() and timeline.organisation_id:
        services.set_consent(timeline, form.cleaned_data["consent"])
        if timeline.consent_at:
            messages.success(request, _("Your employer now sees your timeline's status and dates."))
        else:
            messages.success(request, _("Your employer no longer sees your timeline."))
    return redirect("onboarding_timeline", pk=timeline.pk)


@personal
def accept_offer(request, application_id):
    application = get_object_or_404(
        Application.objects.select_related("opening", "opening__organisation", "opening__city"),
        pk=application_id,
        applicant=request.user,
    )
    existing = Timeline.objects.filter(application=application).first()
    if existing:
        return redirect("onboarding_timeline", pk=existing.pk)
    if application.stage != Stage.OFFER:
        messages.error(request, _("Only an offer can be accepted."))
        return redirect("applications_mine_detail", pk=application.pk)
    form = AcceptOfferForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        timeline = services.accept_offer(
            application, request.user, form.cleaned_data["route"], form.cleaned_data["consent"]
        )
        messages.success(
            request,
            _(
                "You have accepted the offer. %(organisation)s will confirm it; "
                "your timeline has started."
            )
            % {"organisation": application.opening.organisation.name},
        )
        return redirect("onboarding_timeline", pk=timeline.pk)
    return render(request, "onboarding/accept.html", {"application": application, "form": form})


@personal
def wallet(request):
    documents = {d.kind: d for d in Document.objects.filter(user=request.user)}
    initial = {}
    for kind in Kind:
        document = documents.get(kind.value)
        initial[f"{kind.value}_date"] = document.date if document else None
        initial[f"{kind.value}_remind"] = document.remind if document else True
    form = WalletForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            for kind in Kind:
                services.set_wallet_date(
                    request.user,
                    kind.value,
                    form.cleaned_data[f"{kind.value}_date"],
                    form.cleaned_data[f"{kind.value}_remind"],
                )
            messages.success(request, _("Your document dates are saved."))
            return redirect("onboarding_wallet")
        messages.error(request, _("Please correct the dates marked below."))
    return render(
        request,
        "onboarding/wallet.html",
        {"form": form, "rows": wallet_deadlines(request.user)},
    )


@require_POST
@personal
def personal_feed(request):
    _change_feed(request, None)
    return redirect(reverse("onboarding_home") + "#calendar")


def _change_feed(request, organisation):
    feed = CalendarFeed.objects.filter(user=request.user, organisation=organisation).first()
    if request.POST.get("action") == "revoke":
        if feed:
            feed.delete()
        messages.success(request, _("The calendar address is revoked: it no longer works."))
    elif feed:
        feed.renew()
        messages.success(request, _("A new calendar address is made; the old one no longer works."))
    else:
        CalendarFeed.objects.create(user=request.user, organisation=organisation)
        messages.success(request, _("Your calendar address is ready."))


@private
def feed(request, token):
    """The calendar itself: the secret address is the only key, so no log-in."""
    feed = get_object_or_404(
        CalendarFeed.objects.select_related("user", "organisation"), token=token
    )
    if feed.organisation is None:
        body = feeds.personal_calendar(feed.user)
    else:
        if not Membership.objects.filter(organisation=feed.organisation, user=feed.user).exists():
            raise Http404
        body = feeds.organisation_calendar(feed.organisation)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="talent-portal.ics"'
    return response


# --- The employer --------------------------------------------------------------------------


def _hire_of(membership, timeline_id):
    """A hire's timeline, only while they share it with this organisation."""
    return get_object_or_404(
        Timeline.objects.select_related("user", "city", "application"),
        pk=timeline_id,
        organisation=membership.organisation,
        consent_at__isnull=False,
    )


@member_view()
@private
def employer_calendar(request, membership):
    organisation = membership.organisation
    feed = CalendarFeed.objects.filter(user=request.user, organisation=organisation).first()
    hires = Timeline.objects.filter(
        organisation=organisation, consent_at__isnull=False
    ).select_related("user")
    return render(
        request,
        "onboarding/employer_calendar.html",
        {
            "organisation": organisation,
            "rows": feeds.organisation_dates(organisation),
            "hires": hires,
            "feed": feed,
        },
    )


@member_view()
@private
def employer_hire(request, membership, timeline_id):
    timeline = _hire_of(membership, timeline_id)
    wallet = wallet_dates(timeline.user)
    page = SettlingInPage.for_city(timeline.city)
    steps = timeline_steps(timeline, page, wallet)
    return render(
        request,
        "onboarding/employer_hire.html",
        {
            "organisation": membership.organisation,
            "timeline": timeline,
            "steps": steps,
            "dates": coming_dates(timeline, wallet, steps=steps),
        },
    )


@require_POST
@member_view()
def confirm_hire(request, membership, application_id):
    timeline = get_object_or_404(
        Timeline,
        application_id=application_id,
        application__opening__organisation=membership.organisation,
    )
    if services.confirm_hire(timeline, request.user):
        messages.success(request, _("The hire is confirmed."))
    else:
        messages.error(request, _("This application cannot move to hired from its stage."))
    return redirect(
        "applications_hr_detail", pk=membership.organisation_id, application_id=application_id
    )


@require_POST
@member_view()
def employer_feed(request, membership):
    _change_feed(request, membership.organisation)
    return redirect(
        reverse("onboarding_employer_calendar", args=[membership.organisation_id]) + "#calendar"
    )
