"""Reference data, kept by national staff in the staff site; loaded from reviewed files in reference/."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Series(models.TextChoices):
    """The four series of health professionals (医、药、护、技); 卫人发[2000]462号, 卫人发[2001]164号."""

    PHYSICIAN = "physician", _("医")
    PHARMACY = "pharmacy", _("药")
    NURSING = "nursing", _("护")
    TECHNICIAN = "technician", _("技")


class Category(models.Model):
    code = models.SlugField(_("代码"), max_length=32, unique=True)
    name = models.CharField(_("名称"), max_length=32, unique=True)
    series = models.CharField(_("系列"), max_length=16, choices=Series.choices)
    order = models.PositiveSmallIntegerField(_("排序"), default=0)

    class Meta:
        verbose_name = _("专业类别")
        verbose_name_plural = _("专业类别")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name


class Level(models.TextChoices):
    INTERMEDIATE = "intermediate", _("中级")


class Specialty(models.Model):
    """One exam specialty (报考专业), e.g. 303 内科学; codes from 手册 第一部分 二、6."""

    code = models.CharField(
        _("专业代码"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[0-9]{3}$", _("专业代码必须是三位数字，如 303。"))],
    )
    name = models.CharField(_("专业名称"), max_length=64)
    category = models.ForeignKey(
        Category, verbose_name=_("类别"), on_delete=models.PROTECT, related_name="specialties"
    )
    level = models.CharField(_("级别"), max_length=16, choices=Level.choices, default=Level.INTERMEDIATE)
    is_active = models.BooleanField(_("当年开考"), default=True)

    class Meta:
        verbose_name = _("考试专业")
        verbose_name_plural = _("考试专业")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[0-9]{3}$"),
                name="specialty_code_3_digits",
                violation_error_message=_("专业代码必须是三位数字，如 303。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def display_name(self) -> str:
        """How the registration system names it: 「301全科医学(中级)」."""
        return f"{self.name}（{self.get_level_display()}）"


class Subject(models.Model):
    """基础知识, 相关专业知识, 专业知识, 专业实践能力 (手册 第二部分 一)."""

    code = models.CharField(_("科目代码"), max_length=2, unique=True)
    name = models.CharField(_("科目名称"), max_length=32, unique=True)
    order = models.PositiveSmallIntegerField(_("顺序"))
    full_marks = models.PositiveSmallIntegerField(_("满分"), default=100)
    duration_minutes = models.PositiveSmallIntegerField(_("考试时长（分钟）"), default=90)
    default_start = models.TimeField(_("默认开考时间"))
    default_end = models.TimeField(_("默认结束时间"))

    class Meta:
        verbose_name = _("考试科目")
        verbose_name_plural = _("考试科目")
        ordering = ["order"]

    def __str__(self) -> str:
        return self.name


class Province(models.Model):
    code = models.CharField(_("代码"), max_length=2, unique=True)
    name = models.CharField(_("名称"), max_length=32, unique=True)
    short_name = models.CharField(_("简称"), max_length=16, unique=True)
    certificate_note = models.TextField(_("证书领取说明"), blank=True)
    certificate_note_source = models.CharField(_("说明来源"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("省份")
        verbose_name_plural = _("省份")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class ExamRegion(models.Model):
    """考区: the region that reviews applications and runs the exam for its test sites."""

    code = models.CharField(_("考区代码"), max_length=8, unique=True)
    name = models.CharField(_("考区名称"), max_length=64)
    province = models.ForeignKey(
        Province, verbose_name=_("省份"), on_delete=models.PROTECT, related_name="regions"
    )
    online_payment = models.BooleanField(_("实行网上缴费"), default=True)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("考区")
        verbose_name_plural = _("考区")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class TestSite(models.Model):
    """考点: where candidates confirm on site and sit the exam."""

    __test__ = False  # not a pytest test class despite the name

    code = models.CharField(_("考点代码"), max_length=12, unique=True)
    name = models.CharField(_("考点名称"), max_length=64)
    region = models.ForeignKey(
        ExamRegion, verbose_name=_("考区"), on_delete=models.PROTECT, related_name="sites"
    )
    address = models.CharField(_("地址"), max_length=200, blank=True)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("考点")
        verbose_name_plural = _("考点")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.region.name} · {self.name}"


class DocumentType(models.Model):
    """证件类型 (手册 第一部分 三、2 基本信息 注意事项②)."""

    code = models.SlugField(_("代码"), max_length=40, unique=True)
    name = models.CharField(_("名称"), max_length=32, unique=True)
    order = models.PositiveSmallIntegerField(_("排序"), default=0)
    nationality = models.CharField(
        _("默认国籍"), max_length=16, help_text=_("from_number 表示按证件号码判定中国香港或中国澳门")
    )

    class Meta:
        verbose_name = _("证件类型")
        verbose_name_plural = _("证件类型")
        ordering = ["order"]

    def __str__(self) -> str:
        return self.name


class ExamYear(models.Model):
    """考试年度: the exam held in `year`, whose registration opens in the December before."""

    year = models.PositiveSmallIntegerField(_("考试年度"), unique=True)
    is_published = models.BooleanField(_("已发布"), default=True, help_text=_("未发布的年度不在公开页面显示"))
    note = models.CharField(_("备注"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("考试年度")
        verbose_name_plural = _("考试年度")
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"{self.year}年度"


class WindowKind(models.TextChoices):
    """The steps of the exam year, in order (手册 第五部分 主治重要时间节点汇总)."""

    REGISTRATION = "registration", _("网上报名")
    ONSITE_CONFIRMATION = "onsite_confirmation", _("现场确认")
    PAYMENT = "payment", _("缴费")
    ADMISSION_TICKET = "admission_ticket", _("准考证打印")
    EXAM = "exam", _("考试")
    SCORE_QUERY = "score_query", _("成绩查询")
    TRANSCRIPT_PRINT = "transcript_print", _("成绩单打印")
    CERTIFICATE = "certificate", _("证书")


WINDOW_ORDER = [kind.value for kind in WindowKind]


class TimelineWindow(models.Model):
    """A dated window of an exam year: open from `starts_at` (inclusive) to `ends_at` (exclusive).

    `ends_at` empty: the end is not published (e.g. 2022「12月8日起」) or the step never closes
    (certificates). A window with a region overrides the national one for that region's candidates.
    """

    exam_year = models.ForeignKey(
        ExamYear, verbose_name=_("考试年度"), on_delete=models.CASCADE, related_name="windows"
    )
    kind = models.CharField(_("环节"), max_length=32, choices=WindowKind.choices)
    region = models.ForeignKey(
        ExamRegion,
        verbose_name=_("考区（为空表示全国）"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="windows",
    )
    starts_at = models.DateTimeField(_("开始时间"))
    ends_at = models.DateTimeField(_("结束时间（不含）"), null=True, blank=True)
    source = models.CharField(_("依据"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("时间安排")
        verbose_name_plural = _("时间安排")
        ordering = ["exam_year", "starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["exam_year", "kind"],
                condition=Q(region__isnull=True),
                name="window_national_unique",
                violation_error_message=_("该考试年度已有这一环节的全国统一安排。"),
            ),
            models.UniqueConstraint(
                fields=["exam_year", "kind", "region"],
                condition=Q(region__isnull=False),
                name="window_region_unique",
                violation_error_message=_("该考区在这一考试年度已有这一环节的安排。"),
            ),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="window_ends_after_start",
                violation_error_message=_("结束时间必须晚于开始时间。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exam_year} {self.get_kind_display()}"
