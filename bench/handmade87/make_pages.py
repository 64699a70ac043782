"""Regenerate this set's seeds/ and gold/ from its page data (deterministic).

    cd /work/main/bench/handmade87 && python make_pages.py

The code is shared by the hand-made sets: bench/handmade_kit/build.py.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "handmade_kit"))

from build import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
