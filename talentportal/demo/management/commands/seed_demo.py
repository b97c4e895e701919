from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from cms import search
from cms.demo import loader
from cms.demo.site import CITY_ROLES, DEMO_PASSWORD, SUPERUSER_EMAIL
from cms.staff import city_name, ensure_all_city_staff
from talentportal.demo import people
from talentportal.demo.applications import seed_applications
from talentportal.demo.onboarding import ensure_settling_in_pages, seed_onboarding
from talentportal.demo.openings import seed_openings
from talentportal.demo.people import demo_user, give_totp
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation


class Command(BaseCommand):
    help = "Build the demo site (idempotent: existing pages are left alone)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--openings",
            type=int,
            default=None,
            help="Add this many more demo openings (for benchmarks), e.g. 100000.",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            _home, cities = loader.load()
            ensure_settling_in_pages(cities)
            staff = ensure_all_city_staff()
        search.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {len(cities)} cities."))
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no demo accounts created.")
            return
        self._demo_accounts(cities, staff)
        self._demo_openings(options["openings"])

    def _demo_openings(self, extra):
        organisations = list(Organisation.objects.filter(status="verified").select_related("city"))
        made = 0
        if not Opening.objects.exists():
            made += seed_openings(organisations, 48)
        if extra:
            made += seed_openings(organisations, extra, seed=extra)
        self.stdout.write(f"Openings: {made} added, {Opening.objects.count()} in all.")
        self.stdout.write(f"Applications: {seed_applications()} added.")
        self.stdout.write(f"Onboarding timelines: {seed_onboarding()} added.")

    def _demo_accounts(self, cities, staff):
        logins = []
        admin = demo_user(
            SUPERUSER_EMAIL,
            "Site",
            "Administrator",
            DEMO_PASSWORD,
            is_staff=True,
            is_superuser=True,
        )
        give_totp(admin)
        logins.append(("site administrator", SUPERUSER_EMAIL))
        for city, groups in zip(cities, staff, strict=True):
            name = city_name(city)
            for role, group in zip(CITY_ROLES, groups, strict=True):
                email = f"{city.slug}.{role}@example.com"
                user = demo_user(email, name, role.title(), DEMO_PASSWORD)
                user.groups.add(group)
                give_totp(user)
                logins.append((f"{name} {role}", email))
        logins.extend(people.seed(cities, DEMO_PASSWORD))
        self.stdout.write(f"Demo log-ins (password for all: {DEMO_PASSWORD}):")
        for role, email in logins:
            self.stdout.write(f"  {role:<52} {email}")
        self.stdout.write(
            "Staff and organisation owners sign in with a second factor: "
            "`python manage.py demo_code EMAIL` prints the current code."
        )
