"""Reading and validating ``content_src/``: each loader parses and checks its own files into
frozen dataclasses that remember their file and line, and notes what they name elsewhere;
:mod:`.resolution` then checks every reference against every registry in one pass;
:mod:`.reader` runs them in order, :mod:`.model` is the one ``Content`` the renderers receive,
:mod:`.site_pages` the registry of its pages; :mod:`.importer` turns a scraped article into an
editable source."""
