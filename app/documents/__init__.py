"""Printed documents (reportlab), built in memory: no file is written here.

Core prepares what a document says (``app.core.document_content``); these
modules lay it out on A4 with an embedded Unicode font.
"""
