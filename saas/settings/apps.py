"""Which Django apps live in the public schema and which in every tenant schema.

An app listed in both gets its tables in both. A user exists in exactly one schema, so auth,
sessions, API tokens and guardian are in both lists: a vendor's staff account lives in public,
a property company's accounts live in that company's schema, and a token or session issued on
one host means nothing on another.
"""

SHARED_APPS = [
    "django_tenants",  # must come first
    "tenants",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.admin",
    "guardian",
    "strawberry_django",
    "channels",
    "corsheaders",
    "saas.accounts",
    "billing",  # the vendor's subscriptions (public) and owners' fees (tenants): tables in both
    "schema",  # no models: the GraphQL layer and its management commands
]

TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "guardian",
    "saas.accounts",
    "saas.estates",
    "saas.residents",
    "permissions",
    "saas.finance",
    "saas.notifications",
    "saas.workorders",
    "saas.parking",
    "saas.notices",
    "saas.equipment",
    "saas.imports",
    "billing",
]

INSTALLED_APPS = SHARED_APPS + [app for app in TENANT_APPS if app not in SHARED_APPS]
