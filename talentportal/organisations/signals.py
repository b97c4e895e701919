"""What the organisations app tells the apps built on it, so that it imports none of them."""

from django.dispatch import Signal

# City staff refused an organisation (rejected it, or withdrew its verification).
# Keyword argument: organisation. The openings app closes its openings: only
# verified organisations may have public openings.
verification_refused = Signal()
