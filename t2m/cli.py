"""Command-line tools: ``flask --app wsgi users create …`` and ``flask --app wsgi worker``."""

from __future__ import annotations

import logging

import click
from flask import Flask
from flask.cli import AppGroup

from t2m.errors import AppError

users = AppGroup("users", help="Manage accounts.")


@users.command("create")
@click.option("--email", required=True)
@click.option("--password", required=True)
@click.option("--username", default=None, help="Defaults to the part of the e-mail before '@'.")
@click.option("--admin", is_flag=True, help="Give the account the ADMIN role.")
def create_user(email: str, password: str, username: str | None, admin: bool) -> None:
    """Create a verified account."""
    from t2m.services import accounts

    username = username or email.split("@", 1)[0]
    try:
        user = accounts.register(
            email=email,
            username=username,
            password=password,
            role="ADMIN" if admin else "USER",
            email_verified=True,
            send_verification=False,
        )
    except AppError as err:
        details = "; ".join(f"{k}: {', '.join(v)}" for k, v in err.details.items())
        raise click.ClickException(f"{err.message} {details}".strip()) from None
    click.echo(f"Created {user.role.lower()} {user.username} <{user.email}> (id {user.id})")


@users.command("reopen")
@click.argument("username")
def reopen_user(username: str) -> None:
    """Reopen an account closed by its owner, during its grace period."""
    from t2m.services import closing

    try:
        user = closing.reopen(username)
    except AppError as err:
        raise click.ClickException(err.message) from None
    click.echo(f"Reopened {user.username} <{user.email}>: it may sign in again.")


@click.command("worker")
@click.option("--workers", "-w", default=2, show_default=True, help="Concurrent tasks.")
@click.option(
    "--worker-type",
    "-k",
    type=click.Choice(["thread", "process", "greenlet"]),
    default="thread",
    show_default=True,
)
def worker(workers: int, worker_type: str) -> None:
    """Run the Huey consumer (background jobs)."""
    from t2m.tasks import huey

    logging.basicConfig(
        level=logging.INFO, format="[%(asctime)s] %(levelname)s %(name)s: %(message)s"
    )
    # A short maximum poll delay keeps an idle SQLite-queue worker responsive
    # (Redis blocks on the list instead of polling).
    consumer = huey.create_consumer(
        workers=workers,
        worker_type=worker_type,
        periodic=True,
        check_worker_health=True,
        max_delay=0.5,
    )
    consumer.run()


def init_app(app: Flask) -> None:
    """Register the CLI commands."""
    app.cli.add_command(users)
    app.cli.add_command(worker)
