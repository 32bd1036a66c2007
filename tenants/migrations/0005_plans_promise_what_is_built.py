from django.db import migrations

# Announcements, parking, equipment inspection and data import are not built yet: the plans stop
# promising them (and say what each limit is; the house limit is enforced).
DESCRIPTIONS = {
    "trial": "30 天全功能试用（最多 500 套房屋），在线支付为沙箱模式。",
    "standard": "适合单个小区：房产、住户、报修、收费（最多 2,000 套房屋）。",
    "professional": "多小区：在线缴费（支付宝、Stripe）、收费报表、员工权限与个人信息保护（最多 10,000 套房屋）。",
    "enterprise": "集团物业：不限房屋数、专属客户成功经理。",
}


def describe(apps, schema_editor):
    Plan = apps.get_model("tenants", "Plan")
    for code, description in DESCRIPTIONS.items():
        Plan.objects.filter(code=code).update(description=description)


class Migration(migrations.Migration):
    dependencies = [("tenants", "0004_company_cors_origins")]
    operations = [migrations.RunPython(describe, migrations.RunPython.noop)]
