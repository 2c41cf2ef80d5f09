"""One cycle of the worker: appointments in, mail read and decided, mail planned and
sent, staff told; the application code between the rules and the adapters.

Layers (pyproject, import-linter): cli > modes > cycle > adapters."""
