from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("卫考 · 工作人员平台")
admin.site.site_title = _("卫考工作人员平台")
admin.site.index_title = _("考务管理")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("weikao.api.urls")),
    path("", include("weikao.catalog.urls")),
]
