"""Tiny media made on the fly for the t2m.media tests (nothing is committed).

Clips come from ffmpeg's lavfi sources, images from Pillow, hostile files
from hand-written bytes.  These helpers run ffmpeg directly: they build
trusted test inputs and must not depend on the wrapper under test.
"""

from __future__ import annotations

import io
import socket
import struct
import subprocess
import threading
import zipfile
import zlib
from pathlib import Path

from PIL import Image

AUDIO_CODECS = {
    ".mp3": ["-c:a", "libmp3lame"],
    ".wav": ["-c:a", "pcm_s16le"],
    ".ogg": ["-c:a", "libvorbis"],
    ".flac": ["-c:a", "flac"],
    ".m4a": ["-c:a", "aac"],
    ".mp4": ["-c:a", "aac"],
}


def ffmpeg(*args: str) -> None:
    """Run a trusted ffmpeg command (fixtures only)."""
    cmd = ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    subprocess.run(cmd, check=True, timeout=60)


def make_video(
    path: Path,
    *,
    seconds: float = 2,
    size: str = "160x120",
    rate: int = 25,
    audio: bool = True,
) -> Path:
    """testsrc (+ a sine tone) as H.264/AAC MP4 or VP9/Opus WebM, by suffix."""
    args = ["-f", "lavfi", "-i", f"testsrc=size={size}:rate={rate}:duration={seconds}"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}"]
    if path.suffix == ".webm":
        args += ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k"]
        args += ["-c:a", "libopus"] if audio else []
    else:
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
        args += ["-c:a", "aac"] if audio else []
    ffmpeg(*args, str(path))
    return path


def make_audio(path: Path, *, seconds: float = 1) -> Path:
    """A sine tone encoded according to the file suffix (.mp3 .wav .ogg .flac .m4a .mp4)."""
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency=440:sample_rate=44100:duration={seconds}",
        *AUDIO_CODECS[path.suffix],
        str(path),
    )
    return path


def make_black_intro(path: Path, *, black: float = 1, rest: float = 2) -> Path:
    """``black`` seconds of black, then ``rest`` seconds of testsrc, as MP4."""
    graph = (
        f"color=c=black:size=160x120:rate=25:duration={black}[b];"
        f"testsrc=size=160x120:rate=25:duration={rest}[t];[b][t]concat=n=2:v=1:a=0"
    )
    ffmpeg("-f", "lavfi", "-i", graph, "-c:v", "libx264", "-preset", "ultrafast", str(path))
    return path


def make_image(path: Path, size: tuple[int, int] = (320, 240), fmt: str | None = None) -> Path:
    """A gradient picture (so resizing has something to do) in ``fmt`` or by suffix."""
    width, height = size
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    im.paste((200, 40, 40), (0, 0, width // 2, height // 2))
    im.save(path, fmt)
    return path


def make_exif_jpeg(path: Path, size: tuple[int, int], orientation: int) -> Path:
    """A JPEG stored ``size`` wide/high with an EXIF orientation tag."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.new("RGB", size, (30, 120, 200)).save(path, "JPEG", exif=exif.tobytes())
    return path


def png_chunk(tag: bytes, data: bytes) -> bytes:
    """One PNG chunk with its correct CRC."""
    body = tag + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid-looking PNG whose header claims ``width`` x ``height`` with a tiny IDAT."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def minimal_pdf() -> bytes:
    """A one-page PDF written by hand (xref offsets computed)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (4, xref))
    return out.getvalue()


def make_docx(path: Path) -> Path:
    """The smallest zip that carries a Word document's content types."""
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("word/document.xml", "<w:document/>")
    return path


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes or UTF-8 text and return the path."""
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


class Listener:
    """A loopback TCP listener counting the connections it receives."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()
