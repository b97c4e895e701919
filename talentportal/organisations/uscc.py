"""The unified social credit code (统一社会信用代码) of Chinese organisations, GB 32100-2015."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_character(first17):
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value):
    code = value.strip().upper()
    if len(code) != 18 or any(c not in ALPHABET for c in code):
        raise ValidationError(
            _(
                "A unified social credit code has 18 digits and capital letters (no I, O, S, V or Z)."
            ),
            code="uscc_format",
        )
    if check_character(code[:17]) != code[17]:
        raise ValidationError(
            _(
                "This unified social credit code is not valid: please check it against the business licence."
            ),
            code="uscc_checksum",
        )
