"""What happens to an upload: the ``process`` job (``process``), a video's renditions,
HLS and storyboard (``renditions``), and the files and derived objects jobs make
(``outputs``).
"""

from t2m.services.processing.process import (
    JOB_KINDS,
    KIND,
    run_process_job,
)

__all__ = [
    "JOB_KINDS",
    "KIND",
    "run_process_job",
]
