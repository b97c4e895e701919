"""The four settling-in guides for Shanghai.

Facts come from ``/work/shared/FACTS.md``; where a rule or figure was not
checked, the text tells the reader whom to ask instead of stating it.
"""

GUIDES = []
