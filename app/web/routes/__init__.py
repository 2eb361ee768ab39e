"""Thin routers, one per area of the site."""
