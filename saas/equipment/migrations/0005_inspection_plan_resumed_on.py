from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("equipment", "0004_maintenance_photos"),
    ]

    operations = [
        migrations.AddField(
            model_name="inspectionplan",
            name="resumed_on",
            field=models.DateField(
                blank=True,
                help_text="最近一次恢复启用的日期；暂停期间的日子不生成巡检任务",
                null=True,
                verbose_name="恢复日期",
            ),
        ),
    ]
