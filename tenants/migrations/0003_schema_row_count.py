from django.db import migrations

# Counts a table's rows in a given schema, so the vendor console can read live usage for a whole
# page of companies in one query. Installed in public only (TenantSyncRouter keeps tenants out).
CREATE = """
CREATE OR REPLACE FUNCTION public.wuye_schema_row_count(schema_name text, table_name text)
RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE
    total bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I.%I', schema_name, table_name) INTO total;
    RETURN total;
END
$$;
"""
DROP = "DROP FUNCTION IF EXISTS public.wuye_schema_row_count(text, text);"


class Migration(migrations.Migration):
    dependencies = [("tenants", "0002_plans")]
    operations = [migrations.RunSQL(CREATE, DROP)]
