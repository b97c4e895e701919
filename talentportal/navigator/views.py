"""The navigator's pages: questionnaire steps, result, points table, checklist, saved results.

Answers travel only in the address (GET forms) and, when the reader chooses,
in their account. Every page that shows answers is `private, no-store`.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from cms.pages.cities import CityPage
from cms.pages.visas import VisaResourcePage
from talentportal.navigator import checklist, domain, services
from talentportal.navigator.forms import STEP_FIELDS, AnswersForm, ChecklistForm, empty_form
from talentportal.navigator.models import RuleVersion, SavedResult
from talentportal.profiles.models import Profile

private = cache_control(private=True, no_store=True)

ROUTE_LABELS = {
    "r": gettext_lazy("R visa (talent) with a class A work permit"),
    "z_a": gettext_lazy("Z visa with a class A work permit"),
    "z_b": gettext_lazy("Z visa with a class B work permit"),
    "z_c": gettext_lazy("Z visa with a class C work permit"),
    "x1": gettext_lazy("X1 visa (study, more than 180 days)"),
    "x2": gettext_lazy("X2 visa (study, up to 180 days)"),
    "s1": gettext_lazy("S1 visa (family of a foreigner in China, more than 180 days)"),
    "s2": gettext_lazy("S2 visa (family of a foreigner in China, up to 180 days)"),
    "m": gettext_lazy("M visa (business)"),
    "none": gettext_lazy("None of these routes"),
}
# Which national pages explain a route.
ROUTE_PAGES = {
    "r": ("visa-r", "permit-a", "residence"),
    "z_a": ("visa-z", "permit-a", "residence"),
    "z_b": ("visa-z", "permit-b", "residence"),
    "z_c": ("visa-z", "permit-c", "residence"),
    "x1": ("visa-x", "residence"),
    "x2": ("visa-x",),
    "s1": ("visa-s", "residence"),
    "s2": ("visa-s",),
    "m": ("visa-m",),
    "none": (),
}
NATIONAL_DEPTH = 4  # home → visas and permits → resource


def _route_label(route):
    return str(ROUTE_LABELS[route])


def national_pages(route):
    types = ROUTE_PAGES.get(route, ())
    pages = VisaResourcePage.objects.live().filter(depth=NATIONAL_DEPTH, permit_type__in=types)
    return sorted(pages, key=lambda page: types.index(page.permit_type))


def city_page(slug):
    return CityPage.objects.live().filter(slug=slug).first()


def local_procedure(city):
    if city is None:
        return None
    return (
        VisaResourcePage.objects.live().descendant_of(city).filter(permit_type="procedure").first()
    )


def _result_context(answers, version, *, auth=None):
    table = services.rule_table(version)
    decision = domain.decide(answers, table)
    city = city_page(answers.city)
    auth = auth or services.authentication_for(answers.nationality)
    return {
        "answers": answers,
        "decision": decision,
        "route_label": _route_label(decision.route),
        "also_labels": [_route_label(route) for route in decision.also],
        "version": version,
        "table": table,
        "city": city,
        "procedure": local_procedure(city),
        "national_pages": national_pages(decision.route),
        "documents": checklist.documents(decision.route, decision.klass, answers.city, auth),
        "city_notes": checklist.city_differences(answers.city, decision.klass),
        "steps": checklist.steps(decision.route),
        "authentication": auth,
        "class_a_min": domain.CLASS_A_MIN,
        "class_a_other": domain.CLASS_A_MIN_OTHER_READING,
        "class_b_min": domain.CLASS_B_MIN,
    }


def _current_version():
    version = RuleVersion.current()
    if version is None:
        raise Http404
    return version


def _step(request):
    raw = request.GET.get("step", "1")
    return int(raw) if raw in ("1", "2", "3") else 1


@require_GET
@private
def start(request):
    """One step after another; the address holds every answer so far."""
    form = AnswersForm(request.GET) if request.GET else empty_form()
    step = _step(request)
    if request.GET and "step" in request.GET:
        # Only the fields of the step just answered can have errors worth showing.
        form.is_valid()
    purpose = form.data.get("purpose", "work")
    work = purpose in domain.WORK_PURPOSES
    last_step = 3 if work else 2
    step = min(step, last_step)
    return render(
        request,
        "navigator/start.html",
        {
            "form": form,
            "step": step,
            "steps": range(1, last_step + 1),
            "last_step": last_step,
            "step_fields": {number: fields for number, fields in STEP_FIELDS.items()},
            "current_fields": STEP_FIELDS[step],
            "work": work,
            "purpose": purpose,
            "previous_step": step - 1,
            "next_step": step + 1,
        },
    )


@require_GET
@private
def result(request):
    form = AnswersForm(request.GET)
    if not form.is_valid() and request.GET.get("fragment"):
        return render(request, "navigator/_invalid.html", {"form": form}, status=400)
    if not form.is_valid():
        messages.error(request, _("Some answers need a look before we can tell you your route."))
        return render(
            request,
            "navigator/start.html",
            {
                "form": form,
                "step": 1,
                "steps": range(1, 4),
                "last_step": 3,
                "current_fields": tuple(f for fields in STEP_FIELDS.values() for f in fields),
                "work": True,
                "previous_step": 0,
                "next_step": 2,
                "show_all": True,
            },
            status=400,
        )
    answers = form.answers()
    version = _current_version()
    context = _result_context(answers, version)
    context["query"] = services.answers_to_query(answers)
    context["share_url"] = request.build_absolute_uri(
        reverse(
            "navigator_shared",
            args=[services.share_token(context["decision"], version.pk, answers.city)],
        )
    )
    template = "navigator/_result.html" if request.GET.get("fragment") else "navigator/result.html"
    return render(request, template, context)


@require_GET
def points(request):
    versions = RuleVersion.objects.exclude(status=RuleVersion.Status.DRAFT).prefetch_related(
        "items__bands"
    )
    current = next((v for v in versions if v.status == RuleVersion.Status.CURRENT), None)
    return render(
        request,
        "navigator/points.html",
        {
            "current": current,
            "others": [v for v in versions if v is not current],
            "class_a_min": domain.CLASS_A_MIN,
            "class_a_other": domain.CLASS_A_MIN_OTHER_READING,
            "class_b_min": domain.CLASS_B_MIN,
        },
    )


@require_GET
@private
def checklist_view(request):
    form = ChecklistForm(request.GET or None)
    context = {"form": form}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        auth = services.authentication_for(data["nationality"])
        klass = "A" if data["route"] == "r" else "B"
        context.update(
            documents=checklist.documents(data["route"], klass, data["city"], auth),
            city_notes=checklist.city_differences(data["city"], klass),
            steps=checklist.steps(data["route"]),
            authentication=auth,
            city=city_page(data["city"]),
        )
    return render(request, "navigator/checklist.html", context)


@require_GET
def shared(request, token):
    payload = services.read_share_token(token)
    if payload is None:
        raise Http404
    version = RuleVersion.objects.filter(pk=payload.get("v")).first()
    auth = checklist.Authentication("unknown")
    city = city_page(payload.get("c", ""))
    route, klass = payload["r"], payload.get("k", "")
    return render(
        request,
        "navigator/shared.html",
        {
            "route": route,
            "route_label": _route_label(route),
            "klass": klass,
            "total": payload.get("t"),
            "version": version,
            "city": city,
            "procedure": local_procedure(city),
            "national_pages": national_pages(route),
            "documents": checklist.documents(route, klass, payload.get("c", ""), auth),
            "city_notes": checklist.city_differences(payload.get("c", ""), klass),
            "steps": checklist.steps(route),
        },
    )


@login_required
@require_POST
def save(request):
    form = AnswersForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Some answers need a look before we can tell you your route."))
        return redirect("navigator_start")
    answers = form.answers()
    version = _current_version()
    decision = domain.decide(answers, services.rule_table(version))
    score = decision.score
    saved = SavedResult.objects.create(
        user=request.user,
        rule_version=version,
        answers=services.answers_to_json(answers),
        route=decision.route,
        klass=decision.klass,
        total=score.total if score else None,
        lines={line.key: line.points for line in score.lines} if score else {},
    )
    messages.success(request, _("The result is saved to your account."))
    return redirect("navigator_saved", pk=saved.pk)


@login_required
@require_GET
@private
def saved_list(request):
    results = SavedResult.objects.filter(user=request.user).select_related("rule_version")
    return render(
        request,
        "navigator/saved_list.html",
        {"results": [(item, _route_label(item.route)) for item in results]},
    )


@login_required
@private
def saved_detail(request, pk):
    saved = get_object_or_404(SavedResult, pk=pk, user=request.user)
    answers = services.answers_from_json(saved.answers)
    context = _result_context(answers, saved.rule_version)
    if request.method == "POST":
        keys = {document.key for document in context["documents"]}
        saved.ticks = sorted(set(request.POST.getlist("gathered")) & keys)
        saved.save(update_fields=["ticks"])
        messages.success(request, _("Your checklist is saved."))
        return redirect("navigator_saved", pk=saved.pk)
    context.update(saved=saved, ticks=set(saved.ticks))
    return render(request, "navigator/saved_detail.html", context)


@login_required
@require_POST
def saved_delete(request, pk):
    saved = get_object_or_404(SavedResult, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("The saved result is deleted."))
    return redirect("navigator_saved_list")


@login_required
@require_GET
def prefill(request):
    """Start the questionnaire with what the professional's profile already says."""
    profile = Profile.objects.filter(user=request.user).first()
    query = QueryDict(mutable=True)
    query.update(request.GET)
    if profile is not None:
        for key, value in services.answers_from_profile(profile).items():
            query.setdefault(key, value)
    query["step"] = "1"
    return redirect(f"{reverse('navigator_start')}?{query.urlencode()}")
