from django.urls import path

from weikao.catalog import views

app_name = "catalog"
urlpatterns = [
    path("", views.home, name="home"),
    path("catalog/specialties/", views.specialty_catalog, name="specialties"),
]
