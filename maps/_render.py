"""Render an HTML map to PNG or PDF with headless Chromium.

Playwright drives the system Chromium (never a downloaded one) and waits
for the map's ready flag; without Playwright, Chromium's own
``--screenshot`` / ``--print-to-pdf`` is used with a virtual time budget.
Each run gets a fresh, temporary ``--user-data-dir``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from geo.errors import ExportError, RendererUnavailable

__all__ = ["CHROMIUM_FLAGS", "find_chromium", "render_file"]

#: Headless flags that work on a bare Linux machine or in a container.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
_READY = "document.querySelector('[data-incident-map-ready]') !== null"


def find_chromium() -> str | None:
    """Path of a Chromium binary: ``$INCIDENT_MAPPER_CHROMIUM``, else on PATH, else None."""
    configured = os.environ.get("INCIDENT_MAPPER_CHROMIUM")
    if configured and Path(configured).is_file():
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _with_playwright(
    chromium: str, url: str, out: Path, kind: str, width: int, height: int, timeout: float
) -> None:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory(prefix="incident-map-chromium-") as profile,
        sync_playwright() as pw,
    ):
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": width, "height": height},
        )
        try:
            page = context.new_page()
            page.goto(url, wait_until="load", timeout=timeout * 1000)
            page.wait_for_function(_READY, timeout=timeout * 1000)
            with contextlib.suppress(PlaywrightError):  # tiles, if any network
                page.wait_for_load_state("networkidle", timeout=5000)
            page.wait_for_timeout(300)
            if kind == "pdf":
                page.pdf(
                    path=str(out),
                    width=f"{width}px",
                    height=f"{height}px",
                    print_background=True,
                )
            else:
                page.screenshot(path=str(out))
        finally:
            context.close()


def _with_cli(
    chromium: str, url: str, out: Path, kind: str, width: int, height: int, timeout: float
) -> None:
    with tempfile.TemporaryDirectory(prefix="incident-map-chromium-") as profile:
        target = f"--screenshot={out}" if kind == "png" else f"--print-to-pdf={out}"
        command = [
            chromium,
            "--headless",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "--virtual-time-budget=15000",
            "--no-pdf-header-footer",
            target,
            url,
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)


def render_file(
    html: Path, out: Path, *, kind: str = "png", width: int = 1200, height: int = 800,
    timeout: float = 60.0,
) -> Path:  # fmt: skip
    """Render the HTML file *html* to *out* (``kind`` "png" or "pdf").

    Raises
    ------
    RendererUnavailable
        No Chromium installed.
    ExportError
        Chromium failed or the map did not get ready in *timeout* seconds.
    """
    chromium = find_chromium()
    if chromium is None:
        raise RendererUnavailable(
            f"{kind.upper()} export needs Chromium: apt-get install chromium "
            "(or set INCIDENT_MAPPER_CHROMIUM to its path)"
        )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    url = Path(html).resolve().as_uri()
    try:
        import playwright  # noqa: F401

        render = _with_playwright
    except ImportError:
        render = _with_cli
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no event loop (not Jupyter): run here
        running = False
    else:
        running = True
    try:
        if running:  # Playwright's sync API refuses to run inside an asyncio loop
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                pool.submit(render, chromium, url, out, kind, width, height, timeout).result()
        else:
            render(chromium, url, out, kind, width, height, timeout)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ExportError(f"{out}: Chromium could not render {html}: {exc}") from exc
    except Exception as exc:
        if type(exc).__module__.startswith("playwright"):
            raise ExportError(f"{out}: Chromium could not render {html}: {exc}") from exc
        raise
    if not out.is_file() or out.stat().st_size == 0:
        raise ExportError(f"{out}: Chromium wrote nothing for {html}")
    return out
