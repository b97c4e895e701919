"""Which sources count as official.

A source is "official" only when its address belongs to a government body or
another official body; everything else is shown as "Other source" so readers
can weigh it. The list is data, not code: a deployment may replace it with the
``OFFICIAL_SOURCE_DOMAINS`` setting.
"""

from urllib.parse import urlsplit

from django.conf import settings

# Host names, matched on whole labels from the right ("gov.cn" covers
# "english.beijing.gov.cn" but not "notgov.cn").
DEFAULT_OFFICIAL_DOMAINS = (
    # Every Chinese government body, national and local, publishes under gov.cn.
    "gov.cn",
    # Hong Kong SAR government (border crossings, the Greater Bay Area portal).
    "gov.hk",
    # Chinese Service Center for Scholarly Exchange (Ministry of Education):
    # verifies foreign degrees.
    "cscse.edu.cn",
    # China Higher Education Student Information (Ministry of Education):
    # verifies Chinese degrees.
    "chsi.com.cn",
    # Chinese Visa Application Service Centers, run for China's embassies and consulates.
    "visaforchina.cn",
    # Chinese Testing International, which runs the HSK for the Ministry of Education's
    # Center for Language Education and Cooperation.
    "chinesetest.cn",
)


def official_domains() -> tuple[str, ...]:
    return tuple(getattr(settings, "OFFICIAL_SOURCE_DOMAINS", DEFAULT_OFFICIAL_DOMAINS))


def is_official(url: str) -> bool:
    """True when the address's host is one of the official domains or below one."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in official_domains())
