"""Pure renderers: the content model in, the text of a page in ``docs/`` out, one module per
component; :mod:`.markdown` and :mod:`.references` are the helpers they share."""
