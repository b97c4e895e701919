"""National visa and permit resources, shared by every city."""

from cms.demo.permits import RESOURCES as PERMITS
from cms.demo.visa_types import NATIONAL_SECTION
from cms.demo.visa_types import RESOURCES as VISAS

RESOURCES = VISAS + PERMITS

__all__ = ["NATIONAL_SECTION", "RESOURCES"]
