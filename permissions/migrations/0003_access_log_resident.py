"""The access log's ``resident_id`` column becomes a relation in Django's eyes only: the same bigint
column and index, still no foreign-key constraint (an entry outlives its resident)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("permissions", "0002_roles_and_append_only_log"),
        ("residents", "0002_consent_and_anonymisation"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="piiaccesslog", name="resident_id"),
                migrations.AddField(
                    model_name="piiaccesslog",
                    name="resident",
                    field=models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="residents.resident",
                        verbose_name="住户",
                    ),
                    preserve_default=False,
                ),
            ],
            database_operations=[],
        )
    ]
