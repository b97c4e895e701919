from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    name = "talentportal.languages"
    label = "languages"
