"""Development tools: the benchmarks, the browser and Lighthouse helpers, the local Pages server,
the ProperDocs comparison and the offline workflow runner. The site build never imports them
(tests/test_imports.py)."""
