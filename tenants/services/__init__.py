"""Writes on the public side. ``tenant_provision`` is the only way a company gets a schema."""

from tenants.services.provisioning import tenant_provision

__all__ = ["tenant_provision"]
