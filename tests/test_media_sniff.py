"""sniff: the kind of a file from its bytes, never from its name."""

from __future__ import annotations

import os
import random
import shutil
import zipfile

import pytest
from PIL import Image

from t2m.media import Sniffed, sniff
from tests import media_fixtures as mf

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    """Audio and video clips, made once for the module."""
    base = tmp_path_factory.mktemp("sniff")
    files = {
        "mp4": mf.make_video(base / "v.mp4", seconds=1),
        "webm": mf.make_video(base / "v.webm", seconds=1),
        "mp4-audio": mf.make_audio(base / "a.mp4"),
        "mp3": mf.make_audio(base / "a.mp3"),
        "wav": mf.make_audio(base / "a.wav"),
        "ogg": mf.make_audio(base / "a.ogg"),
        "flac": mf.make_audio(base / "a.flac"),
    }
    cover = mf.make_image(base / "cover.png", (64, 64))
    files["mp3-cover"] = base / "cover.mp3"
    mf.ffmpeg(
        *("-i", str(files["mp3"]), "-i", str(cover), "-map", "0", "-map", "1", "-c", "copy"),
        *("-disposition:v", "attached_pic", str(files["mp3-cover"])),
    )
    return files


# ------------------------------------------------------------------ media


@needs_ffmpeg
@pytest.mark.parametrize(
    ("name", "kind", "mime", "demuxer"),
    [
        ("mp4", "video", "video/mp4", "mov"),
        ("webm", "video", "video/webm", "matroska"),
        ("mp4-audio", "audio", "audio/mp4", "mov"),
        ("mp3", "audio", "audio/mpeg", "mp3"),
        ("mp3-cover", "audio", "audio/mpeg", "mp3"),
        ("wav", "audio", "audio/wav", "wav"),
        ("ogg", "audio", "audio/ogg", "ogg"),
        ("flac", "audio", "audio/flac", "flac"),
    ],
)
def test_audio_and_video(media, name, kind, mime, demuxer):
    found = sniff(media[name])
    assert (found.kind, found.mime, found.demuxer) == (kind, mime, demuxer)
    assert found.reason is None
    assert found.active is False
    assert found.info["duration"] == pytest.approx(1.0, abs=0.1)


@needs_ffmpeg
def test_media_with_a_misleading_name_is_judged_by_content(media, tmp_path):
    renamed = tmp_path / "song.mp3"
    shutil.copy(media["mp4"], renamed)
    assert sniff(renamed, name_hint="song.mp3").kind == "video"


@needs_ffmpeg
def test_corrupt_media_is_accepted_as_damaged_with_a_reason(tmp_path, media):
    half = mf.write(tmp_path / "half", media["mp4"].read_bytes()[:2000])
    found = sniff(half)
    assert found.kind == "video"
    assert found.damaged is True
    assert found.reason.startswith("unreadable mp4 file:")
    assert str(tmp_path) not in found.reason


# ------------------------------------------------------------------ images


@pytest.mark.parametrize(
    ("fmt", "mime", "ext"),
    [
        ("PNG", "image/png", "png"),
        ("JPEG", "image/jpeg", "jpg"),
        ("GIF", "image/gif", "gif"),
        ("WEBP", "image/webp", "webp"),
        ("BMP", "image/bmp", "bmp"),
        ("TIFF", "image/tiff", "tif"),
    ],
)
def test_images(tmp_path, fmt, mime, ext):
    path = mf.make_image(tmp_path / "picture", (40, 30), fmt)
    assert sniff(path) == Sniffed("image", mime, ext)


def test_png_named_mp4_is_still_an_image(tmp_path):
    path = mf.make_image(tmp_path / "movie.mp4", (40, 30), "PNG")
    found = sniff(path, name_hint="movie.mp4")
    assert (found.kind, found.mime) == ("image", "image/png")


def test_text_named_png_is_text(tmp_path):
    found = sniff(mf.write(tmp_path / "x.png", "just words\n"), name_hint="x.png")
    assert (found.kind, found.mime) == ("document", "text/plain")


# ------------------------------------------------------------------ documents


def test_pdf(tmp_path):
    assert sniff(mf.write(tmp_path / "a", mf.minimal_pdf())) == Sniffed(
        "document", "application/pdf", "pdf"
    )


def test_rtf(tmp_path):
    found = sniff(mf.write(tmp_path / "a", r"{\rtf1\ansi Hello}"))
    assert (found.kind, found.mime) == ("document", "application/rtf")


@pytest.mark.parametrize(
    ("text", "hint", "mime"),
    [
        ("Hello, world.\nSecond line; with é and 漢字.\n", None, "text/plain"),
        ("# Title\n\nSome *text* and a [link](http://x).\n\n- item\n", None, "text/markdown"),
        ("plain words\n", "notes.md", "text/markdown"),
        ("name,age\nada,36\nalan,41\n", None, "text/csv"),
        ("a single line\n", "data.csv", "text/csv"),
        ('{"a": [1, 2, {"b": null}]}', None, "application/json"),
        ("\ufeffwith a byte order mark\n", None, "text/plain"),
        ("{not json", None, "text/plain"),
    ],
)
def test_text_documents(tmp_path, text, hint, mime):
    found = sniff(mf.write(tmp_path / "t", text), name_hint=hint)
    assert (found.kind, found.mime, found.active) == ("document", mime, False)


def test_name_hint_never_makes_text_active(tmp_path):
    found = sniff(mf.write(tmp_path / "t", "plain words\n"), name_hint="page.html")
    assert (found.mime, found.active) == ("text/plain", False)


def test_docx(tmp_path):
    found = sniff(mf.make_docx(tmp_path / "a.zip"))
    assert found.kind == "document"
    assert found.ext == "docx"
    assert found.mime.endswith("wordprocessingml.document")


def test_odt(tmp_path):
    path = tmp_path / "a.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    assert sniff(path) == Sniffed("document", "application/vnd.oasis.opendocument.text", "odt")


# ------------------------------------------------------------------ active content


@pytest.mark.parametrize(
    ("text", "mime"),
    [
        ("<!DOCTYPE html><html><body>hi</body></html>", "text/html"),
        ("  \n<script>alert(1)</script>", "text/html"),
        ("<!-- c --><p>hi</p>", "text/html"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
        ('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        ('<?xml version="1.0"?>\n<note><to>x</to></note>', "application/xml"),
    ],
)
def test_markup_is_active_content(tmp_path, text, mime):
    found = sniff(mf.write(tmp_path / "page.txt", text), name_hint="page.txt")
    assert (found.kind, found.mime, found.active) == ("document", mime, True)


# ------------------------------------------------------------------ refused


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x7fELF\x02\x01\x01" + bytes(100), "executable (ELF)"),
        (b"MZ\x90\x00\x03" + bytes(60) + b"PE\x00\x00", "executable (Windows PE/MZ)"),
        (b"\xcf\xfa\xed\xfe" + bytes(28), "executable (Mach-O)"),
        (b"#!/bin/sh\nrm -rf /\n", "script (#! interpreter line)"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "gzip archive"),
        (
            b"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:///etc/passwd\n",
            "HLS playlist (refers to other files)",
        ),
        (b"ffconcat version 1.0\nfile /etc/passwd\n", "ffconcat script (refers to other files)"),
        (bytes([0, 1, 2, 250, 251, 3]) * 50, "unrecognised binary data"),
        (b"", "empty file"),
    ],
)
def test_refused(tmp_path, data, reason):
    found = sniff(mf.write(tmp_path / "f.mp4", data), name_hint="f.mp4")
    assert found.kind is None
    assert found.reason == reason


def test_random_bytes_are_refused(tmp_path):
    data = random.Random(7).randbytes(4096)
    found = sniff(mf.write(tmp_path / "r", data))
    assert (found.kind, found.reason) == (None, "unrecognised binary data")


@pytest.mark.parametrize(
    "text",
    [
        "MZ is a county code\n",
        "ID3 tags are described here.\n",
        ("G" + "x" * 187) * 6,  # 'G' (0x47) every 188 bytes looks like MPEG-TS sync
    ],
)
def test_text_that_starts_like_a_binary_format_is_text(tmp_path, text):
    found = sniff(mf.write(tmp_path / "t", text))
    assert (found.kind, found.mime) == ("document", "text/plain")


def test_plain_zip_and_macro_documents_are_refused(tmp_path):
    plain = tmp_path / "a.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "hi")
    assert sniff(plain).reason == "zip archive (not an Office document)"
    macro = mf.make_docx(tmp_path / "m.docx")
    with zipfile.ZipFile(macro, "a") as zf:
        zf.writestr("word/vbaProject.bin", b"\x00" * 10)
    assert sniff(macro).reason == "macro-enabled Office document"
    broken = mf.write(tmp_path / "b.zip", b"PK\x03\x04" + bytes(100))
    assert sniff(broken).reason == "corrupt zip archive"
    encrypted = mf.make_docx(tmp_path / "e.docx")
    data = bytearray(encrypted.read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # set the "encrypted" flag bit
        at = 0
        while (at := data.find(header, at)) >= 0:
            flag = at + (6 if header == b"PK\x03\x04" else 8)
            data[flag] |= 1
            at += 4
    encrypted.write_bytes(bytes(data))
    assert sniff(encrypted).reason == "unreadable zip archive (encrypted or unusual)"


def test_invalid_utf8_or_control_bytes_are_not_text(tmp_path):
    assert sniff(mf.write(tmp_path / "a", b"caf\xe9 latin-1\n")).kind is None
    assert sniff(mf.write(tmp_path / "b", b"text\x01with control\n")).kind is None
    late = b"x" * (3 * 1024**2) + b"\x00"  # a NUL far beyond the first chunk
    assert sniff(mf.write(tmp_path / "c", late)).kind is None


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert sniff(fifo).reason == "not a regular file"
    assert sniff(tmp_path).reason == "not a regular file"
    assert sniff(tmp_path / "missing").reason.startswith("cannot read file")


@needs_ffmpeg
def test_media_magic_on_garbage_is_damaged_media(tmp_path):
    data = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + random.Random(1).randbytes(5000)
    found = sniff(mf.write(tmp_path / "x", data))
    assert (found.kind, found.damaged) == ("video", True)
    assert found.reason.startswith("unreadable mp4 file")


def test_animated_and_odd_images_still_sniff_as_images(tmp_path):
    frames = [Image.new("RGB", (10, 10), c) for c in ("red", "blue")]
    frames[0].save(tmp_path / "a.gif", save_all=True, append_images=frames[1:])
    assert sniff(tmp_path / "a.gif").kind == "image"
