import hashlib
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from talentportal.caching import expiry
from talentportal.caching.kept import kept_each
from talentportal.caching.store import UNAVAILABLE, current_generation
from talentportal.headers import no_store
from talentportal.openings import alerts, services
from talentportal.openings.filters import OpeningFilterForm
from talentportal.openings.forms import (
    AlertForm,
    AlertSettingsForm,
    LanguageFormSet,
    OpeningForm,
    QuestionFormSet,
)
from talentportal.openings.jsonld import job_posting
from talentportal.openings.models import Opening, SavedOpening, SearchAlert
from talentportal.organisations.access import member_view
from talentportal.redirects import safe_next

PER_PAGE = 20


# Counting every match of a broad search costs more than a reader gains from
# the exact figure: past this many, the page says "more than".
COUNT_LIMIT = 10_000


# The longest a count is kept, as long as a stored page (PAGE_CACHE_SECONDS).
COUNT_CACHE_SECONDS = 600
# While the shared cache is down there is no generation to tell an edit by, and
# counts sit in each worker's memory: they are kept no longer than a minute.
COUNT_CACHE_SECONDS_WITHOUT_GENERATION = 60


def _count_lifetime(generation: str) -> int:
    """Seconds a count stays right: until the next deadline of any open opening, at most
    COUNT_CACHE_SECONDS. Any edit starts a new generation, and with it new counts.

    A search's count is 30–100 ms of a listing that otherwise takes under 10;
    kept for a fixed minute, every search's first reader after each minute paid
    for it again, whether or not anything had closed.
    """
    if generation == UNAVAILABLE:
        return COUNT_CACHE_SECONDS_WITHOUT_GENERATION
    closes = expiry.valid_until(["opening-deadlines"], settings.PAGE_CACHE_ALIAS, generation)
    if closes is None:
        return COUNT_CACHE_SECONDS
    left = (closes - timezone.now()).total_seconds()
    return max(1, min(COUNT_CACHE_SECONDS, int(left)))


class CappedPaginator(Paginator):
    """Counts at most COUNT_LIMIT matches, and remembers the figure until it may change."""

    def __init__(self, *args, cache_key=None, generation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.cache_key = cache_key
        self.generation = generation

    @cached_property
    def count(self):
        if self.cache_key:
            cached = cache.get(self.cache_key)
            if cached is not None:
                return cached
        count = self.object_list.order_by()[: COUNT_LIMIT + 1].count()
        if self.cache_key:
            cache.set(self.cache_key, count, _count_lifetime(self.generation))
        return count

    @property
    def is_capped(self):
        return self.count > COUNT_LIMIT


def _cards(request, openings) -> list[str]:
    """The page's opening cards: only the ids are read, and only the cards not kept are built.

    A card shows nothing personal, and any change to an opening, its employer
    or its city starts a new generation, which retires every kept card.
    """

    def build(ids: list) -> dict:
        fresh = Opening.objects.for_listing().in_bulk(ids)
        # Without the request: a card needs none of the context processors.
        card = get_template("openings/_card.html")
        return {pk: card.render({"opening": fresh[pk]}) for pk in ids}

    ids = list(openings.values_list("pk", flat=True))
    return kept_each("opening_card", ids, build, request)


def listing(request):
    form = OpeningFilterForm(request.GET or None)
    # Only the ids of a page are read (its cards are kept or built apart, in `_cards`).
    openings = Opening.objects.open()
    if request.GET:
        openings = form.filter(openings)
    query = request.GET.copy()
    query.pop("page", None)
    # Under the content generation, so any change to openings recounts at once.
    generation = current_generation()
    key = (
        f"openings:count:{generation}:"
        + hashlib.sha256(f"{get_language()}?{query.urlencode()}".encode()).hexdigest()
    )
    page = CappedPaginator(openings, PER_PAGE, cache_key=key, generation=generation).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "openings/list.html",
        {
            "form": form,
            "page_obj": page,
            "cards": _cards(request, page.object_list),
            "query": query.urlencode(),
            # Drawn for signed-in readers only: no form is built for anyone else.
            "alert_form": (
                AlertForm(initial={"query": query.urlencode()})
                if request.user.is_authenticated
                else None
            ),
        },
    )


def detail(request, pk):
    opening = get_object_or_404(
        Opening.objects.select_related("organisation", "city").prefetch_related(
            "languages", "questions"
        ),
        pk=pk,
        status__in=[Opening.Status.PUBLISHED, Opening.Status.CLOSED],
        organisation__status="verified",
    )
    language = get_language()
    saved = (
        request.user.is_authenticated
        and SavedOpening.objects.filter(user=request.user, opening=opening).exists()
    )
    jsonld = json.dumps(job_posting(opening, request), ensure_ascii=False).replace("<", "\\u003c")
    return render(
        request,
        "openings/detail.html",
        {
            "opening": opening,
            "untranslated": not opening.is_translated(language),
            "saved": saved,
            "jsonld": jsonld,
        },
    )


@login_required
@require_POST
def toggle_saved(request, pk):
    opening = get_object_or_404(Opening.objects.open(), pk=pk)
    existing = SavedOpening.objects.filter(user=request.user, opening=opening)
    if existing.exists():
        existing.delete()
        messages.success(request, _("Removed from your saved openings."))
    else:
        try:
            with transaction.atomic():
                SavedOpening.objects.create(user=request.user, opening=opening)
        except IntegrityError:
            pass
        messages.success(request, _("Saved. Find it under “Saved openings” in your account."))
    return redirect(safe_next(request, reverse("openings_detail", args=[opening.pk])))


@login_required
def saved(request):
    items = (
        SavedOpening.objects.filter(user=request.user)
        .select_related("opening", "opening__organisation", "opening__city")
        .order_by("-saved_at")
    )
    found = SearchAlert.objects.filter(user=request.user).order_by("-created_at")
    return render(
        request,
        "openings/saved.html",
        {"items": items, "alerts": [(alert, alerts.summary(alert)) for alert in found]},
    )


@login_required
@require_POST
def create_alert(request):
    form = AlertForm(request.POST)
    if form.is_valid():
        query = QueryDict(form.cleaned_data["query"] or "").copy()
        query.pop("page", None)
        SearchAlert.objects.create(
            user=request.user, query=query.urlencode(), frequency=form.cleaned_data["frequency"]
        )
        messages.success(request, _("Alert saved: we will e-mail you new openings that match."))
    return redirect("openings_saved")


@login_required
@no_store
def edit_alert(request, pk):
    alert = get_object_or_404(SearchAlert, pk=pk, user=request.user)
    if request.method == "POST":
        filters = OpeningFilterForm(request.POST)
        settings_form = AlertSettingsForm(request.POST)
        if filters.is_valid() and settings_form.is_valid():
            alerts.update(alert, filters, settings_form.cleaned_data["frequency"])
            messages.success(request, _("The alert is saved."))
            return redirect("openings_saved")
        messages.error(request, _("Some fields need your attention; nothing was saved yet."))
    else:
        filters = OpeningFilterForm(QueryDict(alert.query))
        settings_form = AlertSettingsForm(initial={"frequency": alert.frequency})
    return render(
        request,
        "openings/alert_form.html",
        {"alert": alert, "filters": filters, "settings_form": settings_form},
    )


@login_required
@require_POST
def pause_alert(request, pk):
    alert = get_object_or_404(SearchAlert, pk=pk, user=request.user)
    if request.POST.get("paused") == "yes":
        alerts.pause(alert)
        messages.success(request, _("The alert is paused: no e-mails until you resume it."))
    else:
        alerts.resume(alert)
        messages.success(request, _("The alert is on again: we will e-mail openings from now on."))
    return redirect("openings_saved")


@login_required
@require_POST
def delete_alert(request, pk):
    get_object_or_404(SearchAlert, pk=pk, user=request.user).delete()
    messages.success(request, _("The alert is deleted."))
    return redirect("openings_saved")


# No log-in and no CSRF token: the secret in the address is the proof, and mail
# programs post to it without a session (RFC 8058 one-click).
@csrf_exempt
@no_store
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """A GET only asks: link scanners in mail systems fetch every link."""
    if request.method == "GET":
        found = SearchAlert.objects.filter(unsubscribe_token=token).first()
        return render(
            request,
            "openings/unsubscribe.html",
            {"alert": found, "summary": alerts.summary(found) if found else ""},
        )
    found = alerts.unsubscribe(token)
    return render(request, "openings/unsubscribed.html", {"found": found})


# --- The employer's side -------------------------------------------------------


@member_view()
def employer_openings(request, membership):
    organisation = membership.organisation
    openings = (
        organisation.openings.select_related("city")
        .annotate(application_count=Count("applications", distinct=True))
        .order_by("-updated_at")
    )
    counts = organisation.openings.aggregate(
        **{status: Count("id", filter=Q(status=status)) for status in Opening.Status.values}
    )
    return render(
        request,
        "openings/employer/list.html",
        {"organisation": organisation, "openings": openings, "counts": counts},
    )


def _edit(request, membership, opening):
    organisation = membership.organisation
    data = request.POST if request.method == "POST" else None
    form = OpeningForm(data, instance=opening, organisation=organisation)
    questions = QuestionFormSet(data, instance=opening, prefix="questions")
    languages = LanguageFormSet(data, instance=opening, prefix="languages")
    if request.method == "POST":
        if form.is_valid() and questions.is_valid() and languages.is_valid():
            with transaction.atomic():
                is_new = opening.pk is None
                opening = form.save(commit=False)
                if is_new:
                    opening.created_by = request.user
                else:
                    services.record_changes(opening, request.user, form)
                opening.save()
                questions.instance = languages.instance = opening
                for index, question in enumerate(questions.save(commit=False)):
                    question.order = index
                    question.save()
                for deleted in questions.deleted_objects:
                    deleted.delete()
                languages.save()
            messages.success(request, _("The opening is saved."))
            if request.POST.get("then") == "preview":
                return redirect("openings_preview", pk=organisation.pk, opening_id=opening.pk)
            return redirect("openings_employer", pk=organisation.pk)
        messages.error(request, _("Some fields need your attention; nothing was saved yet."))
    return render(
        request,
        "openings/employer/form.html",
        {
            "organisation": organisation,
            "opening": opening,
            "form": form,
            "questions": questions,
            "languages": languages,
            "changes": opening.changes.select_related("user")[:20] if opening.pk else [],
        },
    )


@member_view()
def create_opening(request, membership):
    return _edit(request, membership, Opening(organisation=membership.organisation))


@member_view()
def edit_opening(request, membership, opening_id):
    opening = get_object_or_404(Opening, pk=opening_id, organisation=membership.organisation)
    return _edit(request, membership, opening)


@no_store
@member_view()
def preview(request, membership, opening_id):
    """The opening as readers will see it, whatever its status; never indexed."""
    opening = get_object_or_404(
        Opening.objects.select_related("organisation", "city").prefetch_related(
            "languages", "questions"
        ),
        pk=opening_id,
        organisation=membership.organisation,
    )
    response = render(
        request,
        "openings/detail.html",
        {
            "opening": opening,
            "untranslated": not opening.is_translated(get_language()),
            "preview": True,
            "organisation_id": membership.organisation_id,
        },
    )
    # A draft's text is not for search engines, even if its address leaks.
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "POST"])
@member_view()
def change_status(request, membership, opening_id, action):
    opening = get_object_or_404(Opening, pk=opening_id, organisation=membership.organisation)
    actions = {"publish": services.publish, "close": services.close, "archive": services.archive}
    if action not in actions:
        raise Http404
    if request.method == "GET":
        # Closing is the step HR may regret: the button leads here to confirm it.
        if action != "close" or opening.status != Opening.Status.PUBLISHED:
            raise Http404
        return render(
            request,
            "openings/employer/close.html",
            {
                "organisation": membership.organisation,
                "opening": opening,
                "application_count": opening.applications.count(),
            },
        )
    try:
        actions[action](opening)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request,
            _("“%(title)s” is now %(status)s.")
            % {"title": opening, "status": opening.get_status_display().lower()},
        )
    return redirect("openings_employer", pk=membership.organisation_id)
