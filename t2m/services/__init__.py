"""Services: the one place for domain rules. Views call these; only these write models."""
