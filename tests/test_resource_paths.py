"""resource_paths finds the data beside the package in a checkout, inside it when installed,
and is not fooled by a leftover folder. The wheel (tests/packaging/test_wheel.py) and the
standalone build (packaging/smoke_test.py) are checked where they are built."""

from pathlib import Path

from conftest import ROOT

from cjm_desktop.resource_paths import data_root_for, icons_dir, resource, resources_dir


def test_a_checkout_reads_the_top_level_folders():
    assert resources_dir() == ROOT / "resources"
    assert icons_dir() == ROOT / "icons"
    assert resource("templates", "index.json").is_file()
    assert (icons_dir() / "cjm-desktop.svg").is_file()


def _resources(folder: Path) -> None:
    (folder / "resources").mkdir(parents=True)
    (folder / "resources" / "phases.json").write_text("{}", encoding="utf-8")


def test_an_installed_package_reads_its_own_folders(tmp_path):
    package = tmp_path / "site-packages" / "cjm_desktop"
    _resources(package)
    _resources(tmp_path / "site-packages")  # someone else's top-level "resources" package
    assert data_root_for(package) == package


def test_a_leftover_folder_in_the_package_is_not_taken_for_the_data(tmp_path):
    # What a checkout keeps after the move: the git-ignored .qm files of the old place.
    package = tmp_path / "cjm_desktop"
    (package / "resources" / "translations").mkdir(parents=True)
    (package / "resources" / "translations" / "cjm_desktop_nl.qm").write_bytes(b"")
    _resources(tmp_path)
    assert data_root_for(package) == tmp_path
