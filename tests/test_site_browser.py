"""The site and the report of the shipped build (official statistics included), opened in
headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run).

Every page linked from the landing page must load without a console error; the charts must
draw with their data; content negotiation must give a resource's own triples. Screenshots
of each chart kind go to the test's temporary folder (and, with --update-golden, to docs/).
"""

from __future__ import annotations

import shutil
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from tests.conftest import ROOT, kgbuild
from tests.test_site import serving_site

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
BASE = "https://w3id.org/ru-seclaw/"
CHART_KINDS = ("record-treason", "penalties-275", "imposed-275")


@pytest.fixture(scope="module")
def full_site(built_full: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full-site") / "site"
    run = kgbuild("site", built_full, "-o", out)
    assert run.code == 0, run.stderr
    return out


@pytest.fixture(scope="module")
def server(full_site: Path, built_full: Path) -> Iterator[str]:
    with serving_site(built_full, full_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1100,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _errors(driver: object) -> list[str]:
    logs = driver.get_log("browser")  # type: ignore[attr-defined]
    return [entry["message"] for entry in logs if entry["level"] == "SEVERE"]


def test_every_page_linked_from_the_landing_page_loads_cleanly(
    server: str, browser: object
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server)  # type: ignore[attr-defined]
    assert _errors(browser) == []
    links = sorted(
        {
            a.get_attribute("href")
            for a in browser.find_elements(By.CSS_SELECTOR, "a[href]")  # type: ignore[attr-defined]
            if a.get_attribute("href").startswith(server)
        }
    )
    assert len(links) > 100
    failures = []
    for link in links:
        browser.get(link)  # type: ignore[attr-defined]
        errors = _errors(browser)
        heading = browser.find_elements(By.TAG_NAME, "h1")  # type: ignore[attr-defined]
        if errors or not heading:
            failures.append((link, errors[:2]))
    assert failures == []


def test_charts_render_with_their_data(
    server: str, browser: object, full_site: Path, tmp_path: Path, update_golden: bool
) -> None:
    from selenium.webdriver.common.by import By

    for name in CHART_KINDS:
        browser.get(f"{server}charts/{name}/")  # type: ignore[attr-defined]
        assert _errors(browser) == []
        svg = browser.find_element(By.CSS_SELECTOR, "figure svg")  # type: ignore[attr-defined]
        assert svg.size["width"] > 300 and svg.size["height"] > 200, name
        marks = svg.find_elements(By.CSS_SELECTOR, "path, line, use")
        assert len(marks) > 20, name
        cells = browser.find_elements(By.CSS_SELECTOR, "tbody tr")  # type: ignore[attr-defined]
        assert len(cells) >= 3, name
        shot = tmp_path / f"{name}.png"
        svg.screenshot(str(shot))
        assert shot.stat().st_size > 5_000
        if update_golden:
            (ROOT / "docs").mkdir(exist_ok=True)
            shutil.copy(shot, ROOT / "docs" / f"chart-{name.split('-', 1)[0]}.png")
    browser.get(f"{server}charts/record-treason/")  # type: ignore[attr-defined]
    rows = [
        [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in browser.find_elements(By.CSS_SELECTOR, "tbody tr")  # type: ignore[attr-defined]
    ]
    assert ["2024", "official 10.3", "145"] in [r[:3] for r in rows]
    assert any(r[1].startswith("reported 2024") and r[2] == "145" for r in rows)


def test_the_report_opens_cleanly(built_full: Path, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    out = tmp_path / "report.html"
    run = kgbuild("report", built_full, "-o", out)
    assert run.code == 0, run.stderr
    browser.get(out.as_uri())  # type: ignore[attr-defined]
    assert _errors(browser) == []
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]  # type: ignore[attr-defined]
    for section in ("Coverage and currency", "Official statistics: headline series",
                    "Validation", "Unverified facts"):  # fmt: skip
        assert any(h.startswith(section) for h in headings), headings
    assert browser.find_elements(By.CSS_SELECTOR, "figure svg")  # type: ignore[attr-defined]


def test_official_figures_dereference_from_the_store(server: str, built_full: Path) -> None:
    """An official observation has no static page: the server describes it from the store."""
    store = ox.Store.read_only(str(built_full / "store"))
    (row,) = list(
        store.query(
            "SELECT ?o WHERE { ?o a <https://w3id.org/ru-seclaw/ontology#OfficialObservation> ; "
            '<https://w3id.org/ru-seclaw/ontology#cell> "C823" } ORDER BY ?o LIMIT 1'
        )
    )
    iri = row["o"].value
    expected = {
        (t.predicate.value, t.object.value)
        for t in store.quads_for_pattern(ox.NamedNode(iri), None, None)
    }
    path = server + urllib.parse.quote(iri[len(BASE) :])
    request = urllib.request.Request(path, headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(request, timeout=60) as response:
        graph = Graph().parse(data=response.read().decode(), format="turtle")
    assert {(str(p), str(o)) for _, p, o in graph} == expected
    request = urllib.request.Request(path, headers={"Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert b"C823" in response.read()
