"""Thin read-only API faces over the catalog selectors."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from weikao.api.serializers import ExamYearTimelineSerializer, SpecialtySerializer
from weikao.catalog.models import Specialty
from weikao.catalog.public_calendar import public_calendar
from weikao.catalog.selectors import search_specialties


@extend_schema(
    parameters=[
        OpenApiParameter("q", str, description="专业代码前缀或名称关键词"),
        OpenApiParameter("category", str, description="类别代码，如 clinical"),
    ]
)
class SpecialtyList(generics.ListAPIView[Specialty]):
    serializer_class = SpecialtySerializer

    def get_queryset(self) -> QuerySet[Specialty]:
        return search_specialties(
            self.request.query_params.get("q", "")[:20], self.request.query_params.get("category", "")[:32]
        )


class CurrentTimeline(APIView):
    @extend_schema(responses=ExamYearTimelineSerializer)
    def get(self, request: Request) -> Response:
        calendar = public_calendar()
        if calendar.year is None:
            raise NotFound("本年度考试日程尚未公布。")
        now = timezone.now()
        windows = [
            {
                "kind": w.kind,
                "label": w.label,
                "starts_at": w.starts_at,
                "ends_at": w.ends_at,
                "state": w.state(now).value,
            }
            for w in calendar.windows()
        ]
        data = {"year": calendar.year, "server_now": now, "windows": windows}
        return Response(ExamYearTimelineSerializer(data).data)
