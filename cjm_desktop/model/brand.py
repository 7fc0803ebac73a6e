"""The brand and product the journeys are about (wizard step 1)."""

from pydantic import Field

from .base import ModelBase


class Brand(ModelBase):
    name: str = ""
    product: str = ""
    description: str = ""
    usps: list[str] = Field(default_factory=list)
    promise: str = ""
