"""Each language's interface: its wording (:mod:`.ar`, :mod:`.en`, given to the renderers table
by table by :mod:`.ui`), typography and direction (:mod:`.typography`), dates (:mod:`.dates`)
and what CLDR says about counts and language names (:mod:`.cldr`). Arabic text handling itself
is :mod:`build_tools.arabic`."""
