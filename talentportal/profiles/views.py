from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from talentportal.profiles.downloads import cv_response, private_file_response
from talentportal.profiles.forms import (
    CVForm,
    EducationFormSet,
    ExperienceFormSet,
    LanguageFormSet,
    PhotoForm,
    ProfileForm,
)
from talentportal.profiles.models import Profile
from talentportal.profiles.uploads import safe_download_name
from talentportal.storage import check_quota, save_file, stored_size

# Room for the multipart envelope around the file itself.
ENVELOPE_BYTES = 64 * 1024


def _too_large(request, limit):
    """Refuse an oversized upload from its declared length, before reading it."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > limit + ENVELOPE_BYTES


def _profile(user):
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


@login_required
def edit(request):
    profile = _profile(request.user)
    data = request.POST if request.method == "POST" else None
    form = ProfileForm(data, instance=profile)
    formsets = {
        "education": EducationFormSet(data, instance=profile, prefix="education"),
        "experience": ExperienceFormSet(data, instance=profile, prefix="experience"),
        "languages": LanguageFormSet(data, instance=profile, prefix="languages"),
    }
    if request.method == "POST":
        if form.is_valid() and all(f.is_valid() for f in formsets.values()):
            with transaction.atomic():
                form.save()
                for formset in formsets.values():
                    formset.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("profiles_edit")
        messages.error(request, _("Some fields need your attention; nothing was saved yet."))
    percent, missing = profile.completeness()
    return render(
        request,
        "profiles/edit.html",
        {
            "form": form,
            "formsets": formsets,
            "profile": profile,
            "percent": percent,
            "missing": missing,
            "cv_form": CVForm(),
            "photo_form": PhotoForm(),
        },
    )


def _checked_upload(request, form_class, field, limit, too_large_message, replacing):
    """The valid form, or None after telling the person what was wrong.

    `replacing` is the stored file the upload would replace: its space is freed.
    """
    if _too_large(request, limit):
        messages.error(request, too_large_message % {"limit": filesizeformat(limit)})
        return None
    form = form_class(request.POST, request.FILES)
    if not form.is_valid():
        for error in form.errors[field]:
            messages.error(request, error)
        return None
    try:
        check_quota(request.user, form.cleaned_data[field].size, freeing=stored_size(replacing))
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return None
    return form


def _replace_file(profile, field, name, content, **fields):
    """Store the new file, then remove the one it replaces.

    On a full disk the ValidationError leaves the profile and its old file as they were.
    """
    file = getattr(profile, field)
    old = file.name
    save_file(file, name, content)
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.save(update_fields=[field, *fields, "updated_at"])
    if old:
        file.storage.delete(old)


@login_required
@require_POST
def upload_cv(request):
    profile = _profile(request.user)
    form = _checked_upload(
        request,
        CVForm,
        "cv",
        settings.CV_MAX_BYTES,
        _("Your CV is larger than %(limit)s."),
        replacing=profile.cv,
    )
    if form is not None:
        upload = form.cleaned_data["cv"]
        try:
            _replace_file(
                profile,
                "cv",
                f"cv.{form.kind}",
                upload,
                cv_name=safe_download_name(upload.name, form.kind),
                cv_uploaded_at=timezone.now(),
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Your CV is uploaded."))
    return redirect("profiles_edit")


@login_required
@require_POST
def delete_cv(request):
    profile = _profile(request.user)
    if profile.cv:
        profile.cv.delete(save=False)
        profile.cv_name = ""
        profile.cv_uploaded_at = None
        profile.save(update_fields=["cv", "cv_name", "cv_uploaded_at", "updated_at"])
        messages.success(request, _("Your CV is deleted."))
    return redirect("profiles_edit")


@login_required
def download_cv(request):
    profile = Profile.objects.filter(user=request.user).first()
    if profile is None:
        raise Http404
    return cv_response(profile.cv, profile.cv_name)


@login_required
@require_POST
def upload_photo(request):
    profile = _profile(request.user)
    form = _checked_upload(
        request,
        PhotoForm,
        "photo",
        settings.PHOTO_MAX_BYTES,
        _("Your photo is larger than %(limit)s."),
        replacing=profile.photo,
    )
    if form is not None:
        try:
            _replace_file(profile, "photo", "photo.jpg", form.cleaned_data["photo"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Your photo is uploaded."))
    return redirect("profiles_edit")


@login_required
@require_POST
def delete_photo(request):
    profile = _profile(request.user)
    if profile.photo:
        profile.photo.delete(save=False)
        profile.save(update_fields=["photo", "updated_at"])
        messages.success(request, _("Your photo is deleted."))
    return redirect("profiles_edit")


@login_required
def photo(request):
    profile = Profile.objects.filter(user=request.user).first()
    if profile is None or not profile.photo:
        raise Http404
    return private_file_response(profile.photo, "photo.jpg", "image/jpeg", as_attachment=False)
