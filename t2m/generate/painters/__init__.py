"""The built-in renderer's painters, in the order a scene is drawn: the sky
(:mod:`.sky`), the ground of the setting (:mod:`.settings`), the props the
text names (:mod:`.props`) and the weather over it all (:mod:`.weather`), with
shapes they share in :mod:`.shapes`.

Every painter takes the Painter ``p`` (:class:`t2m.generate.styles.Painter`)
and the palette ``pal``; positions are fractions of the frame so a plan looks
alike in 16:9, 9:16 and 1:1. The order of the random draws is part of the
output: the same seed must keep painting the same picture.
"""

from __future__ import annotations

from t2m.generate.painters.props import props
from t2m.generate.painters.settings import SETTING_PAINTERS
from t2m.generate.painters.sky import sky
from t2m.generate.painters.weather import weather

__all__ = ["SETTING_PAINTERS", "props", "sky", "weather"]
