"""The exploration page of `newsgraph serve` in a real headless Chromium.

A real server process over a real store holding a hostile article (its title
and sentences carry ``<script>`` and ``onerror=`` payloads); the page must
draw, search, show evidence and run SPARQL without console errors, without
any request leaving the machine, and without ever running the payloads.
The screenshot lands in ``test-artifacts/explorer.png``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import chromium
from browser.corpus import ONERROR_PAYLOAD, SCRIPT_PAYLOAD, explorer_corpus, write_build
from browser.server import Server

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
_MISSING = chromium.missing()
if _MISSING:
    pytest.skip(f"no headless browser: {_MISSING}", allow_module_level=True)

from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    out = write_build(tmp_path_factory.mktemp("browser") / "out", explorer_corpus())
    running = Server(out, "--workers", "2")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium.launch(tmp_path_factory.mktemp("profile"))
    yield driver
    driver.quit()


@pytest.fixture
def page(server, browser):
    """The page freshly loaded and drawn; logs drained before it loads."""
    chromium.console_errors(browser)
    chromium.requested_urls(browser)
    browser.get(f"{server.url}/")
    wait(browser).until(
        lambda d: d.execute_script("return document.documentElement.dataset.ready === 'true'")
    )
    return browser


def wait(driver, seconds: float = 20) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def tooltips(driver) -> list[str]:
    """The texts of the graph's tooltips on screen."""
    return [t.text for t in driver.find_elements(By.CSS_SELECTOR, "div.vis-tooltip") if t.is_displayed()]


def search_and_open(driver, text: str, label: str) -> None:
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(text)
    button = wait(driver).until(
        lambda d: next(
            (
                b
                for b in d.find_elements(By.CSS_SELECTOR, "#search-results button")
                if b.text.startswith(label)
            ),
            None,
        )
    )
    button.click()
    wait(driver).until(lambda d: d.find_element(By.ID, "entity-label").text == label)


def pwned(driver) -> object:
    return driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")


def test_page_draws_nodes_with_no_errors_and_no_external_requests(page, server):
    assert page.execute_script("return state.nodes.length") == 7
    assert page.execute_script("return state.edges.length") == 7
    assert page.find_element(By.CSS_SELECTOR, "#graph canvas").size["width"] > 300
    assert "7 of 7 entities" in page.find_element(By.ID, "status").text
    assert chromium.console_errors(page) == []
    fetched = [url for url in chromium.requested_urls(page) if not url.startswith(("data:", "chrome:"))]
    assert f"{server.url}/vendor/vis-network.min.js" in fetched
    assert [url for url in fetched if not url.startswith(server.url)] == []


def test_search_finds_an_entity_and_the_panel_shows_evidence_and_source(page):
    search_and_open(page, "kestr", "Kestrel Mobile")
    items = page.find_elements(By.CSS_SELECTOR, "#statements li")
    assert len(items) == 4
    text = page.find_element(By.ID, "statements").text
    assert "Kestrel Mobile did not exclude Nimbus Systems from its tender." in text
    assert "Source: Kestrel keeps Nimbus · 2024-06-20" in text
    negated = page.find_element(By.CSS_SELECTOR, "#statements li.modality-negated .triple").text
    assert negated == "Kestrel Mobile excludes Nimbus Systems (negated)"
    # the view is now the entity and its three neighbours
    wait(page).until(lambda d: d.execute_script("return state.nodes.length") == 4)
    assert chromium.console_errors(page) == []


def test_clicking_a_node_opens_it_and_expands_the_view(page):
    search_and_open(page, "Dana", "Dana Whitfield")
    wait(page).until(lambda d: d.execute_script("return state.nodes.length") == 2)
    nimbus = page.execute_script(
        "return state.nodes.get({filter: (n) => n.label === 'Nimbus Systems'})[0].id"
    )
    wait(page).until(lambda d: d.execute_script("return !state.network.physics.physicsEnabled"))
    x, y = page.execute_script(
        "const p = state.network.canvasToDOM(state.network.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        nimbus,
    )
    graph = page.find_element(By.ID, "graph")
    ActionChains(page).move_to_element_with_offset(
        graph, int(x - graph.size["width"] / 2), int(y - graph.size["height"] / 2)
    ).click().perform()
    wait(page).until(lambda d: d.find_element(By.ID, "entity-label").text == "Nimbus Systems")
    link = page.find_element(By.CSS_SELECTOR, "#statements a[href]")
    assert (link.get_attribute("href"), link.get_attribute("rel")) == (
        "https://news.example/ban",
        "noopener noreferrer",
    )
    wait(page).until(
        lambda d: d.execute_script("return state.nodes.length") == 5
    )  # Nimbus and its 4 neighbours
    assert chromium.console_errors(page) == []


def test_filters_redraw_the_view(page):
    from selenium.webdriver.support.select import Select

    Select(page.find_element(By.ID, "f-modality")).select_by_value("negated")
    wait(page).until(lambda d: d.execute_script("return state.nodes.length") == 2)
    assert page.execute_script("return state.edges.get().map((e) => e.label)") == ["excludes"]
    Select(page.find_element(By.ID, "f-modality")).select_by_value("")
    page.execute_script(
        "const since = document.getElementById('f-since'); since.value = '2024-07-01';"
        "since.dispatchEvent(new Event('change'));"
    )
    wait(page).until(lambda d: d.execute_script("return state.nodes.length") == 4)  # the hostile article only
    search_and_open(page, "dana", "Dana Whitfield")  # her statement is from February: not drawn, still shown
    assert "Dana Whitfield leads Nimbus Systems." in page.find_element(By.ID, "statements").text
    assert chromium.console_errors(page) == []


def test_sparql_box_shows_a_results_table(page):
    box = page.find_element(By.ID, "sparql-query")
    box.clear()
    box.send_keys(
        "SELECT DISTINCT ?who ?whom WHERE { ?a ng:bans ?b . ?a rdfs:label ?who . ?b rdfs:label ?whom }"
    )
    page.find_element(By.ID, "sparql-run").click()
    wait(page).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#sparql-results tbody tr"))
    headers = [th.text for th in page.find_elements(By.CSS_SELECTOR, "#sparql-results th")]
    cells = [td.text for td in page.find_elements(By.CSS_SELECTOR, "#sparql-results tbody td")]
    assert headers == ["who", "whom"]
    assert cells == ["Grandland Telecom Agency", "Nimbus Systems"]
    assert page.find_element(By.ID, "sparql-status").text.startswith("1 rows")
    box.clear()
    box.send_keys("SELECT ?x WHERE { ?x }")
    page.find_element(By.ID, "sparql-run").click()
    wait(page).until(lambda d: "400" in d.find_element(By.ID, "sparql-status").text)
    assert "syntax error" in page.find_element(By.ID, "sparql-status").text


def test_injected_markup_from_an_article_never_runs(page):
    hostile = f"Evil {SCRIPT_PAYLOAD} Corp"
    search_and_open(page, "evil", hostile)  # the label is shown as text, verbatim
    evidence = page.find_element(By.ID, "statements").text
    assert ONERROR_PAYLOAD in evidence and SCRIPT_PAYLOAD in evidence
    assert f"Breaking {SCRIPT_PAYLOAD} {ONERROR_PAYLOAD}" in evidence  # the article's title as source
    assert page.find_elements(By.CSS_SELECTOR, "#statements a[href]") == []  # its javascript: URL is no link
    titles = [o.text for o in page.find_elements(By.CSS_SELECTOR, "#f-doc option")]
    assert any(SCRIPT_PAYLOAD in title for title in titles)
    box = page.find_element(By.ID, "sparql-query")
    box.clear()
    box.send_keys("SELECT ?t WHERE { ?d dcterms:title ?t }")
    page.find_element(By.ID, "sparql-run").click()
    wait(page).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#sparql-results tbody tr"))
    # hovering the hostile node shows its tooltip (built from text nodes)
    page.execute_script(
        "const n = state.nodes.get({filter: (x) => x.label.startsWith('Evil')})[0];"
        "state.network.selectNodes([n.id]); state.network.focus(n.id);"
    )
    assert pwned(page) is None
    assert page.execute_script("return document.scripts.length") == 2  # ours: vis-network and app.js
    assert page.find_elements(By.CSS_SELECTOR, "aside img, header img") == []
    assert chromium.console_errors(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.save_screenshot(str(ARTIFACTS / "explorer.png"))


def test_static_render_of_a_hostile_article_runs_nothing_and_fetches_nothing(browser, tmp_path):
    from newsgraph.graph.network import project_store
    from newsgraph.graph.render import write_html
    from newsgraph.graph.store import open_store

    out = write_build(tmp_path / "out", explorer_corpus())
    with open_store(out, read_only=True) as store:
        graph = project_store(store)
    hostile = next(node for node, label in graph.nodes(data="label") if label.startswith("Evil"))
    page = tmp_path / "view.html"
    # as `newsgraph render --entity 'Evil <script>… Corp'` would title it
    write_html(graph, page, heading=f"newsgraph: {graph.nodes[hostile]['label']}")
    chromium.console_errors(browser)
    chromium.requested_urls(browser)
    browser.get(page.as_uri())
    wait(browser).until(lambda d: d.execute_script("return typeof network !== 'undefined' && !!network.body"))
    assert browser.execute_script("return Object.keys(network.body.nodes).length") >= graph.number_of_nodes()
    wait(browser).until(lambda d: d.execute_script("return !network.physics.physicsEnabled"))
    # hover the hostile node and its edge: the tooltips carry the payloads, as text
    canvas = browser.find_element(By.CSS_SELECTOR, "canvas")
    for what in ("node", "edge"):
        # a point on the hostile node, or on its edge, that nothing else covers (the layout varies).
        # The tooltip goes to the last node under the pointer, else the last edge within 10 px,
        # so a point is free when the hostile node, or its edge and no node, is all there is.
        point = browser.execute_script(
            "const what = arguments[0];"
            "const id = network.body.data.nodes.getIds({filter: (n) => n.label.startsWith('Evil')})[0];"
            "const edge = network.getConnectedEdges(id)[0];"
            "const box = network.getBoundingBox(id);"
            "const [a, b] = network.getConnectedNodes(edge).map((n) => network.getPositions([n])[n]);"
            "const candidates = what === 'node'"
            "  ? [[0.5, 0.5], [0.3, 0.5], [0.7, 0.5], [0.5, 0.3], [0.5, 0.7]].map(([u, v]) =>"
            "      ({x: box.left + (box.right - box.left) * u, y: box.top + (box.bottom - box.top) * v}))"
            "  : Array.from({length: 33}, (_, k) => 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.025)"
            "      .map((t) => ({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t}));"
            "const under = (c) => {"
            "  const p = network.DOMtoCanvas(c);"
            "  const at = {left: p.x, top: p.y, right: p.x, bottom: p.y};"
            "  const {nodes, edges, nodeIndices, edgeIndices} = network.body;"
            "  return [nodeIndices.filter((n) => nodes[n].isOverlappingWith(at)),"
            "          edgeIndices.filter((e) => edges[e].connected && edges[e].isOverlappingWith(at))];"
            "};"
            # the pointer lands within 2 px of the point (rounding, the 1 px nudge): all of that must hit
            "const offsets = [[0, 0], [1, 1], [2, 2], [-1, -1], [-2, -2], [2, 0], [0, 2], [-2, 0], [0, -2],"
            "  [2, -2], [-2, 2]];"
            "const hits = (c) => offsets.every(([dx, dy]) => {"
            "  const [nodes, edges] = under({x: c.x + dx, y: c.y + dy});"
            "  return what === 'node'"
            "    ? nodes.length === 1 && nodes[0] === id"
            "    : nodes.length === 0 && edges.length === 1 && edges[0] === edge;"
            "});"
            "for (const point of candidates) {"
            "  const c = network.canvasToDOM(point);"
            "  if (hits(c)) return [c.x, c.y];"
            "}"
            "return null;",
            what,
        )
        assert point is not None, f"no free point on the hostile {what}"
        x, y = point
        # duration=0: the pointer jumps there; a timed move hovers whatever lies on its way,
        # and on a busy machine those hovers show tooltips of their own
        ActionChains(browser, duration=0).move_to_element_with_offset(
            canvas, int(x - canvas.size["width"] / 2), int(y - canvas.size["height"] / 2)
        ).pause(0.2).move_by_offset(1, 1).perform()
        try:  # the tooltip of this hover (an edge's reads "X — relation → Y") shows the payload as text
            wait(browser).until(
                lambda d, what=what: any(
                    SCRIPT_PAYLOAD in text and (what == "node" or "→" in text) for text in tooltips(d)
                )
            )
        except TimeoutException:
            pytest.fail(f"hovering the hostile {what} showed {tooltips(browser)}, not its payload as text")
    assert pwned(browser) is None
    assert browser.find_elements(By.CSS_SELECTOR, "img") == []
    assert chromium.console_errors(browser) == []
    fetched = [url for url in chromium.requested_urls(browser) if url.startswith(("http:", "https:"))]
    assert fetched == []
