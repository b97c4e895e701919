"""The demo log-ins seed_demo creates when DEBUG is on."""

# Shown by seed_demo and listed in the README; created only when DEBUG is on.
DEMO_PASSWORD = "talent-portal-demo"  # noqa: S105
SUPERUSER_EMAIL = "admin@example.com"
CITY_ROLES = ("editor", "moderator")
