"""Short random identifiers for everything in a project."""

import secrets
import string

_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 10
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"


def new_id(prefix: str = "") -> str:
    """Return a fresh random ID; `prefix` makes IDs in files easier to read (e.g. "card-")."""
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(ID_LENGTH))
