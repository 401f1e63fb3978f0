"""Link: one entity per real actor, across mentions and scripts (``stage``; ``linker`` does the work)."""
