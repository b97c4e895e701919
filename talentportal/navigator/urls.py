from django.urls import path

from talentportal.navigator import views

urlpatterns = [
    path("", views.start, name="navigator_start"),
    path("result/", views.result, name="navigator_result"),
    path("points/", views.points, name="navigator_points"),
    path("checklist/", views.checklist_view, name="navigator_checklist"),
    path("prefill/", views.prefill, name="navigator_prefill"),
    path("shared/<str:token>/", views.shared, name="navigator_shared"),
    path("save/", views.save, name="navigator_save"),
    path("saved/", views.saved_list, name="navigator_saved_list"),
    path("saved/<int:pk>/", views.saved_detail, name="navigator_saved"),
    path("saved/<int:pk>/delete/", views.saved_delete, name="navigator_saved_delete"),
]
