from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def copy_project(dest: Path, seeds: list[Path] | None = None) -> Path:
    """The project's site inputs copied into `dest`, so tests never touch the
    work tree: all of seeds/, or only the `seeds` given."""
    for name in ("mkdocs.yml", "generator.yml"):
        shutil.copy(ROOT / name, dest / name)
    for folder in ("data", "templates", "generator", "overrides"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", dest / "docs", ignore=shutil.ignore_patterns("library", ".generat*"))
    if seeds is None:
        shutil.copytree(ROOT / "seeds", dest / "seeds", ignore=shutil.ignore_patterns("__pycache__"))
    else:
        (dest / "seeds").mkdir()
        for seed in seeds:
            shutil.copy(seed, dest / "seeds" / seed.name)
    return dest


@pytest.fixture(scope="session")
def project_copy(tmp_path_factory) -> Path:
    """The project's site inputs copied to a temporary folder."""
    return copy_project(tmp_path_factory.mktemp("project"))


def child_env() -> dict[str, str]:
    """Children import this checkout's generator, whatever else is installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600, env=child_env())


@pytest.fixture(scope="session")
def built_site(project_copy: Path) -> Path:
    """`mkdocs build --strict` on the seeds (the news plugin generates the pages first), once per test session."""
    site = run(["-m", "mkdocs", "build", "--strict"], project_copy)
    assert site.returncode == 0, site.stderr
    return project_copy


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with two of the seeds, in a temporary folder."""
    return copy_project(tmp_path, sorted((ROOT / "seeds").iterdir())[3:5])
