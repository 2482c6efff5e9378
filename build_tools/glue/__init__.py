"""What MkDocs loads: the hooks (``mkdocs.yml``, ``hooks:``) and the Python-Markdown extensions
they register. Thin: the logic they call lives in the other stages."""
