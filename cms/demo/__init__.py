"""Demo content for ``seed_demo``: the real site a new install starts with.

Data modules hold plain Python data; ``cms.demo.loader`` turns it into pages.
Conventions used by every module here:

* ``T`` (a translated text) is a dict with one key per language code of
  ``settings.LANGUAGES``: ``{"en": ..., "zh-hans": ..., "ar": ..., "ru": ...,
  "es": ..., "fr": ...}``. Rich-text values are small HTML fragments
  (``<p>``, ``<ul><li>``, ``<ol>``, ``<b>``, ``<i>``, ``<a href>``).
* A translated StreamField is a dict of language code to a list of blocks,
  each ``{"type": name, "value": value}`` as in ``cms.blocks``.
* Dates are ISO strings, ``"2026-11-01"``.
"""
