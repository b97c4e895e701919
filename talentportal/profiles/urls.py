from django.urls import path

from talentportal.profiles import views

urlpatterns = [
    path("", views.edit, name="profiles_edit"),
    path("cv/", views.upload_cv, name="profiles_upload_cv"),
    path("cv/delete/", views.delete_cv, name="profiles_delete_cv"),
    path("cv/download/", views.download_cv, name="profiles_download_cv"),
    path("photo/", views.photo, name="profiles_photo"),
    path("photo/upload/", views.upload_photo, name="profiles_upload_photo"),
    path("photo/delete/", views.delete_photo, name="profiles_delete_photo"),
]
