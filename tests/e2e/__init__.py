"""End-to-end tests: the real server (honcho + gunicorn + Huey worker), a real
browser (Playwright + Chromium) and schema-driven fuzzing (Schemathesis)."""
