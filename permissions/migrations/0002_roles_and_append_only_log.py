"""Role groups in every tenant schema; the company admin becomes the admin role instead of a
superuser; owner accounts join the owner group; the access log refuses UPDATE and DELETE."""

from django.db import migrations

ROLES = ("admin", "manager", "service", "technician", "finance", "owner")

APPEND_ONLY = """
CREATE OR REPLACE FUNCTION public.wuye_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only table %', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER piiaccesslog_append_only BEFORE UPDATE OR DELETE ON permissions_piiaccesslog
    FOR EACH ROW EXECUTE FUNCTION public.wuye_append_only();
"""


def roles_forward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    User = apps.get_model("accounts", "User")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    for user in User.objects.filter(is_staff=True, is_superuser=True):
        user.groups.add(groups["admin"])
    User.objects.filter(is_staff=True, is_superuser=True).update(is_superuser=False)
    for user in User.objects.filter(is_staff=False):
        user.groups.add(groups["owner"])


class Migration(migrations.Migration):
    dependencies = [
        ("permissions", "0001_initial"),
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(roles_forward, migrations.RunPython.noop),
        migrations.RunSQL(APPEND_ONLY, "DROP TRIGGER IF EXISTS piiaccesslog_append_only ON permissions_piiaccesslog"),
    ]
