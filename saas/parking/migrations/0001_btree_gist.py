"""btree_gist in the public schema, where every tenant schema finds it.

Extensions belong to the database, not to a schema: ``CREATE EXTENSION btree_gist`` run while
migrating a tenant (search_path ``t_…, public``) would put its operator classes in that tenant's
schema, and every other tenant's ``EXCLUDE USING gist (space WITH =, …)`` would then fail. Pinned
to public and idempotent, this is safe to run for the template and for every tenant schema; the
schema clone replays constraints with public on its search path (tenants/cloning.py). Never
dropped on reverse: other schemas use it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies: list[tuple[str, str]] = []

    operations = [
        migrations.RunSQL("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public", migrations.RunSQL.noop),
    ]
