"""Limits that keep loading an untrusted file safe and quick.

Each is tested at the limit and one past it (tests/hostile/test_resource_limits.py). There is no
separate limit on the length of a text: the file size bounds it, and a long text costs memory in
proportion to its size only.
"""

#: Larger files are refused before they are parsed, and the reader (bounded_read) never reads
#: more than this plus one byte, whatever the file system claims. A big map with pictures (each
#: at most MAX_IMAGE_BYTES) stays far below this; parsing 100 MiB takes a few seconds.
MAX_FILE_BYTES = 100 * 1024 * 1024
#: JSON nested deeper than this is refused (a .cjm file nests about eight levels). Far below
#: Python's recursion limit, so neither the JSON parser nor validation can overflow the stack.
MAX_NESTING = 64
