"""Drawing shared by every output: the map's symbols as vector data (no Qt), rendered by the
canvas (QPainter), the PDF (reportlab) and the PNG/SVG export alike, and the map legend."""
