"""The team's habits hold: hooks that install from PyPI only, and a lock file
that pins every dependency with its hashes and agrees with pyproject.toml."""

import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent.parent
LOCK = ROOT / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)==([^ ;\\]+)(?: *;[^\\]*)? *\\?$")


def locked() -> dict[str, set[str]]:
    """Each package in the lock with its versions (several when they differ by Python)."""
    pins: dict[str, set[str]] = {}
    for line in LOCK.read_text().splitlines():
        found = PIN.match(line)
        if found:
            pins.setdefault(canonicalize_name(found.group(1)), set()).add(found.group(2))
    return pins


def test_the_hooks_are_local_and_run_the_virtualenvs_tools():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    assert {hook["id"] for hook in hooks} >= {"ruff-check", "ruff-format", "djhtml"}
    for hook in hooks:
        assert hook["language"] == "system"
        executable = hook["entry"].split()[0]
        assert executable.startswith(".venv/bin/"), hook["id"]
        assert (ROOT / executable).exists(), f"{executable} is not installed: make"
        # Checks only: a hook that rewrote files would change others' work in CI
        # (lint-imports only reads).
        assert (
            "--check" in hook["entry"]
            or hook["entry"].endswith("ruff check --force-exclude")
            or hook["entry"] == ".venv/bin/lint-imports"
        ), hook["id"]


def test_every_line_of_the_lock_has_its_hashes():
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text().split("\n", 2)[2])
    assert len(blocks) > 100
    for block in blocks:
        assert PIN.match(block.splitlines()[0]), block.splitlines()[0]
        assert "--hash=sha256:" in block, block.splitlines()[0]


def test_the_lock_holds_every_pin_of_pyproject_at_its_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = locked()
    stale = []
    for line in project["dependencies"] + project["optional-dependencies"]["dev"]:
        requirement = Requirement(line)
        (version,) = (spec.version for spec in requirement.specifier)
        if version not in pins.get(canonicalize_name(requirement.name), set()):
            stale.append(f"{requirement.name}=={version}")
    assert not stale, f"requirements.lock is behind pyproject.toml for {stale}: run `make lock`"


def make_plan(*arguments):
    """What `make -n` would run, with the Makefile's own defaults.

    CI's Python 3.13 pass runs the suite from `make test-fast VENV=.venv-3.13`;
    make hands that setting to every make below it through MAKEFLAGS, which
    would rename the virtualenv in the plan read here.
    """
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }
    return subprocess.run(
        ["make", "-n", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_make_installs_from_the_lock_with_hashes_only():
    plan = make_plan("-B", ".venv/bin/.installed")
    installs = [line for line in plan.splitlines() if "pip install" in line]
    assert installs[0].endswith("pip install -q --require-hashes -r requirements.lock")
    assert installs[1].endswith("pip install -q --no-deps -e .")
    assert len(installs) == 2


@pytest.mark.parametrize("target", ["lint", "test"])
def test_make_and_ci_run_the_same_hooks(target):
    plan = make_plan(target)
    assert ".venv/bin/pre-commit run --all-files" in plan
