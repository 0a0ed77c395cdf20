"""The rendition ladder: which rungs, what sizes, what rates (pure, no ffmpeg)."""

from __future__ import annotations

import pytest

from t2m.media.ladder import (
    HIGH_RUNGS,
    MIN_MAXRATE,
    RUNG_HEIGHTS,
    Rung,
    display_size,
    fit,
    ladder,
    maxrate_for,
)


def table(rungs: list[Rung]) -> list[tuple[str, int, int]]:
    return [(r.name, r.width, r.height) for r in rungs]


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (
            (1920, 1080),
            [("360p", 640, 360), ("480p", 854, 480), ("720p", 1280, 720), ("1080p", 1920, 1080)],
        ),
        ((1280, 720), [("360p", 640, 360), ("480p", 854, 480), ("720p", 1280, 720)]),
        ((640, 360), [("360p", 640, 360)]),
        ((426, 240), [("240p", 426, 240)]),
        (
            (1440, 1080),
            [("360p", 480, 360), ("480p", 640, 480), ("720p", 960, 720), ("1080p", 1440, 1080)],
        ),
        # Wider than 16:9 is named by its width, as players do: 1920x800 is 1080p.
        (
            (1920, 800),
            [("360p", 640, 266), ("480p", 854, 356), ("720p", 1280, 534), ("1080p", 1920, 800)],
        ),
        # Just short of a rung still gets it, at its own size.
        (
            (1916, 1076),
            [("360p", 640, 360), ("480p", 854, 480), ("720p", 1280, 718), ("1080p", 1916, 1076)],
        ),
        ((161, 121), [("121p", 160, 120)]),
    ],
)
def test_ladder_tables(size, expected):
    assert table(ladder(*size, fps=30, bitrate=None)) == expected


def test_portrait_phone_video_is_1080p_with_portrait_rungs():
    expected = [("360p", 360, 640), ("480p", 480, 854), ("720p", 720, 1280), ("1080p", 1080, 1920)]
    assert table(ladder(1080, 1920, fps=30, bitrate=None)) == expected
    # Stored landscape with a 90-degree display matrix: the same ladder.
    assert table(ladder(1920, 1080, fps=30, bitrate=None, rotation=90)) == expected
    assert table(ladder(1920, 1080, fps=30, bitrate=None, rotation=270)) == expected


def test_high_rungs_only_when_allowed():
    plain = ladder(3840, 2160, fps=30, bitrate=None)
    assert [r.name for r in plain] == ["360p", "480p", "720p", "1080p"]
    high = ladder(3840, 2160, fps=30, bitrate=None, allow_high=True)
    assert table(high)[-2:] == [("1440p", 2560, 1440), ("2160p", 3840, 2160)]
    assert set(HIGH_RUNGS) <= set(RUNG_HEIGHTS)
    # allow_high never upscales either.
    assert [r.name for r in ladder(1920, 1080, fps=30, bitrate=None, allow_high=True)][
        -1
    ] == "1080p"


def test_anamorphic_sources_get_square_pixels():
    # DVD: 720x576 stored, 16:9 shown (SAR 64:45).
    rungs = ladder(720, 576, fps=25, bitrate=None, sar=64 / 45)
    assert table(rungs) == [("360p", 640, 360), ("480p", 854, 480)]
    assert display_size(720, 576, sar=64 / 45) == (1024, 576)


@pytest.mark.parametrize(
    ("width", "height", "fps", "bitrate", "rotation"),
    [
        (1920, 1080, 30, None, 0),
        (1080, 1920, 60, 8_000_000, 0),
        (3840, 2160, 24, None, 90),
        (1281, 721, 29.97, None, 0),
        (999, 333, None, 50_000, 0),
        (2, 2, None, None, 0),
    ],
)
def test_rungs_are_even_never_larger_and_keep_the_aspect(width, height, fps, bitrate, rotation):
    shown_w, shown_h = display_size(width, height, rotation=rotation)
    for rung in ladder(width, height, fps=fps, bitrate=bitrate, rotation=rotation, allow_high=True):
        assert (rung.width % 2, rung.height % 2) == (0, 0)
        assert rung.width <= max(shown_w, 2)
        assert rung.height <= max(shown_h, 2)
        assert rung.width / rung.height == pytest.approx(shown_w / shown_h, rel=0.02)
        assert rung.bufsize == 2 * rung.maxrate
        assert rung.bandwidth == rung.maxrate + rung.audio_bitrate == rung.maxrate + 128_000


def test_maxrate_follows_pixels_and_fps():
    by_name = {r.name: r for r in ladder(1920, 1080, fps=30, bitrate=None)}
    assert by_name["1080p"].maxrate == 6_221_000  # 0.1 bpp x 1920 x 1080 x 30
    assert by_name["720p"].maxrate == 2_765_000
    assert by_name["360p"].maxrate == 691_000
    assert [r.maxrate for r in ladder(1920, 1080, fps=None, bitrate=None)] == [
        r.maxrate for r in ladder(1920, 1080, fps=30, bitrate=None)
    ]
    # 120 fps slow motion counts as 60.
    assert maxrate_for(1280, 720, 120, None) == maxrate_for(1280, 720, 60, None) == 5_530_000


def test_maxrate_is_capped_by_the_source_bitrate_with_a_floor():
    rungs = ladder(1920, 1080, fps=30, bitrate=2_000_000)
    assert [r.maxrate for r in rungs] == [691_000, 1_230_000, 2_600_000, 2_600_000]
    assert {r.maxrate for r in ladder(1920, 1080, fps=30, bitrate=10_000)} == {MIN_MAXRATE}
    assert maxrate_for(160, 120, 25, None) == MIN_MAXRATE


def test_crf_per_rung():
    crfs = {r.name: r.crf for r in ladder(1920, 1080, fps=30, bitrate=None)}
    assert crfs == {"360p": 24, "480p": 24, "720p": 23, "1080p": 23}


def test_fit_never_upscales():
    assert fit(640, 360, 1080) == (640, 360)
    assert fit(641, 361, 1080) == (640, 360)
    assert fit(1920, 1080, 720) == (1280, 720)


def test_bad_sizes_are_refused():
    with pytest.raises(ValueError, match="bad video size"):
        ladder(0, 1080, fps=30, bitrate=None)
