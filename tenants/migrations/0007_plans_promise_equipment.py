from django.db import migrations

# Equipment is built (ledger, certificates, maintenance on a compliance clock, inspection rounds with
# QR codes, faults into repairs): the professional and enterprise plans promise it.
DESCRIPTIONS = {
    "professional": "多小区：在线缴费（支付宝、Stripe）、收费报表、设备台账与维保巡检、员工权限与个人信息保护"
    "（最多 10,000 套房屋）。",
    "enterprise": "集团物业：不限房屋数、设备台账与维保巡检、专属客户成功经理。",
}
BEFORE = {
    "professional": "多小区：在线缴费（支付宝、Stripe）、收费报表、员工权限与个人信息保护（最多 10,000 套房屋）。",
    "enterprise": "集团物业：不限房屋数、专属客户成功经理。",
}


def _describe(descriptions):
    def run(apps, schema_editor):
        Plan = apps.get_model("tenants", "Plan")
        for code, description in descriptions.items():
            Plan.objects.filter(code=code).update(description=description)

    return run


class Migration(migrations.Migration):
    dependencies = [("tenants", "0006_plans_list_announcements")]
    operations = [migrations.RunPython(_describe(DESCRIPTIONS), _describe(BEFORE))]
