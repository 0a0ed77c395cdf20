"""One visual per scene: the built-in renderer, an image provider, or the
user's own picture.

The built-in renderer reads the scene's words (:mod:`t2m.generate.motifs`)
and paints a matching picture with Pillow in the chosen art style
(:mod:`t2m.generate.styles`). It is deterministic: the same text, style,
size, seed and index give the same pixels.

Providers: an OpenAI-compatible ``/v1/images/generations`` endpoint or
Stable Diffusion WebUI's ``/sdapi/v1/txt2img``. Their answers are decoded and
verified with Pillow (known formats only, a pixel cap against decompression
bombs) and cover-cropped to the frame. :func:`scene_visual` falls back to the
built-in renderer when a provider fails, and says which engine drew the image.

A user's own *video* for a scene is a still here (a frame of it, for the
scene's card); the composer plays the clip itself in the video.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from t2m.generate import motifs, providers, styles
from t2m.generate.compose.timeline import ZOOM
from t2m.generate.errors import GenerationCancelled, GenerationError, ProviderError
from t2m.media.errors import ImageError
from t2m.media.images import DEFAULT_MAX_PIXELS, decode, open_image

ART_STYLES = ("photorealistic", "cinematic", "anime", "comic-book", "pixar-art")
ASPECTS = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1)}
QUALITIES = {"720p": 720, "1080p": 1080}
ENGINES = ("builtin", "openai", "sdwebui", "upload")

# A provider's answer is a few MB at most; more is a broken or hostile server.
MAX_RESPONSE_BYTES = 48 * 1024 * 1024
PROVIDER_MAX_PIXELS = 40_000_000
MAX_PROMPT_CHARS = 1000
# What the camera's pan and zoom may crop from each side of a still (compose.ZOOM):
# text drawn into a picture stays inside it.
SAFE_INSET = 1 - 1 / ZOOM
_COMIC_CAPTIONS = {
    "night": ("Later that night...", "Meanwhile...", "Under the stars..."),
    "dusk": ("As the sun went down...", "Meanwhile...", "Later..."),
    "storm": ("Then the storm broke...", "Meanwhile...", "Suddenly..."),
    "day": ("Meanwhile...", "That morning...", "Elsewhere..."),
}


def frame_size(aspect: str, quality: str) -> tuple[int, int]:
    """``(width, height)`` of a frame, e.g. ``("9:16", "720p")`` → ``(720, 1280)``.

    The quality names the short side; the long side follows the aspect and is
    rounded to an even number (H.264 with 4:2:0 needs even sides).
    """
    if aspect not in ASPECTS:
        raise ValueError(f"unknown aspect {aspect!r}; expected one of {', '.join(ASPECTS)}")
    if quality not in QUALITIES:
        raise ValueError(f"unknown quality {quality!r}; expected one of {', '.join(QUALITIES)}")
    short = QUALITIES[quality]
    a, b = ASPECTS[aspect]
    long_side = round(short * max(a, b) / min(a, b) / 2) * 2
    return (long_side, short) if a >= b else (short, long_side)


def _rng(*parts: object) -> random.Random:
    # hashlib, not hash(): str hashes change between processes.
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "replace"))
    return random.Random(int.from_bytes(digest.digest()[:16], "big"))  # noqa: S311 (art, not secrets)


def _check_style(style: str) -> styles.StyleSpec:
    if style not in styles.STYLES:
        raise ValueError(f"unknown art style {style!r}; expected one of {', '.join(ART_STYLES)}")
    return styles.STYLES[style]


def render_scene(
    text: str,
    *,
    style: str,
    size: tuple[int, int],
    seed: int,
    index: int = 0,
    title: str | None = None,
    language: str = "english",
) -> Image.Image:
    """Paint the scene described by ``text`` (in English or ``language``) as an
    RGB image of ``size``.

    The words pick the time of day, the setting and the props (a moon over
    the sea, a city with lit windows, a campfire...); ``seed`` and ``index``
    vary the composition; ``style`` is one of :data:`ART_STYLES`. The title,
    when given, is set small in the style's typography on the first scene
    (comic-book scenes get a caption box on every panel).
    """
    return _paint(text, style, size, seed, index, title, language)[0]


def _paint(text, style, size, seed, index, title, language) -> tuple[Image.Image, motifs.Plan]:
    """:func:`render_scene`'s picture and the plan it was painted from."""
    spec = _check_style(style)
    w, h = int(size[0]), int(size[1])
    if not (16 <= w <= 4096 and 16 <= h <= 4096):
        raise ValueError(f"frame size {w}x{h} is outside 16..4096")
    text = text if isinstance(text, str) else str(text)
    # The layout depends on the words, seed and index, not on the style or
    # size, so switching style or aspect keeps the same scene.
    digest = hashlib.sha256(text[: motifs.MAX_SCAN].encode("utf-8", "replace")).hexdigest()
    plan = motifs.plan_scene(text, _rng("plan", digest, seed, index), language)
    painter = styles.Painter((w, h), spec, _rng("paint", digest, seed, index))
    pal = styles.palette(plan.time, spec)
    if plan.has("snow"):
        snow = styles.mix((242, 246, 255), pal["sky2"], 0.55 if plan.time == "night" else 0.15)
        for key, k in (("ground", 0.75), ("near", 0.45), ("mid", 0.5)):
            pal[key] = styles.mix(pal[key], snow, k)
    horizon = {"space": 0.78, "library": 0.6}.get(plan.setting, 0.55 if h > w else 0.6)
    motifs.sky(painter, pal, plan, horizon)
    painter.flush_light()
    motifs.SETTING_PAINTERS[plan.setting](painter, pal, horizon, plan)
    motifs.props(painter, pal, plan, horizon)
    motifs.weather(painter, pal, plan, horizon)
    image = _finish(painter.finish(), spec, plan, _rng("finish", digest, seed, index), index, title)
    return image, plan


def _finish(img, spec, plan, rng, index, title):
    unit = min(img.size) / 1080
    if spec.name == "cinematic":
        img = styles.teal_orange(img)
    elif spec.name == "pixar-art":
        img = styles.warm_glow(img)
    elif spec.name == "comic-book":
        img = styles.halftone(img, unit)
    img = styles.vignette(img, spec.vignette)
    img = styles.grain(img, spec.grain, rng)
    if spec.name == "cinematic":
        img = styles.letterbox(img)
    if spec.name == "comic-book":
        words = title if (title and index == 0) else rng.choice(_COMIC_CAPTIONS[plan.time])
        img = styles.caption(img, words, spec, comic_box=True, inset=SAFE_INSET)
    elif title and index == 0:
        img = styles.caption(img, title, spec, inset=SAFE_INSET)
    return img


def save_scene(image: Image.Image, path: str | os.PathLike[str]) -> Path:
    """Write ``image`` as PNG, or as high-quality JPEG for ``.jpg``/``.jpeg``.

    The file appears whole or not at all (written beside it, then renamed).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".jpg", ".jpeg"):
        raise ValueError(f"unsupported image file type {suffix or '(none)'}; use .png or .jpg")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        if suffix == ".png":
            # Level 1: grain makes frames hard to compress; higher levels cost
            # several times the time for a few per cent.
            image.convert("RGB").save(tmp, "PNG", compress_level=1)
        else:
            image.convert("RGB").save(tmp, "JPEG", quality=92, subsampling=0)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def render_to(path: str | os.PathLike[str], text: str, **kwargs) -> Path:
    """:func:`render_scene` with ``kwargs``, then :func:`save_scene` to ``path``."""
    return save_scene(render_scene(text, **kwargs), path)


# ---- images from elsewhere ------------------------------------------------------------


def cover(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Scale ``image`` to fill ``size`` and crop the overflow evenly (RGB)."""
    w, h = size
    sw, sh = image.size
    scale = max(w / sw, h / sh)
    cw, ch = w / scale, h / scale
    box = ((sw - cw) / 2, (sh - ch) / 2, (sw + cw) / 2, (sh + ch) / 2)
    if image.mode in ("RGBA", "LA"):
        flat = Image.new("RGB", image.size, (0, 0, 0))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    out = image.convert("RGB").resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
    return out


def from_user_media(
    path: str | os.PathLike[str], *, size: tuple[int, int], max_pixels: int = DEFAULT_MAX_PIXELS
) -> Image.Image:
    """A user's own picture as a scene visual: EXIF orientation applied,
    cover-cropped to ``size``. Bombs and non-images raise ``GenerationError``."""
    try:
        with open_image(path, max_pixels=max_pixels) as im:
            pixels = decode(im, min_size=max(size))
    except ImageError as exc:
        raise GenerationError(
            f"the picture for this scene cannot be used: {exc}", stage="visuals"
        ) from None
    return cover(pixels, size)


@dataclass
class ImageProviderConfig:
    """Where to ask for images. ``kind`` is ``"openai"`` or ``"sdwebui"``."""

    url: str
    kind: str = "openai"
    api_key: str | None = None
    model: str | None = None
    timeout: float = 60.0
    steps: int = 24  # SD WebUI sampling steps
    max_pixels: int = PROVIDER_MAX_PIXELS

    def __post_init__(self) -> None:
        if self.kind not in ("openai", "sdwebui"):
            raise ValueError(f"unknown image provider kind {self.kind!r}")


def provider_prompt(text: str, style: str) -> str:
    """The prompt sent to a provider: the scene text and the style's words."""
    spec = _check_style(style)
    body = styles.clean_caption(text, MAX_PROMPT_CHARS - len(spec.prompt) - 2)
    return f"{body}. {spec.prompt}" if body else spec.prompt


def _request_size(size: tuple[int, int], kind: str) -> tuple[int, int]:
    w, h = size
    if kind == "openai":
        # The sizes OpenAI's models accept; compatible servers take them too.
        return (1792, 1024) if w > h * 1.2 else (1024, 1792) if h > w * 1.2 else (1024, 1024)
    scale = 1024 / max(w, h)  # SD(XL) works best near 1024 px, in 64-px steps
    return (max(64, round(w * scale / 64) * 64), max(64, round(h * scale / 64) * 64))


def _post(config: ImageProviderConfig, path: str, body: dict, should_cancel) -> dict:
    url = config.url.rstrip("/") + path
    headers = {"Accept": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    try:
        answer = providers.post_json(
            url,
            body,
            headers=headers,
            timeout=config.timeout,
            max_bytes=MAX_RESPONSE_BYTES,
            should_cancel=should_cancel,
        )
    except providers.Cancelled:
        raise GenerationCancelled() from None
    except providers.TooLarge:
        raise ProviderError("the image provider's answer is too large", stage="visuals") from None
    except providers.TooSlow:
        raise ProviderError(
            f"the image provider took longer than {config.timeout:g} s", stage="visuals"
        ) from None
    except providers.NoAnswer:
        raise ProviderError(
            f"the image provider did not answer within {config.timeout:g} s", stage="visuals"
        ) from None
    except providers.CallFailed as exc:
        raise ProviderError(
            "could not reach the image provider", stage="visuals", detail=(exc.detail or "")[:300]
        ) from None
    if answer.status >= 400:
        raise ProviderError(
            f"the image provider answered HTTP {answer.status}",
            stage="visuals",
            detail=answer.text().strip() or None,
        )
    try:
        data = json.loads(answer.body)
    except ValueError:
        raise ProviderError(
            "the image provider did not answer with JSON", stage="visuals"
        ) from None
    if not isinstance(data, dict):
        raise ProviderError("the image provider's answer has no image", stage="visuals")
    return data


def _decode_b64_image(value: object, max_pixels: int) -> Image.Image:
    if not isinstance(value, str) or not value:
        raise ProviderError("the image provider's answer has no image", stage="visuals")
    if value.startswith("data:") and "," in value:
        value = value.split(",", 1)[1]
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ProviderError("the image provider sent invalid base64", stage="visuals") from None
    try:
        with open_image(io.BytesIO(raw), max_pixels=max_pixels) as im:  # type: ignore[arg-type]
            return decode(im)
    except ImageError as exc:
        raise ProviderError(
            f"the image provider sent an unusable image: {exc}", stage="visuals"
        ) from None


def generate_image(
    prompt: str,
    *,
    size: tuple[int, int],
    seed: int,
    config: ImageProviderConfig,
    should_cancel: Callable[[], bool] | None = None,
) -> Image.Image:
    """Ask the configured provider for an image of ``prompt``, cover-cropped to ``size``.

    Raises :class:`ProviderError` (stage ``"visuals"``) for timeouts, HTTP
    errors, answers without a usable image and images over the pixel cap;
    :class:`GenerationCancelled` when ``should_cancel()`` turns true.
    """
    should_cancel = should_cancel or (lambda: False)
    if should_cancel():
        raise GenerationCancelled()
    prompt = styles.clean_caption(prompt, MAX_PROMPT_CHARS)
    rw, rh = _request_size(size, config.kind)
    if config.kind == "openai":
        body: dict = {
            "prompt": prompt,
            "n": 1,
            "size": f"{rw}x{rh}",
            "response_format": "b64_json",
        }
        if config.model:
            body["model"] = config.model
        data = _post(config, "/v1/images/generations", body, should_cancel)
        items = data.get("data")
        first = items[0] if isinstance(items, list) and items else None
        value = first.get("b64_json") if isinstance(first, dict) else None
    else:
        body = {"prompt": prompt, "width": rw, "height": rh, "seed": seed, "steps": config.steps}
        if config.model:
            body["override_settings"] = {"sd_model_checkpoint": config.model}
        data = _post(config, "/sdapi/v1/txt2img", body, should_cancel)
        images = data.get("images")
        value = images[0] if isinstance(images, list) and images else None
    return cover(_decode_b64_image(value, config.max_pixels), size)


@dataclass
class SceneVisual:
    """A scene's picture, the engine that made it, and why a fallback happened."""

    image: Image.Image
    engine: str
    note: str | None = None
    recognised: bool = True  # the built-in painter knew some of the words


def scene_visual(
    text: str,
    *,
    style: str,
    size: tuple[int, int],
    seed: int,
    index: int = 0,
    title: str | None = None,
    provider: ImageProviderConfig | None = None,
    media: str | os.PathLike[str] | None = None,
    fallback_offline: bool = True,
    should_cancel: Callable[[], bool] | None = None,
    language: str = "english",
) -> SceneVisual:
    """The visual for one scene: the user's picture when ``media`` is given,
    else the provider when configured, else the built-in renderer.

    With ``fallback_offline`` a failing provider is replaced by the built-in
    renderer and the reason lands in ``note``; without it the
    :class:`ProviderError` propagates.
    """
    if media is not None:
        return SceneVisual(from_user_media(media, size=size), "upload")
    if provider is not None:
        try:
            prompt = provider_prompt(text, style)
            image = generate_image(
                prompt, size=size, seed=seed + index, config=provider, should_cancel=should_cancel
            )
            return SceneVisual(image, provider.kind)
        except ProviderError as exc:
            if not fallback_offline:
                raise
            note = exc.message
    else:
        note = None
    image, plan = _paint(text, style, size, seed, index, title, language)
    return SceneVisual(image, "builtin", note, plan.recognised)
