"""How the worker runs: live (daemon), shadow, replay, demo.

Each mode drives the cycle (worker.cycle.phases) its own way; the command line (worker.cli)
starts them. Layers (pyproject, import-linter): cli > modes > cycle > adapters."""
