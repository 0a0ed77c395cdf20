"""Collection pages and the file page's additions (analytics, signed links,
adding to a collection), driven through the Flask test client."""

from __future__ import annotations

import re
from html import unescape

import pytest

from t2m.extensions import db
from t2m.models import Collection, CollectionItem, File

from .conftest import PASSWORD, row_counts
from .test_web_account import flashes, sign_in
from .test_web_library import uploaded

HTMX = {"HX-Request": "true"}
_ROW = re.compile(
    r'<li class="collection-row" id="collection-(\d+)">\s*<a[^>]*>([^<]+)</a>\s*'
    r'<span class="muted collection-count">(\d+) files?</span>'
)


@pytest.fixture
def ada(make_user, client):
    user = make_user("ada")
    assert sign_in(client, "ada").status_code in (302, 303)
    return user


@pytest.fixture
def grace_stuff(app, make_user):
    """Another user's collection and file (made through the services)."""
    from t2m.services.library import collections

    grace = make_user("grace")
    view = collections.create(grace, name="Grace's")
    return grace, view.collection.id


def listed(html: str) -> list[tuple[int, str, int]]:
    return [(int(i), unescape(n), int(c)) for i, n, c in _ROW.findall(html)]


def create(client, name, description="", htmx=True):
    return client.post(
        "/collections",
        data={"name": name, "description": description},
        headers=HTMX if htmx else {},
    )


def collection_id(name: str) -> int:
    db.session.expire_all()
    return db.session.scalar(db.select(Collection.id).where(Collection.name == name))


def items(cid: int) -> list[int]:
    db.session.expire_all()
    return sorted(
        db.session.scalars(
            db.select(CollectionItem.file_id).where(CollectionItem.collection_id == cid)
        )
    )


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


# --- access ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/collections"),
        ("post", "/collections"),
        ("get", "/collections/1"),
        ("post", "/collections/1"),
        ("post", "/collections/1/delete"),
        ("post", "/collections/1/files/1/remove"),
        ("post", "/library/1/signed-link"),
        ("post", "/library/1/collections"),
    ],
)
def test_collections_need_sign_in(client, method, path):
    r = getattr(client, method)(path)
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login?next=")


def test_navigation_links_to_collections_once_signed_in(client, make_user):
    assert 'href="/collections"' not in client.get("/").get_data(as_text=True)
    make_user("ada")
    sign_in(client, "ada")
    assert 'href="/collections"' in client.get("/").get_data(as_text=True)


# --- create and list ---------------------------------------------------------


def test_create_and_list(client, ada):
    html = client.get("/collections").get_data(as_text=True)
    assert 'data-testid="collections-empty"' in html

    r = create(client, "Holidays", "Summer 2024")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="collections">')  # the partial, not the page
    assert "Collection “Holidays” created." in unescape(html)
    assert listed(html) == [(collection_id("Holidays"), "Holidays", 0)]

    r = create(client, "Work", htmx=False)  # a plain browser post: redirect + flash
    assert r.status_code == 303
    assert r.headers["Location"] == "/collections"
    page = client.get("/collections").get_data(as_text=True)
    assert ("success", "Collection “Work” created.") in flashes(page)
    assert [name for _, name, _ in listed(page)] == ["Work", "Holidays"]
    assert "Summer 2024" in page


def test_create_with_empty_name_shows_the_error_inline(client, ada):
    before = row_counts()
    r = create(client, "   ")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'class="field has-error"' in html
    assert 'class="error" role="alert"' in html
    assert row_counts() == before

    r = create(client, "", htmx=False)
    assert r.status_code == 422
    assert 'class="field has-error"' in r.get_data(as_text=True)
    assert row_counts() == before


def test_create_with_a_taken_name(client, ada):
    create(client, "Holidays")
    before = row_counts()
    r = create(client, "Holidays")
    assert r.status_code == 200
    html = unescape(r.get_data(as_text=True))
    assert "taken" in html
    assert 'value="Holidays"' in html  # the form keeps what was typed
    assert row_counts() == before
    assert create(client, "Holidays", htmx=False).status_code == 409


def test_names_are_per_user(client, ada, grace_stuff):
    r = create(client, "Grace's")
    assert "created" in r.get_data(as_text=True)
    # Grace's collection is not listed for Ada.
    assert [n for _, n, _ in listed(client.get("/collections").get_data(as_text=True))] == [
        "Grace's"
    ]
    assert len(listed(client.get("/collections").get_data(as_text=True))) == 1


# --- detail, rename ------------------------------------------------------------


def test_detail_and_rename(client, ada):
    create(client, "Holidays", "Old text")
    cid = collection_id("Holidays")
    html = client.get(f"/collections/{cid}").get_data(as_text=True)
    assert 'data-testid="collection-title">Holidays<' in html
    assert 'data-testid="collection-empty"' in html
    assert "Old text" in html

    r = client.post(f"/collections/{cid}", data={"name": "Trips", "description": ""}, headers=HTMX)
    assert r.status_code == 200
    assert 'data-testid="saved"' in r.get_data(as_text=True)
    db.session.expire_all()
    collection = db.session.get(Collection, cid)
    assert (collection.name, collection.description) == ("Trips", None)

    r = client.post(f"/collections/{cid}", data={"name": "Again", "description": "New"})
    assert r.status_code == 303
    assert r.headers["Location"] == f"/collections/{cid}"
    page = client.get(f"/collections/{cid}").get_data(as_text=True)
    assert ("success", "Collection saved.") in flashes(page)
    assert "New" in page


def test_rename_errors_are_inline(client, ada):
    create(client, "Holidays")
    create(client, "Work")
    cid = collection_id("Work")
    before = row_counts()
    r = client.post(f"/collections/{cid}", data={"name": "Holidays"}, headers=HTMX)
    assert r.status_code == 200
    assert "taken" in r.get_data(as_text=True)
    r = client.post(f"/collections/{cid}", data={"name": ""}, headers=HTMX)
    assert 'class="field has-error"' in r.get_data(as_text=True)
    assert row_counts() == before
    db.session.expire_all()
    assert db.session.get(Collection, cid).name == "Work"


# --- the file page: add to a collection, remove, delete -------------------------


def test_add_a_file_from_its_page_then_remove_it(client, ada):
    file_id = uploaded(client, b"hello world\n", "notes.txt")
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert "No collections yet" in html

    create(client, "Holidays")
    cid = collection_id("Holidays")
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert f'<option value="{cid}">Holidays (0)</option>' in html

    r = client.post(f"/library/{file_id}/collections", data={"collection_id": cid}, headers=HTMX)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="add-to-collection"')
    assert "Added to" in text(html)
    assert "Holidays (1)" in html
    assert items(cid) == [file_id]
    # Adding again changes nothing and says so.
    r = client.post(f"/library/{file_id}/collections", data={"collection_id": cid}, headers=HTMX)
    assert "Already in" in text(r.get_data(as_text=True))
    assert items(cid) == [file_id]

    page = client.get(f"/collections/{cid}").get_data(as_text=True)
    assert f'href="/library/{file_id}"' in page
    assert "notes.txt" in page
    assert f"/library/{file_id}/thumbnail?size=small" in page
    assert listed(client.get("/collections").get_data(as_text=True)) == [(cid, "Holidays", 1)]

    r = client.post(f"/collections/{cid}/files/{file_id}/remove", headers=HTMX)
    assert r.status_code == 200
    assert 'data-testid="collection-empty"' in r.get_data(as_text=True)
    assert items(cid) == []
    assert db.session.get(File, file_id) is not None
    # Not in the collection any more: 404.
    assert client.post(f"/collections/{cid}/files/{file_id}/remove").status_code == 404


def test_add_without_a_collection_is_refused_inline(client, ada):
    file_id = uploaded(client, b"hello\n", "a.txt")
    create(client, "Holidays")
    before = row_counts()
    r = client.post(f"/library/{file_id}/collections", data={}, headers=HTMX)
    assert r.status_code == 200
    assert "Choose a collection." in r.get_data(as_text=True)
    for hostile in (str(2**63), str(2**64), "2147483648", "-1", "0", "1e30", "x"):
        r = client.post(f"/library/{file_id}/collections", data={"collection_id": hostile})
        assert r.status_code == 422, hostile
        assert "Choose a collection." in r.get_data(as_text=True)
    assert row_counts() == before


def test_delete_collection_keeps_the_files(client, ada):
    file_id = uploaded(client, b"hello world\n", "notes.txt")
    create(client, "Holidays")
    cid = collection_id("Holidays")
    client.post(f"/library/{file_id}/collections", data={"collection_id": cid})
    assert items(cid) == [file_id]

    r = client.post(f"/collections/{cid}/delete", headers=HTMX)
    assert r.status_code == 204
    assert r.headers["HX-Redirect"] == "/collections"
    page = client.get("/collections").get_data(as_text=True)
    assert (
        "success",
        "Collection “Holidays” deleted. Its files are still in your library.",
    ) in flashes(page)
    assert listed(page) == []
    assert collection_id("Holidays") is None
    assert items(cid) == []
    assert db.session.get(File, file_id) is not None
    assert client.get(f"/library/{file_id}").status_code == 200
    assert client.get(f"/collections/{cid}").status_code == 404


# --- another user's things ------------------------------------------------------


def test_other_users_collection_and_file_are_404(client, ada, grace_stuff, make_user):
    _grace, grace_cid = grace_stuff
    mine = uploaded(client, b"mine\n", "mine.txt")
    create(client, "Mine")
    my_cid = collection_id("Mine")
    # Grace's file, uploaded through the page as Grace.
    other = client.application.test_client()
    sign_in(other, "grace")
    hers = uploaded(other, b"hers\n", "hers.txt")

    before = row_counts()
    r = client.get(f"/collections/{grace_cid}")
    assert r.status_code == 404
    assert "We could not find that page." in r.get_data(as_text=True)
    for method, path, data in [
        ("post", f"/collections/{grace_cid}", {"name": "Taken over"}),
        ("post", f"/collections/{grace_cid}/delete", {}),
        ("post", f"/collections/{grace_cid}/files/{hers}/remove", {}),
        ("post", f"/library/{mine}/collections", {"collection_id": grace_cid}),
        ("post", f"/library/{hers}/collections", {"collection_id": my_cid}),
        ("post", f"/library/{hers}/signed-link", {}),
        ("get", f"/library/{hers}", None),
    ]:
        r = getattr(client, method)(path, data=data)
        assert r.status_code == 404, (path, r.status_code)
    assert row_counts() == before
    db.session.expire_all()
    assert db.session.get(Collection, grace_cid).name == "Grace's"
    assert items(my_cid) == []
    assert items(grace_cid) == []


# --- signed links and analytics ---------------------------------------------------


def test_signed_link_downloads_without_signing_in(client, ada):
    data = b"signed bytes\n" * 10
    file_id = uploaded(client, data, "share.txt")
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert 'data-testid="make-signed-link"' in html
    assert 'data-copy="#signed-link-url"' not in html

    r = client.post(f"/library/{file_id}/signed-link", headers=HTMX)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="signed-link"')
    assert 'data-copy="#signed-link-url"' in html
    url = unescape(re.search(r'value="([^"]+)" data-testid="signed-url"', html).group(1))
    assert url.startswith(f"http://localhost/api/v1/files/secure/{file_id}?")
    assert "signature=" in url
    assert "expires=" in url

    stranger = client.application.test_client()
    got = stranger.get(url)
    assert got.status_code == 200
    assert got.data == data
    # A changed link is refused.
    assert stranger.get(url.replace("expires=", "expires=1")).status_code == 403

    # A plain browser post gets the file page with the link on it.
    r = client.post(f"/library/{file_id}/signed-link")
    assert r.status_code == 200
    assert 'data-testid="signed-url"' in r.get_data(as_text=True)


def test_analytics_box_counts_downloads(client, ada):
    file_id = uploaded(client, b"count me\n", "count.txt")
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert 'data-testid="stat-downloads">0<' in html
    assert 'data-testid="stat-last">never<' in html
    assert html.count('class="bar"') == 30

    assert client.get(f"/library/{file_id}/download").status_code == 200
    html = client.get(f"/library/{file_id}").get_data(as_text=True)
    assert 'data-testid="stat-downloads">1<' in html
    assert 'data-testid="stat-bytes">9 B<' in html
    assert 'data-testid="stat-last">never<' not in html
    assert html.count('data-height="100.0"') == 1  # today's bar is the peak


def test_collection_forms_need_the_csrf_token(app_factory, make_user):
    app = app_factory(CSRF_ENABLED=True)
    client = app.test_client()
    make_user("ada")
    login = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login).group(1)
    r = client.post("/login", data={"identifier": "ada", "password": PASSWORD, "csrf_token": token})
    assert r.status_code in (302, 303)
    before = row_counts()
    r = client.post("/collections", data={"name": "Holiday"})
    assert r.status_code == 400
    assert "The form expired" in r.get_data(as_text=True)
    assert row_counts() == before
