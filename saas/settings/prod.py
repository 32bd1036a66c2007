"""Production deltas: nothing insecure by default; everything else comes from the environment."""

from saas.settings.base import *  # noqa: F403
from saas.settings.base import env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
GRAPHQL_IDE = env.bool("GRAPHQL_IDE", default=False)
GRAPHQL_INTROSPECTION = env.bool("GRAPHQL_INTROSPECTION", default=False)
WHITENOISE_USE_FINDERS = False
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
PUBLIC_URL_SCHEME = env.str("PUBLIC_URL_SCHEME", default="https")
PUBLIC_PORT = env.str("PUBLIC_PORT", default="")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
