"""Outbound network access that user input can steer (URL ingest), SSRF-safe."""
