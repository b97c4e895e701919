"""Demo content for ``seed_demo``: the real site a new install starts with.

The pages live as YAML files in ``content/`` (one file per page, the six
languages side by side; see ``content/README.md`` and docs/adr); ``content.py``
reads them and ``loader.py`` builds the pages that are missing.
"""
