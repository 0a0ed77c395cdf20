"""One search box over everything a user has: files (names, titles,
descriptions, tags), collections (names, descriptions), videos made from text
(titles, descriptions, story text) and jobs (by number or external id)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_, select

from t2m.db import like_pattern
from t2m.extensions import db
from t2m.models import Collection, Generation, Job, User
from t2m.services.library import files as library

MAX_QUERY = 200
PER_KIND = 10


@dataclass
class Results:
    q: str
    files: list = field(default_factory=list)
    file_total: int = 0
    collections: list = field(default_factory=list)
    videos: list = field(default_factory=list)
    jobs: list = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.files or self.collections or self.videos or self.jobs)


def search(user: User, q: str | None) -> Results:
    """Up to ``PER_KIND`` of each kind of the user's things matching ``q``."""
    # Control characters (a NUL ends a pattern early in SQLite) are dropped.
    q = " ".join("".join(ch for ch in (q or "") if ch.isprintable() or ch.isspace()).split())
    q = q[:MAX_QUERY]
    results = Results(q)
    if not q:
        return results
    like = like_pattern(q)
    page = library.list_files(user, library.FileFilter(q=q), 1, PER_KIND)
    results.files, results.file_total = page.items, page.total_items
    results.collections = list(
        db.session.scalars(
            select(Collection)
            .where(
                Collection.owner_id == user.id,
                or_(
                    Collection.name.ilike(like, escape="\\"),
                    Collection.description.ilike(like, escape="\\"),
                ),
            )
            .order_by(Collection.updated_at.desc())
            .limit(PER_KIND)
        )
    )
    results.videos = list(
        db.session.scalars(
            select(Generation)
            .where(
                Generation.owner_id == user.id,
                or_(
                    Generation.title.ilike(like, escape="\\"),
                    Generation.description.ilike(like, escape="\\"),
                    Generation.story_text.ilike(like, escape="\\"),
                ),
            )
            .order_by(Generation.job_id.desc())
            .limit(PER_KIND)
        )
    )
    number = q.lstrip("#")
    conditions = [Job.external_id.ilike(like, escape="\\")]
    if number.isdigit() and len(number) <= 10:
        conditions.append(Job.id == int(number))
    results.jobs = list(
        db.session.scalars(
            select(Job)
            .where(Job.owner_id == user.id, or_(*conditions))
            .order_by(Job.id.desc())
            .limit(PER_KIND)
        )
    )
    return results
