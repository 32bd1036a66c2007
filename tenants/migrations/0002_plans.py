from django.db import migrations

PLANS = [
    ("trial", "免费试用", "Free trial", 0, 500, "30 天全功能试用，在线支付为沙箱模式。", 0),
    ("standard", "标准版", "Standard", 99000, 2000, "适合单个小区：房产、住户、报修、收费、公告。", 1),
    (
        "professional",
        "专业版",
        "Professional",
        299000,
        10000,
        "多小区：在线缴费（支付宝、Stripe）、设备巡检、停车、报表。",
        2,
    ),
    ("enterprise", "企业版", "Enterprise", 880000, None, "集团物业：不限房屋数、数据迁移服务、专属客户成功经理。", 3),
]


def create_plans(apps, schema_editor):
    Plan = apps.get_model("tenants", "Plan")
    for code, name, name_en, price, max_houses, description, order in PLANS:
        Plan.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "name_en": name_en,
                "monthly_price_fen": price,
                "max_houses": max_houses,
                "description": description,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("tenants", "0001_initial")]
    operations = [migrations.RunPython(create_plans, migrations.RunPython.noop)]
