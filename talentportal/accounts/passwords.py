"""Password length rules: the upper bound Django does not ship, and a lower
bound whose message is translated in all six languages (Django 5.2's Chinese
and Arabic catalogues miss the current wording of its own)."""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. It must contain at least %(min_length)d character.",
            "This password is too short. It must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}


class MaximumLengthValidator:
    """Refuse passwords longer than ``max_length`` characters.

    Hashing cost grows with the length, so an unbounded password is a cheap
    way to keep a server busy; 128 characters leave room for any passphrase.
    """

    def __init__(self, max_length: int = 128):
        self.max_length = max_length

    def validate(self, password: str, user=None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(
                self.get_error_message(),
                code="password_too_long",
                params={"max_length": self.max_length},
            )

    def get_error_message(self) -> str:
        return ngettext(
            "This password is too long. It must contain at most %(max_length)d character.",
            "This password is too long. It must contain at most %(max_length)d characters.",
            self.max_length,
        ) % {"max_length": self.max_length}

    def get_help_text(self) -> str:
        return ngettext(
            "Your password can’t be longer than %(max_length)d character.",
            "Your password can’t be longer than %(max_length)d characters.",
            self.max_length,
        ) % {"max_length": self.max_length}
