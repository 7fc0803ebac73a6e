"""The shipped JSON Schema matches the models, and a third-party validator accepts our files."""

import json

import jsonschema
from storage_samples import sample_project

from cjm_desktop.storage import dumps
from cjm_desktop.storage.json_schema import json_schema, shipped_schema_path


def test_shipped_schema_is_up_to_date():
    shipped = json.loads(shipped_schema_path().read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run: python -m cjm_desktop.storage.json_schema"


def test_saved_project_validates_against_the_schema():
    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(dumps(sample_project())))


def test_schema_rejects_a_wrong_type():
    data = json.loads(dumps(sample_project()))
    data["journeys"][0]["cards"][0]["sentiment"] = 7
    errors = list(jsonschema.Draft202012Validator(json_schema()).iter_errors(data))
    assert errors


def test_the_bundled_examples_validate_against_the_shipped_schema():
    schema = json.loads(shipped_schema_path().read_text(encoding="utf-8"))
    examples = sorted((shipped_schema_path().parent / "examples").glob("*.cjm"))
    assert len(examples) >= 2, "the Dutch and English example projects are missing"
    for path in examples:
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(data)
