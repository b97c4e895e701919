"""Keep phone numbers, web and e-mail addresses in their order inside right-to-left text.

In an Arabic paragraph the bidirectional algorithm reads the spaces between the
groups of "+86 10 1234 5678" as right to left, so the groups come out reversed
("5678 1234 10 86+"). Each such run inside rich text is wrapped in
`<bdi dir="ltr">`, which isolates it from the text around it and lays it out
left to right. Harmless in left-to-right text, so it is applied in every language.
"""

import re

from django.utils.safestring import SafeString, mark_safe

# A phone number as editors write it: an optional +, then digit groups joined by
# spaces, dashes, dots or brackets, at least six digits. A single group of digits
# (12345, a year) keeps its order anyway and is left alone.
PHONE = r"(?:\+|\(\+?)?\d[\d().\- ]*[\s\-().]+[\d().\- ]*\d"
# Entities (&amp;) stay whole: a run never ends inside one.
URL_PART = r"(?:&#?\w+;|[^\s<&])"
ADDRESS = (
    rf"(?:https?://|www\.){URL_PART}*(?:&#?\w+;|[^\s<&.,;:!?)])"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
RUN = re.compile(f"{ADDRESS}|{PHONE}")
DIGITS = re.compile(r"\d")

TAG = re.compile(r"(<[^>]*>)")
# Text inside these is already isolated, is a link (isolated by the style sheet),
# or is code, which must not change.
SKIP = {"a", "bdi", "bdo", "code", "pre", "script", "style", "kbd", "samp"}
OPENING = re.compile(r"<\s*([a-zA-Z0-9]+)")
CLOSING = re.compile(r"<\s*/\s*([a-zA-Z0-9]+)")


def _is_run(match: re.Match) -> bool:
    text = match.group(0)
    is_number = text[0].isdigit() or text.startswith(("+", "("))
    return not is_number or len(DIGITS.findall(text)) >= 6


def _wrap(text: str) -> str:
    def replace(match: re.Match) -> str:
        if not _is_run(match):
            return match.group(0)
        return f'<bdi dir="ltr">{match.group(0)}</bdi>'

    return RUN.sub(replace, text)


def isolate_runs(html: str) -> SafeString:
    """Rich text (safe HTML) with its phone numbers and addresses isolated left to right."""
    parts = TAG.split(str(html))
    skipping: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            if closing := CLOSING.match(part):
                name = closing.group(1).lower()
                if name in skipping:
                    del skipping[len(skipping) - 1 - skipping[::-1].index(name) :]
            elif (
                (opening := OPENING.match(part))
                and opening.group(1).lower() in SKIP
                and not part.rstrip().endswith("/>")
            ):
                skipping.append(opening.group(1).lower())
        elif part and not skipping:
            parts[index] = _wrap(part)
    return mark_safe("".join(parts))  # noqa: S308  # nosec B308 B703  # wraps runs of text the caller escaped or knew safe
