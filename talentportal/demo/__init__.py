"""The demo site's people, organisations, openings, applications and onboarding (`manage.py seed_demo`).

It sits above every app (like the URLconf): it fills them all, and no app
imports it. The pages themselves come from cms/demo/ (YAML content files).
"""
