from django.urls import path

from talentportal.accounts import views

urlpatterns = [
    path("", views.dashboard, name="accounts_dashboard"),
    path("preferences/", views.preferences, name="accounts_preferences"),
    path("consent/", views.consent, name="accounts_consent"),
    path("privacy/", views.privacy_centre, name="accounts_privacy"),
    path("privacy/export/", views.export, name="accounts_export"),
    path("privacy/delete/", views.delete_account, name="accounts_delete"),
    path("sessions/end-all/", views.sign_out_everywhere, name="accounts_sign_out_everywhere"),
]
