"""HTTP delivery of stored bytes, shared by the API and the pages: Range and safe
headers (``serving``), downloads, streams and thumbnails for their owner and for
signed links (``media_access``), signed URLs and playback tokens (``signing``), and
adaptive playback (``playback``).
"""
