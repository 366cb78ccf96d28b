"""Celery for background work at scale (PDFs, marking, mail); eager in the embedded default."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weikao.settings")

app = Celery("weikao")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
