"""What an uploaded file really is, judged from its bytes alone.

The client's file name and Content-Type are never trusted.  Images and
documents are recognised by magic numbers; media containers by magic number
and then ffprobe (a file is ``video`` only with a real video stream, cover
art does not count).  Everything else is refused with a readable reason.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any, Literal

from .ffmpeg import FFmpegError, file_url
from .probe import probe

Kind = Literal["image", "video", "audio", "document"]
HEAD = 8192
MAX_JSON = 10 * 1024**2


@dataclass(frozen=True)
class Sniffed:
    """The verdict: ``kind`` is None when the file is refused (see ``reason``).

    ``active`` marks content a browser would execute (HTML, SVG, XML): serve
    it only as an attachment or under a sandboxing CSP.  ``demuxer`` is the
    ffmpeg demuxer to force for later runs and ``info`` the probe result
    (both for audio/video only).
    """

    kind: Kind | None
    mime: str
    ext: str
    reason: str | None = None
    active: bool = False
    demuxer: str | None = None
    info: dict[str, Any] | None = None
    # A media container (by its magic) that ffprobe cannot read: accepted so
    # the owner keeps the original, and processing reports why it failed.
    damaged: bool = False


def sniff(
    path: str | os.PathLike[str], *, name_hint: str | None = None, probe_timeout: float = 30.0
) -> Sniffed:
    """Classify the file at ``path`` from its content.

    ``name_hint`` (the client's file name) is used for one thing only: telling
    Markdown and CSV from plain text once the bytes are known to be safe
    text.  It never changes ``kind``.  Audio/video files are probed with
    ffprobe, limited to ``probe_timeout`` seconds.
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        return _refused(f"cannot read file: {exc.strerror}")
    if not stat.S_ISREG(st.st_mode):
        return _refused("not a regular file")
    if st.st_size == 0:
        return _refused("empty file")
    with open(path, "rb") as fh:
        head = fh.read(HEAD)
    found = _binary(head) or _zip(head, path)
    if found:
        return found
    container = _container(head, path)
    media = _media(path, *container, timeout=probe_timeout) if container else None
    if media and media.kind and not media.damaged:
        return media
    # Text whose first bytes merely look like MPEG audio/TS ("ID3...", "G...") stays text.
    return _text(path, head, name_hint) or media or _refused("unrecognised binary data")


def _refused(reason: str, mime: str = "application/octet-stream", ext: str = "") -> Sniffed:
    return Sniffed(None, mime, ext, reason)


# ------------------------------------------------------------ magic numbers

_EXECUTABLES = (
    (b"\x7fELF", "executable (ELF)", "application/x-executable"),
    (b"\xfe\xed\xfa\xce", "executable (Mach-O)", "application/x-mach-binary"),
    (b"\xfe\xed\xfa\xcf", "executable (Mach-O)", "application/x-mach-binary"),
    (b"\xce\xfa\xed\xfe", "executable (Mach-O)", "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", "executable (Mach-O)", "application/x-mach-binary"),
    (b"\xca\xfe\xba\xbe", "executable (Mach-O universal or Java class)", "application/java"),
    (b"\x00asm", "executable (WebAssembly)", "application/wasm"),
    (b"#!", "script (#! interpreter line)", "text/x-script"),
)
_OTHER_REFUSED = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office/OLE file (not supported)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
)
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
    (b"II*\x00", "image/tiff", "tif"),
    (b"MM\x00*", "image/tiff", "tif"),
)
_BMP_HEADERS = {12, 40, 52, 56, 64, 108, 124}


def _binary(head: bytes) -> Sniffed | None:
    """Executables, images, PDF/RTF and known-but-refused formats."""
    for magic, reason, mime in _EXECUTABLES:
        if head.startswith(magic):
            return _refused(reason, mime)
    if head.startswith(b"MZ") and b"\x00" in head[:512]:  # "MZ..." text is just text
        return _refused(
            "executable (Windows PE/MZ)", "application/vnd.microsoft.portable-executable"
        )
    for magic, mime, ext in _IMAGES:
        if head.startswith(magic):
            return Sniffed("image", mime, ext)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("image", "image/webp", "webp")
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in _BMP_HEADERS:
        return Sniffed("image", "image/bmp", "bmp")
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis", b"heic", b"heix", b"mif1"):
        return _refused("HEIF/AVIF images are not supported", "image/heif")
    if b"%PDF-" in head[:1024]:
        return Sniffed("document", "application/pdf", "pdf")
    if head.startswith(b"{\\rtf"):
        return Sniffed("document", "application/rtf", "rtf")
    for magic, reason in _OTHER_REFUSED:
        if head.startswith(magic):
            return _refused(reason)
    if len(head) > 262 and head[257:262] == b"ustar":
        return _refused("tar archive", "application/x-tar")
    return None


# ------------------------------------------------------------------- zip

_OOXML = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
}
_ODF = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}


def _zip(head: bytes, path: str | os.PathLike[str]) -> Sniffed | None:
    """Office documents (OOXML by ``[Content_Types].xml``, ODF by ``mimetype``)."""
    if head[:4] not in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                return _refused("macro-enabled Office document", "application/zip")
            odf = _member(zf, "mimetype", 200)
            if odf is not None and odf.strip() in _ODF:
                return Sniffed("document", odf.strip(), _ODF[odf.strip()])
            types = _member(zf, "[Content_Types].xml", 1024**2) or ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error):
        return _refused("corrupt zip archive", "application/zip", "zip")
    except (NotImplementedError, RuntimeError):  # unknown compression method, encryption
        return _refused("unreadable zip archive (encrypted or unusual)", "application/zip", "zip")
    if "macroEnabled" in types:
        return _refused("macro-enabled Office document", "application/zip")
    for part, (mime, ext) in _OOXML.items():
        if f'"{part}"' in types:
            return Sniffed("document", mime, ext)
    return _refused("zip archive (not an Office document)", "application/zip", "zip")


def _member(zf: zipfile.ZipFile, name: str, limit: int) -> str | None:
    """A small member as text, or None (absent, too big to be genuine, not text)."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:  # never inflate a zip bomb
        return None
    with zf.open(info) as fh:
        return fh.read(limit + 1)[:limit].decode("utf-8", "replace")


# ------------------------------------------------------- audio and video

_MOV_ATOMS = (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")
_AUDIO_FAMILIES = ("mp3", "wav", "flac", "aac")
_MIMES = {  # (family, kind) -> (mime, ext)
    ("mp4", "video"): ("video/mp4", "mp4"),
    ("mp4", "audio"): ("audio/mp4", "m4a"),
    ("mov", "video"): ("video/quicktime", "mov"),
    ("mov", "audio"): ("audio/mp4", "m4a"),
    ("webm", "video"): ("video/webm", "webm"),
    ("webm", "audio"): ("audio/webm", "weba"),
    ("mkv", "video"): ("video/x-matroska", "mkv"),
    ("mkv", "audio"): ("audio/x-matroska", "mka"),
    ("avi", "video"): ("video/x-msvideo", "avi"),
    ("avi", "audio"): ("audio/x-wav", "avi"),
    ("ts", "video"): ("video/mp2t", "ts"),
    ("ts", "audio"): ("audio/mp2t", "ts"),
    ("mpeg", "video"): ("video/mpeg", "mpg"),
    ("mpeg", "audio"): ("audio/mpeg", "mpg"),
    ("ogg", "video"): ("video/ogg", "ogv"),
    ("ogg", "audio"): ("audio/ogg", "ogg"),
    ("mp3", "audio"): ("audio/mpeg", "mp3"),
    ("wav", "audio"): ("audio/wav", "wav"),
    ("flac", "audio"): ("audio/flac", "flac"),
    ("aac", "audio"): ("audio/aac", "aac"),
}


def _container(head: bytes, path: str | os.PathLike[str]) -> tuple[str, str] | None:
    """``(family, demuxer)`` when the magic says audio/video container."""
    if head[4:8] == b"ftyp":
        return ("mov" if head[8:12] == b"qt  " else "mp4"), "mov"
    if head[4:8] in _MOV_ATOMS and int.from_bytes(head[:4], "big") >= 8:
        return "mov", "mov"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return ("webm" if b"webm" in head[:64] else "mkv"), "matroska"
    if head[:4] in (b"RIFF", b"RF64", b"BW64"):
        kind = {b"AVI ": ("avi", "avi"), b"WAVE": ("wav", "wav")}.get(head[8:12])
        return kind
    if head.startswith(b"OggS"):
        return "ogg", "ogg"
    if head.startswith(b"fLaC"):
        return "flac", "flac"
    if head.startswith(b"\x00\x00\x01\xba"):
        return "mpeg", "mpeg"
    if _is_ts(head, 0) or _is_ts(head, 4):  # plain or M2TS (4-byte timestamps)
        return "ts", "mpegts"
    return _mpeg_audio(head, path)


def _is_ts(head: bytes, offset: int) -> bool:
    step = 188 if offset == 0 else 192
    points = range(offset, min(len(head), offset + 5 * step), step)
    return len(points) >= 2 and all(head[p] == 0x47 for p in points)


def _mpeg_audio(head: bytes, path: str | os.PathLike[str]) -> tuple[str, str] | None:
    frame = head
    if head.startswith(b"ID3") and len(head) >= 10:
        size = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(head[6:10]))
        with open(path, "rb") as fh:  # tags with cover art can be megabytes long
            fh.seek(size + (10 if head[5] & 0x10 else 0))
            frame = fh.read(4)
        if len(frame) < 2:
            return None
    if len(frame) < 2 or frame[0] != 0xFF or (frame[1] & 0xE0) != 0xE0:
        return ("mp3", "mp3") if head.startswith(b"ID3") else None
    if (frame[1] >> 1) & 3 == 0:  # layer bits 00: ADTS AAC
        return ("aac", "aac") if (frame[1] & 0xF6) == 0xF0 else None
    return "mp3", "mp3"


def _media(path: str | os.PathLike[str], family: str, demuxer: str, *, timeout: float) -> Sniffed:
    try:
        info = probe(path, fmt=demuxer, timeout=timeout)
    except FFmpegError as exc:
        last = (exc.stderr_tail.strip().splitlines() or [exc.message])[-1]
        last = last.replace(file_url(path) + ": ", "")  # keep server paths out of reasons
        kind = "audio" if family in _AUDIO_FAMILIES else "video"
        mime, ext = _MIMES.get((family, kind), (f"{kind}/octet-stream", family))
        return Sniffed(
            kind,
            mime,
            ext,
            reason=f"unreadable {family} file: {last}",
            demuxer=demuxer,
            damaged=True,
        )
    kind: Kind | None = "video" if info["has_video"] else "audio" if info["has_audio"] else None
    if kind is None:
        return _refused(f"{family} file without audio or video streams")
    mime, ext = _MIMES.get((family, kind), (f"{kind}/octet-stream", family))
    return Sniffed(kind, mime, ext, demuxer=demuxer, info=info)


# ------------------------------------------------------------------ text

_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)"
    r"(?:[\s>]|$)",
    re.IGNORECASE,
)
_SVG = re.compile(r"<svg[\s>/]", re.IGNORECASE)
_MARKDOWN = re.compile(r"^(?:#{1,6} |\s*[-*+] |\s*\d+\. |```|>)|\[[^\]\n]+\]\([^)\n]+\)", re.M)


def _text(path: str | os.PathLike[str], head: bytes, name_hint: str | None) -> Sniffed | None:
    """UTF-8 text without control bytes: plain, Markdown, CSV, JSON, or active markup."""
    if not _is_utf8_text(path):
        return None
    sample = head[:4096].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n\f")
    lowered = sample.lower()
    if lowered.startswith("#extm3u"):
        return _refused("HLS playlist (refers to other files)", "application/vnd.apple.mpegurl")
    if lowered.startswith("ffconcat version"):
        return _refused("ffconcat script (refers to other files)", "text/plain")
    if lowered.startswith("v=0") and "\nm=" in lowered:
        return _refused("SDP session description (refers to network streams)", "application/sdp")
    declared_html = re.match(r"<(?:!doctype\s+html|html)[\s>]", lowered)
    if sample.startswith("<") and _SVG.search(sample) and not declared_html:
        return Sniffed("document", "image/svg+xml", "svg", active=True)
    if _HTML.match(sample):
        return Sniffed("document", "text/html", "html", active=True)
    if lowered.startswith("<?xml"):
        return Sniffed("document", "application/xml", "xml", active=True)
    if sample[:1] in ("{", "[") and _is_json(path):
        return Sniffed("document", "application/json", "json")
    hint = os.path.splitext(name_hint or "")[1].lower()
    cut = os.path.getsize(path) > 4096
    if hint == ".csv" or (hint not in (".md", ".markdown") and _looks_like_csv(sample, cut)):
        return Sniffed("document", "text/csv", "csv")
    if hint in (".md", ".markdown") or len(_MARKDOWN.findall(sample)) >= 2:
        return Sniffed("document", "text/markdown", "md")
    return Sniffed("document", "text/plain", "txt")


def _is_utf8_text(path: str | os.PathLike[str]) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1024**2):
                if _CONTROL.search(chunk):
                    return False
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _is_json(path: str | os.PathLike[str]) -> bool:
    if os.path.getsize(path) > MAX_JSON:
        return False
    try:
        with open(path, encoding="utf-8-sig") as fh:
            json.load(fh)
    except (ValueError, RecursionError):
        return False
    return True


def _looks_like_csv(sample: str, cut: bool) -> bool:
    """Every sampled line has the same number (>= 1) of one delimiter."""
    lines = [line for line in sample.splitlines() if line.strip()]
    if cut:  # the last sampled line may be cut short
        lines = lines[:-1]
    lines = lines[:20]
    if len(lines) < 2:
        return False
    return any(
        len({line.count(sep) for line in lines}) == 1 and lines[0].count(sep) >= 1
        for sep in (",", ";", "\t")
    )
