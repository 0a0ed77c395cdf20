"""WTForms forms; field rules live in the services (t2m.services.validation)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields import DateField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from t2m.db import parse_id
from t2m.services.accounts.api_keys import SCOPES


def id_value(text: str | None) -> int | str:
    """An id chosen or typed in a form, as the JSON API would send it: an id
    (:func:`t2m.db.parse_id`) as a number, anything else as the stripped text,
    which the service then names as not an id."""
    value = parse_id(text)
    return value if value is not None else (text or "").strip()


class RegisterForm(FlaskForm):
    email = StringField("E-mail", validators=[InputRequired(), Length(max=254)])
    username = StringField("Username", validators=[InputRequired(), Length(max=32)])
    full_name = StringField("Full name", validators=[Optional(), Length(max=100)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=128)])


class LoginForm(FlaskForm):
    identifier = StringField("Username or e-mail", validators=[InputRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=1024)])
    remember = BooleanField("Keep me signed in")


class ProfileForm(FlaskForm):
    username = StringField("Username", validators=[InputRequired(), Length(max=32)])
    full_name = StringField("Full name", validators=[Optional(), Length(max=100)])
    avatar_url = StringField("Avatar URL", validators=[Optional(), Length(max=2048)])


class ForgotPasswordForm(FlaskForm):
    email = StringField("E-mail", validators=[InputRequired(), Length(max=254)])


class ResetPasswordForm(FlaskForm):
    new_password = PasswordField("New password", validators=[InputRequired(), Length(max=128)])


class EmailChangeForm(FlaskForm):
    email = StringField("New e-mail address", validators=[Length(max=254)])
    password = PasswordField("Password", validators=[Length(max=1024)])


class CloseAccountForm(FlaskForm):
    confirm = StringField("Type your username to confirm", validators=[Length(max=64)])
    password = PasswordField("Password", validators=[Length(max=1024)])


class PasswordForm(FlaskForm):
    current_password = PasswordField("Current password", validators=[InputRequired()])
    new_password = PasswordField("New password", validators=[InputRequired(), Length(max=128)])


class ApiKeyForm(FlaskForm):
    name = StringField("Name", validators=[InputRequired(), Length(max=100)])
    scopes = SelectMultipleField(
        "Scopes",
        # Plain values (label = value); tuple choices are deprecated in WTForms 3.3.
        choices=list(SCOPES),
        widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
    )
    expires_on = DateField("Expires on (optional)", validators=[Optional()])


class FileDetailsForm(FlaskForm):
    """A file's title, description and tags; the library service checks them."""

    title = StringField("Title")
    description = TextAreaField("Description")
    tags = StringField("Tags")


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token, for buttons that change state."""


class WebhookForm(FlaskForm):
    """A new webhook; the events service checks the URL and the choices."""

    url = StringField("Receiver URL", validators=[InputRequired(), Length(max=2048)])
    description = StringField("Description (optional)", validators=[Optional(), Length(max=500)])
    events = SelectMultipleField(
        "Events",
        choices=[],
        widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
        validate_choice=False,
    )
    secret = StringField(
        "Secret (optional: one is made for you)", validators=[Optional(), Length(max=255)]
    )


def _choices(pairs: dict[str, str]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs.items()]


class EncodeForm(FlaskForm):
    """A new encode job. The encoding service checks every value and combination
    (``validate_choice=False``), so a crafted value gets the service's own message."""

    file_id = SelectField("Video", validate_choice=False)
    codec = SelectField(
        "Codec",
        choices=_choices({"h264": "H.264", "h265": "H.265 (HEVC)", "av1": "AV1"}),
        default="h264",
        validate_choice=False,
    )
    resolution = SelectField(
        "Resolution",
        choices=_choices(
            {
                "source": "Same as the source",
                **{r: r for r in ("2160p", "1440p", "1080p", "720p", "480p", "360p")},
            }
        ),
        default="source",
        validate_choice=False,
    )
    fps = SelectField(
        "Frame rate",
        choices=_choices(
            {
                "source": "Same as the source",
                **{n: f"{n} fps" for n in ("24", "25", "30", "50", "60")},
            }
        ),
        default="source",
        validate_choice=False,
    )
    quality = SelectField(
        "Quality",
        choices=_choices(
            {"high": "High (bigger file)", "medium": "Medium", "low": "Low (smaller file)"}
        ),
        default="medium",
        validate_choice=False,
    )
    audio = SelectField(
        "Audio",
        choices=_choices({"aac": "AAC", "opus": "Opus", "none": "No audio"}),
        default="aac",
        validate_choice=False,
    )
    container = SelectField(
        "Container",
        choices=_choices({"mp4": "MP4", "mkv": "Matroska (MKV)", "webm": "WebM"}),
        default="mp4",
        validate_choice=False,
    )
