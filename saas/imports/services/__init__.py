"""Writes of the imports domain: one module per topic (jobs, profiles, rollback, reconciliation)."""
