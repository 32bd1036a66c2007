from django.db import migrations

# Announcements are built (saas/notices): the plans promise them again.
DESCRIPTIONS = {
    "standard": (
        "适合单个小区：房产、住户、报修、收费（最多 2,000 套房屋）。",
        "适合单个小区：房产、住户、报修、收费、公告（最多 2,000 套房屋）。",
    ),
}


def describe(apps, schema_editor):
    Plan = apps.get_model("tenants", "Plan")
    for code, (old, new) in DESCRIPTIONS.items():
        Plan.objects.filter(code=code, description=old).update(description=new)


def undescribe(apps, schema_editor):
    Plan = apps.get_model("tenants", "Plan")
    for code, (old, new) in DESCRIPTIONS.items():
        Plan.objects.filter(code=code, description=new).update(description=old)


class Migration(migrations.Migration):
    dependencies = [("tenants", "0005_plans_promise_what_is_built")]
    operations = [migrations.RunPython(describe, undescribe)]
