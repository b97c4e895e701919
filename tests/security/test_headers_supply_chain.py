"""Supply chain: `make audit-code` (bandit) and `make audit-deps` (pip-audit)."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make(*arguments):
    return subprocess.run(
        ["make", "-s", "--no-print-directory", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_bandit_finds_no_medium_or_high_issue_without_a_reasoned_nosec():
    result = make("audit-code")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_package_the_audit_cannot_check_fails_it(tmp_path):
    """A pin that the vulnerability service does not know (or a service that
    cannot be reached) is a failure, never a silent "no known vulnerabilities"."""
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("talentportal-not-on-pypi==0.0.1\n")
    result = make("audit-deps", f"AUDIT_REQUIREMENTS={requirements}")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "pip_audit" in output, output
    assert "No known vulnerabilities found" not in output
