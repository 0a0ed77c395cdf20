"""Paging a query: one page of rows plus the total, for every list endpoint."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select

from t2m.extensions import db


@dataclass
class Page:
    items: list
    page: int
    items_per_page: int
    total_items: int


def paginate(stmt: Select, page: int, items_per_page: int) -> Page:
    """Run ``stmt`` for one page; the total counts every row ``stmt`` matches."""
    total = db.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    rows = db.session.scalars(stmt.limit(items_per_page).offset((page - 1) * items_per_page))
    return Page(list(rows), page, items_per_page, total or 0)
