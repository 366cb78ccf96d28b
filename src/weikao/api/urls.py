from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from weikao.api import views

app_name = "api"
urlpatterns = [
    path("v1/catalog/specialties/", views.SpecialtyList.as_view(), name="specialties"),
    path("v1/exam-years/current/timeline/", views.CurrentTimeline.as_view(), name="current-timeline"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]
