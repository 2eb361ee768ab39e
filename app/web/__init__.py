"""The web app: FastAPI routes, Jinja2 pages with HTMX fragments, exports and the JSON API."""
