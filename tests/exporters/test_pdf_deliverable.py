"""The default PDF is a deliverable (issue 13): readable text (pdfminer measures it), a legend,
the project's language, pages the map fills, bookmarks and linked findings; checked with
programs we did not write (pdfminer.six, poppler, qpdf)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require_program
from PIL import Image

from cjm_desktop.cli import main as cjm
from cjm_desktop.drawing import legend
from cjm_desktop.exporters import excel_labels, pdf_labels
from cjm_desktop.exporters.pdf import PdfOptions, export_pdf
from cjm_desktop.exporters.pdf_map_pages import plan_map, tile_name
from cjm_desktop.exporters.pdf_paper import MIN_TEXT_PT, normalise_paper, sheet_size
from cjm_desktop.resource_paths import resources_dir
from cjm_desktop.storage import load
from cjm_desktop.user_message import UserError

EXAMPLES = resources_dir() / "examples"


@pytest.fixture(scope="module")
def example_pdfs(tmp_path_factory) -> dict[str, Path]:
    """`cjm export --pdf` of both examples with default options."""
    out = {}
    for name in ("bakery_en", "bakkerij_nl"):
        path = tmp_path_factory.mktemp(name) / f"{name}.pdf"
        assert cjm(["export", str(EXAMPLES / f"{name}.cjm"), "--pdf", str(path)]) == 0
        out[name] = path
    return out


def pages_text(path: Path) -> list[str]:
    exe = require_program("pdftotext")
    text = subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")[:-1]


def smallest_text(path: Path, pages=None) -> float:
    return min(text_sizes(path, pages))


def text_sizes(path: Path, pages=None) -> list[float]:
    """The size of every printed character (pdfminer's reading of the PDF)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    sizes = []

    def walk(item):
        if isinstance(item, LTChar):
            if item.get_text().strip():
                sizes.append(item.size)
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for page in extract_pages(str(path), page_numbers=pages):
        walk(page)
    return sizes


@pytest.mark.parametrize("name", ["bakery_en", "bakkerij_nl"])
def test_default_export_prints_no_text_below_seven_points(example_pdfs, name):
    assert smallest_text(example_pdfs[name]) >= MIN_TEXT_PT - 0.01


@pytest.mark.parametrize(("name", "word"), [("bakery_en", "Legend"), ("bakkerij_nl", "Legenda")])
def test_every_map_page_has_a_legend(example_pdfs, name, word):
    project = load(EXAMPLES / f"{name}.cjm")
    pages = pages_text(example_pdfs[name])
    map_pages = [p for p in pages if any(j.title in p for j in project.journeys)][1:]  # not cover
    assert len(map_pages) >= len(project.journeys)
    for page in map_pages:
        assert word in page


def _ink_fraction(png: Path, footer: float) -> float:
    """The share of the page (above the page-number footer) inside the box around all ink."""
    image = Image.open(png).convert("L")
    w, h = image.size
    body = image.crop((0, 0, w, round(h * (1 - footer))))
    box = body.point(lambda v: 255 if v < 235 else 0).getbbox()
    if box is None:
        return 0.0
    x0, y0, x1, y1 = box
    return (x1 - x0) * (y1 - y0) / (w * h)


@pytest.mark.parametrize("name", ["bakery_en", "bakkerij_nl"])
def test_no_page_is_more_than_a_quarter_empty(example_pdfs, name, tmp_path):
    exe = require_program("pdftoppm")
    subprocess.run(
        [exe, "-png", "-r", "20", str(example_pdfs[name]), str(tmp_path / "p")], check=True
    )
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert pngs
    for png in pngs:
        # the footer line (page numbers) is left out: the page must be full without it
        assert _ink_fraction(png, footer=0.04) >= 0.75, png.name


def test_a_map_that_fits_by_height_uses_the_spare_width():
    project = load(EXAMPLES / "bakery_en.cjm")
    journey = project.journeys[0]
    frame = (1600.0, 700.0)  # a wide, low frame: the map fits by height
    plan = plan_map(journey, "A4", "landscape", "fit", 7, lambda page: frame, lambda w, t: 0)
    width = plan.geometry.bounds[2] * plan.scale
    assert width >= 0.9 * frame[0]


def _english_labels() -> set[str]:
    """The program's own English words for report, legend, lanes, channels, states, statuses."""
    tables = [
        (pdf_labels._LABELS["en"], pdf_labels._LABELS["nl"]),
        (pdf_labels._STATES["en"], pdf_labels._STATES["nl"]),
        (pdf_labels._PRIORITIES["en"], pdf_labels._PRIORITIES["nl"]),
        (pdf_labels._STATUSES["en"], pdf_labels._STATUSES["nl"]),
        (pdf_labels._PERSONA_FIELDS["en"], pdf_labels._PERSONA_FIELDS["nl"]),
        (legend._WORDS["en"], legend._WORDS["nl"]),
    ]
    en_book, nl_book = excel_labels.Labels("en"), excel_labels.Labels("nl")
    from cjm_desktop.model import Channel, LaneKind

    words = set()
    for en, nl in tables:
        dutch = set(nl.values())
        words |= {v for v in en.values() if v not in dutch and "{" not in v}
    for channel in Channel:
        if en_book.channel(channel) != nl_book.channel(channel):
            words.add(en_book.channel(channel))
    for kind in LaneKind:
        if en_book.lane_kind(kind) != nl_book.lane_kind(kind):
            words.add(en_book.lane_kind(kind))
    return words


def _english_found(text: str, project_file: Path) -> list[str]:
    """The program's English labels in `text`, less words the project's own text uses (a card
    may say "Google Maps": that is the user's word, not the program's)."""
    flat = " ".join(text.split())
    own = project_file.read_text(encoding="utf-8")

    def found(word: str, haystack: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack) is not None

    return sorted(w for w in _english_labels() if found(w, flat) and not found(w, own))


def test_a_dutch_project_prints_none_of_the_programs_english_words(example_pdfs):
    labels = _english_labels()
    assert {"Customer journey map", "Legend", "Moment of truth", "Search"} <= labels
    text = "\n".join(pages_text(example_pdfs["bakkerij_nl"]))
    assert _english_found(text, EXAMPLES / "bakkerij_nl.cjm") == []


def test_a_dutch_svg_has_the_title_legend_and_no_english_labels(tmp_path):
    path = tmp_path / "map.svg"
    assert cjm(["export", str(EXAMPLES / "bakkerij_nl.cjm"), "--svg", str(path)]) == 0
    project = load(EXAMPLES / "bakkerij_nl.cjm")
    for n, journey in enumerate(project.journeys, start=1):
        svg = (tmp_path / f"map-{n}.svg").read_text(encoding="utf-8")
        text = " ".join(re.findall(r">([^<>]+)</text>", svg))
        assert journey.title in text
        assert "Legenda" in text and "Beslismoment" in text
        assert _english_found(text, EXAMPLES / "bakkerij_nl.cjm") == []


def test_cover_links_to_map_pages_and_outline_names_every_part(example_pdfs):
    exe = require_program("qpdf")
    path = example_pdfs["bakkerij_nl"]
    data = json.loads(
        subprocess.run(
            [exe, "--json", "--json-key=outlines", "--json-key=pages", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    titles = [o["title"] for o in data["outlines"]]
    project = load(EXAMPLES / "bakkerij_nl.cjm")
    assert titles[0] == project.title
    for journey in project.journeys:
        assert journey.title in titles
    assert "Actieplan" in titles and any(t.startswith("Persona: ") for t in titles)
    map_pages = {
        o["destpageposfrom1"]
        for o in data["outlines"]
        if o["title"] in {j.title for j in project.journeys}
    }
    assert map_pages and min(map_pages) > 1
    # the cover's findings are links into the map pages
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    with path.open("rb") as f:
        pages = list(PDFPage.get_pages(f))
        links = [resolve1(a) for a in resolve1(pages[0].annots) or []]
        targets = [resolve1(link["Dest"])[0].objid for link in links]
        where = {page.pageid: n for n, page in enumerate(pages, start=1)}
    assert len(links) >= 5
    # each lands on a map page (or, for an action of no shown map, the action plan's last page)
    assert {where[t] for t in targets} <= set(range(min(map_pages), len(pages) + 1))
    assert min(map_pages) in {where[t] for t in targets}


def test_pdf_passes_qpdf_and_embeds_every_font(example_pdfs):
    for path in example_pdfs.values():
        subprocess.run(
            [require_program("qpdf"), "--check", str(path)], check=True, capture_output=True
        )
        fonts = subprocess.run(
            [require_program("pdffonts"), str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts


def test_the_example_map_goes_on_a_bigger_sheet_than_a4(example_pdfs):
    exe = require_program("pdfinfo")
    info = subprocess.run(
        [exe, "-f", "1", "-l", "3", str(example_pdfs["bakery_en"])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert sizes[0] == ("841.89", "595.276")  # the cover on A4 landscape
    assert float(sizes[1][0]) > 841.89  # the map on a bigger sheet


def test_the_l_map_is_tiled_at_readable_size(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from synthetic import synthetic_project

    project = synthetic_project("L")
    path = tmp_path / "l.pdf"
    export_pdf(project, path, PdfOptions(include_personas=False, include_actions=False))
    pages = pages_text(path)
    assert len(pages) > 10
    assert any("A1 van " in p for p in pages) and any("B2 van " in p for p in pages)
    assert smallest_text(path, pages=[1, 2]) >= MIN_TEXT_PT - 0.01


def test_tile_names_read_like_a_street_map():
    assert [tile_name(0, 0), tile_name(1, 1), tile_name(2, 2), tile_name(26, 0)] == [
        "A1",
        "B2",
        "C3",
        "AA1",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auto", "auto"),
        ("a3", "A3"),
        ("Letter", "letter"),
        ("500x300mm", "500x300mm"),
        ("420 x 297", "420x297mm"),
    ],
)
def test_paper_names(text, expected):
    assert normalise_paper(text) == expected


@pytest.mark.parametrize("text", ["A5", "10x10mm", "big", ""])
def test_unknown_paper_is_refused(text):
    with pytest.raises(UserError):
        normalise_paper(text)


def test_custom_paper_turns_with_the_orientation():
    assert sheet_size("500x300mm", "portrait")[0] < sheet_size("500x300mm", "landscape")[0]


def test_cli_refuses_a_bad_paper_with_a_message(capsys):
    with pytest.raises(SystemExit) as exit_:
        cjm(["export", str(EXAMPLES / "bakery_en.cjm"), "--pdf", "x.pdf", "--paper", "A9"])
    assert exit_.value.code == 2
    assert "Unknown paper size 'A9'" in capsys.readouterr().err


def test_old_flags_still_work(tmp_path):
    path = tmp_path / "old.pdf"
    args = ["export", str(EXAMPLES / "bakery_en.cjm"), "--pdf", str(path)]
    assert cjm([*args, "--paper", "A3", "--portrait", "--tile"]) == 0
    pages = pages_text(path)
    assert any("A1 of " in p for p in pages)


def test_cover_names_the_findings_in_the_projects_language(example_pdfs):
    cover = " ".join(pages_text(example_pdfs["bakkerij_nl"])[0].split())
    for heading in (
        "Bevindingen",
        "Dieptepunten van de emotiecurve",
        "Beslismomenten",
        "Pijnpunten met de meeste kaarten",
        "Belangrijkste acties naar score",
    ):
        assert heading in cover
    assert "Vraagt prijs en mogelijkheden (−2)" in cover  # Sanne's lowest point, a true minus
    assert "28 oktober 2026" in cover  # the date as Dutch writes it
    assert "(score 2,5)" in cover  # and the decimal comma


def test_a_cover_too_long_for_one_page_runs_on(tmp_path):
    project = load(EXAMPLES / "bakery_en.cjm")
    project.brand.description = "A long story about the bakery. " * 600
    path = tmp_path / "long.pdf"
    export_pdf(project, path)
    text = pages_text(path)
    assert "Findings" in "".join(text[:4])


def test_min_text_pt_asks_for_a_bigger_sheet(tmp_path):
    path = tmp_path / "big.pdf"
    args = ["export", str(EXAMPLES / "bakery_en.cjm"), "--pdf", str(path), "--min-text-pt", "9"]
    assert cjm([*args, "--journey", load(EXAMPLES / "bakery_en.cjm").journeys[0].id]) == 0
    from collections import Counter

    sizes = Counter(round(size, 2) for size in text_sizes(path, pages=[1]))  # the map page
    card_text = sizes.most_common(1)[0][0]
    assert card_text >= 9 - 0.01
    exe = require_program("pdfinfo")
    info = subprocess.run(
        [exe, "-f", "2", "-l", "2", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "(A1)" in info  # A2 keeps 7 pt; 9 pt takes the next sheet
