"""The JSON Schema of the `.cjm` format, generated from the models and shipped in resources/.

Regenerate the shipped copy after a model change:  python -m cjm_desktop.storage.json_schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..model import SCHEMA_VERSION, Project
from ..resource_paths import resource

SCHEMA_ID = f"https://cjm-desktop.invalid/schema/cjm-{SCHEMA_VERSION}.schema.json"


def json_schema() -> dict:
    schema = Project.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "cjm_desktop project file (.cjm)",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema_path() -> Path:
    return resource("cjm.schema.json")


def main() -> int:
    shipped_schema_path().write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {shipped_schema_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
