from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from talentportal import health
from talentportal.accounts import doors
from talentportal.applications import urls as applications_urls
from talentportal.onboarding import urls as onboarding_urls
from talentportal.openings import queries as openings_queries
from talentportal.openings import sitemaps as openings_sitemaps
from talentportal.openings import urls as openings_urls
from talentportal.organisations import sitemaps as organisations_sitemaps
from talentportal.organisations.urls import employer_urlpatterns, public_urlpatterns

# The site search and the sitemap are cms views; the apps' parts are handed in
# here, so cms never imports an app (the import contract in pyproject.toml).
SITEMAP_SECTIONS = [openings_sitemaps.entries, organisations_sitemaps.entries]

urlpatterns = [
    # Outside the language prefix: load balancers and monitoring ask these.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # The admin's own log-in and reset forms would skip allauth's rate limits and MFA.
    *doors.admin_urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", cms_views.sitemap, {"sections": SITEMAP_SECTIONS}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

urlpatterns += i18n_patterns(
    path(
        "search/",
        cms_views.search,
        {"find_openings": openings_queries.matching},
        name="search",
    ),
    path("site-map/", cms_views.site_map, name="site_map"),
    path("accounts/", include("talentportal.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("profile/", include("talentportal.profiles.urls")),
    path("employer/", include(employer_urlpatterns)),
    path("employer/", include(applications_urls.employer_urlpatterns)),
    path("employer/", include(openings_urls.employer_urlpatterns)),
    path("employer/", include(onboarding_urls.employer_urlpatterns)),
    path("openings/", include(openings_urls.public_urlpatterns)),
    path("openings/", include(applications_urls.apply_urlpatterns)),
    path("applications/", include(applications_urls.public_urlpatterns)),
    path("onboarding/", include(onboarding_urls.public_urlpatterns)),
    path("organisations/", include(public_urlpatterns)),
    path("navigator/", include("talentportal.navigator.urls")),
    *doors.site_urlpatterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# A database outage gets a translated 503 page instead of the plain 500.
handler500 = "talentportal.outage.server_error"
