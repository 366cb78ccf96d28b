from django.apps import AppConfig


class CommandsConfig(AppConfig):
    name = "weikao.commands"
    verbose_name = "weikao commands"
