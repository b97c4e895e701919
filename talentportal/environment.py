"""Strict readers for environment variables.

A typo in a production environment file (``EMAIL_USE_TLS=ture``) must stop the
start-up with a message naming the variable, never quietly become False.
"""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"0", "false", "no", "off"})


def env_bool(name: str, default: bool) -> bool:
    """`1/true/yes/on` or `0/false/no/off` (any case); unset or empty gives `default`."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in TRUE:
        return True
    if raw in FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is not a boolean: use 1/true/yes/on or 0/false/no/off."
    )


def env_int(name: str, default: int) -> int:
    """A whole number; anything else stops the start-up."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str) -> list[str]:
    """Comma-separated values, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def env_admins(name: str) -> list[tuple[str, str]]:
    """``Name <address>, other@example.org`` as Django's ADMINS list of (name, address)."""
    admins = []
    for entry in env_list(name):
        if "<" in entry and entry.endswith(">"):
            label, address = entry[:-1].split("<", 1)
            admins.append((label.strip() or address.strip(), address.strip()))
        elif "@" in entry:
            admins.append((entry, entry))
        else:
            raise ImproperlyConfigured(f"{name}: {entry!r} is not an e-mail address.")
    return admins
