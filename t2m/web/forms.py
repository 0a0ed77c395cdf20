"""WTForms forms; field rules live in the services (t2m.services.validation)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, SelectMultipleField, StringField
from wtforms.fields import DateField
from wtforms.validators import InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from t2m.services.api_keys import SCOPES


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


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token, for buttons that change state."""
