"""Payments, for both sides of the platform: owners paying a company's bills and companies paying
for their plan. SDK objects never leave ``billing/gateways/``; everything else speaks the frozen
dataclasses of ``billing.gateways.base``."""
