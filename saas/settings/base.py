"""Settings read from the environment (django-environ). Development defaults; see prod.py."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab

from saas.settings.apps import INSTALLED_APPS, SHARED_APPS, TENANT_APPS
from saas.settings.embedded_postgres import embedded_database_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-insecure-wuye-secret-key-change-me-in-production")

# Hosts are checked against Domain rows by tenants.middleware (404 for unknown ones), so the
# framework-level allow-list stays open by default; set ALLOWED_HOSTS to narrow it further.
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])
BASE_DOMAIN = env.str("BASE_DOMAIN", default="localhost")
PUBLIC_HOSTS = [BASE_DOMAIN, f"www.{BASE_DOMAIN}", *env.list("EXTRA_PUBLIC_HOSTS", default=["127.0.0.1"])]
PUBLIC_URL_SCHEME = env.str("PUBLIC_URL_SCHEME", default="http")
# The port in every URL the app builds (signup, console, SMS links, checkout pages, notify URLs, the
# demo banner): `make demo` sets it from PORT. Empty behind a proxy on 80/443.
PUBLIC_PORT = env.str("PUBLIC_PORT", default="8000")

# --- apps and tenancy -------------------------------------------------------------------
SHARED_APPS = SHARED_APPS
TENANT_APPS = TENANT_APPS
INSTALLED_APPS = INSTALLED_APPS
TENANT_MODEL = "tenants.Company"
TENANT_DOMAIN_MODEL = "tenants.Domain"
TENANT_BASE_SCHEMA = "template"
TENANT_CREATION_FAKES_MIGRATIONS = True
TENANT_LIMIT_SET_CALLS = True  # unsafe behind pgbouncer in transaction pooling (see README)
TENANT_SPARE_POOL_SIZE = env.int("TENANT_SPARE_POOL_SIZE", default=3)
TENANT_SPARE_POOL_AUTO_REFILL = env.bool("TENANT_SPARE_POOL_AUTO_REFILL", default=True)
TENANT_LOOKUP_CACHE_SECONDS = env.int("TENANT_LOOKUP_CACHE_SECONDS", default=300)
TRIAL_DAYS = env.int("TRIAL_DAYS", default=30)
SIGNUP_RATE = env.str("SIGNUP_RATE", default="10/h")
DEMO_BOOKING_RATE = env.str("DEMO_BOOKING_RATE", default="10/h")
# Logins: per account (guessing one password), and per client address high enough for the
# thousands of phones a mobile carrier puts behind one address (carrier-grade NAT).
LOGIN_ACCOUNT_RATE = env.str("LOGIN_ACCOUNT_RATE", default="10/m")
LOGIN_ADDRESS_RATE = env.str("LOGIN_ADDRESS_RATE", default="600/m")
# Number of proxies in front of the app that append to X-Forwarded-For; 0 trusts REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

PUBLIC_SCHEMA_URLCONF = "saas.urls_public"
ROOT_URLCONF = "saas.urls_tenant"
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tenants.middleware.TenantMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # after the host is routed: origins are per company
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "saas.accounts.middleware.ApiTokenMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

WSGI_APPLICATION = None
ASGI_APPLICATION = "saas.asgi.application"

# --- database ----------------------------------------------------------------------------
DATA_DIR = Path(env.str("WUYE_DATA_DIR", default=str(BASE_DIR / ".data")))
if env.str("DATABASE_URL", default=""):
    DATABASES = {"default": env.db("DATABASE_URL")}
else:
    DATABASES = {"default": embedded_database_settings(DATA_DIR / "postgres")}
DATABASES["default"]["ENGINE"] = "django_tenants.postgresql_backend"
# --- the server (saas/server.py): per worker process ---------------------------------------
SERVER_CONCURRENCY = env.int("SERVER_CONCURRENCY", default=8)  # HTTP requests running at once
SERVER_BACKLOG = env.int("SERVER_BACKLOG", default=256)  # more may wait for a slot …
SERVER_QUEUE_SECONDS = env.float("SERVER_QUEUE_SECONDS", default=30.0)  # … this long, then 503
SERVER_RETRY_AFTER_SECONDS = env.int("SERVER_RETRY_AFTER_SECONDS", default=2)
# The garbage collector of a server or worker process (saas.server.heap_settle): young objects are
# collected every 50,000 allocations instead of 700 (one GraphQL list allocates ~100,000), and the
# objects made at start-up (models, the schema: ~1 M) are frozen out of full collections.
GC_THRESHOLDS = (50_000, 20, 100)

# Under ASGI every request's sync code runs in a thread of its own, so a kept connection is never
# reused and piles up (36 idle connections after one benchmark). Connections come from a pool per
# process instead (psycopg_pool through Django): "closing" one at the end of a request, or before a
# password check, hands it back. Each admitted request needs at most one, plus the websocket
# thread's: sized so no admitted request waits. CONN_MAX_AGE must be 0 with a pool.
DATABASE_POOL = env.bool("DATABASE_POOL", default=True)
DATABASES["default"]["CONN_MAX_AGE"] = 0 if DATABASE_POOL else env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASE_POOL:
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN_SIZE", default=2),
        "max_size": env.int("DATABASE_POOL_MAX_SIZE", default=SERVER_CONCURRENCY + 2),
        "timeout": env.float("DATABASE_POOL_TIMEOUT", default=SERVER_QUEUE_SECONDS),
        "max_idle": 300.0,
    }
# Server-side parameter binding and prepared statements: psycopg prepares a statement the second
# time a connection runs it (``prepare_threshold=1``; Django turns preparing off unless it is
# given), and PostgreSQL then reuses its plan. The hot statements join six to nine tables, and
# planning them cost more than running them (a work order's event reload: 4.5 ms planning, 0.8 ms
# execution; prepared, 0.03 ms planning). Every new pooled connection plans each statement anew
# until it is prepared, then PostgreSQL's five custom plans: at psycopg's default of 5 runs that
# was half of the plans in a dispatch burst. A text of several statements (a schema clone) shows
# itself on its first run and is never prepared; 0 would prepare it on the first and fail. A plan
# is made again when the connection's search_path (another company) or a table changes, so
# sharing pooled connections between companies stays correct. Hand-written statements name their
# columns (a prepared ``SELECT *`` fails once its table gains a column). Not for PgBouncer in
# transaction mode (see README).
DATABASES["default"].setdefault("OPTIONS", {}).update(
    server_side_binding=env.bool("DATABASE_SERVER_SIDE_BINDING", default=True),
    prepare_threshold=env.int("DATABASE_PREPARE_THRESHOLD", default=1),
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- cache, channels, celery: Redis when REDIS_URL is set, in-process otherwise -------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    _cache_backend = {"BACKEND": "saas.core.cache.RedisCache", "LOCATION": REDIS_URL}  # one pool per process
    # Redis Pub/Sub: a group send is one PUBLISH, a delivery a pushed message (docs/decisions.md,
    # "Live messages over Redis Pub/Sub"). Its reads wait 0.1 s at a time, under redis-py's timeout.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
else:
    _cache_backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CELERY_BROKER_URL = "memory://"
    CELERY_TASK_ALWAYS_EAGER = True
CACHE_KEY_PREFIX = env.str("CACHE_KEY_PREFIX", default="wuye")
CACHES = {
    # Tenant data: keys carry the current schema so two companies never share an entry.
    "default": {
        **_cache_backend,
        "KEY_PREFIX": CACHE_KEY_PREFIX,
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    },
    # Platform data (host → tenant lookups, rate limits): one keyspace for the deployment.
    "platform": {**_cache_backend, "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:platform"},
}
CELERY_TASK_EAGER_PROPAGATES = True
# tenant-schemas-celery looks the task's company up by schema before every task unless cached: a
# query per task for a row that never changes its schema (tasks use only the schema).
CELERY_TASK_TENANT_CACHE_SECONDS = 60
# The worker's task processes yield the CPU to the web server's requests (saas/celery.py; 0: off).
WORKER_NICE = env.int("WORKER_NICE", default=10)
# Celery's Django fixup closes every connection before and after each task, and with a pool in a
# prefork worker it closes the whole pool: a settlement then paid for new PostgreSQL connections
# (a backend started, authenticated, search_path set) every time. With a reuse count it leaves them
# (recycling every few hundred tasks); saas/celery.py hands the connection back to the pool after
# each task, as a request does.
CELERY_DB_REUSE_MAX = 500
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Asia/Shanghai"  # beat's crontab hours are Beijing time
CELERY_BEAT_SCHEDULE = {
    "tenants-spare-pool-refill": {"task": "tenants.tasks.spare_pool_refill", "schedule": 300.0},
    # 滞纳金: one day's late fees per company, shortly after midnight Beijing time (off unless enabled).
    "finance-late-fees-daily": {"task": "finance.tasks.late_fees_accrue_all", "schedule": crontab(hour=0, minute=30)},
    # Work orders: overdue ones escalated, completed ones past the reopen window closed (per company).
    "workorders-sweep": {"task": "workorders.tasks.work_orders_sweep_all", "schedule": 60.0},
    # Parking: offers nobody took up lapse and free their spaces (per company).
    "parking-offers-expire": {"task": "parking.tasks.parking_offers_expire_all", "schedule": 300.0},
    # Equipment: maintenance orders for due slots, gaps, certificate alerts, lapsed inspections (per company).
    "equipment-compliance-daily": {
        "task": "equipment.tasks.equipment_compliance_sweep_all",
        "schedule": crontab(hour=0, minute=45),
    },
    # Payments: orders whose notification never came are asked about (per company and public).
    "billing-reconcile-pending": {"task": "billing.tasks.reconcile_pending_all", "schedule": 120.0},
    # Payment notifications recorded but not settled (task lost or failed): settle, alert when old.
    "billing-inbox-sweep": {"task": "billing.tasks.inbox_sweep_all", "schedule": 60.0},
    # Messages outside the app: due and retried outbox rows, per company (new ones are kicked at commit).
    "notifications-outbox-deliver": {"task": "notifications.tasks.outbox_deliver_all", "schedule": 15.0},
    # Yesterday's orders compared with the ledger and the gateway, per company.
    "billing-reconciliation-report": {
        "task": "billing.tasks.reconciliation_report_all",
        "schedule": crontab(hour=1, minute=15),
    },
    # Imports: uploaded files (ID numbers, phones) purged after IMPORT_FILE_RETENTION_DAYS (per company).
    "imports-files-purge": {"task": "imports.tasks.import_files_purge_all", "schedule": crontab(hour=2, minute=10)},
    # Imports: jobs committing for over an hour lost their worker; failed, so their files purge.
    "imports-jobs-fail-stale": {"task": "imports.tasks.import_jobs_fail_stale_all", "schedule": 600.0},
}
# Days an uploaded import file is kept (encrypted) before the daily purge drops it.
IMPORT_FILE_RETENTION_DAYS = env.int("IMPORT_FILE_RETENTION_DAYS", default=30)
RATELIMIT_USE_CACHE = "platform"
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]  # locmem is fine for one dev process

# --- CORS (tenants/cors.py): per company host, set by its admin; the public host from here -----
CORS_URLS_REGEX = r"^/graphql$"
CORS_ALLOWED_ORIGINS: list[str] = []  # decided per host by the check_request_enabled signal
CORS_ALLOW_CREDENTIALS = False  # tokens, not cookies, cross origins
CORS_CONSOLE_ORIGINS = env.list("CORS_CONSOLE_ORIGINS", default=[])  # the vendor console's apps (public host)
CORS_ALLOW_LOCALHOST = env.bool("CORS_ALLOW_LOCALHOST", default=False)  # `make demo`: http://[*.]localhost:*
CORS_PREFLIGHT_MAX_AGE = 600

# --- auth ---------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
ANONYMOUS_USER_NAME = None  # guardian: no AnonymousUser row in every schema
PASSWORD_HASHERS = [
    "saas.accounts.passwords.Argon2Hasher",  # Django's, with the costs below (old hashes upgrade)
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# OWASP's minimum for Argon2id: ~20 ms of one core per check here. Raise them on a bigger box.
ARGON2_MEMORY_KIB = env.int("ARGON2_MEMORY_KIB", default=19 * 1024)
ARGON2_TIME_COST = env.int("ARGON2_TIME_COST", default=2)
ARGON2_PARALLELISM = env.int("ARGON2_PARALLELISM", default=1)
# Password checks running at once per worker process (workers = cores: one per core), and how
# long a login waits for one before it is told to retry (BUSY).
PASSWORD_CHECK_CONCURRENCY = env.int("PASSWORD_CHECK_CONCURRENCY", default=1)
PASSWORD_CHECK_WAIT_SECONDS = env.float("PASSWORD_CHECK_WAIT_SECONDS", default=25.0)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "saas.core.validators.PasswordMinimumLength", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[])
FIELD_HASH_KEY = env.str("FIELD_HASH_KEY", default="")
SMS_BACKEND = env.str("SMS_BACKEND", default="saas.core.sms.ConsoleSmsBackend")
SMS_CODE_RATE = env.str("SMS_CODE_RATE", default="10/h")  # codes per client address per host
API_TOKEN_TTL = timedelta(days=env.int("API_TOKEN_TTL_DAYS", default=30))
# Where the staff app sets an invited member's password: the invitation SMS carries this link.
# The default is our own activation page on the company host (saas.accounts.views); a front end of
# your own: any URL with {code} (and optionally {company_url}), and that page is switched off.
STAFF_ACTIVATION_URL = env.str("STAFF_ACTIVATION_URL", default="{company_url}staff/activate?code={code}")
STAFF_ACTIVATE_RATE = env.str("STAFF_ACTIVATE_RATE", default="20/h")  # activation attempts per client address
SESSION_COOKIE_HTTPONLY = True

# --- payments (billing/) --------------------------------------------------------------------
# Provider endpoints: tests point them at loopback emulators. Notifications arrive on the public
# host (PAYMENT_NOTIFY_BASE_URL, reachable from the internet in production).
ALIPAY_SERVER_URL = env.str("ALIPAY_SERVER_URL", default="https://openapi.alipay.com/gateway.do")
STRIPE_API_BASE = env.str("STRIPE_API_BASE", default="https://api.stripe.com")
# Empty: the public host's URL (PUBLIC_URL_SCHEME, BASE_DOMAIN, PUBLIC_PORT), read when a URL is built.
PAYMENT_NOTIFY_BASE_URL = env.str("PAYMENT_NOTIFY_BASE_URL", default="")
PAYMENT_ORDER_MINUTES = env.int("PAYMENT_ORDER_MINUTES", default=15)  # how long a checkout may be paid
PARKING_OFFER_HOURS = env.int("PARKING_OFFER_HOURS", default=48)  # how long an offered space is held
PAYMENT_RECONCILE_AFTER_MINUTES = env.int("PAYMENT_RECONCILE_AFTER_MINUTES", default=5)

# --- messages outside the app (saas/notifications): provider endpoints, the outbox's pace ------
ALIYUN_SMS_ENDPOINT = env.str("ALIYUN_SMS_ENDPOINT", default="https://dysmsapi.aliyuncs.com")
TENCENT_SMS_ENDPOINT = env.str("TENCENT_SMS_ENDPOINT", default="https://sms.tencentcloudapi.com")
TENCENT_SMS_REGION = env.str("TENCENT_SMS_REGION", default="ap-beijing")
WECHAT_API_BASE = env.str("WECHAT_API_BASE", default="https://api.weixin.qq.com")
OUTBOX_LEASE_SECONDS = env.int("OUTBOX_LEASE_SECONDS", default=60)  # longer than one provider call may take
OUTBOX_RETRY_BASE_SECONDS = env.float("OUTBOX_RETRY_BASE_SECONDS", default=30.0)  # doubles per attempt
OUTBOX_RETRY_MAX_SECONDS = env.float("OUTBOX_RETRY_MAX_SECONDS", default=3600.0)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=8)
# wechatBind calls per account per company host: each trades a code with WeChat on the company's
# own API quota (45011 when spent), so one account cannot spend it for everyone.
WECHAT_BIND_RATE = env.str("WECHAT_BIND_RATE", default="10/m")
OUTBOX_KICK = env.bool("OUTBOX_KICK", default=True)  # deliver right after the commit, not only on the beat
# The notification inbox: the sweep settles entries still waiting after this long, and logs an
# error when one has waited longer than the alert age.
PAYMENT_INBOX_SWEEP_AFTER_SECONDS = env.int("PAYMENT_INBOX_SWEEP_AFTER_SECONDS", default=30)
PAYMENT_INBOX_ALERT_SECONDS = env.int("PAYMENT_INBOX_ALERT_SECONDS", default=300)
# The sandbox (no real money) serves trials; a paying company, or the vendor's own subscriptions,
# may use it only where these say so (development).
PAYMENT_SANDBOX_FOR_PAID_COMPANIES = env.bool("PAYMENT_SANDBOX_FOR_PAID_COMPANIES", default=DEBUG)
PAYMENT_SANDBOX_SLUGS = env.list("PAYMENT_SANDBOX_SLUGS", default=["demo"])  # the vendor's demo company
PAYMENT_SANDBOX_SUBSCRIPTIONS = env.bool("PAYMENT_SANDBOX_SUBSCRIPTIONS", default=DEBUG)
SUBSCRIPTION_CHECKOUT_URL = env.str("SUBSCRIPTION_CHECKOUT_URL", default="{base}/subscribe?token={token}")

# --- GraphQL ------------------------------------------------------------------------------
GRAPHQL_IDE = env.bool("GRAPHQL_IDE", default=DEBUG)
GRAPHQL_INTROSPECTION = env.bool("GRAPHQL_INTROSPECTION", default=DEBUG)
GRAPHQL_MAX_DEPTH = env.int("GRAPHQL_MAX_DEPTH", default=10)
GRAPHQL_MAX_ALIASES = env.int("GRAPHQL_MAX_ALIASES", default=15)
GRAPHQL_MAX_TOKENS = env.int("GRAPHQL_MAX_TOKENS", default=2000)
GRAPHQL_DEFAULT_PAGE_SIZE = env.int("GRAPHQL_DEFAULT_PAGE_SIZE", default=50)
GRAPHQL_MAX_PAGE_SIZE = env.int("GRAPHQL_MAX_PAGE_SIZE", default=200)
STRAWBERRY_DJANGO = {"MUTATIONS_DEFAULT_HANDLE_ERRORS": False, "MAP_AUTO_ID_AS_GLOBAL_ID": True}

# --- i18n ---------------------------------------------------------------------------------
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
USE_I18N = True
TIME_ZONE = "Asia/Shanghai"
USE_TZ = True

# --- static -------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns about a missing root
WHITENOISE_USE_FINDERS = DEBUG
# Uploaded files (work-order photos) under <schema>/…; served only through views that check access.
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(DATA_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
