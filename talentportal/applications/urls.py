from django.urls import path

from talentportal.applications import views

public_urlpatterns = [
    path("", views.mine, name="applications_mine"),
    path("<int:pk>/", views.mine_detail, name="applications_mine_detail"),
    path("<int:pk>/withdraw/", views.withdraw, name="applications_withdraw"),
    path("<int:pk>/cv/", views.mine_cv, name="applications_mine_cv"),
]

apply_urlpatterns = [
    path("<int:pk>/apply/", views.apply, name="applications_apply"),
]

employer_urlpatterns = [
    path(
        "<int:pk>/openings/<int:opening_id>/applications/",
        views.pipeline,
        name="applications_pipeline",
    ),
    path(
        "<int:pk>/openings/<int:opening_id>/applications.csv",
        views.export,
        name="applications_export",
    ),
    path(
        "<int:pk>/applications/<int:application_id>/",
        views.hr_detail,
        name="applications_hr_detail",
    ),
    path("<int:pk>/applications/<int:application_id>/cv/", views.hr_cv, name="applications_hr_cv"),
]
