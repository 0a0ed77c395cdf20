"""The service itself: health (``health``)."""
