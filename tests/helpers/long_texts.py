"""Every free text of a project set to a hostile value (a very long text, control characters),
for the tests that no exporter breaks on what a user can type or paste."""

from __future__ import annotations

from pydantic import BaseModel


def fill_texts(model: BaseModel, text: str) -> None:
    """Set every plain text field of `model` and the models it holds to `text` (IDs, colours and
    other constrained strings are left alone), and every list of texts to two of it."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if info.annotation is str and not info.metadata:
            setattr(model, name, text)
        elif info.annotation == list[str]:
            setattr(model, name, [text, text])
        elif isinstance(value, BaseModel):
            fill_texts(value, text)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    fill_texts(item, text)
