"""Events: language finders produce candidates, the coder codes, locates, dates and merges them.

``stage`` (the pipeline stage), ``lexicon`` (the packs' event lexicons), ``pattern`` (light-verb and
noun patterns over tokens: Hindi), ``dependency`` (spaCy dependency patterns: English), ``coding``
(CAMEO/PLOVER coding, places, dates, merging), ``common`` (candidates and the mention index)."""
