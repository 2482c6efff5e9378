"""Build tools for the bilingual (Arabic-first) DeepSeek R2 explainer site.

Pipeline: read ``content_src/`` -> validate into frozen dataclasses -> pure renderers return
text -> one writer updates ``docs/`` (or ``--check`` prints the diff).
"""
