"""The canvas: a QGraphicsScene drawn from the shared layout, and its view."""
