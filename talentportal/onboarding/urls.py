from django.urls import path

from talentportal.onboarding import views

public_urlpatterns = [
    path("", views.home, name="onboarding_home"),
    path("new/", views.add_by_hand, name="onboarding_add"),
    path("<int:pk>/", views.timeline, name="onboarding_timeline"),
    path("<int:pk>/steps/<slug:step>/", views.tick, name="onboarding_tick"),
    path("<int:pk>/consent/", views.consent, name="onboarding_consent"),
    path("offers/<int:application_id>/accept/", views.accept_offer, name="onboarding_accept"),
    path("wallet/", views.wallet, name="onboarding_wallet"),
    path("calendar/", views.personal_feed, name="onboarding_personal_feed"),
    path("calendar/<str:token>.ics", views.feed, name="onboarding_feed"),
]

employer_urlpatterns = [
    path("<int:pk>/hires/", views.employer_calendar, name="onboarding_employer_calendar"),
    path("<int:pk>/hires/calendar/", views.employer_feed, name="onboarding_employer_feed"),
    path("<int:pk>/hires/<int:timeline_id>/", views.employer_hire, name="onboarding_employer_hire"),
    path(
        "<int:pk>/applications/<int:application_id>/confirm-hire/",
        views.confirm_hire,
        name="onboarding_confirm_hire",
    ),
]
