from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest

from weikao.catalog.models import (
    Category,
    DocumentType,
    ExamRegion,
    ExamYear,
    Province,
    Specialty,
    Subject,
    TestSite,
    TimelineWindow,
)
from weikao.catalog.public_calendar import forget_public_calendar


class ShowsOnPublicCalendar(admin.ModelAdmin):
    """Edits to calendars and regions show on the public pages at once, not after the cache expires."""

    # The admin calls save_related after every save_model (change form and list_editable alike).
    def save_related(self, request: HttpRequest, form: ModelForm[Any], formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        forget_public_calendar()

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        super().delete_model(request, obj)
        forget_public_calendar()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        super().delete_queryset(request, queryset)
        forget_public_calendar()


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "series", "order"]
    list_editable = ["order"]


@admin.register(Specialty)
class SpecialtyAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "category", "level", "is_active"]
    list_filter = ["category", "level", "is_active"]
    search_fields = ["code", "name"]
    ordering = ["code"]


@admin.register(Subject)
class SubjectAdmin(admin.ModelAdmin):
    list_display = ["order", "name", "code", "full_marks", "duration_minutes", "default_start", "default_end"]
    list_display_links = ["name"]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "short_name", "certificate_note_source"]
    search_fields = ["name", "short_name", "code"]


class TestSiteInline(admin.TabularInline):
    model = TestSite
    extra = 0


@admin.register(ExamRegion)
class ExamRegionAdmin(ShowsOnPublicCalendar):
    list_display = ["code", "name", "province", "online_payment", "is_active"]
    list_filter = ["province", "online_payment", "is_active"]
    search_fields = ["code", "name"]
    inlines = [TestSiteInline]


@admin.register(TestSite)
class TestSiteAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "region", "address", "is_active"]
    list_filter = ["region__province", "region", "is_active"]
    search_fields = ["code", "name", "address"]
    list_select_related = ["region"]


@admin.register(DocumentType)
class DocumentTypeAdmin(admin.ModelAdmin):
    list_display = ["order", "name", "code", "nationality"]
    list_display_links = ["name"]


class TimelineWindowInline(admin.TabularInline):
    model = TimelineWindow
    extra = 0
    fields = ["kind", "region", "starts_at", "ends_at", "source"]


@admin.register(ExamYear)
class ExamYearAdmin(ShowsOnPublicCalendar):
    list_display = ["year", "is_published", "note"]
    inlines = [TimelineWindowInline]


@admin.register(TimelineWindow)
class TimelineWindowAdmin(ShowsOnPublicCalendar):
    list_display = ["exam_year", "kind", "region", "starts_at", "ends_at", "source"]
    list_filter = ["exam_year", "kind", "region"]
