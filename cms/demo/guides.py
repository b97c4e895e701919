"""The four settling-in guides of each city."""

from cms.demo.guides_beijing import GUIDES as BEIJING
from cms.demo.guides_shanghai import GUIDES as SHANGHAI
from cms.demo.guides_shenzhen import GUIDES as SHENZHEN

GUIDES = {"beijing": BEIJING, "shanghai": SHANGHAI, "shenzhen": SHENZHEN}
