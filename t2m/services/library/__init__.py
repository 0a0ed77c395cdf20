"""The media library: uploads, files and their lookups (``files``), collections
(``collections``), and looking after a library: analytics, cleanup, deduplication
(``upkeep``).
"""

from t2m.services.library.upkeep import (
    ANALYTICS_DAYS,
    FILE_TYPES,
    MAX_AGE_DAYS,
    STATUSES,
    analytics,
    cleanup,
    deduplication,
)

__all__ = [
    "ANALYTICS_DAYS",
    "FILE_TYPES",
    "MAX_AGE_DAYS",
    "STATUSES",
    "analytics",
    "cleanup",
    "deduplication",
]
