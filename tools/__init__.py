"""Developer tools that are not part of the worker: run from the repository root as
`python -m tools.<package>.<module>` (see each module's docstring)."""
