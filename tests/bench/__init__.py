"""Benchmarks: ``python -m tests.bench [NAME]`` runs every ``bench_*.py`` module, or ``bench_<NAME>.py``.

Not collected by pytest (``python_files = test_*.py``). Each module exposes ``main()`` and prints
``RESULT <name> key=value …`` lines that compare against a baseline measured in the same run.
"""
