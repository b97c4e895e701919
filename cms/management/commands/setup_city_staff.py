from django.core.management.base import BaseCommand

from cms.staff import ensure_all_city_staff


class Command(BaseCommand):
    help = "Create or repair each city's editor and moderator groups and review workflow."

    def handle(self, *args, **options):
        for editors, moderators in ensure_all_city_staff():
            self.stdout.write(f"{editors.name}, {moderators.name}: ready")
