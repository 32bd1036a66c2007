"""The ledger refuses UPDATE and DELETE (the same trigger function as the access log); the receipt
counter's one row exists from the start (spare schemas copy it from the template)."""

from django.db import migrations

LEDGER = ("finance_payment", "finance_allocation", "finance_prepaidentry", "finance_latefeeaccrual")

FUNCTION = """
CREATE OR REPLACE FUNCTION public.wuye_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only table %', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
"""

TRIGGERS = "".join(
    f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
    "FOR EACH ROW EXECUTE FUNCTION public.wuye_append_only();\n"
    for table in LEDGER
)
DROP_TRIGGERS = "".join(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};\n" for table in LEDGER)


class Migration(migrations.Migration):
    dependencies = [("finance", "0001_initial")]

    operations = [
        migrations.RunSQL(FUNCTION + TRIGGERS, DROP_TRIGGERS),
        migrations.RunSQL(
            "INSERT INTO finance_receiptcounter (id, last_no) VALUES (1, 0) ON CONFLICT DO NOTHING;"
            "INSERT INTO finance_financepolicy (id, bill_due_days, late_fee_enabled, late_fee_daily_rate, "
            "late_fee_grace_days, updated_at) VALUES (1, 30, false, 0.0005, 0, now()) ON CONFLICT DO NOTHING;",
            migrations.RunSQL.noop,
        ),
    ]
