from django.contrib import admin

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
class ExamRegionAdmin(admin.ModelAdmin):
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
class ExamYearAdmin(admin.ModelAdmin):
    list_display = ["year", "is_published", "note"]
    inlines = [TimelineWindowInline]


@admin.register(TimelineWindow)
class TimelineWindowAdmin(admin.ModelAdmin):
    list_display = ["exam_year", "kind", "region", "starts_at", "ends_at", "source"]
    list_filter = ["exam_year", "kind", "region"]
