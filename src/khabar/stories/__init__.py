"""Stories and event clusters: one real-world event from many reports, across languages.

:mod:`khabar.stories.cluster` decides which reported events are one event (pure functions over
event facts); :mod:`khabar.stories.store` keeps the clusters and stories in the DuckDB store,
incrementally; :mod:`khabar.stories.queries` reads them for the CLI, the API and the exports.
"""

from khabar.stories.cluster import (
    WINDOW_DAYS,
    EventFacts,
    cluster_events,
    compatible,
    group_articles,
)

__all__ = ["WINDOW_DAYS", "EventFacts", "cluster_events", "compatible", "group_articles"]
