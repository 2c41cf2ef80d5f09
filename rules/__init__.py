"""The functional core of praxis-worker: pure decisions, no I/O, no clock reads."""
