"""A video's renditions: the H.264 ladder, its HLS playlists and the storyboard.

Every rung is encoded from the **original** (never from another rendition),
never above the source size, with keyframes on a fixed 2 s grid so the HLS
segments of all rungs align. Each rendition is then remuxed (no re-encode)
into a fMP4 HLS rendition, and a master playlist lists them all. Objects go
to fixed keys under the file's derived prefix, so a re-run overwrites them.
"""

from __future__ import annotations

import re
from pathlib import Path

from flask import current_app
from sqlalchemy import delete, select

from t2m.extensions import db
from t2m.models import DerivedFile, File
from t2m.services.processing.outputs import derived_prefix, save_derived
from t2m.storage import storage

# The usual names; a small source's single rung is named from its own size ("240p").
QUALITIES = ("original", "auto", "360p", "480p", "720p", "1080p", "1440p", "2160p")
RUNG = re.compile(r"^[1-9][0-9]{1,3}p$")
QUALITY_HELP = "Must be original, auto or a rendition such as 360p, 720p or 1080p."


def is_quality(value: str) -> bool:
    """``original``, ``auto`` or a rendition name (``240p``, ``720p``...)."""
    return isinstance(value, str) and (value in ("original", "auto") or bool(RUNG.fullmatch(value)))


HLS_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".ts": "video/mp2t",
}
LADDER_KINDS = ("rendition", "hls", "storyboard")


def wanted(file: File, meta: dict) -> bool:
    """Whether this file gets a ladder: a real video stream, renditions enabled."""
    return (
        bool(current_app.config.get("RENDITIONS_ENABLED", True))
        and file.file_type == "video"
        and bool(meta.get("has_video"))
        and bool(meta.get("width"))
        and bool(meta.get("height"))
    )


def hls_prefix(file: File) -> str:
    """Where the file's HLS playlists and segments live."""
    return f"{derived_prefix(file)}hls/"


def _video_bitrate(meta: dict) -> int | None:
    return meta.get("video_bitrate") or meta.get("bitrate")


def make(run, file: File, source: Path, meta: dict, *, span: tuple[float, float]) -> dict:
    """Encode the ladder from ``source`` (the original), then HLS and the storyboard.
    Progress moves through ``span``; each stage is logged."""
    from t2m.media.hls import Variant, codecs_string, hls_args, master_playlist, rendition_args
    from t2m.media.ladder import ladder
    from t2m.media.probe import probe
    from t2m.services.jobs.runner import ffmpeg_threads

    cfg = current_app.config
    rungs = ladder(
        meta["width"],
        meta["height"],
        fps=meta.get("fps"),
        bitrate=_video_bitrate(meta),
        allow_high=bool(cfg.get("RENDITIONS_HIGH")),
        rotation=meta.get("rotation") or 0,
        sar=meta.get("sample_aspect_ratio"),
    )
    duration = meta.get("duration")
    low, high = span
    storyboard_share = 0.04 * (high - low)
    encode_high = high - storyboard_share
    weights = [r.width * r.height for r in rungs]
    total = float(sum(weights)) or 1.0
    run.log(
        f"Encoding {len(rungs)} renditions: {', '.join(r.name for r in rungs)}",
        step="renditions",
        rungs=[r.name for r in rungs],
    )
    variants = []
    at = low
    threads = ffmpeg_threads()
    for rung, weight in zip(rungs, weights, strict=True):
        share = (encode_high - low) * weight / total
        out = run.workdir / f"{rung.name}.mp4"
        run.log(
            f"Encoding {rung.name} ({rung.width}x{rung.height})",
            step="rendition",
            rung=rung.name,
            progress=round(at, 1),
        )
        run.ffmpeg(
            rendition_args(
                source,
                out,
                rung,
                demuxer=meta.get("demuxer"),
                has_audio=bool(meta.get("has_audio")),
                fps=meta.get("fps"),
                threads=threads,
            ),
            duration=duration,
            span=(at, at + share * 0.93),
        )
        codecs = codecs_string(probe(out, fmt="mov"))
        size = out.stat().st_size
        average = int(size * 8 / duration) if duration else None
        key = f"{derived_prefix(file)}renditions/{rung.name}.mp4"
        run.output_keys.append(key)
        save_derived(
            file,
            "rendition",
            rung.name,
            out,
            key=key,
            content_type="video/mp4",
            meta={
                "width": rung.width,
                "height": rung.height,
                "bandwidth": rung.bandwidth,
                "average_bandwidth": average,
                "codecs": codecs,
            },
        )
        hls_dir = run.workdir / "hls" / rung.name
        hls_dir.mkdir(parents=True)
        run.ffmpeg(hls_args(out, hls_dir), duration=duration, span=(at + share * 0.93, at + share))
        playlist_key = _upload_hls(run, file, rung.name, hls_dir)
        save_derived(
            file,
            "hls",
            rung.name,
            hls_dir / "index.m3u8",
            key=playlist_key,
            content_type=HLS_TYPES[".m3u8"],
            meta={"width": rung.width, "height": rung.height, "bandwidth": rung.bandwidth},
        )
        out.unlink()
        variants.append(
            Variant(
                name=rung.name,
                width=rung.width,
                height=rung.height,
                bandwidth=rung.bandwidth,
                average_bandwidth=average,
                codecs=codecs,
                uri=f"{rung.name}/index.m3u8",
                frame_rate=min(meta["fps"], 60.0) if meta.get("fps") else None,
            )
        )
        db.session.commit()
        at += share
        run.progress(at, force=True)
        run.check_cancel()
    master = run.workdir / "master.m3u8"
    master.write_text(master_playlist(variants))
    master_key = f"{hls_prefix(file)}master.m3u8"
    run.output_keys.append(master_key)
    save_derived(
        file, "hls", "master", master, key=master_key, content_type=HLS_TYPES[".m3u8"], meta=None
    )
    db.session.commit()
    run.log("Wrote the HLS master playlist", step="hls", variants=[v.name for v in variants])
    storyboard = _storyboard(run, file, source, meta, span=(encode_high, high))
    return {"renditions": [v.name for v in variants], "hls": True, "storyboard": storyboard}


def _upload_hls(run, file: File, rung: str, folder: Path) -> str:
    """Upload one HLS rendition's playlist, init segment and media segments."""
    prefix = f"{hls_prefix(file)}{rung}/"
    for path in sorted(folder.iterdir()):
        key = prefix + path.name
        run.output_keys.append(key)
        content_type = HLS_TYPES.get(path.suffix.lower(), "application/octet-stream")
        storage().save_file(key, path, content_type=content_type)
    return prefix + "index.m3u8"


def _storyboard(run, file: File, source: Path, meta: dict, *, span) -> bool:
    """The scrub-preview sprite sheet; its WebVTT track is built when served."""
    from t2m.media.storyboard import choose_interval, grid, storyboard_args

    duration = meta.get("duration")
    if not duration:
        return False
    interval = choose_interval(duration)
    columns, tile_width = 10, 160
    out = run.workdir / "storyboard.jpg"
    run.log("Making the storyboard", step="storyboard", interval=interval)
    run.ffmpeg(
        storyboard_args(
            source,
            out,
            demuxer=meta.get("demuxer"),
            duration=duration,
            interval=interval,
            columns=columns,
            tile_width=tile_width,
        ),
        duration=duration,
        span=span,
    )
    from PIL import Image

    with Image.open(out) as sheet:
        sheet_width, sheet_height = sheet.size
    columns, rows = grid(duration, interval, columns)  # short clips: fewer columns
    key = f"{derived_prefix(file)}storyboard/sprite.jpg"
    run.output_keys.append(key)
    save_derived(
        file,
        "storyboard",
        "sprite",
        out,
        key=key,
        content_type="image/jpeg",
        meta={
            "interval": interval,
            "columns": columns,
            "rows": rows,
            "tile_width": tile_width,
            "tile_height": sheet_height // rows,
            "sheet_width": sheet_width,
            "sheet_height": sheet_height,
            "duration": duration,
        },
    )
    db.session.commit()
    return True


def remove(file: File) -> None:
    """Remove the ladder's rows and objects (thumbnails stay)."""
    rows = list(
        db.session.scalars(
            select(DerivedFile).where(
                DerivedFile.file_id == file.id, DerivedFile.kind.in_(LADDER_KINDS)
            )
        )
    )
    keys = {row.storage_key for row in rows}
    for prefix in (hls_prefix(file), f"{derived_prefix(file)}renditions/"):
        keys.update(storage().iter_keys(prefix))
    for key in keys:
        storage().delete(key)
    db.session.execute(
        delete(DerivedFile).where(
            DerivedFile.file_id == file.id, DerivedFile.kind.in_(LADDER_KINDS)
        )
    )


def rendition(file: File, quality: str) -> DerivedFile | None:
    """The progressive MP4 of one rung (``720p``), if it was made."""
    return db.session.scalar(
        select(DerivedFile).where(
            DerivedFile.file_id == file.id,
            DerivedFile.kind == "rendition",
            DerivedFile.label == quality,
        )
    )


def ladder_rows(file: File) -> list[DerivedFile]:
    """The file's renditions, smallest first."""
    rows = db.session.scalars(
        select(DerivedFile).where(DerivedFile.file_id == file.id, DerivedFile.kind == "rendition")
    )
    return sorted(rows, key=lambda r: (r.meta or {}).get("height") or 0)
