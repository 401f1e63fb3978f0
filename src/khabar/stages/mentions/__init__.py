"""Mentions: where each language's finder marks people, organisations and places in the clean text.

``stage`` (the pipeline stage), ``finder`` (the finder protocol and the KB-alias finder any language gets),
``pattern`` (gazetteer/pattern finder for scripts without an NER model: Hindi), ``spacy`` (spaCy NER plus
knowledge-base corrections: English), ``titles`` (title and honorific lexicons from the packs)."""
