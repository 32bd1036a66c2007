"""The production settings of ``make demo`` with the peak benchmark's baseline view routed."""

from saas.settings.base import *  # noqa: F403

ROOT_URLCONF = "tests.bench.peak_site"
