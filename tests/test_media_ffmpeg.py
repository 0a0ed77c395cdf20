"""The ffmpeg wrapper: pure argument builders, then real runs on lavfi clips."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from t2m.media import ffmpeg
from t2m.media.ffmpeg import (
    FFmpegCancelled,
    FFmpegError,
    FFmpegTimeout,
    ProgressParser,
    check_inputs,
    ffmpeg_args,
    ffprobe_args,
    file_url,
    input_args,
    lavfi_input,
    output_args,
    run,
)
from tests import media_fixtures as mf

pytestmark = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")

LONG_SOURCE = ["-re", *lavfi_input("testsrc=size=160x120:rate=25:duration=60")]
NULL_OUTPUT = ["-f", "null", "-"]


# ------------------------------------------------------------ pure builders


def test_input_args_put_whitelists_before_the_input():
    args = input_args("/data/in put.mp4", "mov", start=1.5, duration=2)
    assert args[-2:] == ["-i", "file:/data/in put.mp4"]
    assert args[:2] == ["-protocol_whitelist", "file,pipe"]
    assert args[args.index("-format_whitelist") + 1].split(",")[0] == "mov"
    assert "hls" not in args[args.index("-format_whitelist") + 1].split(",")
    assert args[args.index("-f") + 1] == "mov"
    assert args[args.index("-ss") + 1] == "1.500"
    assert args[args.index("-t") + 1] == "2.000"
    assert args.index("-ss") < args.index("-i")


def test_input_args_refuse_demuxers_outside_the_whitelist():
    for fmt in ("hls", "concat", "lavfi", "image2"):
        with pytest.raises(ValueError, match="not allowed"):
            input_args("/x", fmt)
        with pytest.raises(ValueError, match="not allowed"):
            ffprobe_args("/x", fmt)


def test_file_url_turns_every_name_into_a_local_file():
    assert file_url("/a/http:evil") == "file:/a/http:evil"
    assert file_url("-y").startswith("file:/")  # relative names become absolute
    assert file_url(Path("/a/concat:b|c")) == "file:/a/concat:b|c"


def test_ffmpeg_args_order_globals_inputs_outputs():
    args = ffmpeg_args(
        [input_args("/in.mp4"), lavfi_input("anullsrc")],
        ["-c:v", "libx264", "file:/out.mp4"],
        progress=True,
        stats_period=0.25,
    )
    assert args[0] == "ffmpeg"
    assert args.index("-nostdin") < args.index("-progress") < args.index("-i")
    assert args[args.index("-progress") + 1] == "pipe:1"
    assert args[args.index("-stats_period") + 1] == "0.25"
    assert args[-3:] == ["-c:v", "libx264", "file:/out.mp4"]
    assert args.count("-protocol_whitelist") == 2
    check_inputs(args)


def test_ffprobe_args():
    args = ffprobe_args("/in.mkv", "matroska")
    assert args[0] == "ffprobe"
    assert args[-2:] == ["-i", "file:/in.mkv"]
    assert args.index("-protocol_whitelist") < args.index("-f") < args.index("-i")
    assert {"-show_format", "-show_streams"} <= set(args)
    check_inputs(args)


def test_output_args():
    assert output_args("/o.mp4", "mp4") == ["-threads", "2", "-f", "mp4", "file:/o.mp4"]
    assert output_args("/o.png", threads=None) == ["file:/o.png"]


def test_ffmpeg_args_cap_filter_threads():
    args = ffmpeg_args([], [], filter_threads=3)
    assert args[args.index("-filter_threads") + 1] == "3"


@pytest.mark.parametrize(
    "args",
    [
        ["ffmpeg", "-i", "x.mp4", "out.mp4"],
        ["ffmpeg", "-protocol_whitelist", "file,pipe,http", "-f", "mov", "-i", "x"],
        ["ffmpeg", "-protocol_whitelist", "file,pipe", "-i", "x"],  # no demuxer limit
        [*ffmpeg_args([input_args("/a")], []), "-i", "/b"],  # second input unprotected
    ],
)
def test_check_inputs_refuses_unprotected_inputs(args):
    with pytest.raises(ValueError, match="lacks"):
        check_inputs(args)
    with pytest.raises(ValueError, match="lacks"):
        run(args, timeout=5)


def test_progress_parser():
    parser = ProgressParser(duration=4)
    reports = [
        parser.feed(line)
        for line in [
            "frame=1",
            "out_time_us=N/A",
            "progress=continue",
            "out_time_us=1000000",
            "out_time_ms=2000000",  # ffmpeg's misnamed duplicate, also microseconds
            "progress=continue",
            "out_time_us=4000000",
            "progress=end",
        ]
    ]
    assert [r for r in reports if r] == [(0.0, 0.0), (2.0, 0.5), (4.0, 1.0)]
    assert ProgressParser().feed("progress=continue") == (0.0, None)


def test_error_message_carries_the_last_stderr_line():
    tail = "1\n2\nwhy\nbad thing\n"
    err = FFmpegError("ffmpeg failed", cmd=["ffmpeg"], returncode=1, stderr_tail=tail)
    assert str(err) == "ffmpeg failed: 2 | why | bad thing"
    assert str(FFmpegError("no output")) == "no output"
    assert err.returncode == 1
    assert err.cmd == ["ffmpeg"]
    assert issubclass(FFmpegTimeout, FFmpegError)
    assert issubclass(FFmpegCancelled, FFmpegError)


# ------------------------------------------------------------ real runs


def test_progress_reports_increase_to_one(tmp_path):
    seen: list[tuple[float, float | None]] = []
    args = ffmpeg_args(
        [["-re", *lavfi_input("testsrc=size=160x120:rate=25:duration=3")]],
        ["-c:v", "libx264", "-preset", "ultrafast", "-f", "mp4", file_url(tmp_path / "o.mp4")],
        progress=True,
        stats_period=0.1,
    )
    result = run(args, timeout=30, duration=3, on_progress=lambda s, f: seen.append((s, f)))
    assert result.returncode == 0
    assert (tmp_path / "o.mp4").stat().st_size > 0
    assert len(seen) >= 5
    seconds = [s for s, _ in seen]
    fractions = [f for _, f in seen]
    assert seconds == sorted(seconds)
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert seconds[-1] == pytest.approx(3.0, abs=0.15)
    assert 0 < fractions[len(fractions) // 2] < 1


def test_cancel_kills_ffmpeg_quickly():
    asked: list[float] = []

    def should_cancel() -> bool:
        if time.monotonic() - began > 0.5:
            asked.append(time.monotonic())
            return True
        return False

    began = time.monotonic()
    with pytest.raises(FFmpegCancelled) as info:
        run(ffmpeg_args([LONG_SOURCE], NULL_OUTPUT), timeout=60, should_cancel=should_cancel)
    assert time.monotonic() - asked[0] < 2
    assert _gone(info.value.pid)
    assert info.value.returncode == -9


def test_ffmpeg_runs_behind_other_work_and_dies_with_its_parent_thread():
    """nice 10 on the process and on its session's scheduler group (which is what
    counts against the web process), and a parent-death signal of SIGKILL."""
    seen: dict[str, str] = {}

    def should_cancel() -> bool:
        for pid in _ffmpeg_children():
            stat = Path(f"/proc/{pid}/stat").read_text()
            seen["nice"] = stat.rpartition(")")[2].split()[16]
            autogroup = Path(f"/proc/{pid}/autogroup")
            if autogroup.exists():
                seen["autogroup"] = autogroup.read_text()
            status = Path(f"/proc/{pid}/status").read_text()
            seen["name"] = status.splitlines()[0]
        return bool(seen)

    with pytest.raises(FFmpegCancelled):
        run(ffmpeg_args([LONG_SOURCE], NULL_OUTPUT), timeout=60, should_cancel=should_cancel)
    assert seen["name"].endswith("ffmpeg")  # setpriv and nice exec'd into ffmpeg
    assert seen["nice"] == "10"
    if "autogroup" in seen:  # kernels with scheduler autogroups
        assert seen["autogroup"].strip().endswith("nice 10")


def test_a_killed_parent_thread_takes_ffmpeg_with_it(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(
        "import threading, time\n"
        "from t2m.media.ffmpeg import ffmpeg_args, lavfi_input, run\n"
        "src = ['-re', *lavfi_input('testsrc=size=160x120:rate=25:duration=60')]\n"
        "args = ffmpeg_args([src], ['-f', 'null', '-'])\n"
        "threading.Thread(target=run, args=(args,), kwargs={'timeout': 60}).start()\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)], cwd=Path(__file__).parents[1])
    try:
        deadline = time.monotonic() + 20
        child = None
        while child is None and time.monotonic() < deadline:
            child = _ffmpeg_child_of(parent.pid)
            time.sleep(0.1)
        assert child, "ffmpeg did not start"
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while _gone(child) is False and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(child)
    finally:
        parent.kill()


def _ffmpeg_child_of(ppid: int) -> int | None:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        if name == "ffmpeg" and int(text.rpartition(")")[2].split()[1]) == ppid:
            return int(stat.parent.name)
    return None


def test_a_failing_callback_does_not_leave_ffmpeg_running():
    def should_cancel() -> bool:
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        run(ffmpeg_args([LONG_SOURCE], NULL_OUTPUT), timeout=60, should_cancel=should_cancel)
    assert _ffmpeg_children() == []


def test_timeout_kills_ffmpeg():
    began = time.monotonic()
    with pytest.raises(FFmpegTimeout, match=r"timed out after 0\.5 s") as info:
        run(ffmpeg_args([LONG_SOURCE], NULL_OUTPUT), timeout=0.5)
    assert time.monotonic() - began < 2
    assert _gone(info.value.pid)


def test_blocking_input_times_out_instead_of_hanging(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # opening it for reading blocks forever: nobody writes
    began = time.monotonic()
    with pytest.raises(FFmpegTimeout):
        run(ffprobe_args(fifo), timeout=0.5)
    assert time.monotonic() - began < 2


def test_failure_names_the_problem(tmp_path):
    with pytest.raises(FFmpegError) as info:
        run(ffmpeg_args([input_args(tmp_path / "missing.mp4")], NULL_OUTPUT), timeout=10)
    assert info.value.returncode == 1
    assert "No such file or directory" in info.value.stderr_tail
    assert "No such file or directory" in str(info.value)
    assert info.value.cmd[0] == "ffmpeg"


def test_missing_binary_is_an_ffmpeg_error(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(FFmpegError, match="cannot start ffprobe"):
        run(ffprobe_args("/x.mp4"), timeout=5)


def test_unknown_encoder_is_reported(tmp_path):
    args = ffmpeg_args(
        [lavfi_input("testsrc=duration=1")], ["-c:v", "nope", str(tmp_path / "o.mp4")]
    )
    with pytest.raises(FFmpegError, match="nope"):
        run(args, timeout=10)


def test_stderr_tail_is_bounded(tmp_path):
    args = ffmpeg_args(
        [lavfi_input("testsrc=size=32x32:rate=200:duration=2")],
        ["-vf", "showinfo", "-f", "null", "-c:v", "nope", "-"],
        loglevel="info",
    )
    with pytest.raises(FFmpegError) as info:
        run(args, timeout=10)
    assert 0 < len(info.value.stderr_tail.encode()) <= ffmpeg.STDERR_TAIL


def test_cpu_limit_stops_a_runaway_encode(tmp_path):
    args = ffmpeg_args(
        [lavfi_input("testsrc2=size=1280x720:rate=30:duration=60")],
        ["-c:v", "libx264", "-preset", "veryslow", "-f", "mp4", file_url(tmp_path / "o.mp4")],
    )
    with pytest.raises(FFmpegError, match="CPU time limit"):
        run(args, timeout=30, cpu_seconds=1)


def test_memory_limit_applies():
    args = ffmpeg_args([lavfi_input("testsrc=size=1920x1080:duration=1")], NULL_OUTPUT)
    with pytest.raises(FFmpegError):
        run(args, timeout=10, memory_bytes=64 * 1024**2)


# ------------------------------------------------------------ hostile inputs


def test_hls_playlist_cannot_reach_local_files(tmp_path):
    secret = mf.make_video(tmp_path / "secret.ts", seconds=1, audio=False)  # a readable segment
    playlist = mf.write(
        tmp_path / "evil.m3u8",
        "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:///etc/passwd\n"
        f"#EXTINF:1,\n{secret}\n#EXTINF:1,\nsecret.ts\n#EXT-X-ENDLIST\n",
    )
    with pytest.raises(FFmpegError, match="not on whitelist") as info:
        run(ffprobe_args(playlist), timeout=10)
    assert "root:" not in info.value.stderr_tail
    with pytest.raises(FFmpegError, match="not on whitelist"):
        run(ffmpeg_args([input_args(playlist)], NULL_OUTPUT), timeout=10)


def test_hls_playlist_cannot_reach_the_network(tmp_path):
    with mf.Listener() as listener:
        playlist = mf.write(
            tmp_path / "net.m3u8",
            "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n"
            f"http://127.0.0.1:{listener.port}/x.ts\n#EXT-X-ENDLIST\n",
        )
        with pytest.raises(FFmpegError):
            run(ffprobe_args(playlist), timeout=10)
        with pytest.raises(FFmpegError):
            run(ffmpeg_args([input_args(playlist)], NULL_OUTPUT), timeout=10)
        # Even a caller that allowed the hls demuxer is stopped by the protocol list.
        with pytest.raises(FFmpegError, match=r"Protocol 'http' not on whitelist"):
            run(ffprobe_args(playlist, formats=("hls",)), timeout=10)
        time.sleep(0.3)
    assert listener.connections == 0


def test_listener_would_notice_a_connection(tmp_path):
    """Control for the test above: unprotected ffprobe does connect."""
    with mf.Listener() as listener:
        url = f"http://127.0.0.1:{listener.port}/x.m3u8"
        subprocess.run(["ffprobe", "-v", "quiet", url], timeout=10, check=False)
        time.sleep(0.3)
    assert listener.connections >= 1


def test_ffconcat_cannot_reach_other_files(tmp_path):
    mf.make_video(tmp_path / "secret.mp4", seconds=1, audio=False)
    script = mf.write(
        tmp_path / "evil.txt", "ffconcat version 1.0\nfile secret.mp4\nfile /etc/passwd\n"
    )
    with pytest.raises(FFmpegError, match="not on whitelist"):
        run(ffprobe_args(script), timeout=10)
    with pytest.raises(FFmpegError, match="not on whitelist"):
        run(ffmpeg_args([input_args(script)], NULL_OUTPUT), timeout=10)


def _gone(pid: int | None) -> bool:
    """The process no longer exists (or its pid now belongs to something else)."""
    assert pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    cmdline = Path(f"/proc/{pid}/cmdline")
    return not cmdline.exists() or b"ffmpeg" not in cmdline.read_bytes()


def _ffmpeg_children() -> list[int]:
    """Live or zombie ffmpeg processes whose parent is this test process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        ppid = int(text.rpartition(")")[2].split()[1])
        if ppid == os.getpid() and name in ("ffmpeg", "nice"):
            found.append(int(stat.parent.name))
    return found
