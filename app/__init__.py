"""On Record: browse what public figures said in the news."""

__version__ = "0.1.0"
