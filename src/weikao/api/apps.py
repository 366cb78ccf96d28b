from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "weikao.api"
    verbose_name = "API"
