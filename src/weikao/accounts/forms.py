from django.contrib.auth.forms import BaseUserCreationForm, UserChangeForm

from weikao.accounts.models import User, normalize_email


class StaffUserCreationForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "full_name", "role")

    def clean_email(self) -> str:
        email = normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email=email).exists():
            from django.core.exceptions import ValidationError

            raise ValidationError("该电子邮箱已注册。")
        return email


class StaffUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = ("email", "full_name", "role")
