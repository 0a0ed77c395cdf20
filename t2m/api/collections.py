"""Collections (Media Vault): named sets of your files."""

from __future__ import annotations

from t2m.api import bp
from t2m.api.envelope import page_data
from t2m.api.file_schemas import (
    CollectionDetail,
    CollectionIn,
    CollectionList,
    CollectionMediaIn,
    CollectionMediaOut,
    CollectionOut,
    CollectionPatch,
    CollectionQuery,
)
from t2m.api.files import file_out, share_url
from t2m.api.schemas import (
    PageQuery,
)
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.services.library import collections

TAGS = ["collections"]
READ = ("files:read",)
WRITE = ("files:write",)


def collection_out(view: collections.CollectionView) -> dict:
    """The API shape of a collection (with its files when they were loaded)."""
    c = view.collection
    out = {
        "id": c.id,
        "name": c.name,
        "description": c.description,
        "visibility": c.visibility,
        "share_url": share_url(c, "web.share_collection"),
        "item_count": view.item_count,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
    }
    if view.files is not None:
        out["files"] = [file_out(f) for f in view.files]
    return out


@endpoint(
    bp,
    "/collections",
    "POST",
    summary="Create a collection",
    tags=TAGS,
    scopes=WRITE,
    body=CollectionIn,
    response=CollectionOut,
    status=201,
    errors=(409,),
)
def create_collection(body: CollectionIn):
    """Names are 1-100 characters and unique among your collections (409 otherwise)."""
    view = collections.create(
        current_principal().user, name=body.name, description=body.description
    )
    return Reply(collection_out(view), message="Collection created.")


@endpoint(
    bp,
    "/collections",
    summary="List your collections",
    tags=TAGS,
    scopes=READ,
    query=PageQuery,
    response=CollectionList,
)
def list_collections(query: PageQuery):
    page = collections.list_collections(current_principal().user, query.page, query.items_per_page)
    data = page_data(page)
    data["items"] = [collection_out(v) for v in page.items]
    return data


@endpoint(
    bp,
    "/collections/<id:collection_id>",
    summary="A collection, with its item count and optionally its files",
    tags=TAGS,
    scopes=READ,
    query=CollectionQuery,
    response=CollectionDetail,
)
def get_collection(collection_id: int, query: CollectionQuery):
    view = collections.get(current_principal().user, collection_id, with_files=query.include_files)
    return collection_out(view)


@endpoint(
    bp,
    "/collections/<id:collection_id>",
    "PATCH",
    summary="Rename or re-describe a collection",
    tags=TAGS,
    scopes=WRITE,
    body=CollectionPatch,
    response=CollectionOut,
    errors=(409,),
)
def patch_collection(collection_id: int, body: CollectionPatch):
    view = collections.update(
        current_principal().user, collection_id, body.model_dump(exclude_unset=True)
    )
    return Reply(collection_out(view), message="Collection updated.")


@endpoint(
    bp,
    "/collections/<id:collection_id>",
    "DELETE",
    summary="Delete a collection (its files stay)",
    tags=TAGS,
    scopes=WRITE,
)
def delete_collection(collection_id: int):
    collections.delete(current_principal().user, collection_id)
    return Reply(None, message="Collection deleted.")


@endpoint(
    bp,
    "/collections/<id:collection_id>/media",
    "POST",
    summary="Add files to a collection",
    tags=TAGS,
    scopes=WRITE,
    body=CollectionMediaIn,
    response=CollectionMediaOut,
)
def add_collection_media(collection_id: int, body: CollectionMediaIn):
    """All or nothing: when any id is not one of your files, the 404 names it and
    nothing is added. Files already in the collection are left as they are."""
    result = collections.add_files(current_principal().user, collection_id, body.file_ids)
    return Reply(
        {
            "collection": collection_out(result.collection),
            "added": result.added,
            "already_present": result.already_present,
        },
        message=f"{len(result.added)} file(s) added.",
    )


@endpoint(
    bp,
    "/collections/<id:collection_id>/media/<id:file_id>",
    "DELETE",
    summary="Take a file out of a collection (the file stays)",
    tags=TAGS,
    scopes=WRITE,
    response=CollectionOut,
)
def remove_collection_media(collection_id: int, file_id: int):
    view = collections.remove_file(current_principal().user, collection_id, file_id)
    return Reply(collection_out(view), message="File removed from the collection.")
