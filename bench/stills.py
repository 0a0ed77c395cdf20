"""How long the built-in renderer takes for one still, per art style and size.

The offline visuals stage draws one still per scene with Pillow; this prints
the median of ``--runs`` renders (default 3) of the same scene text for every
style at 1280x720 and 1920x1080. Nothing is asserted: it is a figure to watch
when a painter changes.

Usage: .venv/bin/python bench/stills.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from t2m.generate.visuals import ART_STYLES, render_scene

TEXT = "The moon rose over the quiet sea at night while a boat drifted home."
SIZES = ((1280, 720), (1920, 1080))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'style':15} {'size':>9}  median of {args.runs}")
    for style in ART_STYLES:
        for width, height in SIZES:
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                render_scene(TEXT, style=style, size=(width, height), seed=1, title="Timing")
                times.append(time.perf_counter() - start)
            print(f"{style:15} {width}x{height:<4}  {1000 * statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
