from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "weikao.catalog"
    verbose_name = _("基础数据与考试日程")
