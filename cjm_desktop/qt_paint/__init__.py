"""The QPainter backend of drawing/: symbols, the map and its legend, and the bundled fonts.

Used by the canvas (ui/) and by the PNG/SVG export, which draws the map from the layout through
this backend, as the PDF does through reportlab, instead of rendering the editor's scene.
"""
