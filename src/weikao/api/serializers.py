from rest_framework import serializers

from weikao.catalog.models import Specialty


class SpecialtySerializer(serializers.ModelSerializer[Specialty]):
    category = serializers.CharField(source="category.name")
    category_code = serializers.CharField(source="category.code")
    series = serializers.CharField(source="category.series")

    class Meta:
        model = Specialty
        fields = ["code", "name", "category", "category_code", "series", "level"]


class WindowSerializer(serializers.Serializer):
    kind = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # a data field, not Field.label
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField(allow_null=True)
    state = serializers.CharField()


class ExamYearTimelineSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    server_now = serializers.DateTimeField()
    windows = WindowSerializer(many=True)
