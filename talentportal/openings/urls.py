from django.urls import path

from talentportal.openings import feeds, views

public_urlpatterns = [
    path("", views.listing, name="openings_list"),
    path("<int:pk>/", views.detail, name="openings_detail"),
    path("<int:pk>/save/", views.toggle_saved, name="openings_toggle_saved"),
    path("saved/", views.saved, name="openings_saved"),
    path("alerts/", views.create_alert, name="openings_create_alert"),
    path("alerts/<int:pk>/", views.edit_alert, name="openings_edit_alert"),
    path("alerts/<int:pk>/pause/", views.pause_alert, name="openings_pause_alert"),
    path("alerts/<int:pk>/delete/", views.delete_alert, name="openings_delete_alert"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="openings_unsubscribe"),
    path("feed/rss/", feeds.OpeningsRssFeed(), name="openings_rss"),
    path("feed.json", feeds.json_feed, name="openings_json_feed"),
]

employer_urlpatterns = [
    path("<int:pk>/openings/", views.employer_openings, name="openings_employer"),
    path("<int:pk>/openings/new/", views.create_opening, name="openings_create"),
    path("<int:pk>/openings/<int:opening_id>/", views.edit_opening, name="openings_edit"),
    path(
        "<int:pk>/openings/<int:opening_id>/preview/",
        views.preview,
        name="openings_preview",
    ),
    path(
        "<int:pk>/openings/<int:opening_id>/<slug:action>/",
        views.change_status,
        name="openings_change_status",
    ),
]
