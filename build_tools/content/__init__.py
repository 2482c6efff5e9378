"""Reading and validating ``content_src/``: each loader parses its own files into frozen dataclasses
that remember their file and line; :mod:`.model` gathers them into the one ``Content`` the
renderers receive; :mod:`.importer` turns a scraped article into an editable source."""
