"""期初 opening balances brought in by an import: a prepaid kind of their own, and the one door
through the ledger's guards an import rollback needs.

Opening arrears are ordinary bills (so cashiers collect them like any other) and opening prepaid
is a ``PrepaidEntry`` of kind ``opening`` with no payment. Rolling a committed import back must
restore exactly what was there, so inside a transaction that sets ``wuye.import_rollback = on``
(``SET LOCAL``; only ``saas.imports``' rollback does, after refusing when anything was paid,
waived, accrued or settled against them) bills, their lines and *opening* prepaid entries may be
deleted. Every other ledger row — payments, allocations, other prepaid entries, accruals, and the
access log, which shares ``wuye_append_only`` — stays as absolute as before.
"""

from django.db import migrations, models

FUNCTIONS = """
CREATE OR REPLACE FUNCTION public.wuye_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('wuye.import_rollback', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'rows of % are never deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE OR REPLACE FUNCTION public.wuye_prepaid_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.kind = 'opening' AND current_setting('wuye.import_rollback', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'append-only table %', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS finance_prepaidentry_append_only ON finance_prepaidentry;
CREATE TRIGGER finance_prepaidentry_append_only BEFORE UPDATE OR DELETE ON finance_prepaidentry
    FOR EACH ROW EXECUTE FUNCTION public.wuye_prepaid_append_only();
"""
UNDO = """
DROP TRIGGER IF EXISTS finance_prepaidentry_append_only ON finance_prepaidentry;
CREATE TRIGGER finance_prepaidentry_append_only BEFORE UPDATE OR DELETE ON finance_prepaidentry
    FOR EACH ROW EXECUTE FUNCTION public.wuye_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("finance", "0007_bill_cancellation")]

    operations = [
        migrations.AlterField(
            model_name="prepaidentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("deposit", "预存"),
                    ("settle", "抵扣账单"),
                    ("reversal", "冲正"),
                    ("refund", "退款"),
                    ("opening", "期初预存"),
                ],
                max_length=16,
                verbose_name="类型",
            ),
        ),
        migrations.RemoveConstraint(model_name="prepaidentry", name="prepaid_entry_sign"),
        migrations.AddConstraint(
            model_name="prepaidentry",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("amount_fen__gt", 0), ("kind", "deposit"), ("payment__isnull", False)),
                    models.Q(("amount_fen__lt", 0), ("kind", "reversal"), ("payment__isnull", False)),
                    models.Q(models.Q(("kind", "settle"), ("kind", "refund"), _connector="OR"), ("amount_fen__lt", 0)),
                    models.Q(
                        ("kind", "opening"), models.Q(("amount_fen", 0), _negated=True), ("payment__isnull", True)
                    ),
                    _connector="OR",
                ),
                name="prepaid_entry_sign",
            ),
        ),
        migrations.RunSQL(FUNCTIONS, UNDO),
    ]
