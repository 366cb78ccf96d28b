"""卫考 (Weikao): the national health professional qualification examination, intermediate level."""

from .celery import app as celery_app

__all__ = ["celery_app"]
