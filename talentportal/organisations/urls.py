from django.urls import path

from talentportal.organisations import views

employer_urlpatterns = [
    path("", views.employer_home, name="organisations_employer"),
    path("register/", views.register, name="organisations_register"),
    path("<int:pk>/", views.manage, name="organisations_manage"),
    path("<int:pk>/edit/", views.edit, name="organisations_edit"),
    path("<int:pk>/invite/", views.invite, name="organisations_invite"),
    path("<int:pk>/close/", views.close, name="organisations_close"),
    path(
        "<int:pk>/members/<int:member_id>/role/",
        views.change_role,
        name="organisations_change_role",
    ),
    path(
        "<int:pk>/members/<int:member_id>/remove/",
        views.remove_member,
        name="organisations_remove_member",
    ),
    path("invitations/<str:token>/", views.accept_invitation, name="organisations_accept"),
]

public_urlpatterns = [
    path("<slug:slug>/", views.public_profile, name="organisations_public"),
]
