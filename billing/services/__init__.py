"""Payment services: credentials, owners' orders for bills, notifications, settlement, refunds,
reconciliation and the vendor's subscriptions. Keyword-only, typed; refusals are DomainErrors."""
